"""Words painted on the projector come in the programme's language, which may differ
from the language of the app's menus. They are marked for Qt Linguist like any other
string and translated here with a translator for that language. So is everything else
of a show (the presenter's view, its notes panel, its questions): an English evening
run from a Norwegian app is English throughout, beside its English slides; the app's
own translators are left as they are (its other windows keep their language)."""

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
# A tied hand count: no choice is the hall's; the story goes on the way it does without a vote.
HALL_SPLIT = QT_TRANSLATE_NOOP("SlideLabels", "The hall was split")
# The parents' handout is printed in the programme's language too.
SCHOOL_CONTACT = QT_TRANSLATE_NOOP("SlideLabels", "The school's contact:")
KEEP_EVIDENCE = QT_TRANSLATE_NOOP("SlideLabels", "Keep the evidence:")
EVIDENCE_ADVICE = QT_TRANSLATE_NOOP(
    "SlideLabels", "take screenshots of messages and usernames, and keep them. Do not forward them to anyone.")
SOURCE = QT_TRANSLATE_NOOP("SlideLabels", "Source: %1.")
PAGE_OF = QT_TRANSLATE_NOOP("SlideLabels", "Page %1 of %2")


@lru_cache(maxsize=8)
def _translator(lang: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(str(paths.translations_dir() / f"faresignaler_{lang}.qm")):
        return translator
    return None


def in_language(contexts: tuple[str, ...], text: str, lang: str, disambiguation: str | None = None,
                n: int = -1) -> str:
    """`text` (an English source string) of the first of `contexts` that has it, in `lang`."""
    translator = None if lang == "en" else _translator(lang)
    if translator is not None:
        for context in contexts:
            translated = translator.translate(context, text, disambiguation, n)
            if translated:
                return translated
    return text


@lru_cache(maxsize=64)  # asked for on every layout of a slide with choices
def slide_label(text: str, lang: str) -> str:
    """`text` (an English source string above) in `lang`."""
    return in_language((CONTEXT,), text, lang)


class InShowLanguage:
    """Put first among a presenter class's bases: its `self.tr(...)` answers in
    `show_lang` (the programme's language) instead of the app's. The context is the
    class's name, as Qt Linguist files it."""

    show_lang = "nb"

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        contexts = tuple(k.__name__ for k in type(self).__mro__)
        return in_language(contexts, text, self.show_lang, disambiguation, n)
