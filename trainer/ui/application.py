"""The Qt application and the settings file, shared by the app, presenter mode and the
preview (each of which may be the program's only window)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trainer import __version__, paths
from trainer.ui.widgets.appearance import apply_appearance


def open_settings() -> QSettings:
    """Settings live beside the database, so `--data-dir` keeps everything together."""
    try:
        paths.data_dir().mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # an unwritable folder is explained when the database is opened
    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)


def make_application(argv: list[str] | None = None, look: bool = True) -> QApplication:
    """The Qt application, in the default look; without `look` for a caller that sets the
    learner's own look straight after (the main window: a second palette and style sheet
    cost 4-6 ms of its start-up)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Faresignaler")
    app.setApplicationVersion(__version__)
    if look:
        apply_appearance(app)
    icon = paths.assets_dir() / "icon.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


INTERRUPTED = 130  # the exit code of a command stopped by Ctrl-C, as a shell reports it


def exit_code(app: QApplication, code: int) -> int:
    """The event loop's exit code, or INTERRUPTED after Ctrl-C (a window that closes may
    have quit the loop with 0 first)."""
    return INTERRUPTED if app.property("interrupted") else code


def quit_on_interrupt(app: QApplication) -> None:
    """Ctrl-C in the terminal closes every window the way its close button does (so the
    main window saves the learner's time and settings), then quits. Without it, Qt's event
    loop never lets Python see the signal: the window stayed open, and a slot that happened
    to run printed a KeyboardInterrupt traceback and went on."""
    import signal

    from PySide6.QtCore import QTimer

    def interrupted(_signum, _frame) -> None:
        app.setProperty("interrupted", True)
        app.closeAllWindows()
        app.exit(INTERRUPTED)

    signal.signal(signal.SIGINT, interrupted)
    # Python runs a signal handler only between its own bytecodes: a timer that calls into
    # Python five times a second lets it run while Qt waits for events.
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(200)
