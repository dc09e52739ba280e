"""A broken progress database never stops the app and is never deleted."""

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import trainer
from trainer.store import db as store_db
from trainer.store import progress, safety
from trainer.store.errors import CorruptDatabaseError, NewerDatabaseError, UnwritableError

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def make_real_db(path: Path, name="Kari") -> None:
    database = store_db.connect(path)
    profile = progress.create_profile(database, name)
    attempt = progress.start_attempt(database, profile.id, "demo", "quiz-demo", "v")
    for i in range(200):
        progress.record_answer(database, attempt, f"q{i}", i, True, "v")
    database.conn.close()


def test_backups_are_made_with_the_backup_api_and_pruned(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    for number in range(safety.KEEP_BACKUPS + 2):
        opened = safety.open_safely(path)
        progress.create_profile(opened.db, f"Ola {number}")  # a change: the next start backs it up
        opened.db.conn.close()
    backups = sorted(safety.backups_dir(path).glob("progress-*.db"))
    assert len(backups) == safety.KEEP_BACKUPS
    copy = store_db.connect(backups[-1])
    assert copy.execute("select count(*) from quiz_answers").fetchone()[0] == 200
    assert copy.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_random_bytes_are_kept_aside_and_a_fresh_database_used(tmp_path):
    path = tmp_path / "progress.db"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    opened = safety.open_safely(path)
    assert isinstance(opened.problem, CorruptDatabaseError) and opened.persistent and not opened.restored
    assert opened.kept_aside.read_bytes() == garbage  # never deleted
    assert opened.db["profiles"].count == 0
    assert "lagt til side som progress-kept-" in opened.message()


def test_truncated_file_is_kept_aside_and_the_backup_restored(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    safety.open_safely(path).db.conn.close()  # takes a backup
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    opened = safety.open_safely(path, restore=True)
    assert (type(opened.problem), opened.restored) == (CorruptDatabaseError, True)
    assert opened.kept_aside.exists()
    assert opened.db.execute("select count(*) from quiz_answers").fetchone()[0] == 200


def test_restore_later_from_the_notice(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    safety.open_safely(path).db.conn.close()
    path.write_bytes(b"not a database at all" * 100)
    opened = safety.open_safely(path)
    assert opened.backup is not None and opened.db["profiles"].count == 0
    opened = safety.restore_into(opened, path)
    assert opened.restored and [p.name for p in progress.list_profiles(opened.db)] == ["Kari"]


def test_newer_schema_is_left_untouched(tmp_path):
    path = tmp_path / "progress.db"
    make_real_db(path)
    database = store_db.connect(path)
    database["_sqlite_migrations"].insert({"migration_set": "faresignaler", "name": "m999_future", "applied_at": "x"})
    database.execute("pragma wal_checkpoint(truncate)")
    database.conn.close()
    before = path.read_bytes()
    opened = safety.open_safely(path)
    assert (type(opened.problem), opened.persistent) == (NewerDatabaseError, False)
    assert path.read_bytes() == before


def test_folder_that_cannot_be_written(tmp_path):
    # Tests run as root, where permissions do not stop writes; a file where the folder
    # should be is a data folder that cannot be written just the same.
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    opened = safety.open_safely(blocked / "progress.db")
    assert (type(opened.problem), opened.persistent) == (UnwritableError, False)
    progress.create_profile(opened.db, "Kari")  # the app goes on, in memory


def run_smoke(data: Path, *extra, limit_file_size: int | None = None):
    def limit():
        if limit_file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": IMPORT_ROOT}
    return subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data), "--smoke", *extra],
                          capture_output=True, text=True, env=env, timeout=120, preexec_fn=limit)


def test_smoke_with_a_damaged_file_goes_on_and_says_so(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    make_real_db(data / "progress.db")
    assert run_smoke(data).returncode == 0  # takes a backup
    (data / "progress.db").write_bytes(b"\0garbage" * 512)
    result = run_smoke(data)
    assert result.returncode == 0 and "smoke ok" in result.stdout
    assert "Fremdriftsfilen var skadet" in result.stderr and "--restore-backup" in result.stderr
    assert list(data.glob("progress-kept-*.db"))
    (data / "progress.db").write_bytes(b"\0garbage again" * 512)
    restored = run_smoke(data, "--restore-backup")
    assert restored.returncode == 0 and "sikkerhetskopien" in restored.stderr
    database = store_db.connect(data / "progress.db")
    assert [p.name for p in progress.list_profiles(database)] == ["Kari"]


def test_smoke_with_a_full_disk_goes_on_and_says_so(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    make_real_db(data / "progress.db")
    size = (data / "progress.db").stat().st_size
    # No file may be written past half the database's size: the disk is full, so not
    # even the start-up backup fits.
    result = run_smoke(data, limit_file_size=size // 2)
    assert result.returncode == 0 and "smoke ok" in result.stdout, result.stderr
    assert "Disken ser ut til å være full" in result.stderr
    assert (data / "progress.db").exists()
