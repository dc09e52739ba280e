"""Erasing a learner, or everything. Rows go in one transaction, then the file is
vacuumed so that deleted names and answers do not linger in free pages."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer.store import safety

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


# Every table that holds something about a person, child tables first.
PERSONAL_TABLES = (
    ("quiz_answers", "attempt_id in (select id from quiz_attempts where profile_id = ?)"),
    ("quiz_attempts", "profile_id = ?"),
    ("scenario_choices", "run_id in (select id from scenario_runs where profile_id = ?)"),
    ("scenario_runs", "profile_id = ?"),
    ("module_progress", "profile_id = ?"),
    ("xapi_sent", "profile_id = ?"),
    ("content_changes", "profile_id = ?"),
    ("pages_read", "profile_id = ?"),
    ("profiles", "id = ?"),
)


def _vacuum(db: Database) -> None:
    db.execute("pragma wal_checkpoint(truncate)")
    db.vacuum()
    _drop_backups(db)


def _drop_backups(db: Database) -> None:
    """Backups hold the erased data too; they go, and a clean one takes their place."""
    row = db.execute("pragma database_list").fetchone()
    if not row or not row[2]:
        return  # an in-memory database has no backups
    path = Path(row[2])
    for backup in safety.backups_dir(path).glob(f"{path.stem}-*.db"):
        backup.unlink()
    if db["profiles"].count:
        safety.make_backup(db, path)


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
