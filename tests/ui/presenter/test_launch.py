"""`trainer present` from the command line: by name, unknown names, and the chooser."""

import os
import subprocess
import sys
from pathlib import Path

import trainer

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def _run(*args, env=None):
    pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_trainer_present_starts_and_names_unknown_programmes(tmp_path):
    result = _run("--data-dir", str(tmp_path / "data"), "--smoke", "present", "foreldremote-kort")
    assert result.returncode == 0, result.stderr
    assert "present ok (foreldremote-kort," in result.stdout
    missing = _run("--data-dir", str(tmp_path / "data"), "present", "finnes-ikke")
    assert missing.returncode == 2
    assert "finner ikke programmet 'finnes-ikke' (programmer: foreldremote, foreldremote-kort)" in missing.stderr
    assert not (tmp_path / "data" / "progress.db").exists()  # presenting stores nothing by itself


def test_trainer_present_without_a_programme_offers_the_installed_ones(qapp, data_dir, monkeypatch, capsys):
    from trainer.cli import main
    from trainer.ui.presenter import dialogs

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the command installs its own
    offered = []

    def choose(programmes, lang, parent=None, title="", smoke=False):
        assert smoke  # a health check never waits for a person
        offered.extend((p.id, p.lang) for p in programmes)
        return next(p for p in programmes if p.id == "foreldremote" and p.lang == "en")

    monkeypatch.setattr(dialogs, "choose_programme", choose)
    assert main(["--smoke", "present", "--windowed"]) == 0
    assert sorted(offered) == [("foreldremote", "en"), ("foreldremote", "nb"),
                               ("foreldremote-kort", "en"), ("foreldremote-kort", "nb")]
    assert "present ok (foreldremote," in capsys.readouterr().out


def test_smoke_present_without_a_programme_opens_the_chooser_and_closes_without_waiting(tmp_path):
    result = _run("--data-dir", str(tmp_path / "data"), "--lang", "nb", "--smoke", "present", "--windowed")
    assert result.returncode == 0, result.stderr
    assert "present ok (foreldremote" in result.stdout



def test_an_unexpected_error_ends_a_smoke_presentation_with_a_failure(tmp_path):
    """In the chooser, or while the windows close: exit 1 and a line on the error output,
    never "present ok" or a message waiting for an answer."""
    for broken in ("import trainer.ui.presenter.dialogs as place\nplace.ProgrammeChooser.accept = fail\n",
                   "import trainer.ui.presenter.windows as place\nplace.AudienceWindow.closeEvent = fail\n"):
        script = ("import sys\n"
                  "def fail(*args):\n"
                  "    raise RuntimeError('a bug in presenter mode')\n"
                  + broken +
                  "from trainer.cli import main\n"
                  f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}, '--lang', 'nb', '--smoke', 'present', "
                  "'--windowed']))\n")
        pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 1, (broken, result.stdout, result.stderr)
        assert "a bug in presenter mode" in result.stderr and "present ok" not in result.stdout

PACK_PROGRAMME = """---
type: programme
id: vestfold-kveld
title: Vestfold-kveld
lang: nb
minutes: 5
---

Velkommen.

## Modulen

- Modul: vestfold-modul
- Minutter: 5

> [!NOTE]
> Vis modulen.
"""


def _smoke_slides(result) -> int:
    return int(result.stdout.split("present ok (", 1)[1].split(", ", 1)[1].split(" ", 1)[0])


def test_a_programme_in_a_pack_folder_not_yet_imported_shows_that_packs_modules(tmp_path):
    # Seen: 'present vestfold/prog2.md' showed the title slide alone, and said nothing.
    data = str(tmp_path / "data")
    assert _run("--data-dir", data, "--lang", "nb", "new", "pack", str(tmp_path / "vestfold")).returncode == 0
    module = (tmp_path / "vestfold" / "01-modul" / "module.md").read_text("utf-8")
    assert "\nid: vestfold-modul\n" in module
    programme = tmp_path / "vestfold" / "prog2.md"
    programme.write_text(PACK_PROGRAMME, "utf-8")
    result = _run("--data-dir", data, "--smoke", "present", str(programme))
    assert result.returncode == 0, result.stderr
    assert "present ok (vestfold-kveld, " in result.stdout and _smoke_slides(result) > 5
    assert not (tmp_path / "data" / "content" / "vestfold").exists()  # nothing was imported


def test_a_programme_with_errors_is_not_shown_and_its_errors_are_listed(tmp_path):
    programme = tmp_path / "kveld.md"
    broken = PACK_PROGRAMME.replace("- Modul: vestfold-modul", "- Modul: finnes-ikke")
    broken += "\n## Annen\n\n- Modul: faresignaler\n- Deler: ikke-her\n- Minutter: x\n"
    programme.write_text(broken, "utf-8")
    for smoke in (["--smoke"], []):
        result = _run("--data-dir", str(tmp_path / "data"), "--lang", "nb", *smoke, "present", str(programme))
        assert result.returncode == 1 and "present ok" not in result.stdout
        lines = result.stderr.strip().splitlines()
        assert lines[0] == "trainer present: programmet 'vestfold-kveld' har 4 feil og kan ikke vises:"
        assert lines[1] == f"  {programme}:13: delen 'Modulen' viser til modulen 'finnes-ikke', som ikke finnes på nb"
        assert len(lines) == 5 and all(f"{programme}:" in line for line in lines[1:])
    # The module that is missing is named in English too.
    result = _run("--data-dir", str(tmp_path / "data"), "--lang", "en", "--smoke", "present", str(programme))
    assert "the module 'finnes-ikke', which does not exist in nb" in result.stderr
    assert result.stderr.startswith("trainer present: the programme 'vestfold-kveld' has 4 errors and cannot be shown:")


def test_many_errors_are_listed_briefly(tmp_path):
    programme = tmp_path / "kveld.md"
    sections = "".join(f"\n## Del {n}\n\n- Modul: mangler-{n}\n- Minutter: 1\n\n> [!NOTE]\n> Notat.\n" for n in range(14))
    programme.write_text(PACK_PROGRAMME.split("## Modulen")[0].replace("minutes: 5", "minutes: 14") + sections, "utf-8")
    result = _run("--data-dir", str(tmp_path / "data"), "--lang", "en", "--smoke", "present", str(programme))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and lines[0].endswith("has 14 errors and cannot be shown:")
    assert len(lines) == 12 and lines[-1] == f"  ... and 4 more: 'trainer validate {programme}' lists every one"


def test_no_handout_is_made_from_a_programme_with_errors(tmp_path):
    """As for the show: a sheet for parents made from content that is not right could leave
    a part out without a word."""
    programme = tmp_path / "kveld.md"
    programme.write_text(PACK_PROGRAMME.replace("- Modul: vestfold-modul", "- Modul: finnes-ikke"), "utf-8")
    output = tmp_path / "ark.pdf"
    result = _run("--data-dir", str(tmp_path / "data"), "--lang", "nb", "handout", str(programme), "-o", str(output))
    assert result.returncode == 1 and not output.exists()
    lines = result.stderr.strip().splitlines()
    assert lines[0] == ("trainer handout: programmet 'vestfold-kveld' har 1 feil, så det lages ikke noe "
                        "utdelingsark fra det:")
    assert "'finnes-ikke', som ikke finnes på nb" in lines[1]
