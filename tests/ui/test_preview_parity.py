"""The live preview reports exactly what `trainer validate` reports for the same file or
folder, in the same context: one checking path (trainer.course.targets.check_target),
tried on every kind of file, inside a pack before and after it is installed, and outside
one."""

import shutil
from pathlib import Path

import pytest

from trainer import paths
from trainer.course import templates
from trainer.course.installed import content_roots

BAD_SCENARIO_LINE = "(#senere)"


def validate_lines(path: Path, capsys) -> set[str]:
    """`trainer validate PATH` as the author runs it (in this process, to keep the test quick;
    tests/test_validate_cli.py runs it as a program)."""
    from trainer.cli import main

    capsys.readouterr()
    main(["--lang", "nb", "validate", str(path)])
    return {line for line in capsys.readouterr().out.splitlines() if not line.startswith("    ")}


def preview_lines(qtbot, path: Path) -> set[str]:
    from trainer.ui.authoring.preview_window import PreviewWindow

    window = PreviewWindow(path, content_roots(None), paths.assets_dir(), "nb")
    qtbot.addWidget(window)
    path = path.resolve()
    if path.is_dir():
        problems = [p for p in window.scoped.problems if p.path.is_relative_to(path)]
    else:
        problems = window.problems_for(path)
    return {str(p).splitlines()[0] for p in problems}


def break_every_kind_of_file(folder: Path) -> None:
    scenario = next(folder.rglob("*scenario*.md"))
    scenario.write_text(scenario.read_text("utf-8").replace(BAD_SCENARIO_LINE, "(#seinere)", 1), "utf-8")
    page = next(p for p in folder.rglob("*.md") if "type: page" in p.read_text("utf-8"))
    page.write_text(page.read_text("utf-8").replace("title:", "title: [En, To]\nx_title:", 1), "utf-8")
    course = next(p for p in folder.rglob("*.md") if "type: course" in p.read_text("utf-8"))
    course.write_text(course.read_text("utf-8").replace("modules:", "modules: [finnes-ikke]\nx_modules:", 1), "utf-8")
    (folder / "løs-side.md").write_text("---\ntype: page\nid: los\ntitle: Løs\n---\n\nTekst.\n", "utf-8")
    (folder / "ødelagt.md").write_text("---\ntype: page\nid p\ntitle: X\n---\n\nTekst.\n", "utf-8")


@pytest.fixture
def pack(tmp_path, data_dir) -> Path:
    folder = tmp_path / "vestfold"
    templates.create("pack", folder, "nb")
    return folder


def every_kind_of_path(folder: Path) -> list[Path]:
    files = sorted(folder.rglob("*.md"))
    folders = sorted({f.parent for f in files})
    return folders + files


def test_the_preview_and_validate_agree_on_every_file_of_a_pack(qtbot, pack, data_dir, capsys):
    """Problems of every kind of file: a scenario, a page, a course, a file outside any
    module, a file YAML cannot read."""
    break_every_kind_of_file(pack)
    seen_problems = 0
    for path in every_kind_of_path(pack):
        expected = validate_lines(path, capsys)
        assert preview_lines(qtbot, path) == expected, path
        seen_problems += len(expected)
    assert seen_problems > 5  # the problems were found, not agreed on by finding nothing


def test_they_agree_after_the_pack_is_installed_and_outside_any_pack(qtbot, pack, data_dir, tmp_path, capsys):
    from trainer.course import packs

    packs.install(pack, paths.user_content_dir(), content_roots(None))
    installed = paths.user_content_dir() / "vestfold"
    break_every_kind_of_file(pack)  # the author's copy, beside the installed one
    for path in every_kind_of_path(installed) + every_kind_of_path(pack):
        assert preview_lines(qtbot, path) == validate_lines(path, capsys), path
    loose = tmp_path / "alone"
    shutil.copytree(next(p.parent for p in pack.rglob("module.md")), loose / "modul")
    (loose / "side.md").write_text("---\ntype: page\nid: s\ntitle: [A, B]\n---\n\nTekst.\n", "utf-8")
    for path in every_kind_of_path(loose):
        assert preview_lines(qtbot, path) == validate_lines(path, capsys), path
