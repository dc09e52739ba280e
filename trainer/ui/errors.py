"""Unexpected errors: written to a log file in the data folder and shown once, in plain
words, without losing the learner's work (every answer is already committed)."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QTimer

from trainer import __version__, i18n, paths
from trainer.errors import TrainerError, os_reason

log = logging.getLogger("faresignaler")
_shown = False
saving = True  # False once answers are no longer being saved: then nothing may say they are
# Set by the main window: takes a write that failed for lack of space or permission
# (returns True), so it is told as a lasting notice instead of an "unexpected error".
storage_failure_handler = None
# The window an unexpected error's message opens over, when the app says so: in presenter
# mode the presenter's view (the focus can be on the slides' window, on the projector).
message_parent = None
smoke_failed = False  # an unexpected error has ended a --smoke run: it is not healthy


class LogFile(logging.Handler):
    """The rotating log file in the data folder, opened when the first record arrives:
    most sessions log nothing, and importing logging.handlers costs 10-20 ms at start-up."""

    def __init__(self):
        super().__init__()
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None:
            import logging.handlers

            try:
                paths.data_dir().mkdir(parents=True, exist_ok=True)
                self.target = logging.handlers.RotatingFileHandler(
                    paths.log_path(), maxBytes=512_000, backupCount=3, encoding="utf-8")
            except OSError:
                self.target = logging.StreamHandler(sys.stderr)
            self.target.setFormatter(self.formatter)
        self.target.emit(record)

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def setup_logging() -> None:
    """The log file of the data folder in use. A second start in the same process (the
    tests, the app after a command) replaces the first one's handler, rather than write
    each line twice, once into a folder no longer in use."""
    for earlier in [handler for handler in log.handlers if isinstance(handler, LogFile)]:
        log.removeHandler(earlier)
        earlier.close()
    handler = LogFile()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def excepthook(kind, value, tb) -> None:
    """An unexpected error: logged in full, and said once in a message."""
    global _shown
    if _storage_notice_takes(value):
        return
    _log(kind, value, tb)
    if _shown:
        return
    _shown = True
    from PySide6.QtWidgets import QApplication, QMessageBox

    if saving:
        text = QCoreApplication.translate(
            "errors", "Faresignaler ran into an unexpected error. Your answers so far are saved.\n\n"
            "The details are written to %1. Restart the app if something looks wrong.")
    else:
        text = QCoreApplication.translate(
            "errors", "Faresignaler ran into an unexpected error. Your answers are not being saved in this "
            "session (see the notice in the window).\n\nThe details are written to %1.")
    # Over the window in use, not wherever the mouse pointer is; in presenter mode over
    # the presenter's view, never the projector.
    parent = message_parent() if message_parent is not None else QApplication.activeWindow()
    QMessageBox.critical(parent, QCoreApplication.translate("errors", "Something went wrong"),
                         text.replace("%1", str(paths.log_path())))


def smoke_excepthook(kind, value, tb) -> None:
    """An unexpected error in a --smoke run, which a script waits on: the run ends with a
    failure (the command's end checks `smoke_failed`), logged in full and said on the error
    output as a failed start-up is, rather than wait for ever on a message no one is there
    to answer. The end is set before anything that could fail in turn."""
    global smoke_failed
    if _storage_notice_takes(value):
        return  # the lasting notice says it; the run goes on
    smoke_failed = True
    app = QCoreApplication.instance()
    if app is not None:
        QTimer.singleShot(0, lambda: app.exit(1))  # also when this comes before the event loop runs
    try:
        _log(kind, value, tb)
        print(f"Faresignaler {__version__}: " + i18n._("start-up failed: the app could not start ({error})").format(
            error=repr(value)), file=sys.stderr)
    except Exception:  # noqa: BLE001 - no room or no one to say it to: the exit code says it
        pass


def _storage_notice_takes(error: BaseException) -> bool:
    """A write that failed for lack of space or permission is told as the storage notice
    (trainer.ui.storage_notice), not as an unexpected error. A notice that fails in turn
    leaves the error unexpected."""
    if storage_failure_handler is None:
        return False
    try:
        return bool(storage_failure_handler(error))
    except Exception:  # noqa: BLE001 - logged with the error it was telling
        log.exception("the storage notice failed")
        return False


def _log(kind, value, tb) -> None:
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))


def message_for(error: BaseException) -> str:
    """The one place where the windows turn a core error into words. A TrainerError is
    already in the user's language (trainer.i18n), with the library's own words, if any,
    on a line of their own; a file error gets its plain reason ("is a folder")."""
    if isinstance(error, TrainerError):
        return "\n".join(error.lines())
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return where + os_reason(error)
    return str(error)


def install(smoke: bool = False) -> None:
    """Unexpected errors go to the log and a message (excepthook), or with `smoke`, to the
    log and the error output, ending the run (smoke_excepthook)."""
    global smoke_failed
    smoke_failed = False
    setup_logging()
    sys.excepthook = smoke_excepthook if smoke else excepthook
