"""Telling the learner, once and in plain words, what happened to the progress database
at start-up, and offering the newest backup when the file was damaged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from trainer.store import safety


def notice_text(opened: safety.Opened) -> str:
    texts = {
        "corrupt": QCoreApplication.translate(
            "StartupNotice",
            "The progress file was damaged. It has been kept aside as %1 and is not deleted. "
            "You are starting with an empty progress file."),
        "newer": QCoreApplication.translate(
            "StartupNotice",
            "The progress file was made by a newer version of Faresignaler. It has not been changed: "
            "update the app to use it. For now, progress is kept only until you close the app."),
        "unwritable": QCoreApplication.translate(
            "StartupNotice",
            "The data folder cannot be written to, so progress is kept only until you close the app. "
            "Ask your IT contact, or start the app with another folder (--data-dir)."),
        "readonly": QCoreApplication.translate(
            "StartupNotice",
            "The progress file can only be read, not written to. What was saved before is shown, but new answers "
            "are not saved. Give the file write access, or start the app with another folder (--data-dir)."),
        "full": QCoreApplication.translate(
            "StartupNotice",
            "The disk seems to be full, so progress cannot be saved. Free some space and restart the app. "
            "For now, progress is kept only until you close the app."),
        "busy": QCoreApplication.translate(
            "StartupNotice",
            "The progress file is in use by another program. Close it and restart. "
            "For now, progress is kept only until you close the app."),
    }
    text = texts.get(opened.problem, "").replace("%1", opened.kept_aside.name if opened.kept_aside else "")
    if opened.problem == "full" and opened.persistent:
        text = QCoreApplication.translate(
            "StartupNotice",
            "The disk seems to be full: no backup could be made, and new answers cannot be saved until "
            "some space is freed. What was saved before is safe.")
    if opened.restored:
        text += " " + QCoreApplication.translate(
            "StartupNotice", "The newest whole backup (%1) has been restored.").replace("%1", opened.backup.name)
        if opened.skipped:
            text += " " + QCoreApplication.translate(
                "StartupNotice", "Newer backups that were not whole were skipped: %1.").replace(
                "%1", ", ".join(p.name for p in opened.skipped))
    elif opened.restore_failed:
        text += " " + QCoreApplication.translate(
            "StartupNotice", "No backup could be restored: %1. The progress file is as it was.").replace(
            "%1", opened.restore_failed)
    return text


def explain(opened: safety.Opened, path, ask=None) -> safety.Opened:
    """Show the notice; when a backup can replace a damaged file, offer it."""
    if opened.problem is None:
        return opened
    box = QMessageBox(QMessageBox.Icon.Warning, "Faresignaler", notice_text(opened))
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore_button = None
    if opened.problem == "corrupt" and opened.backup is not None and not opened.restored:
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
