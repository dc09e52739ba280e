"""Unexpected errors are logged to a file and shown once; start-up problems are told in
the UI's language and can bring back the newest backup."""

import logging

from PySide6.QtWidgets import QMessageBox

from trainer import paths
from trainer.store import db as store_db
from trainer.store import progress, safety
from trainer.ui import errors, startup_notice


def test_unexpected_error_is_logged_and_shown_once(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    monkeypatch.setattr(errors, "_shown", False)
    errors.log.handlers.clear()
    errors.setup_logging()
    for _ in range(3):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            errors.excepthook(type(error), error, error.__traceback__)
    for handler in errors.log.handlers:
        handler.flush()
    assert len(shown) == 1 and str(paths.log_path()) in shown[0]
    assert paths.log_path().read_text("utf-8").count("RuntimeError: boom") == 3
    errors.log.handlers.clear()
    logging.shutdown()


def test_notice_in_norwegian_and_restore_from_the_dialog(qtbot, tmp_path):
    from trainer.ui.app import install_translators, make_application

    app = make_application()
    install_translators(app, "nb")
    path = tmp_path / "progress.db"
    database = store_db.connect(path)
    progress.create_profile(database, "Kari")
    database.conn.close()
    safety.open_safely(path).db.conn.close()  # a backup
    path.write_bytes(b"broken" * 1000)
    opened = safety.open_safely(path)
    text = startup_notice.notice_text(opened)
    assert text.startswith("Fremdriftsfilen var skadet. Den er lagt til side som progress-kept-")
    offered = []

    def choose_restore(box, restore_button):
        offered.append([b.text() for b in box.buttons()])
        return restore_button is not None

    opened = startup_notice.explain(opened, path, ask=choose_restore)
    assert sorted(offered[0]) == ["Hent inn den nyeste sikkerhetskopien", "Start tomt"]
    assert opened.restored and [p.name for p in progress.list_profiles(opened.db)] == ["Kari"]


def test_a_second_start_in_one_process_logs_each_line_once_into_its_own_folder(tmp_path, monkeypatch):
    """The tests, and the app after a command, start twice in one process."""
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(paths, "_data_dir_override", paths._data_dir_override)
    try:
        for folder in ("first", "second"):
            paths.set_data_dir(tmp_path / folder)
            errors.setup_logging()
        errors.log.error("one line")
        for handler in errors.log.handlers:
            handler.flush()
        assert paths.log_path().read_text("utf-8").count("one line") == 1
        assert not (tmp_path / "first" / "faresignaler.log").exists()
    finally:
        for handler in errors.log.handlers:
            handler.close()


def test_a_storage_notice_that_fails_leaves_the_error_unexpected_and_told(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
    monkeypatch.setattr(errors, "_shown", False)

    def broken_notice(error):
        raise RuntimeError("the notice broke")

    monkeypatch.setattr(errors, "storage_failure_handler", broken_notice)
    logged = []
    monkeypatch.setattr(errors.log, "handlers", [])
    monkeypatch.setattr(errors.log, "error", lambda message, *args, **kw: logged.append(message % args))
    monkeypatch.setattr(errors.log, "exception", lambda message, *args, **kw: logged.append(message % args))
    try:
        raise OSError(28, "No space left on device")
    except OSError as error:
        errors.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert any("No space left on device" in line for line in logged) and "the storage notice failed" in logged
