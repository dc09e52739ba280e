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
