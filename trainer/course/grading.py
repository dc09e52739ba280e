"""What counts as right: quiz answers, a scenario's noticed and missed signs, the kind of
ending they make (good, partly, poor) and the choices that lead towards the best one.
Answers are plain JSON-able values so they can be stored as given."""

from __future__ import annotations

from trainer.course.part_types import ENDING_KINDS, Question, Scenario, Step
PATHS_LIMIT = 20_000  # paths looked at for one step: a tangled scenario gets no recommendation, not a hang


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


def ending_kind(scenario: Scenario, chosen_tags, ending: Step | None = None) -> str:
    """The kind of a way through a scenario (one of ENDING_KINDS): the one its author
    gave the `ending`, where there is one; else good when it noticed every sign, partly
    good when it noticed some, poor when it noticed none. (Signs alone called a way that
    noticed all four but spread a rumour about the child "good".)"""
    if ending is not None and ending.kind:
        return ending.kind
    noticed, missed = signs_noticed_and_missed(scenario, chosen_tags)
    if not missed:
        return "good"
    return "partly" if noticed else "poor"


def recommended_choices(scenario: Scenario, step: Step) -> tuple[int, ...]:
    """Indices of the choice(s) at `step` to recommend to a hall. The author's
    `{recommended}` marks win: they can weigh what the signs cannot (calling the police
    once every sign is behind). A step with no mark has it read from the signs, by the
    same measure as the endings' kinds. First the signs a choice acts on now; then the
    best way on from it to an ending: the kind of ending its signs make, then how many signs, counted from this step on (so
    the answer does not depend on how the hall got here); then how soon that ending
    comes. Acting on a sign now beats a detour that might notice more later, except where
    the author has marked how the endings went: then the best ending still in reach
    comes first. When the
    signs cannot tell the choices apart (a step where they are all behind, and only the
    action is left, or two choices differ only in how they act), nothing is recommended:
    better none than a wrong one."""
    marked = tuple(index for index, choice in enumerate(step.choices) if choice.recommended)
    if marked:
        return marked
    if step.is_ending or not (scenario.tags or any(s.kind for s in scenario.endings)):
        return ()  # neither signs nor judged endings to go by
    budget = [PATHS_LIMIT]
    # Where the author has said how the endings went, the best ending a choice can still
    # reach comes first: noticing signs on the way to spreading a rumour is no way to go.
    judged = any(s.kind for s in scenario.endings)

    def best_from(target: str, tags: frozenset, seen: frozenset, steps: int):
        """(kind rank, signs, -steps) of the best way from `target` to an ending."""
        budget[0] -= 1
        if budget[0] < 0:
            raise _Tangled
        nxt = scenario.step(target)
        if nxt is None or nxt.is_ending or nxt.id in seen:
            noticed, _missed = signs_noticed_and_missed(scenario, tags)
            if judged and (nxt is None or not nxt.is_ending):
                return (-1, len(noticed), -steps)  # round in a circle (or nowhere): no ending at all
            ending = nxt if nxt is not None and nxt.is_ending else None
            return (ENDING_KINDS.index(ending_kind(scenario, tags, ending)), len(noticed), -steps)
        return max(best_from(c.target, tags | set(c.tags), seen | {nxt.id}, steps + 1) for c in nxt.choices)

    try:
        ranks = []
        for c in step.choices:
            best = best_from(c.target, frozenset(c.tags), frozenset({step.id}), 1)
            ranks.append((best[0] if judged else 0, len(signs_noticed_and_missed(scenario, c.tags)[0])) + best)
    except _Tangled:
        return ()
    signs = [rank[:4] for rank in ranks]
    if len(set(signs)) <= 1:
        return ()
    top = [i for i, rank in enumerate(ranks) if rank == max(ranks)]
    if judged and len(top) > 1:
        # Both can still come to the same kind of ending: how each acts on the way is what
        # the signs cannot weigh (asking to see her phone "crosses a line" and tied with
        # asking about the app), so better none than a wrong one.
        return ()
    ways = {(frozenset(step.choices[i].tags).intersection(scenario.tags), step.choices[i].target) for i in top}
    if len(ways) < len(top):
        # Two best choices with the same signs that lead to the same step differ only in
        # how they act, which the signs cannot weigh: one of them may well be the worse.
        return ()
    return tuple(top)


class _Tangled(Exception):
    """Too many ways through a scenario to weigh them all."""
