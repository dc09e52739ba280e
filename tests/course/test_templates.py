"""Starting files for authors: each kind, in each language, is valid as written (no error,
no warning), explains itself in comments the app never shows, and never overwrites."""

from pathlib import Path

import pytest

from trainer import paths
from trainer.course import templates
from trainer.course.render import render_markdown
from trainer.course.targets import load_for_validation

CONTEXT = [paths.builtin_content_dir()]


def check(path: Path):
    library = load_for_validation([path], CONTEXT)
    assert [str(p) for p in library.problems] == []
    return library


@pytest.mark.parametrize("lang", templates.LANGUAGES)
def test_module_scenario_and_quiz_are_valid_as_written(tmp_path, lang):
    module = templates.create("module", tmp_path / "01-min-modul", lang)
    assert module.paths == (tmp_path / "01-min-modul" / "module.md",)
    scenario = templates.create("scenario", tmp_path / "01-min-modul" / "03-scenario.md", lang)
    quiz = templates.create("quiz", tmp_path / "01-min-modul" / "04-quiz", lang)  # .md is added
    assert quiz.main == tmp_path / "01-min-modul" / "04-quiz.md"
    assert scenario.hint == "" and quiz.hint == ""
    library = check(tmp_path / "01-min-modul")
    (loaded,) = library.modules
    assert (loaded.id, loaded.lang) == ("min-modul", lang)
    assert [p.kind for p in loaded.parts] == ["page", "scenario", "quiz"]
    kinds = {q.kind for q in loaded.parts[2].questions}
    assert kinds == {"single", "multiple", "truefalse", "matching", "ordering"}
    scenario_part = loaded.parts[1]
    assert len(scenario_part.steps) == 5 and len(scenario_part.endings) == 2
    check(scenario.main)  # a file in a module folder is checked as part of its module


@pytest.mark.parametrize("lang", templates.LANGUAGES)
def test_programme_is_valid_among_the_installed_content(tmp_path, lang):
    written = templates.create("programme", tmp_path / "foreldremote-vestfold.md", lang)
    library = check(written.main)
    (programme,) = library.programmes
    assert programme.id == "foreldremote-vestfold" and programme.lang == lang
    assert programme.planned_minutes == programme.minutes == 15


@pytest.mark.parametrize("lang", templates.LANGUAGES)
def test_pack_is_a_valid_folder_with_manifest_course_and_sample_module(tmp_path, lang):
    written = templates.create("pack", tmp_path / "Vestfold Pakke", lang)
    names = sorted(p.relative_to(tmp_path / "Vestfold Pakke").as_posix() for p in written.paths)
    course = "kurs.md" if lang == "nb" else "course.md"
    folder = "01-modul" if lang == "nb" else "01-module"
    assert names == sorted(["pack.md", course, f"{folder}/module.md", f"{folder}/02-tall.md",
                            f"{folder}/03-scenario.md", f"{folder}/04-quiz.md"])
    library = check(tmp_path / "Vestfold Pakke")
    (manifest,) = library.packs
    assert (manifest.id, manifest.lang, manifest.version) == ("vestfold-pakke", lang, "1")
    (course_loaded,) = library.courses
    assert course_loaded.module_ids == ("vestfold-pakke-modul",)
    figures = library.modules[0].part("tall").figures
    assert figures and figures[0].kind == "bar" and len(figures[0].charted()) == 2


def test_comments_are_never_shown(tmp_path):
    templates.create("module", tmp_path / "m", "nb")
    body = (tmp_path / "m" / "module.md").read_text("utf-8").split("---", 2)[2]
    assert "<!--" in body and "trainer new scenario" in body
    assert "trainer new scenario" not in render_markdown(body)


def test_nothing_is_overwritten(tmp_path):
    target = tmp_path / "m" / "03-scenario.md"
    target.parent.mkdir()
    target.write_text("mitt eget arbeid", "utf-8")
    with pytest.raises(templates.TemplateError, match="finnes allerede"):
        templates.create("scenario", target, "nb")
    assert target.read_text("utf-8") == "mitt eget arbeid"
    (tmp_path / "pakke").mkdir()
    (tmp_path / "pakke" / "notat.txt").write_text("x", "utf-8")
    with pytest.raises(templates.TemplateError, match="ikke tom"):
        templates.create("pack", tmp_path / "pakke", "nb")
    assert sorted(p.name for p in (tmp_path / "pakke").iterdir()) == ["notat.txt"]


def test_ids_do_not_clash(tmp_path):
    templates.create("module", tmp_path / "m", "nb")
    first = templates.create("scenario", tmp_path / "m" / "03-scenario.md", "nb")
    second = templates.create("scenario", tmp_path / "m" / "05-scenario.md", "nb")
    assert "id: scenario\n" in first.main.read_text("utf-8")
    assert "id: scenario-2\n" in second.main.read_text("utf-8")
    check(tmp_path / "m")
    taken = templates.create("programme", tmp_path / "foreldremote.md", "nb", taken={"foreldremote"})
    assert "id: foreldremote-2\n" in taken.main.read_text("utf-8")


def test_a_scenario_outside_a_module_gets_a_hint(tmp_path):
    written = templates.create("scenario", tmp_path / "los.md", "nb")
    assert "module.md" in written.hint


@pytest.mark.parametrize("name, expected", [
    ("01-Hva er VaaS", "hva-er-vaas"), ("Færøyane på tur", "faeroyane-pa-tur"), ("03-scenario", "scenario"),
    ("2025", "2025"), ("!!!", "fallback"), ("Program_Ås", "program_as"),
])
def test_slug(name, expected):
    assert templates.slug(name, "fallback") == expected


def test_unknown_kind_and_language_are_refused(tmp_path):
    with pytest.raises(templates.TemplateError, match="ukjent type"):
        templates.create("lesson", tmp_path / "x.md")
    with pytest.raises(templates.TemplateError, match="ukjent språk"):
        templates.create("quiz", tmp_path / "x.md", "sv")
    assert list(tmp_path.iterdir()) == []
