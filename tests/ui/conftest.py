import argparse

import pytest


@pytest.fixture(autouse=True)
def event_loop_that_runs(qapp):
    """Closing the last window outside exec() (as tests do) sets Qt's 'quit now' flag, and
    then every wait returns at once without running a timer or reading the file watcher:
    keep the flag clear while each UI test runs. One short exec() clears it if a test
    before left it set."""
    from PySide6.QtCore import QTimer

    quit_on_close = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    yield
    qapp.setQuitOnLastWindowClosed(quit_on_close)



@pytest.fixture(autouse=True)
def no_question_waits_for_ever(request, monkeypatch):
    """A real question box in a test would wait for an answer for ever: fail at once and
    say what was asked. (A test that answers one replaces the screen's own ask method,
    or is marked `real_questions` and answers the box itself.)"""
    if request.node.get_closest_marker("real_questions"):
        return

    def asked(_parent, title, text, *args, **kwargs):
        raise AssertionError(f"the app asked the user: {title}: {text}")

    monkeypatch.setattr("trainer.ui.widgets.ask.confirm", asked)


@pytest.fixture
def make_window(qtbot, data_dir, demo_content):
    """Build the real main window on the demo content and a temporary data folder."""
    from trainer.ui.app import build_window, make_application

    windows = []

    def build(lang="nb"):
        app = make_application()
        args = argparse.Namespace(lang=lang, content=[str(demo_content)], smoke=False)
        window = build_window(args, app)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.context.db.conn.close()
