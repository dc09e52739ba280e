"""A lasting notice in the main window while answers are not being saved (a read-only
progress file, a full disk, a temporary database), and the switch to an in-memory copy
at the first write that fails: the learner goes on, and nothing claims to be saved."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from trainer.store import errors as store_errors
from trainer.ui import errors
from trainer.ui.widgets.wrapped_label import WrappedLabel


class StorageNotice(WrappedLabel):
    """Hidden while all is well; once shown, it stays for the rest of the session."""

    def __init__(self, parent=None):
        super().__init__("", parent, plain=True, objectName="storageNotice")  # it may name a file
        self.setContentsMargins(24, 8, 24, 8)
        self.setAccessibleName(QCoreApplication.translate("StorageNotice", "Your answers are not being saved"))
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()


def failure_kind(error: BaseException) -> store_errors.StorageError | None:
    """The store's kind of trouble (a DiskFullError or an UnwritableError) when `error` is
    a write the disk or the file refused; None for anything else."""
    if isinstance(error, sqlite3.Error):
        error = store_errors.classify(error, "")
    if isinstance(error, (store_errors.DiskFullError, store_errors.UnwritableError)):
        return error
    return None


def failure_text(kind: store_errors.StorageError) -> str:
    if isinstance(kind, store_errors.DiskFullError):
        return QCoreApplication.translate(
            "StorageNotice",
            "Your answers are not being saved: the disk is full. What was saved before is safe. "
            "Free some space and restart the app to save again.")
    return QCoreApplication.translate(
        "StorageNotice",
        "Your answers are not being saved: the progress file can no longer be written to. What was saved "
        "before is safe. Ask your IT contact, or restart the app with another folder (--data-dir).")


def take_over(window, error: BaseException) -> bool:
    """At the first write that fails for lack of space or permission: go on with an
    in-memory copy of the progress and say so, lastingly. False when `error` is not that."""
    kind = failure_kind(error)
    try:
        if kind is None or window.context.db is None or not window.isVisible():
            return False
    except RuntimeError:  # the window is gone (its C++ object deleted)
        return False
    from trainer.store import db as store_db  # sqlite-utils: only once a write has failed

    errors.log.warning("a write to the progress database failed (%s): %s", type(kind).__name__, error)
    failing = window.context.db
    try:
        window.context.db = store_db.memory_copy(failing.conn)
    except sqlite3.Error:
        return False  # cannot even read it: the usual error message
    try:
        failing.conn.close()
    except sqlite3.Error:
        pass
    not_saving(window, failure_text(kind))
    return True


def not_saving(window, text: str) -> None:
    """Show `text` in the window's notice and stop every claim that answers are saved."""
    errors.saving = False
    window.storage_notice.say(text)
    suffix = " – " + QCoreApplication.translate("app", "progress is not being saved")
    if not window.windowTitle().endswith(suffix):
        window.setWindowTitle(window.windowTitle() + suffix)
