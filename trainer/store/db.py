"""Opening the progress database: connection settings for durability, and the schema
as sqlite-utils migrations. Plain SQLite with readable names: any SQLite tool can open it."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from trainer.i18n import _
from trainer.store.connection import MIGRATION_SET, open_connection
from trainer.store.errors import (  # noqa: F401 - callers import them from here too
    BusyError, CorruptDatabaseError, DiskFullError, NewerDatabaseError, StorageError, UnwritableError, classify,
)


migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["profiles"].create(
        {"id": int, "name": str, "created_at": str}, pk="id", not_null={"name", "created_at"}
    )
    db["module_progress"].create(
        {
            "profile_id": int,
            "module_id": str,
            "status": str,  # not_started, in_progress, completed
            "part_id": str,  # where the learner was: page, scenario or quiz id
            "seconds_spent": int,
            "started_at": str,
            "updated_at": str,
            "completed_at": str,
        },
        pk=("profile_id", "module_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
        defaults={"status": "not_started", "seconds_spent": 0},
    )
    db["scenario_runs"].create(
        {
            "id": int,
            "profile_id": int,
            "module_id": str,
            "scenario_id": str,
            "content_version": str,
            "started_at": str,
            "finished_at": str,
            "ending_id": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["scenario_runs"].create_index(["profile_id", "module_id", "scenario_id"])
    db["scenario_choices"].create(
        {
            "id": int,
            "run_id": int,
            "step_id": str,
            "choice_index": int,
            "target_step_id": str,
            "tags": str,  # space-separated tag ids of the chosen choice
            "chosen_at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "scenario_runs", "id")],
    )
    db["scenario_choices"].create_index(["run_id"])
    db["quiz_attempts"].create(
        {
            "id": int,
            "profile_id": int,
            "module_id": str,
            "quiz_id": str,
            "content_version": str,
            "started_at": str,
            "finished_at": str,
            "correct_count": int,
            "question_count": int,
            "score_percent": int,
            "passed": int,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["quiz_attempts"].create_index(["profile_id", "module_id", "quiz_id"])
    db["quiz_answers"].create(
        {
            "id": int,
            "attempt_id": int,
            "question_id": str,
            "answer": str,  # JSON of what the learner gave
            "correct": int,
            "content_version": str,
            "answered_at": str,
        },
        pk="id",
        foreign_keys=[("attempt_id", "quiz_attempts", "id")],
    )
    db["quiz_answers"].create_index(["attempt_id"])


@migrations()
def m002_records(db: sqlite_utils.Database) -> None:
    """Stable ids for xAPI (a learner's records must keep their ids when sent again),
    and what has already been sent to a learning record store."""
    db["profiles"].add_column("uuid", str)
    for row in db["profiles"].rows:
        db["profiles"].update(row["id"], {"uuid": str(uuid.uuid4())})
    db["app_meta"].create({"key": str, "value": str}, pk="key")
    db["app_meta"].insert({"key": "install_id", "value": str(uuid.uuid4())})
    db["xapi_sent"].create(
        {"statement_id": str, "profile_id": int, "lrs": str, "sent_at": str},
        pk=("statement_id", "lrs"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["xapi_sent"].create_index(["profile_id"])


@migrations()
def m003_presenter_votes(db: sqlite_utils.Database) -> None:
    """Anonymous hand counts from presenter mode: the programme, the date and the
    numbers, never anything about who was in the hall."""
    db["presenter_votes"].create(
        {
            "programme_id": str,
            "lang": str,
            "day": str,  # YYYY-MM-DD, no time of day
            "module_id": str,
            "part_id": str,  # scenario or quiz
            "item_id": str,  # step or question
            "choice_index": int,
            "count": int,
        },
        pk=("programme_id", "lang", "day", "module_id", "part_id", "item_id", "choice_index"),
    )


@migrations()
def m004_content_changes(db: sqlite_utils.Database) -> None:
    """An updated content pack changed a module a learner had completed: the module went
    back to in progress, and what it was is kept here (nothing is ever deleted)."""
    db["content_changes"].create(
        {
            "id": int,
            "profile_id": int,
            "module_id": str,
            "pack_id": str,
            "old_version": str,  # the module's content version before the update
            "new_version": str,
            "old_status": str,
            "old_completed_at": str,
            "changed_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["content_changes"].create_index(["profile_id", "module_id"])


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
        raise UnwritableError(_("The progress file {path} cannot be opened: {strerror}").format(path=path, strerror=error.strerror)) from error
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
    known = {m.name for m in migrations._migrations}
    unknown = applied - known
    if unknown:
        raise NewerDatabaseError(
            "Databasen er laget av en nyere versjon av Faresignaler; oppdater appen "
            f"(ukjente endringer: {', '.join(sorted(unknown))})"
        )
