"""A large course loads in the background: the window is shown at once, stays
responsive while the files are read, and resumes where the learner was when done."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

ROOT = Path(__file__).resolve().parents[2]


def test_window_answers_events_while_a_large_course_loads(qtbot, data_dir, tmp_path):
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from trainer.ui.app import build_window, make_application

    content = generate(tmp_path / "big", 400)
    app = make_application()
    window = build_window(argparse.Namespace(lang="nb", content=[str(content)], smoke=False), app, background=True)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.loading_screen and not window.loaded
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: window.loaded, timeout=60_000)
    timer.stop()
    window.loader.wait()
    assert len(window.context.library.modules) == 400
    assert len(ticks) >= 5, "the event loop must keep running while the course loads"
    assert window.stack.currentWidget() is window.profile_picker
    window.context.db.conn.close()


def test_a_failure_while_loading_ends_start_up_with_a_message_not_a_hang(tmp_path):
    """A bug in the start-up work must not leave the window loading for ever."""
    script = (
        "import sys\n"
        "import trainer.ui.app as app\n"
        "def broken(*args):\n"
        "    raise RuntimeError('the loader broke')\n"
        "app._open_everything = broken\n"
        "from trainer.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "start-up failed" in result.stderr and "the loader broke" in result.stderr
    assert "smoke ok" not in result.stdout
    assert "the loader broke" in (tmp_path / "data" / "faresignaler.log").read_text("utf-8")
