import argparse

import pytest


@pytest.fixture
def make_window(qtbot, data_dir, demo_content):
    """Build the real main window on the demo content and a temporary data folder."""
    from trainer.ui.app import build_window, make_application

    windows = []

    def build(lang="nb"):
        app = make_application()
        args = argparse.Namespace(lang=lang, content=[str(demo_content)], smoke=False)
        window = build_window(args, app)
        window.confirm_content_warning = lambda *a: True
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.context.db.conn.close()
