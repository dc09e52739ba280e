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
RECOMMENDED_CHOICE = QT_TRANSLATE_NOOP("SlideLabels", "Recommended choice")
# A reveal that no vote chose: the story goes on along this choice, but the hall did not pick it.
STORY_GOES_ON = QT_TRANSLATE_NOOP("SlideLabels", "The way the story goes on")
# The parents' handout is printed in the programme's language too.
SCHOOL_CONTACT = QT_TRANSLATE_NOOP("SlideLabels", "The school's contact:")
KEEP_EVIDENCE = QT_TRANSLATE_NOOP("SlideLabels", "Keep the evidence:")
EVIDENCE_ADVICE = QT_TRANSLATE_NOOP(
    "SlideLabels", "take screenshots of messages and usernames, and keep them. Do not forward them to anyone.")
SOURCE = QT_TRANSLATE_NOOP("SlideLabels", "Source: %1.")
PAGE_OF = QT_TRANSLATE_NOOP("SlideLabels", "Page %1 of %2")


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
