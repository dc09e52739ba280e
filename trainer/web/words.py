"""The web player's words, taken when the site is written from the desktop app's own Qt
catalogues (trainer/i18n/faresignaler_*.ts), so the page and the app say the same and
translators keep working in one place.

Each key the player uses (`t("key")` or, with a number, `tn("key", n)` in site/player.js)
names a message of the app by its context and English source text. What only the web page
needs is a message of its own context, WebPlayer. The marks below are what lupdate reads
(its Python parser knows QT_TRANSLATE_NOOP, and translate() with a number as a message
with Qt's %n plural forms), so `pyside6-lupdate ... trainer/web/words.py` keeps the web's
messages in the .ts files as the app's own. No Qt here: the .ts files are plain XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from trainer import paths

SOURCE_LANGUAGE = "en"  # the app's messages are written in English
# Both languages have two plural forms, Qt's rule for them: one for n == 1, one for the rest.
PLURAL_FORMS = 2


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation, part of what names a message
    plural: bool = False  # the source has Qt's %n: the words are a list of forms


def QT_TRANSLATE_NOOP(context: str, source: str, comment: str = "") -> Message:  # noqa: N802 (lupdate's name)
    return Message(context, source, comment or "")


def translate(context: str, source: str, comment: str | None, n: int) -> Message:
    """A message with plural forms. lupdate marks it numerus when it sees a number
    written as the fourth argument (a name there is not enough); any number will do."""
    return Message(context, source, comment or "", plural=True)


WEB = "WebPlayer"

# The player's keys, in the order the page meets them. Keyboard mnemonics ("&") are left
# out on the page, which has no Alt+letter keys.
KEYS: dict[str, Message] = {
    #: The name of this language, written in the language itself: the page's language switch shows it.
    "languageName": QT_TRANSLATE_NOOP("WebPlayer", "English", "the name of this language, in itself"),
    "skip": QT_TRANSLATE_NOOP("WebPlayer", "Skip to the content"),
    "language": QT_TRANSLATE_NOOP("PacksDialog", "Language"),
    "contact": QT_TRANSLATE_NOOP("MainWindow", "Contact the police (F2)"),
    "contactShort": QT_TRANSLATE_NOOP("ContactDialog", "Contact the police"),
    "emergency": QT_TRANSLATE_NOOP("MainWindow", "Emergency? Call 112.  Not urgent: the police on 02800."),
    "erase": QT_TRANSLATE_NOOP("WebPlayer", "Erase my progress"),
    "eraseAsk": QT_TRANSLATE_NOOP("WebPlayer", "Erase all your progress in this browser? This cannot be undone."),
    "eraseYes": QT_TRANSLATE_NOOP("WebPlayer", "Erase"),
    "cancel": QT_TRANSLATE_NOOP("WebPlayer", "Cancel"),
    "erased": QT_TRANSLATE_NOOP("WebPlayer", "Your progress is erased."),
    "close": QT_TRANSLATE_NOOP("PreviewWindow", "Close"),
    "courses": QT_TRANSLATE_NOOP("CourseOverview", "Courses"),
    "hint": QT_TRANSLATE_NOOP("CourseOverview", "Take the modules in any order. Your progress is saved as you go."),
    "saved": QT_TRANSLATE_NOOP("WebPlayer", "Your progress is kept in this browser only; nothing leaves the computer."),
    "savedLms": QT_TRANSLATE_NOOP("WebPlayer", "Your progress is saved in your learning platform."),
    "allDone": QT_TRANSLATE_NOOP("CourseOverview", "You have completed every module in this course."),
    "cont": QT_TRANSLATE_NOOP("CourseOverview", "Continue where you stopped"),
    "startNext": QT_TRANSLATE_NOOP("CourseOverview", "Start the next module"),
    "passed": QT_TRANSLATE_NOOP("WebPlayer", "Course passed. Well done!"),
    "toPass": translate("WebPlayer", "To pass: %1 of %n required quiz(zes) passed (at least %2 % right).", None, 2),
    "modulesDone": translate("CourseOverview", "%1 of %n module(s) completed", None, 2),
    "progress": QT_TRANSLATE_NOOP("CourseOverview", "Course progress"),
    "modulesIn": QT_TRANSLATE_NOOP("CourseOverview", "Modules in %1"),
    "module": QT_TRANSLATE_NOOP("ProgressView", "Module"),
    "forWho": QT_TRANSLATE_NOOP("WebPlayer", "For", "the column of whom a module is for"),
    "minutes": QT_TRANSLATE_NOOP("WebPlayer", "Minutes"),
    "status": QT_TRANSLATE_NOOP("ProgressView", "Status"),
    "best": QT_TRANSLATE_NOOP("Certificate", "Best quiz score"),
    "teacher": QT_TRANSLATE_NOOP("CourseOverview", "teachers"),
    "parent": QT_TRANSLATE_NOOP("CourseOverview", "parents"),
    "officer": QT_TRANSLATE_NOOP("CourseOverview", "officers"),
    "notStarted": QT_TRANSLATE_NOOP("CourseOverview", "Not started"),
    "inProgress": QT_TRANSLATE_NOOP("CourseOverview", "In progress"),
    "completed": QT_TRANSLATE_NOOP("CourseOverview", "Completed"),
    "overview": QT_TRANSLATE_NOOP("ModuleView", "◀  &Overview"),
    "parts": QT_TRANSLATE_NOOP("ModuleView", "Parts of the module"),
    "previous": QT_TRANSLATE_NOOP("ModuleView", "◀  &Previous"),
    "next": QT_TRANSLATE_NOOP("ModuleView", "&Next  ▶"),
    "finish": QT_TRANSLATE_NOOP("ModuleView", "F&inish module  ✓"),
    "read": QT_TRANSLATE_NOOP("ModuleView", "Page"),
    "scenario": QT_TRANSLATE_NOOP("ModuleView", "Scenario"),
    "quiz": QT_TRANSLATE_NOOP("ModuleView", "Quiz"),
    "warning": QT_TRANSLATE_NOOP("ScenarioPlayer", "Content warning"),
    "warningAsk": QT_TRANSLATE_NOOP("WebPlayer", "Do you want to continue?"),
    "goOnWarning": QT_TRANSLATE_NOOP("ContentWarningScreen", "&Continue"),
    "backOverview": QT_TRANSLATE_NOOP("WebPlayer", "Back to the overview"),
    "situation": QT_TRANSLATE_NOOP("ScenarioPlayer", "Situation"),
    "goOn": QT_TRANSLATE_NOOP("ScenarioPlayer", "&Go on  ▶"),
    "tryAgain": QT_TRANSLATE_NOOP("ScenarioPlayer", "&Try again from the start"),
    "noticed": QT_TRANSLATE_NOOP("ScenarioPlayer", "Signs you noticed"),
    "missed": QT_TRANSLATE_NOOP("ScenarioPlayer", "Signs you could also have noticed"),
    "noneNoticed": QT_TRANSLATE_NOOP("ScenarioPlayer", "none this time"),
    "noneMissed": QT_TRANSLATE_NOOP("ScenarioPlayer", "none: you noticed them all"),
    "youChose": QT_TRANSLATE_NOOP("ScenarioPlayer", "You chose"),
    "question": QT_TRANSLATE_NOOP("QuizPlayer", "Question %1 of %2"),
    "answer": QT_TRANSLATE_NOOP("QuizPlayer", "&Answer"),
    "nextQuestion": QT_TRANSLATE_NOOP("QuizPlayer", "Next &question  ▶"),
    "seeResult": QT_TRANSLATE_NOOP("QuizPlayer", "See your &result  ▶"),
    "again": QT_TRANSLATE_NOOP("QuizPlayer", "&Take the quiz again"),
    "chooseFirst": QT_TRANSLATE_NOOP("QuizPlayer", "Choose an answer first."),
    "right": QT_TRANSLATE_NOOP("QuizPlayer", "Right!"),
    "notQuite": QT_TRANSLATE_NOOP("QuizPlayer", "Not quite."),
    "rightAnswer": QT_TRANSLATE_NOOP("QuizPlayer", "The right answer"),
    "result": QT_TRANSLATE_NOOP("QuizPlayer", "Result"),
    "passedQuiz": QT_TRANSLATE_NOOP("QuizPlayer", "Passed"),
    "notPassed": QT_TRANSLATE_NOOP("QuizPlayer", "Not passed yet"),
    "answered": QT_TRANSLATE_NOOP("QuizPlayer", "You answered %1 of %2 right (%3 %)."),
    "needed": QT_TRANSLATE_NOOP("QuizPlayer", "Needed to pass: %1 %. Your best score: %2 %."),
    "chooseAll": QT_TRANSLATE_NOOP("QuizPlayer", "Choose all that are right."),
    "chooseMatch": QT_TRANSLATE_NOOP("QuizPlayer", "Choose the right match for each line."),
    "choose": QT_TRANSLATE_NOOP("QuizPlayer", "(choose)"),
    "orderHint": QT_TRANSLATE_NOOP("WebPlayer", "Put the steps in the right order with the buttons beside each step."),
    "steps": QT_TRANSLATE_NOOP("QuizPlayer", "Steps to put in order"),
    "up": QT_TRANSLATE_NOOP("QuizPlayer", "Move up"),
    "down": QT_TRANSLATE_NOOP("QuizPlayer", "Move down"),
    "position": QT_TRANSLATE_NOOP("WebPlayer", "%1: position %2 of %3"),
    "noCourse": QT_TRANSLATE_NOOP("WebPlayer", "No courses are included."),
    "noContact": QT_TRANSLATE_NOOP("WebPlayer", "Emergency? Call 112."),
    "hintNotSaved": QT_TRANSLATE_NOOP("CourseOverview", "Take the modules in any order. Your progress is not being saved "
                                      "right now: see the notice at the top."),
    "lmsNone": QT_TRANSLATE_NOOP("WebPlayer", "No connection to the learning platform: your progress is kept in this "
                                 "browser only, and no result reaches the learning platform."),
    "lmsFailed": QT_TRANSLATE_NOOP("WebPlayer", "Your progress could not be saved in the learning platform. Keep this "
                                   "page open and go on; it is tried again at each step. If this goes on, tell the "
                                   "person who runs the course."),
    "lmsCode": QT_TRANSLATE_NOOP("WebPlayer", "(The learning platform's error code: %1.)"),
    "unreadable": QT_TRANSLATE_NOOP("WebPlayer", "Your saved progress could not be read, so the course starts from the "
                                    "beginning. What was saved is kept aside in this browser."),
    "unreadableLost": QT_TRANSLATE_NOOP("WebPlayer", "Your saved progress could not be read, so the course starts from "
                                        "the beginning. This browser did not let the course keep a copy of what was "
                                        "saved (private browsing, or its storage is full)."),
    "localFailed": QT_TRANSLATE_NOOP("WebPlayer", "This browser does not let the course keep your progress (private "
                                     "browsing, or its storage is full): it is gone when you close the page."),
    "finishWithout": QT_TRANSLATE_NOOP("ModuleView", "Finish without the quiz?"),
    "notTakenCounts": QT_TRANSLATE_NOOP("ModuleView", "You have not taken the quiz “%1” yet. Its result counts towards "
                                        "the course. Finish the module anyway?"),
    "notTaken": QT_TRANSLATE_NOOP("ModuleView", "You have not taken the quiz “%1” yet. Finish the module anyway?"),
    "finishAnyway": QT_TRANSLATE_NOOP("ModuleView", "Finish anyway"),
    "takeQuiz": QT_TRANSLATE_NOOP("ModuleView", "Take the quiz"),
    "nextModule": QT_TRANSLATE_NOOP("QuizPlayer", "Next &module  ▶"),
}

_MNEMONIC = re.compile(r"&(.)")  # "&x" is the key x; "&&" is a written "&" (Qt's rule)


def without_mnemonic(text: str) -> str:
    return _MNEMONIC.sub(r"\1", text)


def catalogue_path(lang: str) -> Path:
    return paths.translations_dir() / f"faresignaler_{lang}.ts"


Translation = str | tuple[str, ...]


def read_catalogue(path: Path) -> dict[tuple[str, str, str], Translation]:
    """(context, source, disambiguation) -> the finished translation, or the tuple of its
    plural forms. Unfinished, obsolete and empty translations are left out, so the English
    stands in for them, as in the app."""
    found: dict[tuple[str, str, str], Translation] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if len(forms) == PLURAL_FORMS and all(form.strip() for form in forms):
                    found[key] = forms
            elif (translation.text or "").strip():
                found[key] = translation.text
    return found


def words(lang: str, catalogue: Path | None = None) -> dict[str, str | list[str]]:
    """The player's words in one language: a string, or [one, other] for a phrase with a
    number. English is the source text (its plural forms from faresignaler_en.ts); another
    language leaves out what its catalogue does not translate, and the player shows the
    English instead."""
    if catalogue is None:
        catalogue = catalogue_path(lang)
    translated = read_catalogue(catalogue) if catalogue.is_file() else {}
    found: dict[str, str | list[str]] = {}
    for key, message in KEYS.items():
        text = translated.get((message.context, message.source, message.comment))
        if text is None and lang == SOURCE_LANGUAGE and not message.plural:
            text = message.source
        if text is None:
            continue
        if message.plural:
            if isinstance(text, tuple):
                found[key] = [without_mnemonic(form) for form in text]
        elif isinstance(text, str):
            found[key] = without_mnemonic(text)
    return found


def all_words(langs: list[str]) -> dict[str, dict[str, str | list[str]]]:
    """The words for each language of the site, and English always: the player falls
    back on it for a word a language lacks."""
    wanted = list(dict.fromkeys([*langs, SOURCE_LANGUAGE]))
    return {lang: words(lang) for lang in wanted}
