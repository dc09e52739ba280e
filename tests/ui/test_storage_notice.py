"""When answers cannot be saved (a full disk, a file that can no longer be written, a
temporary database), the window says so lastingly and nothing claims they are saved."""

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from test_learner_flow import create_profile
from trainer.store import progress
from trainer.ui import errors
from trainer.store.errors import ReadOnlyError


@pytest.fixture
def app_errors(monkeypatch):
    """The app's own excepthook (pytest-qt's is set aside for these tests), and the
    "unexpected error" box recorded instead of shown."""
    shown = []
    monkeypatch.setattr(sys, "excepthook", errors.excepthook)
    monkeypatch.setattr(errors, "_shown", False)
    monkeypatch.setattr(errors, "saving", True)
    monkeypatch.setattr(errors, "storage_failure_handler", None)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    return shown


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("failure", ["full", "readonly"])
def test_the_first_write_that_fails_is_told_lastingly_and_the_learner_goes_on(qtbot, make_window, app_errors,
                                                                               failure, monkeypatch):
    window = make_window()
    create_profile(qtbot, window)
    db = window.context.db
    if failure == "full":  # what SQLite says when the disk fills up under it
        import sqlite3

        def disk_full(*args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        save_position = progress.save_position
        monkeypatch.setattr(progress, "save_position", disk_full)
    else:
        db.execute("pragma query_only = on")  # "attempt to write a readonly database"
    assert not window.storage_notice.isVisible()
    QTimer.singleShot(0, lambda: window.open_module("demo"))  # writes where the learner is
    qtbot.waitUntil(lambda: window.storage_notice.isVisible(), timeout=5000)
    assert "not being saved" in window.storage_notice.text() or "lagres ikke" in window.storage_notice.text()
    assert app_errors == []  # no "your answers so far are saved"
    assert window.context.db is not db  # an in-memory copy: the learner's profile is still there
    assert window.context.db.execute("select name from profiles").fetchall() == [("Kari Nordmann",)]
    if failure == "full":
        monkeypatch.setattr(progress, "save_position", save_position)
    window.open_module("demo")  # and the app goes on
    assert window.stack.currentWidget() is window.module_view
    window.show_overview()
    assert "is saved" not in window.overview.hint.text() and "lagres underveis" not in window.overview.hint.text()
    window.rebuild()  # a change of language or text size keeps the notice
    assert not window.storage_notice.isHidden() and window.storage_notice.text()
    # Any other error now says plainly that answers are not being saved.
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: bool(app_errors), timeout=5000)
    assert "saved" not in app_errors[0].replace("not being saved", "") and "lagret" not in app_errors[0]


def test_a_read_only_progress_file_at_start_up_is_a_lasting_notice(qtbot, make_window, data_dir, monkeypatch):
    from trainer.store import safety

    real = safety.open_safely

    def read_only(path, **options):
        opened = real(path, **options)
        from trainer.store import db as store_db

        return safety.Opened(store_db.memory_copy(opened.db.conn), ReadOnlyError(f"{path}: Operation not permitted"),
                             persistent=False)

    monkeypatch.setattr(safety, "open_safely", read_only)
    monkeypatch.setattr("trainer.ui.startup_notice.explain", lambda opened, path, ask=None: opened)
    window = make_window()
    assert window.storage_notice.isVisible()
    text = window.storage_notice.text()
    assert "can only be read" in text or "kan bare leses" in text


def test_restore_from_the_start_up_dialog_takes_the_newest_whole_backup_and_says_which(qtbot, tmp_path):
    from trainer.store import db as store_db
    from trainer.store import safety
    from trainer.ui import startup_notice

    path = tmp_path / "progress.db"
    database = store_db.connect(path)
    attempt = progress.start_attempt(database, progress.create_profile(database, "Kari").id, "demo", "quiz-demo", "v")
    for i in range(200):
        progress.record_answer(database, attempt, f"q{i}", i, True, "v")
    database.conn.close()
    opened = safety.open_safely(path)
    good = opened.backup
    opened.db.conn.close()
    partial = good.with_name("progress-29991231-235959-999999.db")  # a start-up killed while it wrote this
    partial.write_bytes(good.read_bytes()[:4096])
    path.write_bytes(b"broken" * 1000)
    opened = safety.open_safely(path)
    told = []

    def choose_restore(box, restore_button):
        told.append(box.text())
        return restore_button is not None

    opened = startup_notice.explain(opened, path, ask=choose_restore)
    assert opened.restored and opened.db.execute("select count(*) from quiz_answers").fetchone()[0] == 200
    assert len(told) == 2 and good.name in told[1] and partial.name in told[1]
