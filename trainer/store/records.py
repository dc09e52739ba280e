"""What a learner's records show: every quiz attempt, a summary per module ("My
progress", the export) and the certificate of a passed course."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from trainer.course.model import Course, Library
from trainer.store import progress
from trainer.store.standing import CourseStanding, course_standing

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


# ---------------------------------------------------------------- "My progress"


class Attempt(NamedTuple):
    module_id: str
    quiz_id: str
    started_at: str
    finished_at: str | None
    correct: int | None
    total: int | None
    percent: int | None
    passed: bool
    content_version: str
    answered: int = 0  # questions answered so far

    @property
    def tried(self) -> bool:
        """Finished, or begun: opening a quiz and leaving it at once is no attempt."""
        return bool(self.finished_at) or self.answered > 0


# A scenario run the learner tried, as SQL on scenario_runs: it reached an ending or has
# a choice made. One opened and left at once is none, as for a quiz (Attempt.tried).
TRIED_RUN = "(ending_id is not null or exists (select 1 from scenario_choices where run_id = scenario_runs.id))"


def attempts(db: Database, profile_id: int) -> list[Attempt]:
    rows = db.execute(
        "select module_id, quiz_id, started_at, finished_at, correct_count, question_count, score_percent, "
        "passed, content_version, (select count(*) from quiz_answers where attempt_id = quiz_attempts.id) "
        "from quiz_attempts where profile_id = ? order by id",
        [profile_id],
    ).fetchall()
    return [Attempt(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8] or "", r[9]) for r in rows]


class QuizSummary(NamedTuple):
    quiz_id: str
    title: str
    attempts: int
    best: int | None
    last: int | None
    scores: tuple[int, ...]  # finished attempts in order, for the chart


class ScenarioSummary(NamedTuple):
    scenario_id: str
    title: str
    endings: tuple[str, ...]  # titles of the endings reached


class ModuleSummary(NamedTuple):
    module_id: str
    title: str
    status: str
    seconds_spent: int
    completed_at: str | None
    quizzes: tuple[QuizSummary, ...]
    scenarios: tuple[ScenarioSummary, ...]


def module_summaries(db: Database, profile_id: int, course: Course, library: Library) -> list[ModuleSummary]:
    statuses = progress.all_module_progress(db, profile_id)
    history = attempts(db, profile_id)
    summaries = []
    for module_id in course.module_ids:
        module = library.module(module_id, course.lang)
        if module is None:
            continue
        quizzes = []
        for quiz in module.quizzes:
            scores = tuple(
                a.percent for a in history
                if a.module_id == module.id and a.quiz_id == quiz.id and a.finished_at and a.percent is not None
            )
            tried = sum(1 for a in history if a.module_id == module.id and a.quiz_id == quiz.id and a.tried)
            quizzes.append(QuizSummary(quiz.id, quiz.title, tried, max(scores) if scores else None,
                                       scores[-1] if scores else None, scores))
        scenarios = []
        for part in module.parts:
            if part.kind == "scenario":
                reached = progress.endings_reached(db, profile_id, module.id, part.id)
                titles = tuple((part.step(e).title if part.step(e) else e) for e in reached)
                scenarios.append(ScenarioSummary(part.id, part.title, titles))
        state = statuses.get(module.id)
        summaries.append(ModuleSummary(
            module.id, module.title, state.status if state else "not_started",
            state.seconds_spent if state else 0, state.completed_at if state else None,
            tuple(quizzes), tuple(scenarios),
        ))
    return summaries


# ---------------------------------------------------------------- certificate


class NotPassedError(Exception):
    """The course's pass rule is not met yet; `remaining` says what is missing."""

    def __init__(self, standing: CourseStanding):
        super().__init__("pass rule not met")
        self.standing = standing


class CertificateLine(NamedTuple):
    module_title: str
    date: str  # the local date the module was completed; "" if it never was
    score: str


def local_day(stamp: str | None) -> str:
    """The date, where the learner is, of a time stored in UTC (2026-11-26T23:30Z is the
    27th in Oslo): the certificate's dates are the learner's, as its "Issued" is."""
    if not stamp:
        return ""
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp[:10]
    if moment.tzinfo is None:  # stored without a zone: UTC, as progress.now() writes
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date().isoformat()


class Certificate(NamedTuple):
    learner: str
    course_title: str
    course_id: str
    lang: str
    organisation: str
    issued: str
    content_versions: str
    lines: tuple[CertificateLine, ...]
    pass_percent: int = 0  # the pass rule: at least this on each of `quizzes`
    quizzes: str = ""  # the titles of the quizzes the rule names


def certificate(db: Database, profile_id: int, course: Course, library: Library, issued: str) -> Certificate:
    """What the certificate says, or NotPassedError while the rule is not met. It says
    only what is true: the course is passed by its quizzes, so each module shows the date
    it was completed or none, and the content versions are those of the attempts that
    passed (stored with each attempt), not the versions installed today."""
    standing = course_standing(db, profile_id, course, library)
    if not standing.passed:
        raise NotPassedError(standing)
    profile = progress.get_profile(db, profile_id)
    history = attempts(db, profile_id)
    versions: dict[str, list[str]] = {}
    for quiz in standing.quizzes:
        passing = [a for a in history if a.module_id == quiz.module_id and a.quiz_id == quiz.quiz_id and a.finished_at
                   and a.percent is not None and a.percent >= quiz.needed_percent]
        best = max(passing, key=lambda a: (a.percent, a.finished_at))  # the standing says there is one
        answered = versions.setdefault(quiz.module_id, [])
        if best.content_version not in answered:
            answered.append(best.content_version or "?")
    lines = []
    for summary in module_summaries(db, profile_id, course, library):
        best = [q.best for q in summary.quizzes if q.best is not None]
        done = summary.status == "completed"
        lines.append(CertificateLine(summary.title, local_day(summary.completed_at) if done else "",
                                     f"{max(best)} %" if best else "–"))
    return Certificate(
        learner=profile.name,
        course_title=course.title,
        course_id=course.id,
        lang=course.lang,
        organisation=course.organisation,
        issued=issued,
        content_versions=", ".join(f"{module_id} {' / '.join(found)}" for module_id, found in versions.items()),
        lines=tuple(lines),
        pass_percent=course.pass_rule.min_percent,
        quizzes=", ".join(q.title for q in standing.quizzes),
    )
