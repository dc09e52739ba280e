"""The built-in course: validates clean, matches the police material's figures, and
has the courses and scenarios the teachers and parents need."""

from collections import deque

import pytest

from trainer import paths
from trainer.course.loader import load_library
from trainer.course.part_types import Page, Scenario

# The material's tables (shared/seed, reconciled against the printed totals). 2025 is a
# partial year, as of 08.09.2025. None = no number printed.
BY_TYPE = {
    "Annen": (57, 55, 60, 79, 73, 56),
    "Miljø": (None, None, None, None, 3, 2),
    "Narkotika": (50, 28, 28, 26, 38, 40),
    "Seksuallovbrudd": (32, 53, 25, 28, 30, 15),
    "Skadeverk": (18, 68, 59, 33, 30, 24),
    "Trafikk": (82, 61, 71, 71, 106, 90),
    "Undersøkelsessaker": (2, None, None, 6, 5, 4),
    "Vinning": (153, 147, 197, 226, 232, 122),
    "Vold": (82, 130, 98, 159, 149, 99),
    "Økonomi": (10, 26, 27, 57, 11, 12),
}
TOTALS = (486, 568, 565, 685, 677, 464)
BY_MUNICIPALITY = {
    "Drammen": (255, 299, 305, 348, 333, 219), "Flesberg": (1, 2, 0, 3, 2, 5), "Flå": (3, 2, 0, 2, 2, 1),
    "Gol": (7, 24, 8, 7, 6, 6), "Hemsedal": (None, 3, 3, 2, 2, 0), "Hol": (6, 8, 3, 13, 15, 3),
    "Hole": (5, 5, 3, 3, 10, 3), "Jevnaker": (6, 6, 26, 9, 13, 2), "Kongsberg": (29, 36, 67, 71, 68, 73),
    "Krødsherad": (1, 2, 2, 1, 4, 0), "Lier": (22, 43, 18, 42, 39, 29), "Modum": (34, 12, 21, 44, 34, 24),
    "Nesbyen": (1, 14, 6, 3, 0, 0), "Nore og Uvdal": (6, 1, 8, 2, 1, 3), "Ringerike": (70, 81, 51, 79, 93, 49),
    "Rollag": (0, 0, 0, 0, 1, 1), "Sigdal": (1, 2, 4, 3, 0, 1), "Øvre Eiker": (35, 26, 29, 43, 41, 38),
    "Ål": (4, 2, 11, 10, 13, 7),
}
LANGS = ("nb", "en")


@pytest.fixture(scope="module")
def library():
    return load_library([paths.builtin_content_dir()])


def test_built_in_content_validates_clean(library):
    assert [str(p) for p in library.problems] == []


def test_every_module_in_both_languages(library):
    ids = {lang: sorted(m.id for m in library.modules if m.lang == lang) for lang in LANGS}
    assert ids["nb"] == ids["en"] and len(ids["nb"]) == 10


def test_the_material_sums_to_its_printed_totals():
    for column, total in enumerate(TOTALS):
        assert sum(v[column] or 0 for v in BY_TYPE.values()) == total
        assert sum(v[column] or 0 for v in BY_MUNICIPALITY.values()) == total


def _figures(library, lang):
    module = library.module("tall", lang)
    return [(page, figure) for page in module.parts if isinstance(page, Page) for figure in page.figures]


@pytest.mark.parametrize("lang", LANGS)
def test_figures_shown_match_the_material(library, lang):
    figures = _figures(library, lang)
    assert figures, "the figures module has charts"
    seen_types = seen_municipalities = False
    for page, figure in figures:
        assert figure.columns == ("2020", "2021", "2022", "2023", "2024", "2025*")
        rows = {label: tuple(int(v) if v is not None else None for v in values) for label, values in figure.rows}
        # The total row, whatever its language, is the printed total.
        total_rows = [v for label, v in rows.items() if label.lower() in ("totalsum", "total", "totalt", "i alt")]
        assert total_rows and total_rows[0] == TOTALS
        if "Drammen" in rows:
            seen_municipalities = True
            assert {k: v for k, v in rows.items() if k in BY_MUNICIPALITY} == BY_MUNICIPALITY
        elif len(rows) > 2:
            seen_types = True
            if lang == "nb":
                assert {k: v for k, v in rows.items() if v != TOTALS} == BY_TYPE
            else:  # translated labels: the same rows of numbers
                key = lambda v: tuple(-1 if x is None else x for x in v)  # noqa: E731
                assert sorted((v for v in rows.values() if v != TOTALS), key=key) == sorted(BY_TYPE.values(), key=key)
        # Wherever 2025 appears, the page says it is a partial year as of 08.09.2025.
        assert "08.09.2025" in page.body
    assert seen_types and seen_municipalities


def test_2025_is_marked_partial_wherever_it_appears(library):
    for module in library.modules:
        for part in module.parts:
            if isinstance(part, Page) and "2025*" in part.body:
                assert "08.09.2025" in part.body, f"{part.path}: 2025 shown without the partial-year note"


@pytest.mark.parametrize("lang", LANGS)
def test_contact_card_has_the_numbers(library, lang):
    body = library.contact(lang).body
    for needed in ("112", "02800", "post.sor-ost@politiet.no", "Politiets nettpatrulje"):
        assert needed in body


@pytest.mark.parametrize("lang", LANGS)
def test_three_courses_with_pass_rules(library, lang):
    courses = {c.id: c for c in library.courses_in(lang)}
    assert set(courses) == {"laerer", "foreldre", "forebyggere"}
    assert 50 <= courses["laerer"].minutes <= 70 and courses["laerer"].pass_rule.quizzes
    assert courses["foreldre"].minutes <= 40
    assert len(courses["forebyggere"].module_ids) == 10


def _fewest_decisions_to_an_ending(scenario: Scenario) -> int:
    """Breadth-first over steps, counting steps with two or more choices."""
    best = {}
    queue = deque([(scenario.start.id, 0)])
    while queue:
        step_id, decisions = queue.popleft()
        step = scenario.step(step_id)
        if step is None or best.get(step_id, 99) <= decisions:
            continue
        best[step_id] = decisions
        if step.is_ending:
            continue
        here = decisions + (1 if len(step.choices) > 1 else 0)
        queue.extend((c.target, here) for c in step.choices)
    return min(best[s.id] for s in scenario.endings if s.id in best)


@pytest.mark.parametrize("lang", LANGS)
def test_scenarios_branch_enough(library, lang):
    scenarios = [p for m in library.modules if m.lang == lang for p in m.parts if isinstance(p, Scenario)]
    assert len(scenarios) >= 6
    for scenario in scenarios:
        assert len(scenario.endings) >= 2, scenario.id
        assert _fewest_decisions_to_an_ending(scenario) >= 3, scenario.id
        assert scenario.tags, scenario.id
        for step in scenario.steps:
            assert all(choice.feedback for choice in step.choices), (scenario.id, step.id)


@pytest.mark.parametrize("lang", LANGS)
def test_roles_matching_and_recruitment_ordering(library, lang):
    roles = library.module("roller", lang).part("quiz-roller")
    assert any(q.kind == "matching" and len(q.pairs) >= 4 for q in roles.questions)
    recruitment = library.module("rekruttering", lang).part("quiz-rekruttering")
    assert any(q.kind == "ordering" and len(q.order) >= 4 for q in recruitment.questions)


@pytest.mark.parametrize("lang", LANGS)
def test_every_module_has_pages_and_a_quiz(library, lang):
    for module in (m for m in library.modules if m.lang == lang):
        kinds = {part.kind for part in module.parts}
        assert {"page", "quiz"} <= kinds, module.id


@pytest.mark.parametrize("lang", LANGS)
def test_laws_point_to_lovdata_and_figures_name_their_source(library, lang):
    school = library.module("for-skolen", lang)
    text = " ".join(p.body for p in school.parts if isinstance(p, Page))
    for reference in ("§ 15-1", "§ 23", "§ 27", "§ 30", "§ 31", "§ 196", "Lovdata"):
        assert reference in text, reference
    for page, _figure in _figures(library, lang):
        assert ("Kilde" if lang == "nb" else "Source") in page.body and "Sør-Øst" in page.body
