"""Opening the progress database: connection settings for durability, and the schema
(`trainer.store.schema`) applied as sqlite-utils migrations. Plain SQLite with readable
names: any SQLite tool can open it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from trainer.errors import os_reason, shown
from trainer.i18n import _
from trainer.store.connection import open_connection
from trainer.store.schema import MIGRATION_SET, MIGRATIONS, SCHEMA
from trainer.store.errors import (  # noqa: F401 - callers import them from here too
    BusyError, CorruptDatabaseError, DiskFullError, NewerDatabaseError, StorageError, UnwritableError, classify,
)


migrations = Migrations(MIGRATION_SET)
for _step in MIGRATIONS:
    migrations()(_step)


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = open_connection(path)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        _check_not_newer(db)
        if migrations.pending(db):
            _migrate(db)
    except NewerDatabaseError:
        conn.close()
        raise
    except sqlite3.DatabaseError as error:
        if "conn" in locals():
            conn.close()
        raise classify(error, path) from error
    except OSError as error:
        raise UnwritableError(_("The progress file {path} cannot be opened: {strerror}").format(
            path=shown(path), strerror=os_reason(error))) from error
    return db


def _migrate(db: sqlite_utils.Database) -> None:
    """Apply the pending migrations holding the write lock from the start. Several first
    starts at once on an empty folder: one creates the tables while the others wait for
    it within the busy timeout, then find nothing left to do. (Each migration's own
    transaction would read first and then need the lock, which SQLite refuses at once
    rather than wait for, with "database is locked".)"""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        _check_not_newer(db)
        migrations.apply(db)  # its transactions become savepoints inside this one
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def memory() -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False), execute_plugins=False)
    db.conn.isolation_level = None
    db.conn.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def memory_copy(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """An in-memory copy of a database that can no longer be written (read-only file, full
    disk): the learner goes on, and nothing pretends that it is saved."""
    copy = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.backup(copy)
    copy.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(copy, execute_plugins=False)


def _check_not_newer(db: sqlite_utils.Database) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = set(SCHEMA)  # every migration this version knows, by name
    unknown = applied - known
    if unknown:
        raise NewerDatabaseError(_("The progress file was made by a newer version of Faresignaler; update the app "
                                   "to use it."), detail=", ".join(sorted(unknown)))
