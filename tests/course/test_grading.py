from dataclasses import replace
from pathlib import Path

from trainer.course.grading import ending_kind, is_correct, recommended_choices, score, signs_noticed_and_missed
from trainer.course.part_types import Choice, Scenario, Step


def quiz(demo_library):
    return demo_library.module("demo", "nb").part("quiz-demo")


def test_each_kind_right_and_wrong(demo_library):
    single, multiple, truefalse, matching, ordering = quiz(demo_library).questions
    assert is_correct(single, 0) and not is_correct(single, 1)
    assert is_correct(multiple, [2, 0]) and not is_correct(multiple, [0])
    assert is_correct(truefalse, 1) and not is_correct(truefalse, 0)
    assert is_correct(matching, {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"})
    assert not is_correct(matching, {"Bestiller": "Gjør selve handlingen", "Utfører": "Betaler for volden"})
    assert is_correct(ordering, ["Sosiale medier", "Annonse", "Gruppe"])
    assert not is_correct(ordering, ["Annonse", "Sosiale medier", "Gruppe"])
    assert not is_correct(single, None) and not is_correct(multiple, "0")


def test_score(demo_library):
    questions = quiz(demo_library).questions
    assert score(questions, {"betaler": 0, "signaler": [0], "betalt": 1}) == (2, 5)


def test_signs_noticed_and_missed(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    assert signs_noticed_and_missed(scenario, ["nye-ting"]) == (["Nye ting uten forklaring"], ["Nye, eldre venner"])


def test_an_ending_is_good_partly_or_poor_by_the_signs_noticed(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    assert ending_kind(scenario, ["nye-ting", "nye-venner"]) == "good"
    assert ending_kind(scenario, ["nye-venner", "ukjent"]) == "partly"
    assert ending_kind(scenario, []) == "poor"


def test_the_recommended_choice_acts_on_the_signs_soonest(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    # Asking notices a sign; saying nothing can still reach the talk, but later and with fewer.
    assert recommended_choices(scenario, scenario.step("start")) == (0,)
    assert recommended_choices(scenario, scenario.step("samtale")) == (0,)
    # Raising it anyway notices nothing now, but is the only way on to a sign.
    assert recommended_choices(scenario, scenario.step("stille")) == (0,)
    assert recommended_choices(scenario, scenario.step("god-slutt")) == ()


def _scenario(*steps: Step) -> Scenario:
    return Scenario("s", "S", "", steps, {"a": "Sign A", "b": "Sign B"}, "", Path("s.md"), 1)


def _step(step_id: str, *choices: tuple[str, tuple[str, ...]]) -> Step:
    return Step(step_id, step_id, "", tuple(Choice(target, target, "", tags, 1) for target, tags in choices), "", 1)


def test_no_recommendation_when_the_signs_cannot_tell_the_choices_apart():
    # Every sign is behind: only the action is left, which the signs cannot weigh.
    last = _step("last", ("police", ()), ("pay", ()))
    scenario = _scenario(last, _step("police"), _step("pay"))
    assert recommended_choices(scenario, last) == ()
    # Two choices with the same sign to the same step differ only in how they act.
    same = _step("same", ("next", ("a",)), ("next", ("a",)), ("end", ()))
    scenario = _scenario(same, _step("next", ("end", ("b",))), _step("end"))
    assert recommended_choices(scenario, same) == ()
    # Different signs on different ways, equally good: both are recommended.
    both = _step("both", ("x", ("a",)), ("y", ("a",)), ("end", ()))
    scenario = _scenario(both, _step("x"), _step("y"), _step("end"))
    assert recommended_choices(scenario, both) == (0, 1)
    # A scenario without signs recommends nothing, and a loop does not hang.
    loop = _step("loop", ("loop", ("a",)), ("end", ()))
    assert recommended_choices(replace(_scenario(loop, _step("end")), tags={}), loop) == ()
    assert recommended_choices(_scenario(loop, _step("end")), loop) == (0,)


def test_the_authors_mark_wins_and_a_step_without_one_keeps_the_derived_recommendation(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    start = scenario.start
    assert recommended_choices(scenario, start) == (0,)  # from the signs
    marked = replace(start, choices=(start.choices[0], replace(start.choices[1], recommended=True)))
    assert recommended_choices(scenario, marked) == (1,)  # the mark wins over the signs
    # Where the signs cannot tell the choices apart, the mark still tells.
    last = _step("last", ("police", ()), ("pay", ()))
    police = replace(last, choices=(replace(last.choices[0], recommended=True), last.choices[1]))
    scenario = _scenario(police, _step("police"), _step("pay"))
    assert recommended_choices(scenario, police) == (0,)
    assert recommended_choices(replace(scenario, tags={}), police) == (0,)  # with no signs at all too
    # Two marks: both are recommended.
    both = replace(last, choices=tuple(replace(c, recommended=True) for c in last.choices))
    assert recommended_choices(_scenario(both, _step("police"), _step("pay")), both) == (0, 1)


def test_an_ending_marked_by_its_author_is_of_that_kind_whatever_the_signs():
    """A way that noticed every sign and then spread a rumour about the child was called a
    good ending: the author's mark on the ending says how it went."""
    rumour = replace(_step("rumour"), kind="poor")
    late = replace(_step("late"), kind="partly")
    scenario = _scenario(_step("start", ("rumour", ("a", "b")), ("late", ())), rumour, late)
    assert ending_kind(scenario, ["a", "b"], rumour) == "poor"
    assert ending_kind(scenario, [], late) == "partly"
    assert ending_kind(scenario, ["a", "b"], _step("unmarked")) == "good"  # no mark: the signs decide


def test_the_recommended_choice_leads_towards_the_ending_its_author_calls_best():
    # Both signs on the way to a poor ending, one on the way to a good one.
    start = _step("start", ("rumour", ("a", "b")), ("police", ("a",)))
    scenario = _scenario(start, replace(_step("rumour"), kind="poor"), replace(_step("police"), kind="good"))
    assert recommended_choices(scenario, start) == (1,)
    unmarked = _scenario(start, _step("rumour"), _step("police"))
    assert recommended_choices(unmarked, start) == (0,)  # by the signs alone


def test_with_judged_endings_two_ways_to_the_same_kind_of_ending_recommend_nothing():
    """Asking about the app and demanding to see the phone both noticed the sign, and both
    could still come to the good ending: the second was recommended too, though its own
    feedback says it crosses a line. How a choice acts is what the signs cannot weigh."""
    start = _step("start", ("ask", ("a",)), ("demand", ("a",)), ("leave", ()))
    scenario = _scenario(start, _step("ask", ("good", ("b",))), _step("demand", ("good", ("b",))),
                         _step("leave", ("poor", ())), replace(_step("good"), kind="good"),
                         replace(_step("poor"), kind="poor"))
    assert recommended_choices(scenario, start) == ()
    marked = replace(start, choices=(replace(start.choices[0], recommended=True), *start.choices[1:]))
    assert recommended_choices(scenario, marked) == (0,)  # the author's mark still tells


def test_judged_endings_recommend_even_where_a_scenario_names_no_signs():
    start = _step("start", ("rumour", ()), ("police", ()))
    scenario = replace(_scenario(start, replace(_step("rumour"), kind="poor"), replace(_step("police"), kind="good")),
                       tags={})
    assert recommended_choices(scenario, start) == (1,)


def test_with_judged_endings_a_way_round_in_a_circle_is_no_ending():
    """A way that only comes back to where it began was judged as an ending by its signs
    (with no signs, "good"), and recommended over a real, partly good ending."""
    start = _step("start", ("hallway", ()), ("road1", ()))
    hallway = _step("hallway", ("start", ()), ("give-up", ()))
    scenario = replace(_scenario(start, hallway, replace(_step("give-up"), kind="poor"),
                                 _step("road1", ("road2", ())), _step("road2", ("arrive", ())),
                                 replace(_step("arrive"), kind="partly")), tags={})
    assert recommended_choices(scenario, start) == (1,)
