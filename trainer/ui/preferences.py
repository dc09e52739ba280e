"""The learner's preferences: one table of defaults behind QSettings. Asking for a key
that is not in the table is an error, so a typo cannot silently read a default."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from trainer.ui.widgets import theme

LANGUAGES = ("nb", "en")
DEFAULTS: dict[str, object] = {
    "lang": "nb",  # the app's language
    "content_lang": "",  # the course's language; empty: the same as the app's
    "text_size": 100,  # percent, 100 to 200
    "theme": "light",  # light or contrast
}


class Preferences:
    def __init__(self, settings: QSettings):
        self.settings = settings

    def get(self, key: str):
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        default = DEFAULTS[key]
        value = self.settings.value(key, default)
        if isinstance(default, int):
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = default
        return self._valid(key, value)

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        self.settings.setValue(key, self._valid(key, value))
        self.settings.sync()

    @staticmethod
    def _valid(key: str, value):
        if key == "lang" and value not in LANGUAGES:
            return DEFAULTS["lang"]
        if key == "content_lang" and value not in ("", *LANGUAGES):
            return ""
        if key == "text_size":
            return max(100, min(200, int(value)))
        if key == "theme" and value not in theme.THEMES:
            return DEFAULTS["theme"]
        return value
