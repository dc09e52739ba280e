"""Everyone can use it: named controls on every screen, results announced, contrast,
text up to 200%, high contrast, language switching at run time, right-to-left."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QScrollBar, QTabBar, QTextBrowser, QWidget,
)

from test_learner_flow import create_profile
from trainer.ui.widgets import a11y, theme

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextBrowser, QTabBar)


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar) or not widget.isVisibleTo(root.window()):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return found


def test_every_screen_names_every_control(qtbot, make_window):
    window = make_window()
    problems = {"profiles (new)": unnamed_controls(window)}
    create_profile(qtbot, window)
    problems["overview"] = unnamed_controls(window)
    window.open_module("demo")
    view = window.module_view
    for row in range(len(view.module.parts)):
        view.parts.setCurrentRow(row)
        problems[f"module part {row}"] = unnamed_controls(window)
    quiz = view.quiz_player
    for index in range(len(quiz.quiz.questions)):  # every kind of question
        quiz.index = index
        quiz._show_current()
        problems[f"question {index}"] = unnamed_controls(window)
    window.show_progress()
    problems["progress"] = unnamed_controls(window)
    window.show_profiles()
    problems["profiles (existing)"] = unnamed_controls(window)
    from trainer.ui.learner.contact_dialog import ContactDialog
    from trainer.ui.records.records_dialogs import PrivacyDialog, SyncDialog
    from trainer.ui.settings_dialog import SettingsDialog

    for dialog in (ContactDialog(window.context, window), PrivacyDialog(window),
                   SyncDialog(window.context, window.preferences, window), SettingsDialog(window.preferences, "nb", window)):
        qtbot.addWidget(dialog)
        dialog.show()
        problems[type(dialog).__name__] = unnamed_controls(dialog)
        dialog.close()
    assert {screen: found for screen, found in problems.items() if found} == {}


def test_feedback_and_results_are_announced(qtbot, make_window):
    heard = []
    listener = lambda widget, text: heard.append(text)  # noqa: E731
    a11y.listen(listener)
    try:
        window = make_window()
        create_profile(qtbot, window)
        window.open_module("demo")
        view = window.module_view
        view.parts.setCurrentRow(2)
        view.scenario_player.choose(0)
        assert heard[-1] == "Bra: du spør uten å anklage."
        view.parts.setCurrentRow(3)
        quiz = view.quiz_player
        quiz._read_answer = lambda: 0
        quiz.submit()
        assert heard[-1].startswith("✓ Riktig!") and "Bestilleren betaler." in heard[-1]
        assert quiz.feedback_frame.accessibleDescription() == heard[-1]
    finally:
        a11y.stop_listening(listener)


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_theme_text_contrast_is_at_least_4_5(name):
    colours = theme.THEMES[name]
    pairs = {
        "text on window": (colours.text, colours.window),
        "text on surface": (colours.text, colours.surface),
        "muted on window": (colours.muted, colours.window),
        "muted on surface": (colours.muted, colours.surface),
        "accent text on accent": (colours.accent_text, colours.accent),
        "accent (links) on surface": (colours.accent, colours.surface),
        "right on surface": (colours.right, colours.surface),
        "wrong on surface": (colours.wrong, colours.surface),
        "text on progress fill": (colours.text, colours.chunk),
        "text on wrong tint (the not-saving notice, a wrong answer's panel)": (colours.text, colours.wrong_tint),
        "text on right tint": (colours.text, colours.right_tint),
    }
    low = {what: round(theme.contrast_ratio(*pair), 2) for what, pair in pairs.items()
           if theme.contrast_ratio(*pair) < 4.5}
    assert low == {}


def test_contrast_formula():
    assert round(theme.contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(theme.contrast_ratio("#777777", "#ffffff"), 2) == 4.48


def test_language_text_size_and_contrast_change_at_run_time_and_are_remembered(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    assert window.overview.continue_button.text().startswith("Start neste modul")
    window.apply_preferences({"lang": "en"})
    assert window.overview.continue_button.text().startswith("Start the next module")
    assert window.context.lang == "en"
    assert window.overview.tabs.tabText(0) == "Demo course"  # the course follows the app's language
    window.apply_preferences({"content_lang": "nb"})
    assert window.overview.tabs.tabText(0) == "Demokurs" and window.records.progress_action.text() == "My p&rogress"
    window.larger_action.trigger()
    window.contrast_action.trigger()
    assert (theme.scale(), theme.current()) == (1.25, theme.HIGH_CONTRAST)
    window.close()
    window.context.db.conn.close()
    again = make_window(lang=None)  # no --lang: what was chosen last time
    assert again.preferences.get("lang") == "en" and again.preferences.get("text_size") == 125
    assert again.contrast_action.isChecked() and theme.current() is theme.HIGH_CONTRAST
    again.apply_preferences({"lang": "nb", "content_lang": "", "text_size": 100, "theme": "light"})


def test_command_line_language_wins(qtbot, make_window):
    window = make_window(lang="en")
    assert window.profile_picker.create_button.text() == "C&reate profile"
    window.apply_preferences({"lang": "nb"})


def test_module_missing_in_a_language_says_so_and_offers_the_other(qtbot, make_window, demo_content):
    shutil.rmtree(demo_content / "en" / "demo")
    (demo_content / "en" / "course.md").unlink()
    window = make_window(lang="en")
    create_profile(qtbot, window)
    asked = []
    window.confirm_other_language = lambda module: asked.append(module.lang) or False
    window.open_module("demo")
    assert asked == ["nb"] and window.stack.currentWidget() is window.overview
    window.confirm_other_language = lambda module: True
    window.open_module("demo")
    assert window.module_view.module.lang == "nb"
    window.apply_preferences({"lang": "nb"})


def test_right_to_left_content_is_mirrored(qtbot, make_window, demo_content):
    folder = demo_content / "ar" / "demo"
    shutil.copytree(demo_content / "nb" / "demo", folder)
    for file in folder.glob("*.md"):
        file.write_text(file.read_text("utf-8").replace("lang: nb", "lang: ar"), "utf-8")
    course = (demo_content / "nb" / "kurs.md").read_text("utf-8").replace("lang: nb", "lang: ar")
    (demo_content / "ar" / "kurs.md").write_text(course, "utf-8")
    window = make_window()
    create_profile(qtbot, window)
    window.context.lang = "ar"
    window.open_module("demo")
    assert window.module_view.module.lang == "ar"
    assert window.module_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.module_view.page_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.context.lang = "nb"
    window.open_module("demo")
    assert window.module_view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_presenter_windows_name_every_control(qtbot, data_dir):
    from trainer import paths
    from trainer.course.loader import load_library
    from trainer.ui.presenter.presenter import Presenter

    library = load_library([paths.builtin_content_dir()])
    programme = next(p for p in library.programmes if p.lang == "nb")
    presenter = Presenter(programme, library, theme="dark", fullscreen=False, save_votes=False, db_opener=None,
                          assets=paths.assets_dir())
    presenter.start()
    try:
        for window in (presenter.audience, presenter.console):
            window.show()
            assert unnamed_controls(window) == [], type(window).__name__
    finally:
        presenter.ask = lambda question: True
        presenter.leave()


@pytest.mark.parametrize("name", sorted(theme.THEMES))
@pytest.mark.parametrize("kind", ["radio", "check"])
@pytest.mark.parametrize("checked", [False, True])
def test_a_choice_box_can_be_seen_in_every_theme(qtbot, qapp, name, kind, checked):
    """A quiz row shows its circle or box, empty or chosen, in a colour that stands out
    from the row (3:1 at least, as a control's edge needs), and a chosen one shows more
    of it than an empty one. Qt's own is drawn in a shade of the window colour: black on
    high contrast's black."""
    from PySide6.QtGui import QColor

    from trainer.ui.widgets.appearance import apply_appearance
    from trainer.ui.widgets.choice_row import ChoiceCheck, ChoiceRadio

    def seen(row) -> int:
        """Pixels before the text (where the indicator sits) that stand out 3:1."""
        image = row.grab().toImage()
        left = row.layout().contentsMargins().left()
        background = QColor(theme.THEMES[name].surface).name()
        return sum(theme.contrast_ratio(QColor(image.pixel(x, y)).name(), background) >= 3
                   for x in range(8, left - 4) for y in range(4, image.height() - 4))

    apply_appearance(qapp, name, 100)
    try:
        rows = []
        for state in (False, checked):
            row = (ChoiceRadio if kind == "radio" else ChoiceCheck)("1.  Bestilleren")
            qtbot.addWidget(row)
            row.setChecked(state)
            row.resize(500, row.sizeHint().height())
            rows.append(seen(row))
        empty, shown = rows
        assert empty >= 30  # an outline, not a stray pixel
        if checked:
            assert shown > empty  # the tick or the dot adds to it
    finally:
        apply_appearance(qapp, "light", 100)
