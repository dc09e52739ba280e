"""Ctrl-C stops every command with a line and exit code 130, and closes the windows the
way their close button does; output that cannot be written is said in words (or, with
standard output closed, ends quietly with 1), never as a traceback."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import trainer
from trainer import cli
from trainer.cli import main

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def start(*args, data: Path, **kwargs):
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "QT_QPA_PLATFORM": "offscreen", "TRAINER_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "-m", "trainer", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def test_ctrl_c_in_a_command_is_a_line_and_130(data_dir, capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_validate", interrupted)
    monkeypatch.setitem(cli.COMMANDS, "validate", "trainer.cli:run_validate")
    assert main(["validate"]) == 130
    err = capsys.readouterr().err
    assert "avbrutt (Ctrl-C)" in err and "Traceback" not in err


def interrupt_when_running(process, marker_seconds: float = 4.0):
    time.sleep(marker_seconds)
    assert process.poll() is None, process.communicate()
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("still running 20 s after Ctrl-C")
    return process.returncode, out, err


def test_ctrl_c_closes_the_preview(tmp_path, demo_content):
    process = start("preview", str(demo_content / "nb" / "demo"), data=tmp_path / "data")
    code, _out, err = interrupt_when_running(process)
    assert code == 130 and "Traceback" not in err


def test_ctrl_c_closes_the_app(tmp_path, demo_content):
    process = start("--content", str(demo_content), data=tmp_path / "data")
    code, _out, err = interrupt_when_running(process, 6.0)
    assert code == 130 and "Traceback" not in err


def test_ctrl_c_closes_every_window_as_its_close_button_does(qapp):
    from PySide6.QtWidgets import QWidget

    from trainer.ui.application import exit_code, quit_on_interrupt

    closed = []

    class Window(QWidget):
        def closeEvent(self, event):  # where the main window saves the learner's time
            closed.append(True)
            super().closeEvent(event)

    window = Window()
    window.show()
    before = signal.getsignal(signal.SIGINT)
    try:
        quit_on_interrupt(qapp)
        signal.getsignal(signal.SIGINT)(signal.SIGINT, None)
    finally:
        signal.signal(signal.SIGINT, before)
        qapp.setProperty("interrupted", False)
    assert closed == [True] and not window.isVisible()


def test_ctrl_c_ends_the_presentation(tmp_path):
    process = start("present", "--windowed", data=tmp_path / "data")
    code, _out, err = interrupt_when_running(process, 6.0)
    assert code == 130 and "Traceback" not in err


def made_profile(data: Path) -> None:
    from trainer.store import db as store_db
    from trainer.store import progress

    data.mkdir(parents=True, exist_ok=True)
    database = store_db.connect(data / "progress.db")
    progress.create_profile(database, "Kari")
    database.conn.close()


@pytest.mark.parametrize("command", [["list"], ["export", "--profile", "Kari", "--format", "csv"]])
def test_output_to_a_full_disk_says_so(tmp_path, command):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    made_profile(tmp_path / "data")
    with open("/dev/full", "w") as full:
        env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "TRAINER_DATA_DIR": str(tmp_path / "data")}
        result = subprocess.run([sys.executable, "-m", "trainer", *command], env=env, stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "disken er full" in result.stderr


@pytest.mark.parametrize("command", [["list"], ["export", "--profile", "Kari", "--format", "json"]])
def test_closed_output_ends_quietly_with_1(tmp_path, command):
    made_profile(tmp_path / "data")
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "TRAINER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run(["sh", "-c", 'exec "$0" -m trainer "$@" >&-', sys.executable, *command], env=env,
                            stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 1 and result.stderr == ""


@pytest.mark.parametrize("action", [["add", "Ola"], ["rename", "Kari", "Kari N"], ["delete", "Kari"]])
def test_profile_changes_while_another_program_writes_say_busy(data_dir, capsys, action, monkeypatch):
    import sqlite3

    from trainer.store import connection

    made_profile(data_dir)
    holder = sqlite3.connect(data_dir / "progress.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a save
    opened = connection.open_connection

    def impatient(path):  # SQLite's own wait, shortened: the answer is the same after 10 s
        conn = opened(path)
        conn.execute("PRAGMA busy_timeout = 100")
        return conn

    monkeypatch.setattr(connection, "open_connection", impatient)
    try:
        assert main(["profile", *action]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert "opptatt" in err and "prøv igjen" in err and "Traceback" not in err


def test_data_output_to_a_file_is_utf8_whatever_the_system_encoding(tmp_path):
    """Windows redirects standard output in cp1252: a profile named "Łukasz Nguyễn" in
    `trainer list` or `trainer export > out.json` was a UnicodeEncodeError traceback."""
    name = "Łukasz Nguyễn"
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "cp1252"}
    data = tmp_path / "data"

    def run(*command):
        return subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data), *command], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)

    assert run("profile", "add", name).returncode == 0
    listed = run("list")
    assert listed.returncode == 0 and b"Traceback" not in listed.stderr, listed.stderr
    assert name in listed.stdout.decode("utf-8")
    for form in ("json", "csv", "xapi"):
        exported = run("export", "--profile", name, "--format", form)
        assert exported.returncode == 0 and b"Traceback" not in exported.stderr, exported.stderr
        exported.stdout.decode("utf-8")
    assert name in run("export", "--profile", name, "--format", "json").stdout.decode("utf-8")
