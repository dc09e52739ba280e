"""Opening the progress database so that the app always starts and a learner's data is
never lost: a damaged file is kept aside (never deleted), a file from a newer version is
left untouched, automatic backups are taken with SQLite's backup API at start-up, and the
newest whole backup can be restored.

A backup or a restore is written under another name, checked, and only then renamed into
place: a start-up killed half-way, or a full disk, leaves a stray partial file at worst,
never a broken "newest backup" or a broken progress file."""

from __future__ import annotations

from typing import TYPE_CHECKING

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


from trainer.i18n import _, ngettext
from trainer.processes import is_running, owner
from trainer.store import errors as store_errors
from trainer.store.connection import SCHEMA, MIGRATION_SET, ReadyDatabase, open_connection, open_ready, schema_problem
from trainer.store import new_database

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

KEEP_BACKUPS = 5
# The tables every backup must hold, whatever version made it.
CORE_TABLES = {"_sqlite_migrations", "profiles", "module_progress", "scenario_runs", "scenario_choices",
               "quiz_attempts", "quiz_answers"}
STALE_PARTIAL_SECONDS = 600  # a partial file this old was left by a start-up that was killed (where a
# process cannot be asked whether it still runs)


@dataclass
class Opened:
    """The database as start-up opened it, and what happened on the way: a problem, a
    file kept aside, a backup restored or skipped."""

    db: Database
    problem: store_errors.StorageError | None = None  # what went wrong, as one of the store's error kinds
    kept_aside: Path | None = None
    backup: Path | None = None  # the newest backup (after a restore: the one restored)
    restored: bool = False
    persistent: bool = True  # False: running on a temporary in-memory database
    skipped: list[Path] = field(default_factory=list)  # newer backups that were not whole
    restore_failed: str = ""  # why a restore that was asked for did not happen
    replaced: Path | None = None  # the file used since the damage, kept aside when a backup replaced it
    pending: dict | None = None  # an earlier damage not yet resolved (see `damage_note`)
    nothing_to_restore: bool = False  # --restore-backup with no damage to undo

    @property
    def detail(self) -> str:
        """What the problem was, as the library or the system said it (for the log)."""
        return " ".join(self.problem.lines()) if self.problem is not None else ""

    def reminder(self) -> str:
        """For the commands that read the database: after a damage that was not undone, the
        file in use is the empty one started then, and that is said every time (a list with
        no profiles, with no word why, reads as "the learners are gone")."""
        if self.pending is None or self.problem is not None:
            return ""
        text = _("The progress file was damaged earlier and kept aside as {aside}; the one in use was started "
                 "empty then.").format(aside=self.pending.get("kept", ""))
        if self.pending.get("backups"):
            text += " " + _("The backup {name} from before the damage can be restored with --restore-backup.").format(
                name=self.pending["backups"][0])
        return text

    def message(self) -> str:
        """What happened, in the user's words (gettext): the one text for the command line
        and the app's start-up notice alike."""
        if self.problem is None:
            if self.nothing_to_restore:
                return _("Nothing was restored: the progress file is not damaged.")
            return self.reminder()
        errors = store_errors
        texts = {
            errors.CorruptDatabaseError: _("The progress file was damaged. It has been kept aside as {aside} and is not deleted."),
            errors.NewerDatabaseError: _("The progress file was made by a newer version of Faresignaler. It has not been "
                                         "changed; update the app to use it. For now, progress is kept only until the app closes."),
            errors.UnwritableError: _("The data folder cannot be written to, so progress is kept only until the app closes. "
                                      "Choose another folder with --data-dir."),
            errors.ReadOnlyError: _("The progress file can only be read, not written. What was saved before is shown, but "
                                    "new answers are not saved. Make the file writable, or choose another folder with --data-dir."),
            errors.DiskFullError: _("The disk seems to be full, so progress cannot be saved. Free some space and start again. "
                                    "For now, progress is kept only until the app closes."),
            errors.BusyError: _("The progress file is in use by another program. Close it and start again. "
                                "For now, progress is kept only until the app closes."),
        }
        kind = next(k for k in type(self.problem).__mro__ if k in texts)  # the most specific kind
        text = texts[kind].format(aside=self.kept_aside.name if self.kept_aside else "")
        if kind is errors.DiskFullError and self.persistent:
            text = _("The disk seems to be full: no backup could be made, and new answers cannot be saved until "
                     "some space is freed. What was saved before is safe.")
        if self.restored:
            text += " " + _("The newest whole backup ({name}) has been restored.").format(name=self.backup.name)
            if self.replaced is not None:
                text += " " + _("The progress file used since the damage has been kept aside as {name}.").format(
                    name=self.replaced.name)
            if self.skipped:
                text += " " + ngettext(
                    "{n} newer backup was not whole and was skipped: {names}.",
                    "{n} newer backups were not whole and were skipped: {names}.", len(self.skipped)).format(
                    n=len(self.skipped), names=", ".join(p.name for p in self.skipped))
        elif self.restore_failed:
            text += " " + _("No backup was restored: {reason}.").format(reason=self.restore_failed)
            if kind is errors.CorruptDatabaseError:
                text += " " + _("You are starting with an empty progress file.")
        elif kind is errors.CorruptDatabaseError:
            text += " " + _("You are starting with an empty progress file.")
            if self.backup is not None:
                text += " " + _("The backup {name} can be restored with --restore-backup.").format(name=self.backup.name)
        return text


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backups(path: Path) -> list[Path]:
    """Every backup of the database at `path`, newest first (whole or not)."""
    return sorted(backups_dir(path).glob(f"{path.stem}-*.db"), reverse=True)


def newest_backup(path: Path) -> Path | None:
    found = backups(path)
    return found[0] if found else None


def check_copy(path: Path) -> str | None:
    """What is wrong with a backup (or a restored copy) in words, or None when it is a
    whole database that holds the tables: not empty, SQLite's quick check passes, and an
    up-to-date one has exactly the tables of this version."""
    try:
        if os.path.getsize(path) == 0:
            return _("the file is empty")
        conn = sqlite3.connect(str(path), isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        return str(error)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return _("the integrity check failed: {result}").format(result=result)
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        if not CORE_TABLES <= tables:
            return _("tables are missing: {names}").format(names=", ".join(sorted(CORE_TABLES - tables)))
        applied = tuple(row[0] for row in conn.execute(
            "select name from _sqlite_migrations where migration_set = ? order by id", [MIGRATION_SET]))
        return schema_problem(conn) if applied == SCHEMA else None
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()


def _remove_file(path: Path) -> None:
    """A database file and the journal files SQLite may have left beside it."""
    for name in (str(path), str(path) + "-journal", str(path) + "-wal", str(path) + "-shm"):
        try:
            os.unlink(name)
        except FileNotFoundError:
            pass


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _copy_checked(source: sqlite3.Connection, staged: Path) -> None:
    """`source` into the file `staged` through the backup API, as one self-contained file,
    checked and on the disk; CorruptDatabaseError if the copy is not whole."""
    _remove_file(staged)
    copy = sqlite3.connect(str(staged), isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # no -wal beside it: the file is all of it
    finally:
        copy.close()
    problem = check_copy(staged)
    if problem is not None:
        raise store_errors.CorruptDatabaseError(_("the copy did not come out whole: {problem}").format(problem=problem))
    _fsync(staged)


def remove_stale_partials(path: Path) -> None:
    """Partial copies left by a start-up or restore that was killed half-way."""
    now = time.time()
    for folder, pattern in ((backups_dir(path), f"{path.stem}-*.db.partial*"), (path.parent, f"{path.stem}-restoring-*")):
        for stray in folder.glob(pattern):
            try:
                name = stray.name
                for companion in ("-journal", "-wal", "-shm"):
                    name = name.removesuffix(companion)
                pid = owner(name.removesuffix(path.suffix))
                if not is_running(pid) or now - stray.stat().st_mtime > STALE_PARTIAL_SECONDS:
                    stray.unlink()
            except OSError:
                continue


def make_backup(db: Database, path: Path, keep: int = KEEP_BACKUPS) -> Path:
    """A consistent copy through SQLite's backup API (never a file copy of a live DB),
    written as a partial file and renamed only once it is checked and on the disk."""
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(path)
    target = folder / f"{path.stem}-{_stamp()}.db"
    staged = target.with_name(f"{target.name}.partial-pid{os.getpid()}")
    state = _file_state(path)  # before the copy: a write during it makes the next start copy again
    try:
        _copy_checked(db.conn, staged)
        os.replace(staged, target)
    except BaseException:
        _remove_file(staged)
        raise
    _note_newest(path, target, state)
    # While a damaged file waits to be undone, the backups from before the damage are the
    # learners' progress: they are never rotated out (a week of starts would push them out).
    protected = set((damage_note(path) or {}).get("backups", []))
    for old in [b for b in backups(path) if b.name not in protected][max(0, keep - len(protected)):]:
        old.unlink()
    return target


# A damaged file kept aside is "pending" until a backup from before the damage is restored:
# the note beside the backups names the file kept aside and the backups taken before it.


def _damage_file(path: Path) -> Path:
    return backups_dir(path) / f"{path.stem}-damaged.json"


def damage_note(path: Path) -> dict | None:
    try:
        note = json.loads(_damage_file(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or not isinstance(note.get("backups"), list):
        return None
    return note


def _write_damage_note(path: Path, aside: Path) -> None:
    if damage_note(path) is not None:
        return  # an earlier damage not yet undone: its backups are still the ones to keep
    before = [b.name for b in backups(path)]
    if not before:
        return  # nothing to restore later, nothing to keep
    try:
        backups_dir(path).mkdir(parents=True, exist_ok=True)
        staged = _damage_file(path).with_name(f"{path.stem}-damaged.db.partial-pid{os.getpid()}")
        staged.write_text(json.dumps({"kept": aside.name, "backups": before}), "utf-8")
        os.replace(staged, _damage_file(path))
    except OSError:
        pass  # without the note, the backups rotate as usual: the message still names one


def _clear_damage_note(path: Path) -> None:
    try:
        _damage_file(path).unlink(missing_ok=True)
    except OSError:
        pass


# A start-up backup is taken only when the file changed since the newest backup: a copy at
# every start pushed the older, different backups out (five starts without an answer left
# five copies of the same file), and the copy and its check took 5-10 ms of every start.
# What the file held when the newest backup was made (a hash of its bytes), and what that
# backup was (its size and time), are noted beside the backups.


def _note_file(path: Path) -> Path:
    return backups_dir(path) / f"{path.stem}-newest.json"


def _file_state(path: Path) -> str | None:
    """A hash of the database file's bytes (a few ms for a large one), or None while its
    write-ahead log holds changes not yet in the file, or when it cannot be read. Bytes,
    not the file's time: a write can keep the size and fall in the same tick of a
    coarse clock (2 s on a FAT memory stick), and copying tools put old times back."""
    real = Path(os.path.realpath(path))  # SQLite keeps the log beside the real file, not a link
    try:
        wal = Path(f"{real}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        with open(real, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _backup_state(backup: Path) -> list[int] | None:
    try:
        info = backup.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def _note_newest(path: Path, backup: Path, state: str | None) -> None:
    note = _note_file(path)
    try:
        if state is None:
            note.unlink(missing_ok=True)
            return
        # Named like a partial backup, so that one left by a killed start is cleaned up.
        staged = note.with_name(f"{path.stem}-newest.db.partial-pid{os.getpid()}")
        staged.write_text(json.dumps({"file": state, "backup": backup.name, "copy": _backup_state(backup)}), "utf-8")
        os.replace(staged, note)
    except OSError:
        pass  # without the note, the next start takes a backup again: safe, only slower


def unchanged_since_backup(path: Path) -> Path | None:
    """The newest backup, when the file holds exactly what it held when that backup was
    made and the backup is still as it was written; None otherwise (take a new one)."""
    newest = newest_backup(path)
    if newest is None:
        return None
    try:
        note = json.loads(_note_file(path).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or note.get("backup") != newest.name or note.get("copy") != _backup_state(newest):
        return None
    state = _file_state(path)
    return newest if state is not None and note.get("file") == state else None


def keep_aside(path: Path) -> Path:
    """Rename the file (and its WAL and shared-memory files) out of the way, dated."""
    aside = path.with_name(f"{path.stem}-kept-{_stamp()}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = Path(str(path) + suffix)
        if companion.exists():
            companion.rename(Path(str(aside) + suffix))
    path.rename(aside)
    return aside


def restore_backup(path: Path, backup: Path) -> None:
    """Put a copy of the backup in place of the file at `path`: the copy is made beside it
    and checked first, so a restore that fails leaves the file as it was."""
    staged = path.with_name(f"{path.stem}-restoring-pid{os.getpid()}{path.suffix}")
    problem = check_copy(backup)
    if problem is not None:
        raise store_errors.CorruptDatabaseError(_("the backup {name} is not whole: {problem}").format(name=backup.name, problem=problem))
    source = sqlite3.connect(str(backup), isolation_level=None)
    try:
        _copy_checked(source, staged)
        for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(staged, path)
    except BaseException:
        _remove_file(staged)
        raise
    finally:
        source.close()


def restore_newest(path: Path) -> tuple[Path, list[Path]]:
    """Restore the newest backup that is whole; returns it and the newer ones that were
    not. StorageError (with the reasons) when none is. After a damage that is not yet
    undone, only the backups from before it count (later ones hold the empty file)."""
    skipped: list[Path] = []
    reasons: list[str] = []
    note = damage_note(path)
    candidates = backups(path)
    if note is not None:
        candidates = [b for b in candidates if b.name in note["backups"]]
    for backup in candidates:
        try:
            restore_backup(path, backup)
        except (store_errors.StorageError, sqlite3.Error, OSError) as error:
            skipped.append(backup)
            reasons.append(f"{backup.name}: {error}")
            continue
        return backup, skipped
    if not reasons:
        raise store_errors.StorageError(_("there is no backup"))
    raise store_errors.StorageError(_("none of the backups is whole ({reasons})").format(reasons="; ".join(reasons)))


def _check_integrity(db: Database) -> None:
    result = db.execute("pragma quick_check").fetchone()[0]
    if result != "ok":
        raise store_errors.CorruptDatabaseError(_("the integrity check failed: {result}").format(result=result))
    problem = schema_problem(db.conn)
    if problem is not None:
        raise store_errors.CorruptDatabaseError(problem)


def _read_only(path: Path) -> str | None:
    """Why the file can be read but not written, or None. SQLite quietly opens such a
    file read-only, and only the first answer would find out."""
    if not path.is_file():
        return None
    try:
        handle = os.open(path, os.O_RDWR)
    except OSError as error:
        return f"{path}: {error.strerror}"
    os.close(handle)
    return None


def open_safely(path: Path, restore: bool = False, backup: bool = True) -> Opened:
    """The database at `path`, opened with care (see the module's text). With `restore`
    (--restore-backup), the newest whole backup replaces a file that is damaged now, or the
    empty file started after an earlier damage that was not undone; otherwise nothing is
    restored and `nothing_to_restore` says so."""
    path = Path(path)
    note = damage_note(path)
    if restore and note is not None and not _emptied(path) and _healthy(path):
        return _restore_pending(path, note, backup)
    opened = _open(path, restore, backup)
    if opened.problem is None:
        opened.pending = note
        opened.nothing_to_restore = restore and note is None
    return opened


def _healthy(path: Path) -> bool:
    ready = open_ready(path)
    if ready is None:
        return False
    ready.conn.close()
    return True


def _open(path: Path, restore: bool, backup: bool) -> Opened:
    if _emptied(path):
        # A progress file emptied to 0 bytes beside backups was cut short (a failed copy,
        # a full disk): SQLite would take it for a new, empty database without a word.
        return _recover(path, store_errors.CorruptDatabaseError(_("the file is empty (0 bytes)")), restore)
    # The usual case: checked, up to date, no sqlite-utils import. On a first start, the
    # new file is made the same quick way (trainer.store.new_database).
    ready = open_ready(path) or (new_database.create(path) and open_ready(path)) or None
    if ready is not None:
        return _checked_writable(_backed_up(Opened(ready, backup=newest_backup(path)), path, backup), path)
    from trainer.store import db as store_db  # imports sqlite-utils: creating, migrating, recovering

    try:
        db = store_db.connect(path)
        try:
            _check_integrity(db)
        except sqlite3.DatabaseError as error:
            db.conn.close()
            raise store_db.CorruptDatabaseError(str(error)) from error
        except store_db.CorruptDatabaseError:
            db.conn.close()
            raise
    except store_db.NewerDatabaseError as error:
        return Opened(store_db.memory(), error, persistent=False)
    except store_db.UnwritableError as error:
        if _read_only(path) is not None:
            return _read_only_copy(path, store_errors.ReadOnlyError(*error.lines()))
        return Opened(store_db.memory(), error, persistent=False)
    except store_db.DiskFullError as error:
        return Opened(store_db.memory(), error, persistent=False)
    except store_db.BusyError as error:
        return Opened(store_db.memory(), error, persistent=False)
    except store_db.CorruptDatabaseError as error:
        return _recover(path, error, restore)
    return _checked_writable(_backed_up(Opened(db, backup=newest_backup(path)), path, backup), path)


def _emptied(path: Path) -> bool:
    try:
        return path.stat().st_size == 0 and newest_backup(path) is not None
    except OSError:
        return False


def _checked_writable(opened: Opened, path: Path) -> Opened:
    reason = _read_only(path)
    if reason is None:
        return opened
    from trainer.store import db as store_db

    copy = store_db.memory_copy(opened.db.conn)
    opened.db.conn.close()
    return Opened(copy, store_errors.ReadOnlyError(reason), backup=opened.backup, persistent=False)


def _read_only_copy(path: Path, problem: store_errors.ReadOnlyError) -> Opened:
    """A file that cannot be written (and so could not be migrated): what it holds, in
    memory, when it can be read at all."""
    from trainer.store import db as store_db

    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            opened = Opened(store_db.memory_copy(source), problem, persistent=False)
        finally:
            source.close()
        if opened.db.execute("select count(*) from sqlite_master where name = 'profiles'").fetchone()[0]:
            store_db.migrations.apply(opened.db)
            return opened
    except (sqlite3.Error, store_db.StorageError):
        pass
    return Opened(store_db.memory(), problem, persistent=False)


def start_up_backup(path: Path) -> Opened:
    """The start-up backup of an opened, up-to-date database, on a connection of its own:
    the app takes it on a worker after the first screen, while the window reads through
    its connection (see `trainer.ui.app._take_backup`). The returned `problem` is a DiskFullError
    when the disk had no room for it; its database is closed."""
    conn = open_connection(Path(path))
    try:
        return _backed_up(Opened(ReadyDatabase(conn)), Path(path), True)
    finally:
        conn.close()


def _backed_up(opened: Opened, path: Path, backup: bool) -> Opened:
    """Take the start-up backup, if there is anyone's progress to keep."""
    if backup and opened.db.execute("select exists (select 1 from profiles)").fetchone()[0]:
        same = unchanged_since_backup(path)
        if same is not None:
            opened.backup = same
            return opened
        try:
            opened.backup = make_backup(opened.db, path)
        except (sqlite3.Error, OSError, store_errors.StorageError) as error:
            # A copy that failed its check was removed: the older backups stand.
            if isinstance(error, (sqlite3.Error, OSError)) and isinstance(
                    store_errors.classify(error, path), store_errors.DiskFullError):
                opened.problem = store_errors.classify(error, path)
    return opened


def _recover(path: Path, problem: store_errors.StorageError, restore: bool) -> Opened:
    from trainer.store import db as store_db

    try:
        aside = keep_aside(path)
    except OSError as error:
        return Opened(store_db.memory(), store_errors.UnwritableError(str(problem), str(error)), persistent=False)
    opened = Opened(None, problem, kept_aside=aside, backup=newest_backup(path))
    _write_damage_note(path, aside)
    if restore:
        _restore(opened, path)
    try:
        opened.db = store_db.connect(path)
    except store_db.StorageError as error:  # no new file either: nothing is saved this time
        return Opened(store_db.memory(), store_errors.UnwritableError(*error.lines()), kept_aside=aside,
                      persistent=False)
    return opened


def _restore(opened: Opened, path: Path) -> None:
    try:
        opened.backup, opened.skipped = restore_newest(path)
        opened.restored = True
        _clear_damage_note(path)
    except store_errors.StorageError as error:
        opened.restore_failed = str(error)


def _restore_pending(path: Path, note: dict, backup: bool) -> Opened:
    """--restore-backup after a damage that was kept aside at an earlier start: the file
    started empty then is replaced by the newest whole backup from before the damage. If
    anything was saved in it since, it is kept aside too, never deleted."""
    from trainer.store import db as store_db

    opened = Opened(None, store_errors.CorruptDatabaseError(_("kept aside at an earlier start")),
                    kept_aside=path.with_name(str(note.get("kept", ""))))
    try:
        used = path.is_file() and _has_profiles(path)
        if used:
            opened.replaced = path.with_name(f"{path.stem}-replaced-{_stamp()}{path.suffix}")
            _copy_checked_file(path, opened.replaced)
    except (OSError, sqlite3.Error, store_errors.StorageError) as error:
        opened.restore_failed = _("the file in use could not be kept aside first ({detail})").format(detail=error)
        opened.replaced = None
        opened.db = open_safely(path, backup=backup).db
        return opened
    _restore(opened, path)
    if not opened.restored:
        if opened.replaced is not None:
            opened.replaced.unlink(missing_ok=True)  # the file in use was left as it was
            opened.replaced = None
    try:
        opened.db = store_db.connect(path)
    except store_db.StorageError as error:
        return Opened(store_db.memory(), store_errors.UnwritableError(*error.lines()), persistent=False)
    return opened


def _has_profiles(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        return bool(conn.execute("select exists (select 1 from profiles)").fetchone()[0])
    except sqlite3.Error:
        return True  # cannot tell: keep it
    finally:
        conn.close()


def _copy_checked_file(path: Path, target: Path) -> None:
    """A whole copy of the database at `path` (through the backup API) at `target`."""
    source = sqlite3.connect(str(path), isolation_level=None)
    try:
        staged = target.with_name(target.name + f".partial-pid{os.getpid()}")
        _copy_checked(source, staged)
        os.replace(staged, target)
    finally:
        source.close()


def restore_into(opened: Opened, path: Path) -> Opened:
    """After starting fresh from a damaged file: bring in the newest whole backup instead.
    If none is whole, the fresh file stays as it was and `restore_failed` says why."""
    from trainer.store import db as store_db

    if opened.backup is None:
        return opened
    opened.db.conn.close()
    _restore(opened, path)
    opened.db = store_db.connect(path)
    return opened
