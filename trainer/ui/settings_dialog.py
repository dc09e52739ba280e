"""Settings: the app's language, the course's language, text size and theme."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from trainer.i18n import LANGUAGES, language_name
from trainer.ui.widgets import theme
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.preferences import Preferences


class SettingsDialog(QDialog):
    """`language` is the app's language in this run, which the dialog shows: it may be
    --lang or the system's rather than a saved one."""

    def __init__(self, preferences: Preferences, language: str, parent=None):
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.content_language = QComboBox()
        self.content_language.addItem(self.tr("The same as the app"), "")
        for code in LANGUAGES:  # each in its own name, whatever the app's language
            self.language.addItem(language_name(code, capitalised=True), code)
            self.content_language.addItem(language_name(code, capitalised=True), code)
        self.text_size = QComboBox()
        for percent in theme.SCALES:
            self.text_size.addItem(f"{percent} %", percent)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("High contrast (light text on black)"), "contrast")
        form = QFormLayout()
        for label, box in (
            (self.tr("&Language of the app:"), self.language),
            (self.tr("Language of the &course:"), self.content_language),
            (self.tr("&Text size:"), self.text_size),
            (self.tr("T&heme:"), self.theme),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            box.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, box)
        for box, value in ((self.language, language), (self.content_language, preferences.get("content_lang")),
                           (self.text_size, preferences.get("text_size")), (self.theme, preferences.get("theme"))):
            box.setCurrentIndex(max(0, box.findData(value)))
        note = WrappedLabel(self.tr("Keyboard: Ctrl++ and Ctrl+- change the text size; Ctrl+Shift+H switches high contrast."))
        note.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> dict:
        return {
            "lang": self.language.currentData(),
            "content_lang": self.content_language.currentData(),
            "text_size": self.text_size.currentData(),
            "theme": self.theme.currentData(),
        }
