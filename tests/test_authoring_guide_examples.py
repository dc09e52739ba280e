"""What the authoring guides show is what the tool does: the tutorial's messages and line
numbers, its summary line, and the examples that are meant to be clean pass the check."""

import re
from pathlib import Path

import pytest

from trainer.cli import main

ROOT = Path(__file__).resolve().parents[1]
GUIDES = {"nb": ROOT / "docs" / "authoring.md", "en": ROOT / "docs" / "authoring.en.md"}
TUTORIAL = {"nb": ("01-mitt-forste", "Linje", "feil"), "en": ("01-my-first", "Line", "error")}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_tutorial_shows_what_the_tool_says(tmp_path, data_dir, capsys, monkeypatch, lang):
    guide = GUIDES[lang].read_text("utf-8")
    folder, line_word, error_word = TUTORIAL[lang]
    monkeypatch.chdir(tmp_path)
    extra = ["--lang", "en"] if lang == "en" else []
    assert main(["new", "module", folder, *extra]) == 0
    assert main(["new", "scenario", f"{folder}/02-scenario.md", *extra]) == 0
    scenario = tmp_path / folder / "02-scenario.md"
    good = scenario.read_text("utf-8")
    scenario.write_text(good.replace("(#samtale)", "(#samtal)", 1), "utf-8")
    capsys.readouterr()
    assert main(["--lang", lang, "validate", folder]) == 1
    problem = capsys.readouterr().out.splitlines()[0]  # 01-mitt-forste/02-scenario.md:34: valget ...
    line, message = re.match(rf"{re.escape(folder)}/02-scenario.md:(\d+): (.*)", problem).groups()
    assert f"✖ {line_word} {line} ({error_word}): {message}" in guide
    scenario.write_text(good, "utf-8")
    assert main(["--lang", lang, "validate", folder]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"`{summary}`" in guide


def examples(lang: str) -> dict[str, str]:
    blocks = re.findall(r"```markdown\n(.*?)```", GUIDES[lang].read_text("utf-8"), re.S)
    found = {}
    for block in blocks:
        kind = re.search(r"^type: (\w+)", block, re.M)
        if kind and block.startswith("---"):
            found.setdefault(kind.group(1), block)
    return found


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_quiz_example_passes_the_check_without_a_warning(tmp_path, data_dir, capsys, lang):
    module = tmp_path / "m"
    module.mkdir()
    (module / "module.md").write_text(f"---\ntype: module\nid: m\ntitle: M\nlang: {lang}\nsummary: S.\nminutes: 5\n"
                                      "audience: [teacher]\n---\n", "utf-8")
    (module / "04-quiz.md").write_text(examples(lang)["quiz"], "utf-8")
    assert main(["validate", str(module / "04-quiz.md")]) == 0
    assert capsys.readouterr().out == ""  # not even a warning
