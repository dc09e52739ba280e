"""`trainer validate` points at the line that holds the problem, in the user's language,
with the library's own words (YAML) only as a second line. Run as the author runs it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)
MODULE = "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 5\n---\n\nTekst.\n"


def validate(folder: Path, *options: str):
    result = subprocess.run(
        [sys.executable, "-m", "trainer", *options, "validate", str(folder)], capture_output=True, text=True,
        timeout=120, env={**os.environ, "PYTHONPATH": IMPORT_ROOT, "TRAINER_DATA_DIR": str(folder / ".data")},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, [line.replace(str(folder) + os.sep, "") for line in result.stdout.splitlines()]


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, "utf-8")
    return folder


def test_a_duplicate_module_id_is_reported_at_its_id_line(tmp_path):
    code, lines = validate(write(tmp_path, {"a/module.md": MODULE, "b/module.md": MODULE.replace("title: M", "# to\ntitle: M")}))
    assert code == 1
    assert any(line.startswith("b/module.md:3: modul-id 'm' er brukt av flere moduler") for line in lines), lines


def test_an_unknown_module_is_reported_at_its_line_in_modules(tmp_path):
    course = "---\ntype: course\nid: k\ntitle: K\nlang: nb\nmodules:\n  - m\n  - mm2\n---\n"
    code, lines = validate(write(tmp_path, {"m/module.md": MODULE, "kurs.md": course}))
    assert (code, lines) == (1, ["kurs.md:8: kurset viser til modulen 'mm2', som ikke finnes på nb"])


@pytest.mark.parametrize("front, line, message", [
    ("id p\ntitle: T", 3, "front matter kan ikke leses: en linje mangler kolon; hver linje skal være 'nøkkel: verdi'"),
    ('title: "T\nid: p', 3, "front matter kan ikke leses: et anførselstegn er ikke lukket: avslutt teksten med det "
                            "samme tegnet den begynner med"),
    ("id: p\ntitle: T\nnotes:\n\tx: y", 6, "front matter kan ikke leses: bruk mellomrom, ikke tabulator, til innrykk"),
])
def test_a_yaml_mistake_is_reported_at_the_line_yaml_names(tmp_path, front, line, message):
    code, lines = validate(write(tmp_path, {"m/module.md": MODULE, "m/p.md": f"---\ntype: page\n{front}\n---\n\nTekst.\n"}))
    assert code == 1
    assert lines[0] == f"m/p.md:{line}: {message}"


def test_yamls_own_words_come_as_a_second_line(tmp_path):
    """Only for a mistake with no plain wording of its own (a YAML tag here)."""
    code, lines = validate(write(tmp_path, {"m/module.md": MODULE, "m/p.md": '---\ntype: page\ntitle: !tekst T\nid: p\n---\n\nx\n'}))
    assert lines[0].endswith("front matter kan ikke leses: ugyldig YAML") and lines[1].startswith("    YAML: ")


def test_a_list_where_one_text_belongs_is_an_error_with_the_expected_form(tmp_path):
    page = "---\ntype: page\nid: p\ntitle: [Del en, Del to]\n---\n\nTekst.\n"
    code, lines = validate(write(tmp_path, {"m/module.md": MODULE, "m/p.md": page}))
    assert (code, lines) == (1, ["m/p.md:4: 'title' må være én tekst, ikke en liste: skriv den på én linje, "
                                 "for eksempel title: Del en, Del to"])
    mapping = MODULE.replace("minutes: 5\n", "minutes: 5\nsummary:\n  kort: tekst\n")
    code, lines = validate(write(tmp_path, {"m/module.md": mapping, "m/p.md": page.replace("[Del en, Del to]", "P")}))
    assert lines == ["m/module.md:8: 'summary' må være én tekst, ikke innrykkede 'nøkkel: verdi'-linjer: skriv hele "
                     "teksten på linjen med 'summary:', i anførselstegn hvis den har kolon"]


def test_the_check_speaks_english_when_asked(tmp_path):
    course = "---\ntype: course\nid: k\ntitle: K\nlang: nb\nmodules: [m, mm2]\n---\n"
    code, lines = validate(write(tmp_path, {"m/module.md": MODULE, "kurs.md": course}), "--lang", "en")
    assert lines == ["kurs.md:6: the course refers to the module 'mm2', which does not exist in nb"]


def test_a_folder_of_own_courses_and_programmes_sees_the_installed_content(tmp_path, data_dir, capsys):
    """As its files do one by one: a course and a programme that name built-in modules."""
    from trainer.cli import main

    own = tmp_path / "eget"
    own.mkdir()
    (own / "kurs.md").write_text("---\ntype: course\nid: eget-kurs\ntitle: Eget kurs\nlang: nb\nsummary: Kort.\n"
                                 "minutes: 10\nmodules: [faresignaler]\n---\n", "utf-8")
    for path in (own / "kurs.md", own):
        assert main(["validate", str(path)]) == 0, capsys.readouterr().out
        captured = capsys.readouterr()
        assert "finnes ikke" not in captured.out and "0 feil" in captured.err
    (own / "kurs.md").write_text((own / "kurs.md").read_text("utf-8").replace("[faresignaler]", "[fare-signaler]"), "utf-8")
    assert main(["validate", str(own)]) == 1  # a module that is nowhere is still said
    assert "fare-signaler" in capsys.readouterr().out


def test_a_duplicate_id_names_the_other_file(tmp_path, data_dir, capsys):
    from trainer.cli import main

    for name in ("a", "b"):
        folder = tmp_path / "ids" / name
        folder.mkdir(parents=True)
        (folder / "module.md").write_text("---\ntype: module\nid: samme\ntitle: T\nlang: nb\nsummary: S.\n"
                                          "minutes: 5\naudience: [teacher]\n---\nTekst.\n", "utf-8")
    assert main(["validate", str(tmp_path / "ids")]) == 1
    out = capsys.readouterr().out
    assert f"(også i {tmp_path / 'ids' / 'a' / 'module.md'})" in out


def test_the_same_folder_given_twice_is_checked_once(demo_content, capsys):
    from trainer.cli import main

    assert main(["validate", str(demo_content), str(demo_content) + "/"]) == 0
    assert "2 moduler, 2 kurs" in capsys.readouterr().err


def test_a_key_written_twice_in_the_front_matter_is_an_error_at_its_line(tmp_path, data_dir, capsys):
    from trainer.cli import main

    path = tmp_path / "kurs.md"
    path.write_text("---\ntype: course\nid: k\ntitle: Første\nlang: nb\ntitle: Andre\n---\n", "utf-8")
    assert main(["validate", str(path)]) == 1
    assert f"{path}:6: nøkkelen 'title' står to ganger (også på linje 4)" in capsys.readouterr().out
