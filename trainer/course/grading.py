"""What counts as right: quiz answers and a scenario's noticed and missed signs.
Answers are plain JSON-able values so they can be stored as given."""

from __future__ import annotations

from trainer.course.part_types import Question, Scenario


def is_correct(question: Question, answer) -> bool:
    """single/truefalse: option index; multiple: list of indices; matching: {left: right};
    ordering: list of item texts in the learner's order."""
    if question.kind in ("single", "truefalse"):
        right = [i for i, o in enumerate(question.options) if o.correct]
        return isinstance(answer, int) and [answer] == right
    if question.kind == "multiple":
        right = sorted(i for i, o in enumerate(question.options) if o.correct)
        return isinstance(answer, list) and sorted(answer) == right
    if question.kind == "matching":
        return isinstance(answer, dict) and answer == dict(question.pairs)
    if question.kind == "ordering":
        return isinstance(answer, list) and tuple(answer) == question.order
    return False


def score(questions, answers: dict) -> tuple[int, int]:
    """(correct, total) for answers keyed by question id."""
    correct = sum(1 for q in questions if q.id in answers and is_correct(q, answers[q.id]))
    return correct, len(questions)


def signs_noticed_and_missed(scenario: Scenario, chosen_tags) -> tuple[list[str], list[str]]:
    """Labels of the signs the learner acted on, and of those they did not, in the
    order the scenario declares them."""
    chosen = set(chosen_tags)
    noticed = [label for tag, label in scenario.tags.items() if tag in chosen]
    missed = [label for tag, label in scenario.tags.items() if tag not in chosen]
    return noticed, missed
