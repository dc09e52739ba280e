"""Telling the learner, once and in plain words, what happened to the progress database
at start-up, and offering the newest backup when the file was damaged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from trainer.store import safety
from trainer.store.errors import CorruptDatabaseError


def notice_text(opened: safety.Opened) -> str:
    """The store's own words for what happened, in the app's language (trainer.i18n): one
    text for the command line and the window."""
    return opened.message()


def explain(opened: safety.Opened, path, ask=None) -> safety.Opened:
    """Show the notice; when a backup can replace a damaged file, offer it."""
    if opened.problem is None:
        return opened
    box = QMessageBox(QMessageBox.Icon.Warning, "Faresignaler", notice_text(opened))
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore_button = None
    if isinstance(opened.problem, CorruptDatabaseError) and opened.backup is not None and not opened.restored:
        restore_button = box.addButton(
            QCoreApplication.translate("StartupNotice", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("StartupNotice", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    if ask is not None:
        chosen_restore = ask(box, restore_button)
    else:
        box.exec()
        chosen_restore = restore_button is not None and box.clickedButton() is restore_button
    if chosen_restore:
        opened = safety.restore_into(opened, path)
        # Say which backup came back, or that none could: never a silent "done".
        told = QMessageBox(QMessageBox.Icon.Information if opened.restored else QMessageBox.Icon.Warning,
                           "Faresignaler", notice_text(opened))
        told.setTextFormat(Qt.TextFormat.PlainText)
        told.addButton(QMessageBox.StandardButton.Ok)
        if ask is not None:
            ask(told, None)
        else:
            told.exec()
    return opened
