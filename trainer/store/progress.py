"""Recording and reading a learner's progress. Plain functions on a sqlite-utils
Database; every write is committed before the function returns. What the first screen
reads is plain SQL through `db.execute`, so it also works on the start-up connection
(`trainer.store.connection.ReadyDatabase`) without importing sqlite-utils.

What is read comes back as NamedTuples (here and in `trainer.store.records`): rows that
cannot be changed, like frozen dataclasses, at a fraction of the cost to define; the
twelve frozen dataclasses they replace took about 7 ms of every start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import json
from datetime import datetime, timezone

from trainer.errors import TrainerError
from trainer.i18n import _

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database



def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


# ---------------------------------------------------------------- profiles


class Profile(NamedTuple):
    id: int
    name: str
    created_at: str
    uuid: str = ""


PROFILE_COLUMNS = "id, name, created_at, uuid"


def _profile(row) -> Profile:
    return Profile(row[0], row[1], row[2], row[3] or "")


NAME_LIMIT = 60  # characters: two lines at most of the certificate's 26-pt name
# Invisible marks that turn text around: U+202E makes "Kari" and "iraK" look alike.
_TURNING_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


class ProfileNameError(TrainerError):
    """A name no profile can have, said as it is."""


def _one_line(text: str) -> str:
    """`text` on one line with single spaces, without control characters or turning marks."""
    import unicodedata  # when a name is given, not at every start

    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text).translate(_TURNING_MARKS)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def profile_name(text: str) -> str:
    """`text` as a profile keeps it: one line with single spaces, without control
    characters or the marks that turn text around (a pasted line break split the name on
    the certificate and in every list). Raises ProfileNameError when nothing is left, or
    more than NAME_LIMIT characters."""
    name = _one_line(text)
    if not name:
        raise ProfileNameError(_("a profile needs a name"))
    if len(name) > NAME_LIMIT:
        raise ProfileNameError(_("a name can have at most {limit} characters ({count} given)").format(
            limit=NAME_LIMIT, count=len(name)))
    return name


def create_profile(db: Database, name: str) -> Profile:
    name = profile_name(name)
    created = now()
    import uuid  # 2-3 ms with `platform`: when a profile is made, not at every start

    row_id = db["profiles"].insert({"name": name, "created_at": created, "uuid": str(uuid.uuid4())}).last_pk
    return get_profile(db, row_id)


# The Norwegian alphabet ends æ, ø, å (code points put å first, and NOCASE folds a to z
# only); ä and ö go with æ and ø, ü with y, and é, è, ç ... with their plain letter.
_ALPHABET_END = str.maketrans({"æ": "\U0010fff0", "ä": "\U0010fff0", "ø": "\U0010fff1", "ö": "\U0010fff1",
                               "å": "\U0010fff2", "ü": "y"})


def _alphabetical(name: str) -> str:
    import unicodedata  # when profiles are listed, not at every start

    folded = unicodedata.normalize("NFC", name.casefold()).translate(_ALPHABET_END)
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def list_profiles(db: Database) -> list[Profile]:
    """Every profile, in the order of the Norwegian alphabet whatever the case."""
    rows = db.execute(f"select {PROFILE_COLUMNS} from profiles").fetchall()
    return [_profile(r) for r in sorted(rows, key=lambda r: (_alphabetical(r[1]), r[0]))]


def get_profile(db: Database, profile_id: int) -> Profile | None:
    row = db.execute(f"select {PROFILE_COLUMNS} from profiles where id = ?", [profile_id]).fetchone()
    return _profile(row) if row else None


def find_profile(db: Database, name: str) -> Profile | None:
    """The profile called `name`, whatever its case and spacing: "åse  ødegård" finds
    "Åse Ødegård" (SQLite's NOCASE folds a to z only, so "Åse" and "åse" were two
    profiles, and a name typed with two spaces was never found)."""
    wanted = _one_line(name).casefold()
    for row in db.execute(f"select {PROFILE_COLUMNS} from profiles order by id"):
        if _one_line(row[1]).casefold() == wanted:
            return _profile(row)
    return None


def rename_profile(db: Database, profile_id: int, name: str) -> Profile:
    name = profile_name(name)
    db["profiles"].update(profile_id, {"name": name})
    return get_profile(db, profile_id)


# ---------------------------------------------------------------- modules


class ModuleProgress(NamedTuple):
    module_id: str
    status: str
    part_id: str | None
    seconds_spent: int
    completed_at: str | None


PROGRESS_COLUMNS = "module_id, status, part_id, seconds_spent, completed_at"


def _module_progress(row) -> ModuleProgress:
    return ModuleProgress(row[0], row[1], row[2], row[3] or 0, row[4])


def module_progress(db: Database, profile_id: int, module_id: str) -> ModuleProgress:
    row = db.execute(f"select {PROGRESS_COLUMNS} from module_progress where profile_id = ? and module_id = ?",
                     [profile_id, module_id]).fetchone()
    return _module_progress(row) if row else ModuleProgress(module_id, "not_started", None, 0, None)


def all_module_progress(db: Database, profile_id: int) -> dict[str, ModuleProgress]:
    rows = db.execute(f"select {PROGRESS_COLUMNS} from module_progress where profile_id = ?", [profile_id])
    return {row[0]: _module_progress(row) for row in rows}


def save_position(db: Database, profile_id: int, module_id: str, part_id: str) -> None:
    """Remember where the learner is; a module once completed stays completed."""
    stamp = now()
    db.execute(
        """
        insert into module_progress (profile_id, module_id, status, part_id, seconds_spent, started_at, updated_at)
        values (?, ?, 'in_progress', ?, 0, ?, ?)
        on conflict (profile_id, module_id) do update set
            part_id = excluded.part_id,
            updated_at = excluded.updated_at,
            status = case when status = 'completed' then status else 'in_progress' end
        """,
        [profile_id, module_id, part_id, stamp, stamp],
    )


def add_time(db: Database, profile_id: int, module_id: str, seconds: int) -> None:
    if seconds <= 0:
        return
    db.execute(
        "update module_progress set seconds_spent = coalesce(seconds_spent, 0) + ? "
        "where profile_id = ? and module_id = ?",
        [int(seconds), profile_id, module_id],
    )


def mark_completed(db: Database, profile_id: int, module_id: str) -> None:
    stamp = now()
    db.execute(
        """
        insert into module_progress (profile_id, module_id, status, seconds_spent, started_at, updated_at, completed_at)
        values (?, ?, 'completed', 0, ?, ?, ?)
        on conflict (profile_id, module_id) do update set
            status = 'completed', updated_at = excluded.updated_at,
            completed_at = coalesce(completed_at, excluded.completed_at)
        """,
        [profile_id, module_id, stamp, stamp, stamp],
    )


def mark_page_read(db: Database, profile_id: int, module_id: str, part_id: str) -> None:
    db.execute(
        "insert into pages_read (profile_id, module_id, part_id, read_at) values (?, ?, ?, ?) "
        "on conflict (profile_id, module_id, part_id) do nothing",
        [profile_id, module_id, part_id, now()],
    )


def pages_read(db: Database, profile_id: int, module_id: str) -> set[str]:
    rows = db.execute("select part_id from pages_read where profile_id = ? and module_id = ?",
                      [profile_id, module_id]).fetchall()
    return {r[0] for r in rows}


# ---------------------------------------------------------------- scenarios


class ScenarioRun(NamedTuple):
    id: int
    scenario_id: str
    path: tuple[tuple[str, int, str], ...]  # (step id, choice index, target step id)
    ending_id: str | None
    finished: bool
    waiting: bool = False  # at the last choice's feedback: the learner has not gone on yet

    @property
    def current_step(self) -> str | None:
        return self.path[-1][2] if self.path else None


def start_run(db: Database, profile_id: int, module_id: str, scenario_id: str, version: str) -> int:
    return db["scenario_runs"].insert(
        {
            "profile_id": profile_id,
            "module_id": module_id,
            "scenario_id": scenario_id,
            "content_version": version,
            "started_at": now(),
        }
    ).last_pk


def record_choice(db: Database, run_id: int, step_id: str, choice_index: int, target: str, tags=(),
                  went_on: bool = True) -> None:
    """A choice, committed at once. Without `went_on` (a choice with feedback) the run
    waits at it until `record_went_on`."""
    moment = now()
    db["scenario_choices"].insert(
        {
            "run_id": run_id,
            "step_id": step_id,
            "choice_index": choice_index,
            "target_step_id": target,
            "tags": " ".join(tags),
            "chosen_at": moment,
            "went_on_at": moment if went_on else None,
        }
    )


def record_went_on(db: Database, run_id: int) -> None:
    """The learner went on past the feedback of the run's last choice."""
    db.execute("update scenario_choices set went_on_at = ? where id = (select max(id) from scenario_choices "
               "where run_id = ?) and went_on_at is null", [now(), run_id])


def finish_run(db: Database, run_id: int, ending_id: str) -> None:
    db["scenario_runs"].update(run_id, {"finished_at": now(), "ending_id": ending_id})


def _run(db: Database, row) -> ScenarioRun:
    choices = db.execute(
        "select step_id, choice_index, target_step_id, went_on_at from scenario_choices where run_id = ? order by id",
        [row["id"]],
    ).fetchall()
    waiting = bool(choices) and choices[-1][3] is None
    return ScenarioRun(row["id"], row["scenario_id"], tuple(tuple(c[:3]) for c in choices), row["ending_id"],
                       bool(row["finished_at"]), waiting)


def latest_run(db: Database, profile_id: int, module_id: str, scenario_id: str) -> ScenarioRun | None:
    rows = list(
        db["scenario_runs"].rows_where(
            "profile_id = ? and module_id = ? and scenario_id = ?",
            [profile_id, module_id, scenario_id],
            order_by="id desc",
            limit=1,
        )
    )
    return _run(db, rows[0]) if rows else None


def latest_finished_run(db: Database, profile_id: int, module_id: str, scenario_id: str) -> ScenarioRun | None:
    rows = list(db["scenario_runs"].rows_where(
        "profile_id = ? and module_id = ? and scenario_id = ? and finished_at is not null",
        [profile_id, module_id, scenario_id], order_by="id desc", limit=1))
    return _run(db, rows[0]) if rows else None


def endings_reached(db: Database, profile_id: int, module_id: str, scenario_id: str) -> list[str]:
    rows = db.execute(
        "select distinct ending_id from scenario_runs where profile_id = ? and module_id = ? "
        "and scenario_id = ? and ending_id is not null order by ending_id",
        [profile_id, module_id, scenario_id],
    ).fetchall()
    return [r[0] for r in rows]


# ---------------------------------------------------------------- quizzes


class QuizAttempt(NamedTuple):
    id: int
    quiz_id: str
    answers: dict[str, tuple[object, bool]]  # question id -> (answer, correct)
    finished: bool
    score_percent: int | None
    passed: bool


def start_attempt(db: Database, profile_id: int, module_id: str, quiz_id: str, version: str) -> int:
    return db["quiz_attempts"].insert(
        {
            "profile_id": profile_id,
            "module_id": module_id,
            "quiz_id": quiz_id,
            "content_version": version,
            "started_at": now(),
        }
    ).last_pk


def record_answer(db: Database, attempt_id: int, question_id: str, answer, correct: bool, version: str) -> int:
    """Commit one answer at once: a crash a moment later must not lose it."""
    return db["quiz_answers"].insert(
        {
            "attempt_id": attempt_id,
            "question_id": question_id,
            "answer": json.dumps(answer, ensure_ascii=False),
            "correct": int(bool(correct)),
            "content_version": version,
            "answered_at": now(),
        }
    ).last_pk


def finish_attempt(db: Database, attempt_id: int, correct: int, total: int, pass_percent: int) -> QuizAttempt:
    percent = round(100 * correct / total) if total else 0
    passed = percent >= pass_percent
    db["quiz_attempts"].update(
        attempt_id,
        {
            "finished_at": now(),
            "correct_count": correct,
            "question_count": total,
            "score_percent": percent,
            "passed": int(passed),
        },
    )
    return attempt(db, attempt_id)


def finish_if_answered(db: Database, attempt_id: int, question_ids, pass_percent: int) -> QuizAttempt | None:
    """Finish an open attempt whose every question has a saved answer, scored from the
    saved marks, and return it (None if a question is still open). A quiz answered in
    full counts however the learner left it: by "Finish module", by closing the app
    before looking at the result, or in an older version that finished only then."""
    found = attempt(db, attempt_id)
    wanted = list(question_ids)
    if found.finished:
        return found
    if not wanted or any(q not in found.answers for q in wanted):
        return None
    correct = sum(1 for q in wanted if found.answers[q][1])
    return finish_attempt(db, attempt_id, correct, len(wanted), pass_percent)


def finish_answered_attempts(db: Database, profile_id: int, module_id: str, quizzes) -> None:
    """`finish_if_answered` for the latest attempt at each of a module's quizzes
    (`quizzes`: (quiz id, question ids, pass percent)), as the module is finished."""
    for quiz_id, question_ids, pass_percent in quizzes:
        latest = latest_attempt(db, profile_id, module_id, quiz_id)
        if latest is not None and not latest.finished:
            finish_if_answered(db, latest.id, question_ids, pass_percent)


def attempt(db: Database, attempt_id: int) -> QuizAttempt:
    row = db["quiz_attempts"].get(attempt_id)
    answers = {}
    for r in db.execute(
        "select question_id, answer, correct from quiz_answers where attempt_id = ? order by id", [attempt_id]
    ).fetchall():
        answers[r[0]] = (json.loads(r[1]), bool(r[2]))
    return QuizAttempt(row["id"], row["quiz_id"], answers, bool(row["finished_at"]), row["score_percent"], bool(row["passed"]))


def latest_attempt(db: Database, profile_id: int, module_id: str, quiz_id: str) -> QuizAttempt | None:
    row = db.execute(
        "select id from quiz_attempts where profile_id = ? and module_id = ? and quiz_id = ? order by id desc limit 1",
        [profile_id, module_id, quiz_id],
    ).fetchone()
    return attempt(db, row[0]) if row else None


def best_score(db: Database, profile_id: int, module_id: str, quiz_id: str) -> int | None:
    row = db.execute(
        "select max(score_percent) from quiz_attempts where profile_id = ? and module_id = ? "
        "and quiz_id = ? and finished_at is not null",
        [profile_id, module_id, quiz_id],
    ).fetchone()
    return row[0]


def best_scores(db: Database, profile_id: int) -> dict[tuple[str, str], int]:
    rows = db.execute(
        "select module_id, quiz_id, max(score_percent) from quiz_attempts where profile_id = ? "
        "and finished_at is not null group by module_id, quiz_id",
        [profile_id],
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def last_module(db: Database, profile_id: int) -> str | None:
    """The module the learner worked in most recently and has not completed."""
    row = db.execute(
        "select module_id from module_progress where profile_id = ? and status = 'in_progress' "
        "order by updated_at desc limit 1",
        [profile_id],
    ).fetchone()
    return row[0] if row else None
