"""A learner's standing in a course: what is done, what is passed, what remains. The
overview shows it on every start-up, so it is kept apart from the records of "My progress"
and the certificate (`trainer.store.records`): importing their six record types with it
cost 7.6 M instructions of a returning learner's start-up (callgrind, 955 M -> 948 M)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from trainer.course.model import Course, Library
from trainer.store import progress

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


class QuizStanding(NamedTuple):
    module_id: str
    quiz_id: str
    title: str
    best_percent: int | None
    needed_percent: int

    @property
    def passed(self) -> bool:
        return self.best_percent is not None and self.best_percent >= self.needed_percent


class CourseStanding(NamedTuple):
    course_id: str
    modules_done: int
    modules_total: int
    quizzes: tuple[QuizStanding, ...]

    @property
    def passed(self) -> bool:
        return all(q.passed for q in self.quizzes) and bool(self.quizzes)

    @property
    def remaining(self) -> tuple[QuizStanding, ...]:
        return tuple(q for q in self.quizzes if not q.passed)


def course_standing(db: Database, profile_id: int, course: Course, library: Library) -> CourseStanding:
    statuses = progress.all_module_progress(db, profile_id)
    best = progress.best_scores(db, profile_id)
    quizzes = tuple(
        QuizStanding(
            module.id,
            quiz.id,
            quiz.title,
            best.get((module.id, quiz.id)),
            course.pass_rule.min_percent,
        )
        for module, quiz in library.course_quiz_index(course)  # no module is unpacked
    ) + tuple(  # asked for by the rule and not found: never passed, and named by its id
        QuizStanding(module_id, quiz_id, quiz_id, None, course.pass_rule.min_percent)
        for module_id, quiz_id in library.missing_course_quizzes(course)
    )
    done = sum(1 for m in course.module_ids if statuses.get(m) and statuses[m].status == "completed")
    return CourseStanding(course.id, done, len(course.module_ids), quizzes)
