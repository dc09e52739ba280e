"""Content files in, typed model out."""


from trainer.course.loader import load_library
from trainer.course.part_types import Choice, Figure, Option, Page, Quiz, Scenario


def test_module_metadata(demo_library):
    module = demo_library.module("demo", "nb")
    assert (module.id, module.title, module.lang, module.audience, module.minutes, module.version) == (
        "demo", "Demomodul", "nb", ("teacher", "parent"), 5, "2",
    )
    assert [p.id for p in module.parts] == ["intro", "tall", "sko", "quiz-demo"]
    assert [p.kind for p in module.parts] == ["page", "page", "scenario", "quiz"]
    assert module.content_version.startswith("2+")


def test_page_with_figure_and_notes(demo_library):
    page = demo_library.module("demo", "nb").part("tall")
    assert isinstance(page, Page)
    assert page.notes == "Pek på stolpene."
    assert "Pek på" not in page.body
    assert page.figures == (
        Figure(
            kind="bar",
            title="Saker per år",
            columns=("2024", "2025*"),
            rows=(("Vold", (149.0, 99.0)), ("Miljø", (3.0, None)), ("Totalsum", (152.0, 99.0))),
            chart_rows=("Vold", "Totalsum"),
            line=page.figures[0].line,
        ),
    )
    assert [label for label, _ in page.figures[0].charted()] == ["Vold", "Totalsum"]


def test_scenario_steps_choices_feedback_and_tags(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    assert isinstance(scenario, Scenario)
    assert scenario.intro == "Emil er 14 år."
    assert [s.id for s in scenario.steps] == ["start", "samtale", "stille", "god-slutt", "svak-slutt"]
    assert [s.id for s in scenario.endings] == ["god-slutt", "svak-slutt"]
    assert scenario.tags == {"nye-ting": "Nye ting uten forklaring", "nye-venner": "Nye, eldre venner"}
    first = scenario.start.choices[0]
    assert first == Choice(
        text="Spør rolig hvor skoene kommer fra",
        target="samtale",
        feedback="Bra: du spør uten å anklage.",
        tags=("nye-ting",),
        line=first.line,
    )
    assert scenario.start.body == "Emil kommer hjem med dyre sko."


def test_a_choice_marked_recommended(tmp_path):
    """`{recommended}` after the link (with or without tags, before or after them) marks
    the choice; it is no part of the text or the tags, and an unmarked choice stays unmarked."""
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "module.md").write_text(
        "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n", "utf-8")
    (folder / "s.md").write_text(
        "---\ntype: scenario\nid: s\ntitle: S\ntags:\n  a: A\n---\n\n## Start {#start}\n\nTekst.\n\n"
        "- [Ring politiet sammen med ham](#slutt) {recommended}\n  > Riktig.\n"
        "- [Spør rolig](#slutt) #a {recommended}\n  > Bra.\n"
        "- [Vent](#slutt) #a\n  > Nei.\n\n## Slutt {#slutt}\n\nFerdig.\n", "utf-8")
    library = load_library([tmp_path])
    assert library.problems == []
    choices = library.module("m", "nb").part("s").start.choices
    assert [(c.text, c.tags, c.recommended) for c in choices] == [
        ("Ring politiet sammen med ham", (), True), ("Spør rolig", ("a",), True), ("Vent", ("a",), False),
    ]


def test_quiz_question_kinds(demo_library):
    quiz = demo_library.module("demo", "nb").part("quiz-demo")
    assert isinstance(quiz, Quiz)
    assert quiz.pass_percent == 75
    assert [(q.id, q.kind) for q in quiz.questions] == [
        ("betaler", "single"), ("signaler", "multiple"), ("betalt", "truefalse"),
        ("roller", "matching"), ("rekkefolge", "ordering"),
    ]
    single = quiz.questions[0]
    assert single.options[1] == Option("Utføreren", False, "Nei, utføreren gjør jobben.", single.options[1].line)
    assert single.explanation == "Bestilleren betaler."
    assert quiz.questions[3].pairs == (("Bestiller", "Betaler for volden"), ("Utfører", "Gjør selve handlingen"))
    assert quiz.questions[4].order == ("Sosiale medier", "Annonse", "Gruppe")


def test_course_and_contact(demo_library):
    course = demo_library.courses_in("nb")[0]
    assert (course.id, course.module_ids, course.pass_rule.quizzes, course.pass_rule.min_percent) == (
        "demokurs", ("demo",), ("quiz-demo",), 75,
    )
    assert demo_library.contact("en").body == "**Emergency? Call 112.**"


def test_wrapped_choice_line_is_one_choice(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "module.md").write_text(
        "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n", "utf-8"
    )
    (folder / "s.md").write_text(
        "---\ntype: scenario\nid: s\ntitle: S\n---\n\n## A {#a}\n\nTekst.\n\n"
        "- [Et langt valg som er brutt\n  over to linjer](#b)\n  > Tilbakemelding\n  > på to linjer.\n\n## B {#b}\n\nSlutt.\n",
        "utf-8",
    )
    library = load_library([tmp_path])
    scenario = library.modules[0].part("s")
    assert scenario.steps[0].choices[0].text == "Et langt valg som er brutt over to linjer"
    assert scenario.steps[0].choices[0].feedback == "Tilbakemelding\npå to linjer."
    assert library.errors == []


def test_an_ending_is_marked_good_partly_or_poor_and_other_marks_are_refused(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "module.md").write_text(
        "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n", "utf-8")
    (folder / "s.md").write_text(
        "---\ntype: scenario\nid: s\ntitle: S\n---\n\n## Start {#start}\n\nTekst.\n\n"
        "- [Til ryktet](#rykte)\n  > Nei.\n- [Til politiet](#politi)\n  > Ja.\n- [Videre](#videre)\n  > Kanskje.\n"
        "- [Stor](#stor)\n  > S.\n- [Begge](#begge)\n  > B.\n\n"
        "## Ryktet {#rykte .poor}\n\nFeil sted.\n\n## Politiet {#politi .good}\n\nRiktig.\n\n"
        "## Videre {#videre .partly}\n\n- [Slutt](#slutt)\n  > Så.\n\n## Slutt {#slutt .fin}\n\nSlutt.\n\n"
        "## Stor {#stor .Poor}\n\nStore bokstaver.\n\n## Begge {#begge .good .poor}\n\nTo merker.\n", "utf-8")
    library = load_library([tmp_path])
    scenario = library.module("m", "nb").part("s")
    assert [(step.id, step.kind) for step in scenario.steps] == [
        ("start", ""), ("rykte", "poor"), ("politi", "good"), ("videre", ""), ("slutt", ""), ("stor", "poor"),
        ("begge", "good")]
    assert sorted((problem.line, problem.message) for problem in library.problems if not problem.warning) == [
        (30, "steget 'videre' har valg og er ingen slutt: fjern '.partly' (bare en slutt har en art)"),
        (35, "ukjent merke '.fin' etter stegets id: en slutt kan merkes .good, .partly eller .poor"),
        (43, "slutten 'begge' er merket både '.good' og '.poor': en slutt har én art"),
    ]
