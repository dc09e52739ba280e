"""`trainer web` without a browser: what the site is made of, that it stays small and
self-contained, that the course data follows the model, and that it refuses clearly."""

from __future__ import annotations

import json
import re
import zipfile

from trainer import paths, tokens
from trainer.course.loader import load_library

from webtools import course_data, trainer

MAX_BUILTIN_SITE = 3_000_000


def test_the_builtin_site_is_complete_small_and_refers_to_nothing_outside_it(builtin_site):
    files = sorted(p.relative_to(builtin_site).as_posix() for p in builtin_site.rglob("*") if p.is_file())
    assert {"index.html", "player.js", "player.css", "theme.css", "course.js"} <= set(files)
    assert sum(p.stat().st_size for p in builtin_site.rglob("*") if p.is_file()) < MAX_BUILTIN_SITE
    index = (builtin_site / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', index).group(1)
    assert "default-src 'none'" in policy
    for directive in ("script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'none'"):
        assert directive in policy
    for name in ("index.html", "player.js", "player.css", "theme.css"):
        text = (builtin_site / name).read_text(encoding="utf-8")
        # The only address is the SVG namespace, a name, never fetched.
        assert set(re.findall(r"https?://[^\s\"')]+", text)) <= {"http://www.w3.org/2000/svg"}, name
    for src in re.findall(r'(?:src|href)="([^"]+)"', index):
        assert (builtin_site / src).is_file()


def test_the_course_data_is_the_model_the_app_uses(builtin_site):
    data = course_data(builtin_site)
    library = load_library([paths.builtin_content_dir()])
    assert list(data["langs"]) == ["nb", "en"]
    for lang, found in data["langs"].items():
        assert [c["id"] for c in found["courses"]] == [c.id for c in library.courses_in(lang)]
        for module_id, module in found["modules"].items():
            source = library.module(module_id, lang)
            assert [(p["kind"], p["id"], p["title"]) for p in module["parts"]] == [
                (p.kind, p.id, p.title) for p in source.parts]
            assert module["warning"] == source.content_warning
        assert "112" in found["contact"]["html"]
    quiz = next(p for p in data["langs"]["nb"]["modules"]["roller"]["parts"] if p["kind"] == "quiz")
    assert {q["kind"] for q in quiz["questions"]} >= {"single", "multiple", "truefalse", "matching"}


def test_the_site_uses_the_desktop_apps_colour_tokens_and_type_scale(builtin_site):
    css = (builtin_site / "theme.css").read_text(encoding="utf-8")
    light = css.split("@media", 1)[0]
    for name, value in tokens.colour_dict(tokens.LIGHT).items():
        assert f"--{name.replace('_', '-')}: {value};" in light
    assert "--size-body: 1.167rem;" in light  # 14 pt
    assert f"--accent: {tokens.HIGH_CONTRAST.accent};" in css.split("prefers-contrast: more", 1)[1]
    # The player's text on its backgrounds keeps the app's contrast.
    for text, background in (("text", "window"), ("text", "surface"), ("muted", "window"),
                             ("accent_text", "accent"), ("accent", "surface"), ("wrong", "surface")):
        c = tokens.LIGHT
        assert tokens.contrast_ratio(getattr(c, text), getattr(c, background)) >= 4.5, (text, background)


def test_an_unknown_course_is_refused_with_the_ones_there_are(tmp_path, capsys):
    assert trainer("web", "ukjent", "-o", str(tmp_path / "site"), data=tmp_path / "data") == 1
    error = capsys.readouterr().err
    assert error.startswith("trainer web: finner ikke kurset 'ukjent'; kursene som finnes er: ")
    assert "laerer" in error
    assert not (tmp_path / "site").exists()


def test_a_folder_with_other_files_is_never_overwritten_but_an_earlier_site_is_replaced(tmp_path, capsys):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    assert trainer("web", "foreldre", "-o", str(mine), data=tmp_path / "data") == 1
    assert "ikke tom" in capsys.readouterr().err
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]

    site = tmp_path / "site"
    assert trainer("web", "laerer", "-o", str(site), data=tmp_path / "data") == 0
    assert trainer("web", "foreldre", "-o", str(site), data=tmp_path / "data") == 0
    data = course_data(site)
    assert [c["id"] for c in data["langs"]["nb"]["courses"]] == ["foreldre"]
    assert oct(site.stat().st_mode & 0o755) == oct(0o755)  # a web server can read it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # nothing left behind


def test_the_scorm_package_holds_the_site_and_marks_itself_as_scorm(tmp_path, capsys):
    package = tmp_path / "kurs.zip"
    assert trainer("web", "--scorm", "laerer", "-o", str(package), data=tmp_path / "data") == 0
    assert "SCORM 1.2" in capsys.readouterr().out
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        text = archive.read("course.js").decode()
    assert names[0] == "imsmanifest.xml" and "index.html" in names
    data = json.loads(text[text.index("=") + 1:].strip().rstrip(";"))
    assert data["scorm"] is True
    assert trainer("web", "--scorm", "laerer", "-o", str(tmp_path), data=tmp_path / "data") == 1
    assert "er en mappe" in capsys.readouterr().err


def test_the_web_export_and_the_shared_tokens_load_no_qt(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from trainer.cli import main; "
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}, 'web', 'foreldre', '-o', {str(tmp_path / 'site')!r}]); "
        "import trainer.tokens; "
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"


def test_a_scorm_package_of_several_courses_is_still_made_and_says_what_the_platform_hears(tmp_path, capsys):
    """`trainer web --scorm -o X.zip` (every course) and several named courses keep working,
    as the help has always said; the command says that the platform hears the best result
    among the courses, and how to make one package per course."""
    package = tmp_path / "alle.zip"
    assert trainer("web", "--scorm", "-o", str(package), data=tmp_path / "data") == 0
    said = capsys.readouterr().out
    assert "flere kurs" in said and "trainer web --scorm forebyggere -o forebyggere.zip" in said
    with zipfile.ZipFile(package) as archive:
        data = archive.read("course.js").decode()
    for course in ("forebyggere", "foreldre", "laerer"):
        assert f'"id": "{course}"' in data or f'"id":"{course}"' in data
    two = tmp_path / "to.zip"
    assert trainer("web", "--scorm", "laerer", "foreldre", "-o", str(two), data=tmp_path / "data") == 0
    assert "flere kurs" in capsys.readouterr().out
    # One course named: one result, and no note.
    assert trainer("web", "--scorm", "laerer", "-o", str(tmp_path / "laerer.zip"), data=tmp_path / "data") == 0
    assert "flere kurs" not in capsys.readouterr().out


def test_a_wrong_kind_of_output_name_is_refused_with_the_right_one_named(tmp_path, capsys):
    """A folder called kurs.zip, or a package without .zip, helped nobody."""
    assert trainer("web", "-o", str(tmp_path / "kurs.zip"), data=tmp_path / "data") == 1
    said = capsys.readouterr().err
    assert "slutter på .zip" in said and "--scorm" in said
    assert trainer("web", "--scorm", "laerer", "-o", str(tmp_path / "x2"), data=tmp_path / "data") == 1
    assert str(tmp_path / "x2.zip") in capsys.readouterr().err
    assert not (tmp_path / "kurs.zip").exists() and not (tmp_path / "x2").exists()
    assert trainer("--lang", "en", "web", "-o", str(tmp_path / "kurs.ZIP"), data=tmp_path / "data") == 1
    assert "ends in .zip" in capsys.readouterr().err


def test_an_output_that_is_only_the_ending_zip_asks_for_a_name_before_it(tmp_path, capsys, monkeypatch):
    """`-o .zip` suggested ".zip.zip" (pathlib sees a hidden file without a suffix), and
    without --scorm wrote a hidden folder called .zip."""
    monkeypatch.chdir(tmp_path)
    assert trainer("web", "--scorm", "laerer", "-o", ".zip", data=tmp_path / "data") == 1
    said = capsys.readouterr().err
    assert ".zip.zip" not in said
    assert "bare endelsen" in said and "laerer.zip" in said
    assert trainer("--lang", "en", "web", "--scorm", "-o", str(tmp_path / ".ZIP"), data=tmp_path / "data") == 1
    said = capsys.readouterr().err
    assert ".zip.zip" not in said.lower() and "only the ending" in said and str(tmp_path / "faresignaler.zip") in said
    assert trainer("web", "-o", ".zip", data=tmp_path / "data") == 1
    assert "slutter på .zip" in capsys.readouterr().err
    assert not (tmp_path / ".zip").exists() and not (tmp_path / ".ZIP").exists()


def test_the_manifest_names_no_schema_file_the_package_lacks(tmp_path):
    package = tmp_path / "laerer.zip"
    assert trainer("web", "--scorm", "laerer", "-o", str(package), data=tmp_path / "data") == 0
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        manifest = archive.read("imsmanifest.xml").decode()
    named = set(re.findall(r"[\w.]+\.xsd", manifest))
    assert named <= names, named - names


def test_each_export_keeps_its_progress_under_a_name_of_its_own(tmp_path):
    """Every page opened from disk shares one localStorage: the export's courses and
    languages name its progress, so two exports no longer read each other's."""
    assert trainer("web", "laerer", "-o", str(tmp_path / "a"), data=tmp_path / "data") == 0
    assert trainer("web", "foreldre", "-o", str(tmp_path / "b"), data=tmp_path / "data") == 0
    assert course_data(tmp_path / "a")["site"] == "laerer/en,nb"
    assert course_data(tmp_path / "b")["site"] == "foreldre/en,nb"
