"""The progress database's schema, as the migrations that build it, in order. The one
list of them: `trainer.store.db` applies them with sqlite-utils, and the quick way in at
start-up (`trainer.store.connection`) compares their names with the database's migrations
table. Plain functions, importable without sqlite-utils (about 0.1 s to import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for annotations only
    from sqlite_utils import Database

MIGRATION_SET = "faresignaler"


def m001_initial(db: Database) -> None:
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


def m002_records(db: Database) -> None:
    """Stable ids for xAPI (a learner's records must keep their ids when sent again),
    and what has already been sent to a learning record store."""
    import uuid  # 2-3 ms with `platform`: only when this migration runs, not at every start

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


def m003_presenter_votes(db: Database) -> None:
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


def m004_content_changes(db: Database) -> None:
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


def m005_pages_read(db: Database) -> None:
    """The reading pages a learner has opened, so the module's list of parts can mark
    them as read (scenarios and quizzes are marked from their own records)."""
    db["pages_read"].create(
        {"profile_id": int, "module_id": str, "part_id": str, "read_at": str},
        pk=("profile_id", "module_id", "part_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )


def m006_went_on(db: Database) -> None:
    """When the learner went on past a choice's feedback ("Go on"): a run left before it
    resumes at the choice and its feedback, not at the next step without them. Choices
    made before count as gone on, as they were read then."""
    db["scenario_choices"].add_column("went_on_at", str)
    db.execute("update scenario_choices set went_on_at = chosen_at")


def m007_votes_session(db: Database) -> None:
    """Hand counts are kept per show: a second show of a programme on the same day
    replaced the first's counts. `session` is when the show started (a time, nothing
    about the hall); counts saved before have it empty and stay as they were."""
    db["presenter_votes"].add_column("session", str)
    db.execute("update presenter_votes set session = ''")
    db["presenter_votes"].transform(
        pk=("programme_id", "lang", "day", "session", "module_id", "part_id", "item_id", "choice_index"),
        column_order=("programme_id", "lang", "day", "session"),
    )


MIGRATIONS = (m001_initial, m002_records, m003_presenter_votes, m004_content_changes, m005_pages_read,
              m006_went_on, m007_votes_session)
SCHEMA = tuple(step.__name__ for step in MIGRATIONS)  # what an up-to-date database has applied
