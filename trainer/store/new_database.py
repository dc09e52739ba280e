"""A new progress database, made without sqlite-utils.

On a first start, importing sqlite-utils and running the migrations took about 70 ms of
CPU (of a 0.4 s start-up) on the worker thread, where it held up the window. The tables
the migrations build are kept here as SQL (`schema.sql` beside this module), and a new
file gets them, the migrations' records and an install id in one transaction: about
2 ms. The migrations stay the one source of truth: the SQL is written from them
(`python -m trainer.store.new_database`), and a test fails when the two differ.

Anything unusual (the file exists, the folder cannot be written) is left to the full
path in `trainer.store.safety`, which knows what to say about it."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

from trainer.store.connection import open_connection
from trainer.store.schema import MIGRATION_SET, SCHEMA

SQL_FILE = Path(__file__).with_name("schema.sql")


def create(path: Path) -> bool:
    """Make the database at `path` if there is no file there yet. True when the file now
    holds the schema (made here, or by another first start at the same moment); False
    when it existed already or could not be made."""
    path = Path(path)
    if path.exists():
        return False
    try:
        statements = _statements(SQL_FILE.read_text("utf-8"))
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = open_connection(path)
    except (OSError, sqlite3.Error):
        return False
    try:
        # Several first starts at once: the first takes the write lock and makes the
        # tables; the others wait for it (busy timeout), then find them made.
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("select count(*) from sqlite_master").fetchone()[0] == 0:
            for statement in statements:
                conn.execute(statement)
            applied_at = str(datetime.datetime.now(datetime.timezone.utc))  # as sqlite-utils records it
            conn.executemany("insert into _sqlite_migrations (migration_set, name, applied_at) values (?, ?, ?)",
                             [(MIGRATION_SET, name, applied_at) for name in SCHEMA])
            import uuid  # only here, as in the migration that adds the install id

            conn.execute("insert into app_meta (key, value) values ('install_id', ?)", [str(uuid.uuid4())])
        conn.execute("COMMIT")
        return True
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def _statements(text: str) -> list[str]:
    """The file's statements, one by one (`execute` takes one at a time, and
    `executescript` would commit outside the transaction)."""
    statements, current = [], ""
    for line in text.splitlines(keepends=True):
        if not current and (not line.strip() or line.startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


def schema_sql() -> str:
    """What `schema.sql` must hold: the tables and indexes the migrations build, in the
    order they build them. Needs sqlite-utils."""
    from trainer.store import db as store_db

    database = store_db.memory()
    rows = database.execute("select sql from sqlite_master where sql is not null order by rowid").fetchall()
    database.conn.close()
    head = ("-- The tables and indexes the migrations in trainer/store/schema.py build, for a new file\n"
            "-- (trainer/store/new_database.py). Written by `python -m trainer.store.new_database`: do not edit.\n"
            f"-- Migrations: {', '.join(SCHEMA)}\n\n")
    return head + "".join(f"{sql};\n\n" for (sql,) in rows)


if __name__ == "__main__":
    SQL_FILE.write_text(schema_sql(), "utf-8")
    print(f"wrote {SQL_FILE}")
