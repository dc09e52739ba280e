"""Erasing a learner, or everything. Rows go in one transaction, then the file is
vacuumed so that deleted names and answers do not linger in free pages."""

from __future__ import annotations

from sqlite_utils import Database

# Every table that holds something about a person, child tables first.
PERSONAL_TABLES = (
    ("quiz_answers", "attempt_id in (select id from quiz_attempts where profile_id = ?)"),
    ("quiz_attempts", "profile_id = ?"),
    ("scenario_choices", "run_id in (select id from scenario_runs where profile_id = ?)"),
    ("scenario_runs", "profile_id = ?"),
    ("module_progress", "profile_id = ?"),
    ("xapi_sent", "profile_id = ?"),
    ("profiles", "id = ?"),
)


def _vacuum(db: Database) -> None:
    db.execute("pragma wal_checkpoint(truncate)")
    db.vacuum()


def delete_profile(db: Database, profile_id: int) -> None:
    with db.atomic():
        for table, where in PERSONAL_TABLES:
            if db[table].exists():
                db.execute(f"delete from [{table}] where {where}", [profile_id])
    _vacuum(db)


def erase_all(db: Database) -> None:
    """Every learner and everything recorded about them; the schema stays."""
    with db.atomic():
        for table, _where in PERSONAL_TABLES:
            if db[table].exists():
                db.execute(f"delete from [{table}]")
    _vacuum(db)
