"""Every setting the app keeps: one table of defaults behind QSettings (settings.ini in the
data folder). Asking for a key that is not in the table is an error, so a typo cannot
silently read a default; nothing else reads QSettings by a bare string."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from trainer.ui.widgets import theme

LANGUAGES = ("nb", "en")
SCREENS = ("overview", "module")
PARTS_LIST = ("auto", "shown", "hidden")
DEFAULTS: dict[str, object] = {
    # Chosen in View > Settings.
    "lang": "nb",  # the app's language
    "content_lang": "",  # the course's language; empty: the same as the app's
    "text_size": 100,  # percent, 100 to 200
    "theme": "light",  # light or contrast
    # View > Module parts: the list of a module's parts beside the page. "auto" hides it
    # while it would leave the page too narrow (large text on a laptop); the menu's choice
    # is remembered as "shown" or "hidden".
    "parts_list": "auto",
    # Where the learner was, so the next start goes straight back there.
    "last_profile_id": 0,  # 0: no one (the profile picker)
    "last_screen": "overview",  # overview or module
    "last_module": "",  # a module id
    # Presenter mode: where the presenter put the slides and the presenter's view with X,
    # for one set of screens (trainer.ui.presenter.screen_choice.remember), so a wrong
    # guess is put right once; empty: the guess.
    "presenter/projector": "",
    # The learning record store last sent to (never the password).
    "lrs/url": "",
    "lrs/user": "",
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
        elif not isinstance(value, str):
            value = default
        return self._valid(key, value)

    def set(self, key: str, value) -> None:
        """Kept in memory and written to the file by `save()` (and by Qt now and then). A
        value that is already set changes nothing, so a returning learner's start-up does
        not rewrite the file (about 10 ms)."""
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        value = self._valid(key, value)
        if self.settings.contains(key) and self.get(key) == value:
            return
        self.settings.setValue(key, value)

    def save(self) -> None:
        self.settings.sync()

    def is_saved(self, key: str) -> bool:
        """Whether the user chose this one (else the default or the system's applies)."""
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        return self.settings.contains(key)

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
        if key == "parts_list" and value not in PARTS_LIST:
            return DEFAULTS["parts_list"]
        if key == "last_screen" and value not in SCREENS:
            return DEFAULTS["last_screen"]
        if key == "last_profile_id":
            return max(0, int(value))
        return value
