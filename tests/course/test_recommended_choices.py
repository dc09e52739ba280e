"""The recommended choice of every scenario step that a built-in programme shows, checked
by hand against the content (its feedback and the way the story goes): a wrong mark on a
slide would teach the hall the wrong thing. A new step here must be checked and listed."""

from dataclasses import replace

from trainer import paths
from trainer.course.grading import recommended_choices
from trainer.course.loader import load_library
from trainer.course.slides import every_slide

# (scenario, step) -> the recommended choices, the same in nb and en. Every step a
# programme shows has one: from the signs, or where they cannot tell the choices apart,
# from the author's `{recommended}` mark.
CHECKED = {
    # Ask calmly when you are alone (not with the money in your hand, not nothing).
    ("nye-ting-og-penger", "start"): (0,),
    # Calm down, apologise for the tone and try again (not a grounding without a talk).
    ("nye-ting-og-penger", "krangel"): (0,),
    # Say he has not asked for money in a long time (not accepting the quick answer).
    ("nye-ting-og-penger", "samtale"): (0,),
    # Ask who Kris is, without anger (not a ban before you know, not "a nice friend").
    ("nye-ting-og-penger", "kris"): (0,),
    # Sit down and say what you have seen (the school meeting notices no sign; waiting is worse).
    ("nye-ting-og-penger", "uker-senere"): (0,),
    # Agree to talk tonight, not leave it to the school: no sign either way, so the author
    # marks it ({recommended}); the feedback says the talk at home matters most.
    ("nye-ting-og-penger", "skolemote"): (0,),
    # Knock and sit with him (not accepting the fall story).
    ("nye-ting-og-penger", "stille-hjem"): (0,),
    # Calling the police together is the lesson ("Riktig."; paying or confronting Kris is
    # dangerous). Every sign is behind by now, so the signs cannot weigh it: the author marks it.
    ("nye-ting-og-penger", "tjenester"): (0,),
}


def test_every_scenario_step_of_the_built_in_programmes_has_the_checked_recommendation():
    library = load_library([paths.builtin_content_dir()])
    seen = {}
    for programme in library.programmes:
        for slide in every_slide(programme, library):
            if slide.kind in ("step", "reveal"):
                # By the choice as written (the hall sees them in an order of their own).
                written = [" ".join(c.text.split()) for c in library.module(slide.module_id, programme.lang).part(slide.part_id)
                           .step(slide.item_id).choices]
                marked = tuple(sorted(written.index(c.text) for c in slide.choices if c.recommended))
                seen.setdefault((slide.part_id, slide.item_id), set()).add((programme.lang, marked))
    assert set(seen) == set(CHECKED)
    for key, found in seen.items():
        assert {marked for _lang, marked in found} == {CHECKED[key]}, key
        assert {lang for lang, _marked in found} == {"nb", "en"}, key


def test_the_marked_steps_are_marked_by_the_author_and_the_rest_read_from_the_signs():
    """The two steps the signs cannot weigh carry `{recommended}` in both languages; no
    other step of the scenario does, so the rest still come from the signs. The endings'
    kinds (`.good`, `.poor`) tell the same choice at both: where they lead is now seen."""
    library = load_library([paths.builtin_content_dir()])
    for lang in ("nb", "en"):
        scenario = library.module("faresignaler", lang).part("nye-ting-og-penger")
        marked = {(step.id, index) for step in scenario.steps
                  for index, choice in enumerate(step.choices) if choice.recommended}
        assert marked == {("skolemote", 0), ("tjenester", 0)}, lang
        for step_id in ("skolemote", "tjenester"):
            step = scenario.step(step_id)
            unmarked = replace(step, choices=tuple(replace(c, recommended=False) for c in step.choices))
            unjudged = replace(scenario, steps=tuple(replace(s, kind="") for s in scenario.steps))
            assert recommended_choices(unjudged, unmarked) == (), (lang, step_id)  # the signs alone cannot tell
            assert recommended_choices(scenario, unmarked) == (0,), (lang, step_id)  # the endings' kinds can
