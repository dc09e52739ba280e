"""Nothing an author names makes a command hang: a named pipe saved as .md is refused,
system folders are not walked, and a walk of a huge folder stops and says so."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer
from trainer.cli import main

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def run(*args, data: Path):
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "QT_QPA_PLATFORM": "offscreen", "TRAINER_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "trainer", *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def with_fifo(demo_content):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(demo_content / "nb" / "demo" / "05-ror.md")
    return demo_content


def test_validate_refuses_a_named_pipe_instead_of_waiting(with_fifo, tmp_path):
    result = run("validate", str(with_fifo), data=tmp_path / "data")  # the timeout fails a hang
    assert result.returncode == 1 and "05-ror.md: dette er ikke en vanlig fil" in result.stdout


def test_the_app_and_list_start_with_a_named_pipe_in_the_content(with_fifo, tmp_path):
    assert run("--content", str(with_fifo), "list", data=tmp_path / "data").returncode == 0
    assert run("--content", str(with_fifo), "--smoke", data=tmp_path / "data").returncode == 0


@pytest.mark.parametrize("command", [["validate", "/"], ["validate", "/proc"], ["preview", "/", "--smoke"],
                                     ["--content", "/", "list"], ["pack", "/"], ["import", "/"]])
def test_system_folders_are_refused_before_any_walk(tmp_path, command):
    result = run(*command, data=tmp_path / "data")
    assert result.returncode == 2 and ("hele disken" in result.stderr or "systemmappe" in result.stderr)


def test_a_walk_of_a_huge_folder_stops_and_says_so(tmp_path, monkeypatch, capsys):
    from trainer.course import loader

    monkeypatch.setattr(loader, "MAX_WALK_ENTRIES", 50)
    for number in range(60):
        (tmp_path / f"fil-{number}.txt").write_text("x")
    assert main(["validate", str(tmp_path)]) == 1
    assert "har mer enn 50 filer og mapper; er det riktig mappe?" in capsys.readouterr().out


def test_validate_of_an_empty_content_folder_is_no_false_done(tmp_path, data_dir, capsys):
    empty = tmp_path / "tom"
    empty.mkdir()
    assert main(["--content", str(empty), "validate"]) == 1
    assert "det er ingenting å sjekke i" in capsys.readouterr().err
