"""The quick way into an up-to-date database at start-up, and when it must not be taken."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import trainer
from trainer.store import connection, progress, safety
from trainer.store import db as store_db
from trainer.store.errors import NewerDatabaseError

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def test_a_new_database_has_applied_exactly_the_schema_the_quick_way_expects(tmp_path):
    database = store_db.connect(tmp_path / "progress.db")
    applied = [r[0] for r in database.execute("select name from _sqlite_migrations order by id")]
    assert tuple(applied) == connection.SCHEMA == (
        "m001_initial", "m002_records", "m003_presenter_votes", "m004_content_changes", "m005_pages_read",
        "m006_went_on", "m007_votes_session")


def test_an_up_to_date_database_opens_ready_and_reads_and_writes(tmp_path):
    path = tmp_path / "progress.db"
    kari = progress.create_profile(store_db.connect(path), "Kari")
    ready = connection.open_ready(path)
    assert isinstance(ready, connection.ReadyDatabase)
    assert ready._database is None
    assert progress.list_profiles(ready) == [kari] and progress.get_profile(ready, kari.id) == kari
    assert progress.all_module_progress(ready, kari.id) == {}
    assert ready._database is None  # reading the first screen needs no sqlite-utils
    ola = progress.create_profile(ready, "Ola")  # writing goes through sqlite-utils
    assert ready._database is not None
    assert ready.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert ready.execute("pragma synchronous").fetchone()[0] == 2  # FULL
    assert ready.execute("pragma foreign_keys").fetchone()[0] == 1
    ready.conn.close()
    assert [p.name for p in progress.list_profiles(store_db.connect(path))] == [kari.name, ola.name]


def test_anything_unusual_takes_the_full_path(tmp_path):
    missing = tmp_path / "missing.db"
    assert connection.open_ready(missing) is None and not missing.exists()

    old = tmp_path / "old.db"
    database = store_db.connect(old)
    database.execute("delete from _sqlite_migrations where name = ?", [connection.SCHEMA[-1]])
    database.conn.close()
    assert connection.open_ready(old) is None  # a migration to apply

    newer = tmp_path / "newer.db"
    database = store_db.connect(newer)
    database["_sqlite_migrations"].insert({"migration_set": "faresignaler", "name": "m999_future"})
    database.conn.close()
    assert connection.open_ready(newer) is None
    assert isinstance(safety.open_safely(newer).problem, NewerDatabaseError)

    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert connection.open_ready(garbage) is None
    assert garbage.read_bytes() == b"not a database at all" * 100

    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert connection.open_ready(empty) is None


def test_start_up_on_an_up_to_date_database_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "progress.db"
    progress.create_profile(store_db.connect(path), "Kari")
    script = (
        "import sys; from trainer.store import safety, progress\n"
        f"opened = safety.open_safely({str(path)!r})\n"
        "assert opened.problem is None and opened.backup is not None\n"
        "assert [p.name for p in progress.list_profiles(opened.db)] == ['Kari']\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=IMPORT_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_changed_tables_are_named_in_the_language_of_the_run(tmp_path):
    """"tabeller er endret" was written in bokmål in the code, and an English run said it so."""
    from trainer import i18n

    database = store_db.connect(tmp_path / "progress.db")
    database.execute("alter table profiles add column nickname text")
    before = i18n.language()
    try:
        i18n.set_language("en")
        assert connection.schema_problem(database.conn) == "tables are changed: profiles"
        i18n.set_language("nb")
        assert connection.schema_problem(database.conn) == "tabeller er endret: profiles"
    finally:
        i18n.set_language(before)
