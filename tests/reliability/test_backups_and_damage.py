"""Backups that restore, damaged tables that are kept aside, a file that cannot be
written, and several first starts at once: the learner's data is never lost, and the app
never says it was saved or restored when it was not."""

import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_startup_recovery import IMPORT_ROOT, make_real_db
from trainer.store import connection, progress, safety
from trainer.store import db as store_db
from trainer.store.errors import CorruptDatabaseError, ReadOnlyError


def answers(db) -> int:
    return db.execute("select count(*) from quiz_answers").fetchone()[0]


def with_one_backup(tmp_path) -> tuple[Path, Path]:
    path = tmp_path / "progress.db"
    make_real_db(path)
    opened = safety.open_safely(path)
    opened.db.conn.close()
    return path, opened.backup


def newer_backup(good: Path, content: bytes) -> Path:
    """A backup file named as if taken after `good` (by a start-up that was killed, or on a
    full disk)."""
    later = good.with_name("progress-29991231-235959-999999.db")
    later.write_bytes(content)
    return later


def damage(path: Path) -> None:
    path.write_bytes(b"not a database at all" * 100)


@pytest.mark.parametrize("kind", ["partial", "empty"])
def test_restore_skips_a_newest_backup_that_is_not_whole(tmp_path, kind):
    path, good = with_one_backup(tmp_path)
    data = good.read_bytes()
    bad = newer_backup(good, data[: len(data) // 2] if kind == "partial" else b"")
    damage(path)
    opened = safety.open_safely(path, restore=True)
    assert (type(opened.problem), opened.restored, opened.backup, opened.skipped) == (CorruptDatabaseError, True, good, [bad])
    assert answers(opened.db) == 200
    assert f"({good.name}) er hentet inn" in opened.message() and bad.name in opened.message()


def test_restore_from_the_notice_skips_a_partial_backup(tmp_path):
    path, good = with_one_backup(tmp_path)
    newer_backup(good, good.read_bytes()[:4096])
    damage(path)
    opened = safety.open_safely(path)
    assert opened.db["profiles"].count == 0
    opened = safety.restore_into(opened, path)
    assert opened.restored and opened.backup == good and answers(opened.db) == 200


def test_a_restore_with_no_whole_backup_says_so_and_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    safety.backups_dir(path).mkdir()
    only = newer_backup(safety.backups_dir(path) / "x.db", b"")
    before = store_db.connect(path)
    before.execute("pragma wal_checkpoint(truncate)")
    before.conn.close()
    with pytest.raises(store_db.StorageError):
        safety.restore_backup(path, only)
    database = store_db.connect(path)
    assert answers(database) == 200  # the live file is untouched
    database.conn.close()
    damage(path)
    opened = safety.open_safely(path, restore=True)
    assert (opened.restored, type(opened.problem)) == (False, CorruptDatabaseError)
    assert "Ingen sikkerhetskopi ble hentet inn" in opened.message()
    progress.create_profile(opened.db, "Ola")  # a fresh file that works


def _run(code: str, *args, limit_file_size=None, kill_after=None):
    def limit():
        if limit_file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=120, preexec_fn=limit)


OPEN = "import sys; from pathlib import Path; from trainer.store import safety; " \
       "o = safety.open_safely(Path(sys.argv[1])); print(type(o.problem).__name__, o.persistent)"


def test_a_backup_on_a_full_disk_never_becomes_the_newest(tmp_path):
    path, good = with_one_backup(tmp_path)
    changed = store_db.connect(path)  # so that the next start has something new to back up
    progress.create_profile(changed, "Ola")
    changed.conn.close()
    size = path.stat().st_size
    for limit in (0, 512, size // 2):
        result = _run(OPEN, str(path), limit_file_size=limit)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split()[0] == "DiskFullError"
        assert safety.backups(path) == [good]  # nothing partial under a backup's name
    damage(path)
    opened = safety.open_safely(path, restore=True)
    assert opened.restored and opened.backup == good and answers(opened.db) == 200


def test_a_start_up_killed_while_it_writes_its_backup_leaves_no_partial_newest(tmp_path):
    path, good = with_one_backup(tmp_path)
    database = store_db.connect(path)  # a bigger database, so that the backup takes a while
    attempt = progress.start_attempt(database, 1, "demo", "quiz-demo", "v")
    with database.atomic():
        for i in range(30000):
            progress.record_answer(database, attempt, f"x{i}", "x" * 200, True, "v")
    database.conn.close()
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    for delay in (0.3, 0.5, 0.8):
        process = subprocess.Popen([sys.executable, "-c", OPEN, str(path)], env=env, stdout=subprocess.DEVNULL)
        time.sleep(delay)
        process.kill()
        process.wait()
        for backup in safety.backups(path):
            assert safety.check_copy(backup) is None, backup
    # What a killed start-up left is cleared by the next; one still at work is left alone.
    running = safety.backups_dir(path) / f"progress-20990101-000000-000000.db.partial-pid{os.getpid()}"
    running.write_bytes(b"")
    safety.open_safely(path).db.conn.close()
    assert [p.name for p in safety.backups_dir(path).glob("*.partial*")] == [running.name]


def test_an_emptied_progress_file_beside_backups_is_damaged_not_new(tmp_path):
    path, good = with_one_backup(tmp_path)
    path.write_bytes(b"")
    opened = safety.open_safely(path)
    assert isinstance(opened.problem, CorruptDatabaseError) and opened.backup == good
    assert "--restore-backup" in opened.message()


@pytest.mark.parametrize("change", [
    "alter table quiz_answers rename to old_answers",
    "drop table quiz_answers",
    "alter table profiles rename to people",
    "drop table module_progress",
])
def test_renamed_or_dropped_tables_are_kept_aside_and_told(tmp_path, change):
    path = tmp_path / "progress.db"
    make_real_db(path)
    conn = sqlite3.connect(path)
    conn.execute("pragma foreign_keys = off")
    conn.execute(change)
    conn.commit()
    conn.close()
    opened = safety.open_safely(path)
    assert isinstance(opened.problem, CorruptDatabaseError) and opened.persistent
    assert opened.kept_aside is not None and opened.kept_aside.exists()
    assert "Fremdriftsfilen var skadet" in opened.message()
    # The fresh file has every table with its keys; nothing is re-created without them.
    assert {name: shape for name, shape in connection.tables_of(opened.db.conn).items()
            if name in connection.TABLES} == connection.TABLES
    profile = progress.create_profile(opened.db, "Kari")
    attempt = progress.start_attempt(opened.db, profile.id, "demo", "quiz-demo", "v")
    progress.record_answer(opened.db, attempt, "q", 1, True, "v")
    with pytest.raises(sqlite3.IntegrityError):
        progress.record_answer(opened.db, 999, "q", 1, True, "v")  # the key to the attempt holds


def test_export_of_a_file_with_a_dropped_table_prints_no_traceback(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    make_real_db(data / "progress.db")
    conn = sqlite3.connect(data / "progress.db")
    conn.execute("drop table quiz_answers")
    conn.commit()
    conn.close()
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data), "export", "--profile", "Kari",
                             "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in result.stderr
    assert "Fremdriftsfilen var skadet" in result.stderr
    assert list(data.glob("progress-kept-*.db"))


def test_the_schema_description_matches_the_migrations():
    assert connection.tables_of(store_db.memory().conn) == connection.TABLES


def test_several_first_starts_at_once_all_get_the_real_database(tmp_path):
    start = time.time() + 1.5
    code = ("import sys, time; from pathlib import Path; from trainer.store import safety\n"
            "while time.time() < float(sys.argv[2]): pass\n"
            "o = safety.open_safely(Path(sys.argv[1])); print(o.problem, o.persistent, o.detail)")
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    for round_ in range(2):
        path = tmp_path / f"round{round_}" / "progress.db"
        processes = [subprocess.Popen([sys.executable, "-c", code, str(path), str(start + round_ * 2)], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(6)]
        outputs = [p.communicate(timeout=60) for p in processes]
        assert [out.split()[:2] for out, _err in outputs] == [["None", "True"]] * 6, outputs
        database = store_db.connect(path)
        assert [m.name for m in store_db.migrations.applied(database)] == list(connection.SCHEMA)


def _immutable(path: Path) -> bool:
    """Tests run as root, where file permissions do not stop writes; an immutable file
    stops even root (where the file system supports it)."""
    return shutil.which("chattr") is not None and subprocess.run(
        ["chattr", "+i", str(path)], capture_output=True).returncode == 0


def test_a_read_only_progress_file_is_said_at_start_up(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    safety.open_safely(path).db.conn.close()  # checkpointed: no -wal left
    if not _immutable(path):
        pytest.skip("cannot make a file read-only here")
    try:
        opened = safety.open_safely(path)
        assert (type(opened.problem), opened.persistent) == (ReadOnlyError, False)
        assert "nye svar lagres ikke" in opened.message()
        assert [p.name for p in progress.list_profiles(opened.db)] == ["Kari"]  # what was saved is shown
        attempt = progress.start_attempt(opened.db, 1, "demo", "quiz-demo", "v")
        progress.record_answer(opened.db, attempt, "q", 1, True, "v")  # goes on, in memory
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
