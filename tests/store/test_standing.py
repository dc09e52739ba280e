"""A learner's standing in a course (trainer.store.standing)."""

from trainer.store import progress
from trainer.store.standing import course_standing


def test_course_standing(fresh_db, demo_library):
    pid = progress.create_profile(fresh_db, "Kari").id
    course = demo_library.courses_in("nb")[0]
    standing = course_standing(fresh_db, pid, course, demo_library)
    assert not standing.passed and [q.quiz_id for q in standing.remaining] == ["quiz-demo"]
    attempt = progress.start_attempt(fresh_db, pid, "demo", "quiz-demo", "v")
    progress.finish_attempt(fresh_db, attempt, 4, 5, 75)
    progress.mark_completed(fresh_db, pid, "demo")
    standing = course_standing(fresh_db, pid, course, demo_library)
    assert standing.passed and (standing.modules_done, standing.modules_total) == (1, 1)
