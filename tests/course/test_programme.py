"""Programmes for presenter mode: the format, its validator messages, how content is
split into slides, the navigation rules, the handout and the built-in programmes.
Pure Python: no Qt is loaded by anything tested here."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from trainer import paths
from trainer.course.deck import Presentation
from trainer.course.handout import HandoutError, build_handout
from trainer.course.loader import load_library
from trainer.course.slides import (
    WORDS, Slide, every_slide, join_blocks, paginate, programme_slides, scenario_path, slide_words, split_sentences,
    text_slides,
)

PROGRAMME = """---
type: programme
id: kveld
title: Foreldrekveld
lang: nb
minutes: 10
summary: En kort kveld.
handout: [demo, demo/tall]
---

Velkommen til en kveld om faresignaler.

> [!NOTE]
> Si hvem du er.

## Tallene

- Modul: demo
- Deler: intro, tall
- Minutter: 3

> [!NOTE]
> Vis diagrammet.

## Scenario og quiz

- Modul: `demo`
- Deler: sko, quiz-demo#betaler, quiz-demo#roller
- Minutter: 5

> [!NOTE]
> La salen stemme.

## Spørsmål

Har dere spørsmål?

- Husk: dette er en vanlig liste, ikke en nøkkel.

- Minutter: 2

> [!NOTE]
> Takk for i kveld.
"""


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


def problems(library, root: Path) -> list[str]:
    return [f"{p.path.relative_to(root)}:{p.line}: {'advarsel: ' if p.warning else ''}{p.message}" for p in library.problems]


@pytest.fixture
def library(demo_content):
    write(demo_content, {"nb/kveld.md": PROGRAMME})
    return load_library([demo_content])


def kveld(library):
    return library.programme("kveld", "nb")


# ---------------------------------------------------------------- the format


def test_programme_is_parsed_section_by_section(library, demo_content):
    assert problems(library, demo_content) == []
    programme = kveld(library)
    assert (programme.title, programme.lang, programme.minutes, programme.summary) == ("Foreldrekveld", "nb", 10, "En kort kveld.")
    assert programme.intro == "Velkommen til en kveld om faresignaler."
    assert programme.intro_notes == "Si hvem du er."
    assert programme.handout == ("demo", "demo/tall")
    first, second, third = programme.sections
    assert (first.title, first.module_id, [str(r) for r in first.parts], first.minutes, first.notes) == (
        "Tallene", "demo", ["intro", "tall"], 3, "Vis diagrammet.")
    assert [str(r) for r in second.parts] == ["sko", "quiz-demo#betaler", "quiz-demo#roller"]
    assert second.module_id == "demo"  # backticks around ids are allowed
    assert (third.module_id, third.minutes) == ("", 2)
    assert third.text == "Har dere spørsmål?\n\n- Husk: dette er en vanlig liste, ikke en nøkkel."
    assert programme.planned_minutes == 10
    assert library.programmes_in("nb") == [programme] and library.programmes_in("en") == []


def test_english_keys_work_too(demo_content):
    write(demo_content, {"en/evening.md": (
        "---\ntype: programme\nid: kveld\ntitle: Evening\nlang: en\nminutes: 3\n---\n\n"
        "## Numbers\n\n- Module: demo\n- Parts: tall\n- Minutes: 3 min\n\n> [!NOTE]\n> Show it.\n"
    )})
    library = load_library([demo_content])
    assert problems(library, demo_content) == []
    section = library.programme("kveld", "en").sections[0]
    assert (section.module_id, [str(r) for r in section.parts], section.minutes) == ("demo", ["tall"], 3)


def programme_problems(demo_content, body: str, meta: str = "minutes: 5\n", extra: dict | None = None) -> list[str]:
    files = {"nb/p.md": f"---\ntype: programme\nid: p\ntitle: P\nlang: nb\n{meta}---\n\n{body}"}
    files.update(extra or {})
    write(demo_content, files)
    return problems(load_library([demo_content]), demo_content)


def test_unknown_module_part_and_question_suggest_the_closest(demo_content):
    found = programme_problems(demo_content, (
        "## A\n\n- Modul: dmeo\n- Minutter: 1\n\n> [!NOTE]\n> n\n\n"
        "## B\n\n- Modul: demo\n- Deler: tal, quiz-demo#betalr, sko#start\n- Minutter: 4\n\n> [!NOTE]\n> n\n"
    ))
    assert found == [
        "nb/p.md:11: delen 'A' viser til modulen 'dmeo', som ikke finnes på nb (mente du 'demo'?)",
        "nb/p.md:20: modulen 'demo' har ingen del 'tal' (mente du 'tall'?)",
        "nb/p.md:20: quizen 'quiz-demo' har ikke spørsmålet 'betalr' (mente du 'betaler'?)",
        "nb/p.md:20: 'sko' er ikke en quiz, så '#start' kan ikke brukes",
    ]


def test_missing_minutes_notes_and_content(demo_content):
    found = programme_problems(demo_content, (
        "## Uten minutter\n\n- Modul: demo\n\n"
        "## Tom\n\n- Minutter: 2\n\n> [!NOTE]\n> n\n\n"
        "## Deler uten modul\n\n- Deler: tall\n- Minutter: 1\n\n> [!NOTE]\n> n\n\n"
        "## Skrivefeil\n\n- Modull: demo\n- Minutter: fem\n\n> [!NOTE]\n> n\n"
    ))
    assert found == [
        "nb/p.md:9: delen 'Uten minutter' mangler minutter: skriv for eksempel '- Minutter: 5'",
        "nb/p.md:9: advarsel: delen 'Uten minutter' har ingen presentatørnotat (> [!NOTE])",
        "nb/p.md:13: delen 'Tom' viser ingenting: skriv '- Modul: id' eller litt tekst",
        "nb/p.md:20: delen 'Deler uten modul' har 'Deler:', men ingen 'Modul:'",
        "nb/p.md:30: ukjent nøkkel 'Modull' i delen (mente du 'Modul'?)",
        "nb/p.md:31: minuttene må være et helt tall, ikke 'fem'",
        "nb/p.md:28: delen 'Skrivefeil' viser ingenting: skriv '- Modul: id' eller litt tekst",
        "nb/p.md:6: advarsel: delene er til sammen 3 minutter, men 'minutes' er 5",
    ]


def test_front_matter_handout_duplicates_and_no_sections(demo_content):
    found = programme_problems(demo_content, "Bare tekst.\n", meta="handout: [demo/sko, dem]\nvarighet: 5\n", extra={
        "nb/q.md": "---\ntype: programme\nid: p\ntitle: Q\nlang: nb\nminutes: 1\n---\n\n## A\n\n- Modul: demo\n- Minutter: 1\n\n> [!NOTE]\n> n\n",
    })
    assert "nb/p.md:1: front matter mangler nøkkelen 'minutes'" in found
    assert "nb/p.md:7: ukjent nøkkel 'varighet'" in found
    assert "nb/p.md:1: programmet har ingen deler: hver del begynner med '## Tittel'" in found
    assert "nb/p.md:6: 'handout' viser til 'demo/sko', men modulen har ingen side 'sko'" in found
    assert "nb/p.md:6: 'handout' viser til modulen 'dem', som ikke finnes på nb (mente du 'demo'?)" in found
    assert sum("program-id 'p' er brukt flere ganger for språket nb" in f for f in found) == 1


def test_translation_must_keep_modules_parts_and_minutes(library, demo_content):
    english = PROGRAMME.replace("lang: nb", "lang: en").replace("- Minutter: 3", "- Minutter: 4").replace("minutes: 10", "minutes: 11")
    write(demo_content, {"en/kveld.md": english})
    found = problems(load_library([demo_content]), demo_content)
    assert found == [
        "en/kveld.md:1: oversettelsen (en) av programmet har ikke samme moduler, deler og minutter som nb-versjonen"
    ]


def test_unknown_type_names_programme():
    from trainer.course.meta import KEYS

    assert "programme" in KEYS


# ---------------------------------------------------------------- slides


def test_a_page_becomes_slides_at_headings_and_charts(library):
    slides = programme_slides(kveld(library), library)
    kinds = [(s.kind, s.heading) for s in slides if s.section == 0]
    assert kinds == [
        ("text", "Demomodul"),  # the module's intro page
        ("chart", "Saker per år"),
        ("text", "Saker per år"),
    ]
    chart = next(s for s in slides if s.kind == "chart")
    assert chart.figure.title == "Saker per år" and chart.notes == "Pek på stolpene.\n\nVis diagrammet."
    after = next(s for s in slides if s.kind == "text" and s.heading == "Saker per år")
    assert after.blocks == ("\\* 2025 er et delår.", "![Logo](logo.png)")


def test_title_slide_and_section_text(library):
    slides = programme_slides(kveld(library), library)
    assert (slides[0].kind, slides[0].heading, slides[0].blocks, slides[0].notes) == (
        "title", "Foreldrekveld", ("Velkommen til en kveld om faresignaler.",), "Si hvem du er.")
    last = slides[-1]
    assert (last.kind, last.heading, last.section, last.notes) == ("text", "Spørsmål", 2, "Takk for i kveld.")
    assert last.markdown() == "Har dere spørsmål?\n\n- Husk: dette er en vanlig liste, ikke en nøkkel."


def test_one_idea_per_slide_and_a_lead_in_stays_with_its_list():
    long = ("Første avsnitt med flere ord. " * 4).strip()  # 20 words: most of a slide
    items = [f"- punkt nummer {n} med litt mer tekst enn et ord" for n in (1, 2, 3)]
    text = f"{long}\n\n{long}\n\nTre ting:\n\n" + "\n".join(items) + "\n"
    slides = text_slides("Side", text)
    assert [s.blocks for s in slides] == [(long,), (long,), ("Tre ting:", *items)]
    assert slides[2].markdown() == "Tre ting:\n\n" + "\n".join(items)
    assert all(slide_words(s) <= WORDS for s in slides)
    # A short paragraph and a short list are one idea and share a slide.
    assert [s.blocks for s in text_slides("Side", "Kort.\n\nTo ting:\n\n- a\n- b\n")] == [("Kort.", "To ting:", "- a", "- b")]


def test_join_keeps_lists_together():
    assert join_blocks(["Intro", "- a", "- b", "1. c", "Slutt"]) == "Intro\n\n- a\n- b\n\n1. c\n\nSlutt"


def test_paginate_splits_at_blocks_then_sentences_and_never_drops_text():
    slide = Slide("text", "H", ("A a a. B b b. C c c.", "D d d.", "E e e."))

    def fits(s):  # a "screen" that holds 10 characters of text
        return sum(len(b) for b in s.blocks) <= 10

    pieces = paginate([slide], fits)
    assert [p.blocks for p in pieces] == [("A a a.",), ("B b b.",), ("C c c.",), ("D d d.",), ("E e e.",)]
    assert all(fits(p) for p in pieces)
    assert " ".join(b for p in pieces for b in p.blocks).split() == " ".join(slide.blocks).split()
    assert [p.piece for p in pieces] == list(range(len(pieces)))
    assert all(p.heading == "H" for p in pieces)


def test_split_sentences_picks_the_middle():
    assert split_sentences("En. To. Tre. Fire.") == ("En. To.", "Tre. Fire.")
    assert split_sentences("Ingen punktum her") is None
    assert split_sentences("- et listepunkt. Med to setninger.") is None


def test_a_sentence_is_never_cut_after_the_colon_that_introduces_what_follows():
    # Seen on the projector: "... og hjelpe:" on one slide, "112 hvis noen er i fare nå ..." on the next.
    feedback = ("Riktig. Elias er et barn som blir utnyttet. Politiet kan vurdere faren og hjelpe: "
                "112 hvis noen er i fare nå, ellers 02800. Du forklarer ham hvorfor du ringer.")
    first, rest = split_sentences(feedback)
    assert not first.endswith(":") and "hjelpe: 112" in first + rest
    assert split_sentences("Ring politiet: 112 hvis noen er i fare nå.") is None
    assert split_sentences("Tre ting: Se. Spør. Ring.") == ("Tre ting: Se.", "Spør. Ring.")


def test_a_sentence_is_never_cut_after_an_abbreviation():
    # "nr." and "f.eks." end no sentence: a pack author's "f.eks. Snapchat" was cut at the
    # abbreviation, and the law's number ("nr. 30") would have opened the next slide.
    assert split_sentences("Lov av 9. juni 2023 nr. 30 gjelder. Den er ny.") == ("Lov av 9. juni 2023 nr. 30 gjelder.", "Den er ny.")
    assert split_sentences("Appen, f.eks. Snapchat, er vanlig. Spør om den.") == ("Appen, f.eks. Snapchat, er vanlig.", "Spør om den.")
    assert split_sentences("Ring tlf. 02800 for råd.") is None
    assert split_sentences("Boten er kr. 5000 for dette.") is None
    assert split_sentences("Some apps (e.g. Snapchat) delete messages. Ask about them.") == (
        "Some apps (e.g. Snapchat) delete messages.", "Ask about them.")
    # "No." before a word is a sentence of its own, as in the English feedback.
    assert split_sentences("No. The police describe it otherwise.") == ("No.", "The police describe it otherwise.")
    assert split_sentences("Act of 18 June 2021 no. 97 applies.") is None


def test_a_slide_that_cannot_split_is_kept_whole():
    slide = Slide("warning", "Advarsel", ("**Tittel**", "Tekst"))
    assert paginate([slide], lambda s: False) == [slide]


def test_a_long_situation_moves_before_its_choices(library):
    step = next(s for s in programme_slides(kveld(library), library) if s.kind == "step")
    longer = Slide("step", step.heading, ("Første avsnitt.", "Andre avsnitt."), choices=step.choices,
                   section=1, module_id="demo", part_id="sko", item_id="start")
    pieces = paginate([longer], lambda s: len(s.blocks) + len(s.choices) <= 3)
    assert [(p.kind, p.blocks, len(p.choices)) for p in pieces] == [
        ("text", ("Første avsnitt.",), 0),
        ("step", ("Andre avsnitt.",), 2),
    ]


def test_scenario_and_quiz_slides(library):
    slides = [s for s in programme_slides(kveld(library), library) if s.section == 1]
    assert [(s.kind, s.item_id) for s in slides] == [
        ("step", "start"), ("reveal", "start"),
        ("step", "samtale"), ("reveal", "samtale"),
        ("text", "god-slutt"),
        ("question", "betaler"), ("answer", "betaler"),
        ("question", "roller"), ("answer", "roller"),
    ]
    start = slides[0]
    assert start.blocks == ("Emil er 14 år.", "Emil kommer hjem med dyre sko.")
    assert sorted(c.text for c in start.choices) == ["Si ingenting", "Spør rolig hvor skoene kommer fra"]
    reveal = slides[1]
    assert reveal.choices[reveal.chosen].text == "Spør rolig hvor skoene kommer fra"  # the recommended way on
    assert reveal.blocks == ("Bra: du spør uten å anklage.",)
    answer = slides[6]
    assert sorted((c.text, c.correct) for c in answer.choices) == [("Bestilleren", True), ("Utføreren", False)]
    assert answer.blocks == ("Bestilleren betaler.",)
    matching = slides[7]
    assert matching.choices == ()
    # The right-hand side is shown in another order than the answer, so the hall must think.
    assert matching.blocks == ("- **A** Bestiller", "- **B** Utfører", "1. Gjør selve handlingen", "2. Betaler for volden")
    assert slides[8].blocks == ("- **Bestiller** → Betaler for volden", "- **Utfører** → Gjør selve handlingen", "Rollene er faste.")


def test_scenario_path_follows_choices_and_never_loops(library):
    scenario = library.module("demo", "nb").part("sko")
    assert [(s.id, i, h) for s, i, h in scenario_path(scenario, lambda step: 0)] == [
        ("start", 0, True), ("samtale", 0, True), ("god-slutt", None, False)]
    assert [(s.id, i, h) for s, i, h in scenario_path(scenario, lambda step: 1)] == [
        ("start", 1, True), ("stille", 1, True), ("svak-slutt", None, False)]
    # stille -> samtale -> stille would loop: the path takes the other way out instead,
    # and does not call that way the hall's.
    picks = {"start": 1, "stille": 0, "samtale": 1}
    path = scenario_path(scenario, lambda step: picks.get(step.id, 0))
    assert [(s.id, i, h) for s, i, h in path] == [
        ("start", 1, True), ("stille", 0, True), ("samtale", 0, False), ("god-slutt", None, False)]


def test_every_slide_includes_each_choice_revealed(library):
    reveals = {(s.item_id, s.chosen) for s in every_slide(kveld(library), library) if s.kind in ("reveal", "answer")}
    assert {("start", 0), ("start", 1), ("stille", 0), ("stille", 1), ("betaler", 0), ("betaler", 1)} <= reveals


# ---------------------------------------------------------------- navigating


def test_moving_through_a_presentation(library):
    p = Presentation(kveld(library), library)
    assert (p.number, p.current.kind) == (1, "title")
    assert not p.back()
    assert p.forward() and p.number == 2
    p.end()
    assert p.number == p.total and not p.forward()
    p.home()
    assert p.number == 1
    assert p.go_to(3) and p.number == 3
    assert not p.go_to(0) and not p.go_to(p.total + 1) and p.number == 3


def _go_to_kind(p, kind, item=None):
    p.home()
    while not (p.current.kind == kind and (item is None or p.current.item_id == item)):
        assert p.forward(), f"no {kind} {item}"


def test_choosing_reveals_and_changes_the_path(library):
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "step", "start")
    assert p.choose(2)
    assert (p.current.kind, p.current.item_id, p.current.chosen) == ("reveal", "start", 1)
    assert p.forward() and p.current.item_id == "stille"  # what happens with that choice
    p.back()
    p.back()
    assert (p.current.kind, p.current.item_id) == ("step", "start")  # back to try another
    assert p.choose(1) and p.current.chosen == 0
    p.forward()
    assert p.current.item_id == "samtale"
    assert not p.choose(9)  # there is no choice 9


def test_votes_pick_the_default_path_until_the_presenter_chooses(library):
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "step", "start")
    assert p.set_votes([3, 11])
    assert p.votes_for() == (3, 11)
    p.forward()
    assert (p.current.kind, p.current.chosen) == ("reveal", 1)
    assert p.votes_for() == (3, 11)  # the reveal shows the same counts
    p.back()
    p.choose(1)
    assert p.current.chosen == 0


def test_without_a_vote_the_story_goes_on_along_the_recommended_choice_not_the_halls(demo_content):
    # Seen on the projector: Right past a step nobody voted on showed choice 1 as "the
    # hall's choice". Here the recommended choice is the second one.
    scenario = demo_content / "nb" / "demo" / "03-scenario.md"
    text = scenario.read_text("utf-8")
    ask = "- [Spør rolig hvor skoene kommer fra](#samtale) #nye-ting\n  > Bra: du spør uten å anklage.\n"
    quiet = "- [Si ingenting](#stille)\n  > Det er lett å la være, men du går glipp av en sjanse.\n"
    assert ask + quiet in text
    scenario.write_text(text.replace(ask + quiet, quiet + ask), "utf-8")
    write(demo_content, {"nb/kveld.md": PROGRAMME})
    library = load_library([demo_content])
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "step", "start")
    recommended = [c.text for c in p.current.choices if c.recommended]
    assert recommended == ["Spør rolig hvor skoene kommer fra"]
    p.forward()
    assert (p.current.kind, p.current.by_hall) == ("reveal", False)
    assert p.current.choices[p.current.chosen].text == recommended[0]
    p.forward()
    assert p.current.item_id == "samtale"
    _go_to_kind(p, "reveal", "samtale")
    assert p.current.choices[p.current.chosen].text == "Spør hvem vennen er" and not p.current.by_hall
    # A number key or a hand count is the hall's choice, even when it is the first one.
    _go_to_kind(p, "step", "start")
    first = p.current.choices[0].text
    p.choose(1)
    assert (p.current.kind, p.current.chosen, p.current.by_hall) == ("reveal", 0, True)
    assert p.current.choices[0].text == first  # the number the hall saw
    p.back()
    p.set_votes([7, 2])
    p.forward()
    assert (p.current.chosen, p.current.by_hall) == (0, True)


def test_a_tied_hand_count_is_no_choice_of_the_halls_and_the_story_goes_on_the_recommended_way(library):
    """10/10 was announced as the hall's choice for whichever choice came first."""
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "step", "start")
    recommended = next(i for i, c in enumerate(p.current.choices) if c.recommended)
    assert p.set_votes([10, 10])
    p.forward()
    assert (p.current.kind, p.current.chosen, p.current.by_hall, p.current.tied) == ("reveal", recommended, False, True)
    p.back()
    other = 1 - recommended
    p.set_votes([10 + (i == other) for i in range(2)])  # one more hand: the hall's choice
    p.forward()
    assert (p.current.chosen, p.current.by_hall, p.current.tied) == (other, True, False)
    p.back()
    p.set_votes([0, 0])  # nobody voted: the way on, and no word of a split
    p.forward()
    assert (p.current.chosen, p.current.by_hall, p.current.tied) == (recommended, False, False)


def test_a_step_that_recommends_nothing_goes_on_along_its_first_choice(library):
    scenario = library.module("demo", "nb").part("sko")
    untagged = replace(scenario, tags={})  # no signs: nothing to recommend
    assert scenario_path(untagged, lambda step: -1)[0] == (scenario.start, 0, False)


def test_answer_marks_the_halls_pick(library):
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "question", "betaler")
    wrong = next(number for number, c in enumerate(p.current.choices, 1) if not c.correct)
    p.choose(wrong)  # the number the hall saw by the wrong answer
    assert (p.current.kind, p.current.chosen) == ("answer", wrong - 1)
    assert p.current.choices[wrong - 1].text == "Utføreren"
    assert p.current.blocks == ("Nei, utføreren gjør jobben.", "Bestilleren betaler.")


def warned_evening(demo_content) -> Presentation:
    """The evening's presentation, its module with a content warning."""
    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("summary:", "content_warning: Om vold.\nsummary:"), "utf-8")
    write(demo_content, {"nb/kveld.md": PROGRAMME})
    library = load_library([demo_content])
    return Presentation(kveld(library), library)


def test_skip_passes_a_content_warning(demo_content):
    p = warned_evening(demo_content)
    p.forward()
    assert (p.current.kind, p.current.blocks) == ("warning", ("**Demomodul**", "Om vold."))
    assert p.skip()
    assert (p.current.section, p.current.heading) == (2, "Spørsmål")  # both sections used the module
    assert not p.skip()  # only a warning can be skipped
    # The module is warned about once in a programme, not in each section that uses it.
    assert sum(s.kind == "warning" for s in p.slides) == 1


def test_back_after_skipping_a_content_warning_returns_to_the_warning(demo_content):
    """Back on the slide S landed on showed the last slide of the skipped material."""
    p = warned_evening(demo_content)
    p.forward()
    warning = p.number
    assert p.current.kind == "warning" and p.skip()
    landing = p.number
    p.rebuild(fits=lambda s: len(s.blocks) <= 1)  # a new projector size in between
    assert p.current.heading == "Spørsmål"
    assert p.back() and p.current.kind == "warning" and p.number == warning
    # Read through after all: Back from the same slide is one slide back.
    p.rebuild(fits=lambda _s: True)
    assert p.number == warning
    while p.number < landing:
        p.forward()
    assert p.back() and p.number == landing - 1 and p.current.kind != "warning"


def test_skipping_the_last_part_never_shows_what_it_warns_about(demo_content):
    # Seen: S on a warning in the programme's last part jumped to that part's last slide.
    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("summary:", "content_warning: Om vold.\nsummary:"), "utf-8")
    last_part_warned = PROGRAMME.split("## Spørsmål")[0].replace("minutes: 10", "minutes: 8")
    write(demo_content, {"nb/kveld.md": last_part_warned})
    library = load_library([demo_content])
    p = Presentation(kveld(library), library)
    p.forward()
    assert p.current.kind == "warning"
    assert p.skip()
    assert (p.current.kind, p.current.heading, p.current.blocks, p.current.module_id) == ("end", "Foreldrekveld", (), "")
    assert p.number == p.total
    # Not skipped, the warned content comes, then the same quiet end.
    p.home()
    p.forward()
    p.forward()
    assert p.current.module_id == "demo" and p.current.kind != "warning"
    # A programme that ends with a part no warning covers gets no end slide of its own.
    write(demo_content, {"nb/kveld.md": PROGRAMME})
    library = load_library([demo_content])
    assert [s.kind for s in Presentation(kveld(library), library).slides].count("end") == 0


def test_time_is_counted_per_section(library):
    p = Presentation(kveld(library), library)
    p.tick(600)  # the hall is still arriving: the clock waits on the title slide
    assert p.elapsed == 0
    _go_to_kind(p, "chart")
    p.tick(30)
    p.tick(10)
    p.home()
    p.tick(5)  # once started, time on the title slide counts too
    assert (p.elapsed, p.section_elapsed(0), p.section_elapsed(-1), p.section_planned(0)) == (45, 40, 5, 3)


def test_refitting_keeps_the_place(library):
    p = Presentation(kveld(library), library)
    _go_to_kind(p, "question", "roller")
    before = p.total
    p.rebuild(fits=lambda s: len(s.blocks) <= 1)  # a small screen: more, smaller slides
    assert p.total > before
    # Still at the start of the same question: its lead-in now stands on slides of its own.
    assert (p.current.kind, p.current.item_id, p.current.blocks) == ("text", "roller", ("- **A** Bestiller",))
    assert p.slides[p.index - 1].item_id != "roller"


def test_a_new_projector_size_keeps_the_choices_in_view_when_the_situation_stood_apart_already(library):
    # Seen on the projector: F, X, plugging in or a few pixels of resize jumped from a
    # step's choices (slide 42) back to the scenario's opening text (slide 39).
    small = lambda s: len(s.markdown().split()) + len(s.choices) <= 3  # noqa: E731
    p = Presentation(kveld(library), library, fits=small)
    _go_to_kind(p, "step", "start")
    assert p.slides[p.index - 1].kind == "text" and p.slides[p.index - 1].item_id == "start"
    number = p.number
    p.rebuild(fits=small)  # a few pixels: cut the same
    assert (p.number, p.current.kind, p.current.item_id) == (number, "step", "start")
    p.rebuild(fits=lambda s: len(s.markdown().split()) + len(s.choices) <= 4)  # another size, still split
    assert (p.current.kind, p.current.item_id) == ("step", "start")
    # On the opening text itself, a new size stays there too.
    p.back()
    text = (p.current.kind, p.current.item_id, p.current.blocks)
    p.rebuild(fits=small)
    assert (p.current.kind, p.current.item_id, p.current.blocks) == text


def test_a_hand_count_keeps_the_choices_in_view_when_the_situation_is_split(library):
    # Seen on the projector: after V the view jumped back to the situation's first slide.
    p = Presentation(kveld(library), library, fits=lambda s: len(s.markdown().split()) + len(s.choices) <= 3)
    _go_to_kind(p, "step", "start")
    assert p.slides[p.index - 1].kind == "text" and p.slides[p.index - 1].item_id == "start"
    number = p.number
    assert p.set_votes([3, 11])
    assert (p.number, p.current.kind, p.current.item_id) == (number, "step", "start")


# ---------------------------------------------------------------- the handout


def test_handout_is_made_of_content(library):
    handout = build_handout(kveld(library), library)
    assert handout.title == "Foreldrekveld"
    assert [s.heading for s in handout.sections] == ["Demomodul", "Tall"]
    assert handout.sections[0].markdown == "En liten modul for testene."
    assert [item.title for item in handout.sections[0].items][:1] == ["Tall"]
    assert (handout.contact_title, handout.contact) == ("Kontakt politiet", "**Akutt? Ring 112.**")
    # A page named whole keeps its heading and its chart's table; the picture (which a
    # photocopy cannot show) and the presenter's note stay out.
    assert handout.sections[1].markdown == (
        "### Saker per år\n\n| Type | 2024 | 2025* |\n|---|---|---|\n| Vold | 149 | 99 |\n| Miljø | 3 | – |\n"
        "| Totalsum | 152 | 99 |\n\n\\* 2025 er et delår.")


def test_a_page_printed_whole_leaves_out_every_picture_and_chart_mark(demo_content):
    """The handout read pictures and chart comments with patterns of its own: a picture
    written reference-style stayed in (a broken image on the sheet), and "<!-- Chart: bar -->"
    stayed as written. It reads them as the renderer and the block model do."""
    page = demo_content / "nb" / "demo" / "02-tall.md"
    text = page.read_text("utf-8").replace("<!-- chart: bar;", "<!-- Chart: bar;")
    page.write_text(text.replace("![Logo](logo.png)", "![Logo][logo]\n\n[logo]: logo.png"), "utf-8")
    write(demo_content, {"nb/kveld.md": PROGRAMME})
    library = load_library([demo_content])
    whole = build_handout(kveld(library), library).sections[1].markdown
    assert "Logo" not in whole and "hart" not in whole and "<!--" not in whole
    assert whole.startswith("### Saker per år\n\n| Type | 2024 | 2025* |")


def test_handout_signs_say_what_to_see_ask_and_say_and_myths_stand_beside_the_reality(builtin):
    handout = build_handout(builtin.programme("foreldremote", "nb"), builtin)
    signs, myths = handout.sections[0], handout.sections[1]
    assert len(signs.items) == 7
    for sign in signs.items:
        labels = [point.split(":**")[0] for point in sign.points]
        assert labels == ["**Hva du kan se", "**Hvorfor det betyr noe", "**Spør", "**Slik kan du begynne"], sign.title
        assert "«" in sign.points[-1]  # the words to start with come along
    assert "Det er ikke uavhengighet, men et rødt flagg." in signs.items[5].points[1]
    # What you may see is cut to the sign itself, its first sentence, word for word.
    assert signs.items[0].points[0] == "**Hva du kan se:** En ny app for meldinger, kanskje en der meldingene forsvinner."
    assert signs.items[0].points[3] == ("**Slik kan du begynne:**\n«Jeg ser du har fått en ny app. Hva bruker du den til, "
                                        "og hvem er det du snakker med der?»")
    # The myths are a table: the myth's own words beside the first sentence of the reality.
    assert myths.columns == ("Myten", "Virkeligheten")
    assert [(m.title, m.points) for m in myths.items] == [
        ("«Du får godt betalt»", ("De får aldri noe penger.",)),
        ("«Vi henter deg etterpå»", ("Det står ikke noen fluktbil klar og venter.",)),
        ("«Vi passer på deg»", ("De unge «ofres» helt bevisst.",)),
        ("«Det er bare denne ene gangen»", ("Blir de ikke tatt, blir de presset til å gjøre mer.",)),
        ("«Gjeld er noe mellom deg og kompisen»",
         ("Et kriminelt nettverk kan overta eller kjøpe gjelden til en ungdom, og så kreve den inn.",)),
    ]
    assert handout.source == "Faresignaler, med fagstoff fra Sør-Øst politidistrikt (høsten 2025)"
    # Presenter notes never reach the parents' sheet.
    assert not any("[!NOTE]" in s.markdown for s in handout.sections)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_handout_words_are_the_contents_own(builtin, lang):
    """The sheet is shorter than the pages it comes from, never reworded: each line on it
    is found word for word in its module, so the facts stay the deck's."""
    from trainer.course.part_types import Page

    for programme in builtin.programmes_in(lang):
        handout = build_handout(programme, builtin)
        checked = 0
        for reference, section in zip(programme.handout, handout.sections):
            module = builtin.module(reference.partition("/")[0], lang)
            source = " ".join(" ".join(part.body.split()) for part in module.parts if isinstance(part, Page))
            titles = " ".join(part.title for part in module.parts if isinstance(part, Page))
            for item in section.items:
                assert item.title in titles, item.title
                for point in item.points:
                    words = " ".join(re.sub(r"^\*\*[^*]+:\*\*", "", point).split())
                    assert words and words in source, words
                    checked += 1
        assert checked == 7 * 4 + 5, programme.id  # four lines for each sign, one for each myth


@pytest.mark.parametrize("lang,teachers,parents", [
    ("nb", "Lærere kan dele bekymringen", "Foreldre kan snakke med skolen."),
    ("en", "Teachers can share their concern", "Parents can talk to the school."),
])
def test_the_parents_sheet_gives_no_advice_meant_for_teachers(builtin, lang, teachers, parents):
    """A page printed whole is shared with the teachers' course: its sentence to teachers
    is left out of the parents' sheet, the rest word for word."""
    for programme in builtin.programmes:
        if programme.lang != lang:
            continue
        handout = build_handout(programme, builtin)
        text = "\n".join(section.markdown for section in handout.sections)
        assert teachers not in text and parents in text, programme.id
        page = builtin.module("faresignaler", lang).part("grunn-til-a-snakke")
        assert teachers in page.body  # the page itself keeps it, for the teachers' course


def test_the_english_sheet_uses_one_kind_of_quotation_marks(builtin):
    """The myths' titles had curly quotes beside straight ones everywhere else."""
    import dataclasses

    for programme in builtin.programmes:
        if programme.lang != "en":
            continue
        handout = build_handout(programme, builtin)
        text = repr(dataclasses.astuple(handout))
        assert not set("“”‘’") & set(text), programme.id
        assert '"' in text


def test_a_programme_without_handout_says_so(demo_content):
    write(demo_content, {"nb/kveld.md": PROGRAMME.replace("handout: [demo, demo/tall]\n", "")})
    library = load_library([demo_content])
    with pytest.raises(HandoutError, match="har ingen 'handout'"):
        build_handout(kveld(library), library)


# ---------------------------------------------------------------- the built-in programmes


@pytest.fixture(scope="module")
def builtin():
    return load_library([paths.builtin_content_dir()])


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_built_in_programmes_45_and_20_minutes(builtin, lang):
    programmes = {p.id: p for p in builtin.programmes_in(lang)}
    assert {p: programmes[p].minutes for p in programmes} == {"foreldremote": 45, "foreldremote-kort": 20}
    for programme in programmes.values():
        assert programme.planned_minutes == programme.minutes
        used = {s.module_id for s in programme.sections}
        assert {"faresignaler"} <= used
        slides = every_slide(programme, builtin)
        assert all(s.notes.strip() for s in slides), "presenter notes on every slide"
        # Content warnings once per part of the programme, never one per slide.
        warned = [s.section for s in programme_slides(programme, builtin) if s.kind == "warning"]
        assert len(warned) == len(set(warned)) and len(warned) <= 3
        handout = build_handout(programme, builtin)
        text = " ".join(s.markdown for s in handout.sections) + handout.contact
        assert "112" in text and "02800" in text
        # The signs, the talk at home and whom to call are in both programmes.
        headings = " ".join(s.heading for s in programme_slides(programme, builtin))
        for sign in range(1, 8):
            assert f"{sign}. " in headings, sign
        words = {"nb": ("samtale", "112", "02800"), "en": ("conversation", "112", "02800")}[lang]
        shown = " ".join(s.heading + " " + s.markdown() for s in programme_slides(programme, builtin))
        assert all(w in shown for w in words)
    # The long one leaves at least five minutes for questions at the end, and shows about a
    # slide a minute besides the slides the hall votes or talks on.
    long = programmes["foreldremote"]
    assert long.sections[-1].minutes >= 5 and not long.sections[-1].module_id
    slides = paginate(programme_slides(long, builtin), lambda _s: True)
    talk = {"step", "reveal", "question", "answer", "warning", "title"}
    scenario = {s.section for s in slides if s.kind == "step"}
    told = [s for s in slides if s.kind not in talk and s.section not in scenario]
    assert len(told) <= long.minutes - long.sections[-1].minutes


def test_the_long_programme_has_a_scenario_a_chart_and_questions(builtin):
    kinds = {s.kind for s in programme_slides(builtin.programme("foreldremote", "nb"), builtin)}
    assert {"title", "warning", "text", "chart", "step", "reveal", "question", "answer"} <= kinds


def test_the_example_in_the_authoring_guide_is_valid(tmp_path):
    guide = (Path(__file__).resolve().parents[2] / "docs" / "authoring.md").read_text("utf-8")
    section = guide[guide.index("## Program for foreldremøter"):]
    example = section[section.index("```markdown\n") + len("```markdown\n"):section.index("\n```\n")]
    (tmp_path / "program.md").write_text(example + "\n", "utf-8")
    library = load_library([paths.builtin_content_dir(), tmp_path / "program.md"])
    mine = [str(p) for p in library.problems if p.path == tmp_path / "program.md"]
    duplicates = [m for m in mine if "er brukt flere ganger" in m]  # same id as the built-in one
    assert [m for m in mine if m not in duplicates] == []
    programme = next(p for p in library.programmes if p.path == tmp_path / "program.md")
    assert [s.minutes for s in programme.sections] == [12, 6, 2] and programme.minutes == 20


def test_a_heading_or_chart_inside_code_does_not_split_a_slide():
    slides = text_slides("Side", "Slik skriver du det:\n\n```\n# ikke en overskrift\n<!-- chart: bar -->\n```\n")
    assert [(s.kind, s.heading) for s in slides] == [("text", "Side")]
    assert slides[0].blocks[-1].startswith("```")


@pytest.mark.parametrize("programme_id", ["foreldremote", "foreldremote-kort"])
def test_the_norwegian_and_english_programmes_say_the_same(builtin, programme_id):
    nb, en = builtin.programme(programme_id, "nb"), builtin.programme(programme_id, "en")

    def shape(programme):
        return [(s.minutes, s.module_id, [(r.part_id, r.question) for r in s.parts], s.text.count("### "),
                 sorted(set(re.findall(r"\*\*(\d[\d.]*)\*\*|\b(112|02800)\b", s.text))))
                for s in programme.sections]

    assert shape(nb) == shape(en)
    assert nb.handout == en.handout


def test_the_hall_cannot_vote_by_the_number_alone():
    """Written first, the recommended choice stood first at 50 of the built-in course's 54
    steps and the right answer second in 15 of its 20 questions with three answers: a hall
    soon learns to pick 1 or 2. On the slides each step and question has an order of its
    own, the same at every showing."""
    from collections import Counter

    from trainer import paths
    from trainer.course.slides import every_slide, question_slides

    builtin = load_library([paths.builtin_content_dir()])
    first_recommended, steps, right_at = 0, 0, Counter()
    for programme in builtin.programmes:
        slides = list(every_slide(programme, builtin))
        again = list(every_slide(programme, builtin))
        assert [[c.text for c in s.choices] for s in slides] == [[c.text for c in s.choices] for s in again]
        for slide in slides:
            if slide.kind == "step" and any(c.recommended for c in slide.choices):
                steps += 1
                first_recommended += slide.choices[0].recommended
    assert steps and first_recommended < steps * 0.6
    # A question with more answers shows them in an order of its own; true or false stays so.
    for module in builtin.modules:
        for part in module.quizzes:
            for question in part.questions:
                if question.kind == "single" and len(question.options) >= 3:
                    [slide, _answer] = question_slides(part, question, 0, module)
                    right_at[next(i for i, c in enumerate(slide.choices) if c.correct)] += 1
                elif question.kind == "truefalse":
                    [slide, _answer] = question_slides(part, question, 0, module)
                    assert [c.text for c in slide.choices] == [o.text for o in question.options]
    assert right_at and max(right_at.values()) < sum(right_at.values()) * 0.6


def test_hand_counts_are_stored_by_the_choices_as_written(library):
    """Counts come in the order the hall saw the answers: a shuffled question's and a true
    or false question's (shown as written: true, then false) both go back to the written
    order. True/false counts (10, 2) were stored the wrong way round."""
    from trainer.course.slides import in_written_order, question_slides

    module = library.module("demo", "nb")
    quiz = module.part("quiz-demo")
    for question_id in ("betaler", "betalt"):
        question = next(q for q in quiz.questions if q.id == question_id)
        [slide, _answer] = question_slides(quiz, question, 0, module)
        shown = tuple(range(10, 10 + len(slide.choices)))
        stored = in_written_order(slide, shown)
        texts = {c.text: count for c, count in zip(slide.choices, shown)}
        assert stored == tuple(texts[" ".join(o.text.split())] for o in question.options), question_id
    assert [c.text for c in question_slides(quiz, next(q for q in quiz.questions if q.id == "betalt"), 0, module)[0]
            .choices] == ["Sant", "Usant"]  # true, then false
