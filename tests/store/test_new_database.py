"""A first start makes the database from schema.sql, without sqlite-utils, and gets the same
database the migrations build."""

import subprocess
import sys
import threading
from pathlib import Path

import trainer
from trainer.store import connection, new_database, progress, safety, xapi
from trainer.store import db as store_db

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def describe(conn) -> dict:
    """Everything about a database but its install id and when migrations were applied."""
    return {
        "objects": conn.execute("select type, name, tbl_name, sql from sqlite_master order by name").fetchall(),
        "migrations": conn.execute("select migration_set, name from _sqlite_migrations order by id").fetchall(),
        "meta": conn.execute("select key from app_meta order by key").fetchall(),
        "pragmas": [conn.execute(f"pragma {name}").fetchone()[0] for name in ("journal_mode", "user_version")],
    }


def test_schema_sql_is_what_the_migrations_build():
    assert new_database.SQL_FILE.read_text("utf-8") == new_database.schema_sql(), (
        "trainer/store/schema.sql is out of step with the migrations: "
        "run `python -m trainer.store.new_database`")


def test_a_new_file_equals_a_migrated_one(tmp_path):
    made, migrated = tmp_path / "made" / "progress.db", tmp_path / "migrated.db"
    assert new_database.create(made)  # the folder is made too
    reference = store_db.connect(migrated)
    ready = connection.open_ready(made)
    assert isinstance(ready, connection.ReadyDatabase)
    assert describe(ready.conn) == describe(reference.conn)
    applied = ready.execute("select applied_at from _sqlite_migrations").fetchall()
    assert len(applied) == len(connection.SCHEMA) and all(row[0] for row in applied)
    # and the full path (sqlite-utils' migrations) finds nothing left to do
    ready.conn.close()
    assert not store_db.migrations.pending(store_db.connect(made))


def test_each_new_file_has_its_own_install_id(tmp_path):
    ids = set()
    for name in ("a.db", "b.db"):
        new_database.create(tmp_path / name)
        ids.add(xapi._install_id(store_db.connect(tmp_path / name)))
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)


def test_an_existing_file_is_never_touched(tmp_path):
    path = tmp_path / "progress.db"
    path.write_bytes(b"not a database" * 10)
    assert new_database.create(path) is False
    assert path.read_bytes() == b"not a database" * 10


def test_a_folder_that_cannot_be_made_is_left_to_the_full_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert new_database.create(blocker / "progress.db") is False
    opened = safety.open_safely(blocker / "progress.db")
    assert opened.problem is not None and not opened.persistent  # said, not a traceback


def test_several_first_starts_at_once_share_one_new_file(tmp_path):
    path = tmp_path / "progress.db"
    results, errors = [], []

    def start():
        try:
            opened = safety.open_safely(path, backup=False)
            results.append(opened.problem)
            opened.db.conn.close()
        except Exception as error:  # noqa: BLE001 - the test reports it
            errors.append(error)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and results == [None] * 4
    database = store_db.connect(path)
    assert database.execute("select count(*) from app_meta").fetchone()[0] == 1
    assert progress.create_profile(database, "Kari").id == 1


def test_a_first_start_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "data" / "progress.db"
    script = (
        "import sys; from trainer.store import safety, progress\n"
        f"opened = safety.open_safely({str(path)!r}, backup=False)\n"
        "assert opened.problem is None and opened.persistent\n"
        "assert progress.list_profiles(opened.db) == []\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=IMPORT_ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert connection.open_ready(path) is not None
