"""The menu actions around a learner's records: my progress, certificate, export, sending
to an LRS, erasing, and the privacy page. Kept apart from the main window so it stays small.
Questions to the user go through small ask_* methods that tests replace."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from trainer.ui.errors import message_for
from trainer.ui.context import AppContext
from trainer.ui.preferences import Preferences
from trainer.ui.widgets import ask
from trainer.ui.widgets.shortcuts import set_keys

# The dialogs and the writers behind these actions are imported when an action is used,
# not at every start of the app (together 5-30 ms; the uuid import of xapi pulls in
# `platform`).

EXPORT_FORMATS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)", "xapi": "xAPI JSON (*.xapi.json)"}
ENDINGS = {"csv": ".csv", "json": ".json", "xapi": ".xapi.json"}

# Characters no file name may have on Windows (and "/" nowhere), and control characters.
FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def safe_file_name(text: str) -> str:
    """A suggested file name from a course title or a profile name that every system
    takes: "Kari/Ola: 8B?" is "Kari-Ola- 8B-"; no trailing dot or space (Windows drops them)."""
    return FORBIDDEN.sub("-", text).rstrip(". ") or "-"


def typed_ending(path: str) -> str:
    """The kind of export the typed name's ending says ("" if it says none): what the
    user typed wins over the dialog's filter (mine.json under the CSV filter is JSON)."""
    lower = path.lower()
    for kind in ("xapi", "json", "csv"):  # .xapi.json before .json
        if lower.endswith(ENDINGS[kind]):
            return kind
    return ""


def has_ending(path: str) -> bool:
    """Whether the name ends in something like a file type (.txt, .json), not in part of
    a name such as "Kari 27.11" or nothing."""
    return re.fullmatch(r"\.[A-Za-z][A-Za-z0-9]{0,4}", Path(path).suffix) is not None


class RecordsActions(QObject):
    def __init__(self, window: QWidget, context: AppContext, preferences: Preferences):
        super().__init__(window)
        self.window = window
        self.context = context
        self.preferences = preferences
        self.progress_action = self._action(self.tr("My p&rogress"), "Ctrl+M", self.show_progress)
        self.export_action = self._action(self.tr("&Export my results…"), "Ctrl+E", self.export_results)
        self.sync_action = self._action(self.tr("Send results to a &learning record store…"), None, self.send_results)
        self.delete_action = self._action(self.tr("&Delete this profile…"), None, self.delete_profile)
        self.erase_action = self._action(self.tr("Erase &all data…"), None, self.erase_everything)
        self.privacy_action = self._action(self.tr("What is &stored and where"), None, self.show_privacy)
        self.learner_actions = (self.progress_action, self.export_action, self.sync_action, self.delete_action)

    def _action(self, text: str, shortcut: str | None, slot) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            set_keys(action, shortcut)
        action.triggered.connect(slot)
        return action

    def update_enabled(self) -> None:
        for action in self.learner_actions:
            action.setEnabled(self.context.profile is not None)

    # ------------------------------------------------------------ questions (replaced in tests)

    def ask_confirm(self, title: str, text: str) -> bool:
        return ask.confirm(self.window, title, text)

    def ask_save_path(self, title: str, suggested: str, filters: str) -> tuple[str, str]:
        return ask.save_path(self.window, title, suggested, filters)

    def tell(self, title: str, text: str) -> None:
        ask.tell(self.window, title, text)

    # ------------------------------------------------------------ actions

    def show_progress(self) -> None:
        if self.context.profile is not None:
            self.window.show_progress()

    def save_certificate(self, course_id: str) -> Path | None:
        profile = self.context.profile
        course = next((c for c in self.context.library.courses_in(self.context.lang) if c.id == course_id), None)
        if profile is None or course is None:
            return None
        from trainer.store import records

        try:
            content = records.certificate(self.context.db, profile.id, course, self.context.library,
                                          date.today().isoformat())
        except records.NotPassedError:
            self.tell(self.tr("Certificate"), self.tr("The course is not passed yet."))
            return None
        suggested = safe_file_name(f"{course.title} - {profile.name}") + ".pdf"
        path, _filter = self.ask_save_path(self.tr("Save certificate"), suggested, "PDF (*.pdf)")
        if not path:
            return None
        if not path.lower().endswith(".pdf"):  # "bevis" is bevis.pdf, which a PDF reader opens
            path = self._with_ending(path, ".pdf")
            if not path:
                return None
        from trainer.ui.records.certificate_pdf import write_certificate

        try:
            write_certificate(content, Path(path))
        except OSError as error:
            self.tell(self.tr("Certificate"), self.tr("The certificate could not be saved: %1").replace("%1", message_for(error)))
            return None
        self.tell(self.tr("Certificate"), self.tr("The certificate is saved as %1.").replace("%1", path))
        return Path(path)

    def export_results(self) -> Path | None:
        profile = self.context.profile
        if profile is None:
            return None
        path, chosen = self.ask_save_path(self.tr("Export my results"), safe_file_name(profile.name) + ".csv",
                                          ";;".join(EXPORT_FORMATS.values()))
        if not path:
            return None
        kind = typed_ending(path)
        if not kind:
            kind = next((k for k, f in EXPORT_FORMATS.items() if f == chosen), "csv")
            if not has_ending(path):  # "mine" under the JSON filter is mine.json
                path = self._with_ending(path, ENDINGS[kind])
                if not path:
                    return None
        from trainer.store import export, xapi

        db, library, lang = self.context.db, self.context.library, self.context.lang
        text = {
            # For a spreadsheet (Excel): the user's language, local times, utf-8-sig below.
            "csv": lambda: export.to_spreadsheet(db, profile.id, library, lang),
            "json": lambda: export.to_json(db, profile.id, library, lang),
            "xapi": lambda: xapi.to_json(db, profile.id, library),
        }[kind]()
        try:
            Path(path).write_text(text, encoding="utf-8-sig" if kind == "csv" else "utf-8")
        except OSError as error:
            self.tell(self.tr("Export"), self.tr("The file could not be saved: %1").replace("%1", message_for(error)))
            return None
        self.tell(self.tr("Export"), self.tr("Your results are saved as %1.").replace("%1", path))
        return Path(path)

    def _with_ending(self, path: str, ending: str) -> str:
        """`path` with `ending` added, or "" if that names a file that is there and the
        user would not replace it (the save dialog asked only about the name typed)."""
        path += ending
        if Path(path).exists() and not self.ask_confirm(
            self.tr("Replace file"), self.tr("%1 already exists. Replace it?").replace("%1", path)
        ):
            return ""
        return path

    def send_results(self) -> None:
        from trainer.ui.records.records_dialogs import SyncDialog

        SyncDialog(self.context, self.preferences, self.window).exec()

    def delete_profile(self) -> bool:
        profile = self.context.profile
        if profile is None:
            return False
        if not self.ask_confirm(
            self.tr("Delete profile"),
            self.tr("Delete the profile %1 and everything recorded for it? This cannot be undone.").replace("%1", profile.name),
        ):
            return False
        from trainer.store import erase

        self.window.leave_profile()
        erase.delete_profile(self.context.db, profile.id)
        self.window.show_profiles()
        return True

    def erase_everything(self) -> bool:
        if not self.ask_confirm(
            self.tr("Erase all data"),
            self.tr("Erase every profile and all results on this computer? This cannot be undone."),
        ):
            return False
        from trainer.store import erase

        self.window.leave_profile()
        erase.erase_all(self.context.db)
        self.window.show_profiles()
        return True

    def show_privacy(self) -> None:
        from trainer.ui.records.records_dialogs import PrivacyDialog

        PrivacyDialog(self.window).exec()
