"""A learner who uses only the keyboard can complete a scenario and a quiz."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None, "something must have keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def test_scenario_and_quiz_by_keyboard_only(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.profile_picker.name_edit
    qtbot.keyClicks(QApplication.focusWidget(), "Ola")
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.overview
    assert QApplication.focusWidget() is window.overview.continue_button
    press(qtbot, Qt.Key.Key_Space)
    view = window.module_view
    assert window.stack.currentWidget() is view and QApplication.focusWidget() is view.parts

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert view.current_part().id == "sko"
    player = view.scenario_player
    press(qtbot, Qt.Key.Key_1)  # number keys choose
    assert QApplication.focusWidget() is player.go_on_button
    press(qtbot, Qt.Key.Key_Space)
    assert player.step.id == "samtale"
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Space)
    assert player.step.id == "god-slutt"
    assert window.context.db.execute("select ending_id from scenario_runs").fetchone()[0] == "god-slutt"

    view.parts.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    quiz = view.quiz_player
    assert view.current_part().id == "quiz-demo"
    # Tab from the list of parts into the answers; Space picks the focused option.
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().parent() is quiz.answer_area
    press(qtbot, Qt.Key.Key_Space)
    while QApplication.focusWidget() is not quiz.submit_button:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is quiz.next_button
    answers = window.context.db.execute("select question_id from quiz_answers").fetchall()
    assert answers == [("betaler",)]
    press(qtbot, Qt.Key.Key_Space)
    assert quiz.index == 1


def test_every_tab_stop_on_a_scrolling_screen_is_a_control(qtbot, make_window):
    """Tab on the profile picker, the overview and the content warning landed on the
    screen's scroll area now and then, where nothing showed the focus."""
    from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QTextBrowser

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    from test_learner_flow import create_profile

    stops = []
    for screen in ("profiles", "overview"):
        if screen == "overview":
            create_profile(qtbot, window)
        for _ in range(12):
            press(qtbot, Qt.Key.Key_Tab)
            stops.append(QApplication.focusWidget())
    bare = [type(w).__name__ for w in stops
            if isinstance(w, QAbstractScrollArea) and not isinstance(w, (QListWidget, QTextBrowser))]
    assert bare == []


def test_with_every_module_done_the_overview_starts_on_the_modules_not_the_police_card(qtbot, make_window):
    """With nothing left to continue, the keyboard fell to "Contact the police (F2)", and
    Enter opened the police's card."""
    from test_learner_flow import create_profile
    from trainer.store import progress

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    create_profile(qtbot, window)
    for module_id in window.context.library.courses_in("nb")[0].module_ids:
        progress.mark_completed(window.context.db, window.context.profile.id, module_id)
    progress.save_position(window.context.db, window.context.profile.id, "demo", "")
    window.show_overview()
    assert not window.overview.continue_button.isVisible()
    assert window.focusWidget() is window.overview.module_list
