"""A learner's standing in a course: what is done, what is passed, what remains."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from trainer.course.model import Course, Library
from trainer.course.validate import course_quizzes
from trainer.store import progress


@dataclass(frozen=True)
class QuizStanding:
    module_id: str
    quiz_id: str
    title: str
    best_percent: int | None
    needed_percent: int

    @property
    def passed(self) -> bool:
        return self.best_percent is not None and self.best_percent >= self.needed_percent


@dataclass(frozen=True)
class CourseStanding:
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
        for module, quiz in course_quizzes(course, library)
    )
    done = sum(1 for m in course.module_ids if statuses.get(m) and statuses[m].status == "completed")
    return CourseStanding(course.id, done, len(course.module_ids), quizzes)
