"""Opening the progress database so that the app always starts and a learner's data is
never lost: a damaged file is kept aside (never deleted), a file from a newer version is
left untouched, automatic backups are taken with SQLite's backup API at start-up, and the
newest backup can be restored."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


from trainer.store import errors as store_errors
from trainer.store.connection import open_ready

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

KEEP_BACKUPS = 5


@dataclass
class Opened:
    db: Database
    problem: str | None = None  # "corrupt", "newer", "unwritable", "full" or "busy"
    detail: str = ""
    kept_aside: Path | None = None
    backup: Path | None = None  # the newest backup, if one exists
    restored: bool = False
    persistent: bool = True  # False: running on a temporary in-memory database

    def message(self) -> str:
        """Plain Norwegian words for the command line (the app translates its own)."""
        if self.problem is None:
            return ""
        text = {
            "corrupt": "Fremdriftsdatabasen var skadet. Den er lagt til side som {aside} og er ikke slettet.",
            "newer": "Fremdriftsdatabasen er laget av en nyere versjon av Faresignaler. Den er ikke endret; "
                     "oppdater appen for å bruke den. Nå brukes en midlertidig database.",
            "unwritable": "Datamappen kan ikke skrives til. Nå brukes en midlertidig database, og fremdriften "
                          "lagres ikke. Velg en annen mappe med --data-dir.",
            "full": "Disken ser ut til å være full, så fremdriften kan ikke lagres. Frigjør plass og start på nytt. "
                    "Nå brukes en midlertidig database.",
            "busy": "Fremdriftsdatabasen er i bruk av et annet program. Lukk det og start på nytt. "
                    "Nå brukes en midlertidig database.",
        }[self.problem].format(aside=self.kept_aside.name if self.kept_aside else "")
        if self.problem == "full" and self.persistent:
            text = ("Disken ser ut til å være full: sikkerhetskopien kunne ikke tas, og nye svar kan ikke "
                    "lagres før det er frigjort plass. Det som er lagret fra før, er i behold.")
        if self.restored:
            text += f" Den nyeste sikkerhetskopien ({self.backup.name}) er hentet inn."
        elif self.problem == "corrupt":
            text += " Du starter med en tom database."
            if self.backup is not None:
                text += f" Sikkerhetskopien {self.backup.name} kan hentes inn med --restore-backup."
        return text


def backups_dir(path: Path) -> Path:
    return path.parent / "backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def newest_backup(path: Path) -> Path | None:
    found = sorted(backups_dir(path).glob(f"{path.stem}-*.db"))
    return found[-1] if found else None


def make_backup(db: Database, path: Path, keep: int = KEEP_BACKUPS) -> Path:
    """A consistent copy through SQLite's backup API (never a file copy of a live DB)."""
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{_stamp()}.db"
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    for old in sorted(folder.glob(f"{path.stem}-*.db"))[:-keep]:
        old.unlink()
    return target


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
    """Copy the backup into place through the backup API, replacing what is there."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(str(path))
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def _check_integrity(db: Database) -> None:
    result = db.execute("pragma quick_check").fetchone()[0]
    if result != "ok":
        raise store_errors.CorruptDatabaseError(f"integritetssjekken feilet: {result}")


def open_safely(path: Path, restore: bool = False, backup: bool = True) -> Opened:
    path = Path(path)
    ready = open_ready(path)  # the usual case: checked, up to date, no sqlite-utils import
    if ready is not None:
        return _backed_up(Opened(ready, backup=newest_backup(path)), path, backup)
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
        return Opened(store_db.memory(), "newer", str(error), persistent=False)
    except store_db.UnwritableError as error:
        return Opened(store_db.memory(), "unwritable", str(error), persistent=False)
    except store_db.DiskFullError as error:
        return Opened(store_db.memory(), "full", str(error), persistent=False)
    except store_db.BusyError as error:
        return Opened(store_db.memory(), "busy", str(error), persistent=False)
    except store_db.CorruptDatabaseError as error:
        return _recover(path, str(error), restore)
    return _backed_up(Opened(db, backup=newest_backup(path)), path, backup)


def _backed_up(opened: Opened, path: Path, backup: bool) -> Opened:
    """Take the start-up backup, if there is anyone's progress to keep."""
    if backup and opened.db.execute("select exists (select 1 from profiles)").fetchone()[0]:
        try:
            opened.backup = make_backup(opened.db, path)
        except (sqlite3.Error, OSError) as error:
            if isinstance(store_errors.classify(error, path), store_errors.DiskFullError):
                opened.problem, opened.detail = "full", str(error)
    return opened


def _recover(path: Path, detail: str, restore: bool) -> Opened:
    from trainer.store import db as store_db

    try:
        aside = keep_aside(path)
    except OSError as error:
        return Opened(store_db.memory(), "unwritable", f"{detail}; {error}", persistent=False)
    backup = newest_backup(path)
    restored = False
    if restore and backup is not None:
        restore_backup(path, backup)
        restored = True
    try:
        db = store_db.connect(path)
    except store_db.StorageError as error:
        return Opened(store_db.memory(), "unwritable", str(error), kept_aside=aside, persistent=False)
    return Opened(db, "corrupt", detail, kept_aside=aside, backup=backup, restored=restored)


def restore_into(opened: Opened, path: Path) -> Opened:
    """After starting fresh from a damaged file: bring in the newest backup instead."""
    from trainer.store import db as store_db

    if opened.backup is None:
        return opened
    opened.db.conn.close()
    restore_backup(path, opened.backup)
    opened.db = store_db.connect(path)
    opened.restored = True
    return opened

