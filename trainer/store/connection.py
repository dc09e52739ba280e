"""The connection to the progress database, and the quick way in at start-up.

Importing sqlite-utils takes about 0.1 s, as long as showing the whole window. When the
database is already up to date (the usual case after the first start), start-up opens it
with plain sqlite3 and reads what the first screen needs with SQL; sqlite-utils is
imported the first time anything else is asked of the database. Anything unusual (no
file yet, a migration to apply, damage, a newer version) takes the full path in
`trainer.store.safety`, which imports sqlite-utils and knows what to do."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from trainer.store.schema import MIGRATION_SET, SCHEMA
from trainer.i18n import _

# Every table of the full schema: its columns (* marks the primary key) and, after ">",
# its foreign keys. A file whose tables were renamed, dropped or re-created without
# their keys is damaged, even though SQLite's own check finds nothing wrong with it.
# A test keeps this in step with the migrations.
TABLES = {
    "_sqlite_migrations": "id* migration_set name applied_at",
    "app_meta": "key* value",
    "content_changes": "id* profile_id module_id pack_id old_version new_version old_status old_completed_at "
                       "changed_at > profile_id:profiles.id",
    "module_progress": "profile_id* module_id* status part_id seconds_spent started_at updated_at completed_at "
                       "> profile_id:profiles.id",
    "pages_read": "profile_id* module_id* part_id* read_at > profile_id:profiles.id",
    "presenter_votes": "programme_id* lang* day* session* module_id* part_id* item_id* choice_index* count",
    "profiles": "id* name created_at uuid",
    "quiz_answers": "id* attempt_id question_id answer correct content_version answered_at > attempt_id:quiz_attempts.id",
    "quiz_attempts": "id* profile_id module_id quiz_id content_version started_at finished_at correct_count "
                     "question_count score_percent passed > profile_id:profiles.id",
    "scenario_choices": "id* run_id step_id choice_index target_step_id tags chosen_at went_on_at "
                        "> run_id:scenario_runs.id",
    "scenario_runs": "id* profile_id module_id scenario_id content_version started_at finished_at ending_id "
                     "> profile_id:profiles.id",
    "xapi_sent": "statement_id* profile_id lrs* sent_at > profile_id:profiles.id",
}


def tables_of(conn: sqlite3.Connection) -> dict[str, str]:
    """The tables in the file, described the way TABLES describes them."""
    columns: dict[str, list[str]] = {}
    for table, column, pk in conn.execute(
            "select m.name, p.name, p.pk from sqlite_master m join pragma_table_info(m.name) p "
            "where m.type = 'table' order by m.name, p.cid"):
        columns.setdefault(table, []).append(column + "*" * bool(pk))
    keys: dict[str, list[str]] = {}
    for table, source, target, target_column in conn.execute(
            'select m.name, f."from", f."table", f."to" from sqlite_master m '
            "join pragma_foreign_key_list(m.name) f where m.type = 'table' order by m.name, f.id, f.seq"):
        keys.setdefault(table, []).append(f"{source}:{target}.{target_column}")
    return {table: " ".join(names) + (" > " + " ".join(keys[table]) if table in keys else "")
            for table, names in columns.items()}


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """What is wrong with the tables of an up-to-date file, in words; None when nothing is."""
    found = tables_of(conn)
    missing = sorted(name for name in TABLES if name not in found)
    if missing:
        return _("tables are missing: {names}").format(names=", ".join(missing))
    changed = sorted(name for name, shape in TABLES.items() if found[name] != shape)
    if changed:
        return _("tables are changed: {names}").format(names=", ".join(changed))
    return None


def open_connection(path: Path) -> sqlite3.Connection:
    # Autocommit: every write outside db.atomic() is committed when it returns, so an
    # answer that was recorded survives a crash the moment after. Opened on the start-up
    # thread and then handed to the UI thread, never used by two threads at once.
    conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        _wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _wal(conn: sqlite3.Connection, seconds: float = 10.0) -> None:
    """Switch to WAL. On a new file that several first starts open at once, the switch
    can be refused with "database is locked" at once, without the busy timeout (SQLite
    will not wait while it holds a read lock): try again until the timeout."""
    ends = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > ends:
                raise
            time.sleep(0.02)


class ReadyDatabase:
    """An up-to-date database on a plain connection, for start-up: reading with `execute`
    needs no sqlite-utils. Tables, transactions and vacuum go to sqlite-utils' Database,
    made from the same connection the first time one is asked for. Keeping sqlite-utils out
    of start-up saved about 160 ms of a returning learner's start-up (A/B of the
    benchmark's command, 15 runs each). These are all the store asks of a database."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._database = None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def full(self):
        """sqlite-utils' Database on this connection."""
        if self._database is None:
            import sqlite_utils

            self._database = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._database

    def __getitem__(self, table: str):
        return self.full()[table]

    def atomic(self):
        return self.full().atomic()

    def vacuum(self) -> None:
        self.full().vacuum()

    def __enter__(self):
        return self.full().__enter__()

    def __exit__(self, *error):
        return self.full().__exit__(*error)


def open_ready(path: Path) -> ReadyDatabase | None:
    """The database at `path` if it exists, is undamaged and has exactly this version's
    schema; otherwise None, and nothing was changed."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = open_connection(path)
    except sqlite3.Error:
        return None
    try:
        applied = [row[0] for row in conn.execute(
            "select name from _sqlite_migrations where migration_set = ? order by id", [MIGRATION_SET])]
        healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and schema_problem(conn) is None
    except sqlite3.Error:
        healthy = False
    if not healthy or tuple(applied) != SCHEMA:
        conn.close()
        return None
    return ReadyDatabase(conn)
