"""Words painted on the projector come in the programme's language, which may differ
from the language of the app's menus. They are marked for Qt Linguist like any other
string and translated here with a translator for that language."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from trainer import paths

CONTEXT = "SlideLabels"
CONTENT_WARNING = QT_TRANSLATE_NOOP("SlideLabels", "Content warning")
HALL_CHOICE = QT_TRANSLATE_NOOP("SlideLabels", "The hall's choice")
CORRECT_ANSWER = QT_TRANSLATE_NOOP("SlideLabels", "Correct answer")


@lru_cache(maxsize=64)  # asked for on every layout of a slide with choices
def slide_label(text: str, lang: str) -> str:
    """`text` (an English source string above) in `lang`."""
    if lang == "en":
        return text
    translator = QTranslator()
    if translator.load(str(paths.translations_dir() / f"faresignaler_{lang}.qm")):
        translated = translator.translate(CONTEXT, text)
        if translated:
            return translated
    return text
