"""The module view's list of parts (View > Module parts): at 200 % text on a laptop it
steps aside so the page keeps room to read, the learner's own choice wins and is kept,
and the reading column grows with the text."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from test_learner_flow import create_profile
from test_screens import LAPTOP, laptop_window, settle


def at_text_size(percent: int) -> None:
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", percent)


def open_demo(qtbot, window):
    create_profile(qtbot, window)
    window.open_module("demo")
    settle(qtbot)
    return window.module_view


def test_the_list_shows_at_normal_text_on_a_laptop(qtbot, make_window):
    view = open_demo(qtbot, laptop_window(make_window))
    assert view.parts.isVisible() and view.window().parts_list_action.isChecked()


def test_the_list_steps_aside_at_200_percent_on_a_laptop(qtbot, make_window):
    at_text_size(200)
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    assert not view.parts.isVisible() and not window.parts_list_action.isChecked()
    # The page has the whole width, and the parts are still reached with Previous and Next.
    assert view.stack.width() > LAPTOP[0] * 0.9
    view.next_button.click()
    assert view.current_part() is window.context.module("demo").parts[1]
    # A wider window has room for both again.
    window.resize(1920, 1050)
    settle(qtbot)
    assert view.parts.isVisible() and window.parts_list_action.isChecked()


def test_the_learners_choice_wins_and_is_kept(qtbot, make_window):
    at_text_size(200)
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    assert not view.parts.isVisible()
    window.parts_list_action.trigger()  # View > Module parts
    settle(qtbot)
    assert view.parts.isVisible() and window.parts_list_action.isChecked()
    assert window.preferences.get("parts_list") == "shown"
    window.change_text_size(-25)  # the screens are built again: the choice stays
    settle(qtbot)
    assert window.module_view.parts.isVisible() and window.parts_list_action.isChecked()

    window.module_view.parts.setFocus()
    window.parts_list_action.trigger()
    settle(qtbot)
    view = window.module_view
    assert not view.parts.isVisible() and window.preferences.get("parts_list") == "hidden"
    # The focus was on the list: it moves on within the module, not out of the window.
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible() and view.isAncestorOf(focus)
    # Hidden by choice stays hidden, even where there is room.
    window.resize(1920, 1050)
    settle(qtbot)
    assert not view.parts.isVisible()


def test_ctrl_shift_l_shows_and_hides_the_list(qtbot, make_window):
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, keys)
    assert not view.parts.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, keys)
    assert view.parts.isVisible()


def test_the_reading_column_grows_with_the_text_size(qtbot, make_window):
    """At 200 % a line of a page holds about as many words as at 100 %: the column of
    text is not held at the 900 px that suit 100 %."""
    at_text_size(200)
    window = laptop_window(make_window)
    window.resize(1920, 1050)
    view = open_demo(qtbot, window)
    page = view.page_view
    settle(qtbot)
    margins = page.document().rootFrame().frameFormat()
    text_width = page.viewport().width() - margins.leftMargin() - margins.rightMargin()
    assert text_width > 1000


def test_the_keyboard_starts_in_the_part_when_the_list_is_hidden(qtbot, make_window):
    """Opening a module focuses the list of parts; with the list hidden, the part itself
    (the page, or a scenario's first choice), never the back button where Enter would
    leave the module."""
    at_text_size(200)
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    assert not view.parts.isVisible()
    assert QApplication.focusWidget() is view.page_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is view  # Enter did not go back to the overview
    view.parts.setCurrentRow(2)  # the scenario, and the module opened again on it
    window.show_overview()
    window.open_module("demo")
    settle(qtbot)
    assert QApplication.focusWidget() is view.scenario_player._choice_buttons[0]


def test_the_menu_entry_is_for_an_open_module_and_leads_back_to_auto(qtbot, make_window):
    at_text_size(200)
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    assert not window.parts_list_action.isEnabled()  # on the overview there is no list to show
    window.open_module("demo")
    settle(qtbot)
    assert window.parts_list_action.isEnabled() and not window.parts_list_action.isChecked()
    window.parts_list_action.trigger()
    assert window.preferences.get("parts_list") == "shown"
    window.parts_list_action.trigger()  # what the width would choose anyway: "auto" again
    assert window.preferences.get("parts_list") == "auto" and not window.module_view.parts.isVisible()
    window.show_overview()
    assert not window.parts_list_action.isEnabled()


def test_a_click_too_many_never_finishes_a_module_without_its_quiz(qtbot, make_window):
    """Clicking "Next" at one spot through a module: the click that opened the quiz made the
    button "Finish module", and the next one finished the module without its quiz. Now
    that asks first, and its safe answer (Enter) goes back to the quiz."""
    from trainer.store import progress

    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    asked = []
    view.ask_finish_without = lambda quiz: asked.append(quiz.id) or False
    while view.current_part() is not view.module.parts[-1]:
        view.next_button.click()
    quiz_row = view.parts.currentRow()
    view.next_button.click()  # "Finish module", the quiz not taken
    assert asked == [view.module.quizzes[0].id]
    assert view.parts.currentRow() == quiz_row and window.stack.currentWidget() is view
    profile = window.context.profile.id
    assert progress.all_module_progress(window.context.db, profile)["demo"].status != "completed"
    view.ask_finish_without = lambda quiz: True  # "Finish anyway"
    view.next_button.click()
    assert progress.all_module_progress(window.context.db, profile)["demo"].status == "completed"


def test_enter_on_next_goes_into_a_quiz_not_on_to_finish_the_module(qtbot, make_window):
    """Enter twice on "Next" at a scenario's end: the keyboard stayed on the button while
    it turned into "Finish module", and the second Enter finished the module without its
    quiz. Into a quiz or a scenario the keyboard now goes with the learner; through pages
    it stays on "Next"."""
    from trainer.store import progress

    at_text_size(200)  # the list steps aside: Previous and Next are the way through
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)  # to the second page
    assert view.current_part().kind == "page" and view.next_button.hasFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)  # to the scenario
    assert view.current_part().kind == "scenario"
    assert view.scenario_player.isAncestorOf(QApplication.focusWidget())
    view.next_button.setFocus()  # as at the scenario's end
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)  # to the quiz, the last part
    assert view.current_part().kind == "quiz"
    assert view.quiz_player.isAncestorOf(QApplication.focusWidget())
    assert progress.all_module_progress(window.context.db, window.context.profile.id)["demo"].status != "completed"


def test_arrowing_through_the_parts_keeps_the_keyboard_in_the_list(qtbot, make_window):
    """Arrowing onto a scenario moved the keyboard to its first choice, so the next Up
    went to a button instead of the list."""
    window = laptop_window(make_window)
    view = open_demo(qtbot, window)
    window.activateWindow()
    qtbot.waitActive(window)
    view.parts.setFocus()
    for _ in view.module.parts[1:]:
        qtbot.keyClick(view.parts, Qt.Key.Key_Down)
        assert view.parts.hasFocus(), view.current_part().title
    assert view.current_part() is view.module.parts[-1]


@pytest.mark.parametrize("rule, counted", [
    ("quizzes: [quiz-demo]", True),
    ("quizzes: []", True),  # a rule that names no quizzes counts every one
    ("quizzes: [en-annen-quiz]", False),
])
def test_the_finish_question_says_the_quiz_counts_only_where_a_course_counts_it(qtbot, make_window, demo_content,
                                                                                 rule, counted):
    """"Its result counts towards the course" was said of every quiz, also of one that no
    course's pass rule counts."""
    for course in demo_content.glob("*/kurs.md"):
        course.write_text(course.read_text("utf-8").replace("quizzes: [quiz-demo]", rule), "utf-8")
    view = open_demo(qtbot, laptop_window(make_window))
    question = view.finish_question(view.module.quizzes[0])
    assert question.startswith("Du har ikke tatt quizen «Quiz: demo» ennå.")
    assert ("Resultatet teller med i kurset." in question) == counted


def leftmost_ink(image, rect) -> int | None:
    """The first column of `rect` (window pixels) where something is drawn on its
    background: a pixel much darker or lighter than the rect's middle row's last one.
    The rect's outer 4 pixels are its frame's, not its words'."""
    background = image.pixelColor(rect.right() - 4, rect.center().y()).lightness()
    for x in range(rect.left() + 4, rect.right() - 4):
        for y in range(rect.top() + 4, rect.bottom() - 4):
            if abs(image.pixelColor(x, y).lightness() - background) > 80:
                return x
    return None


def test_the_overview_link_lines_up_with_the_parts_below_it(qtbot, make_window):
    """"◀ Overview" stood 6-8 px right of the words of the list under it: a link's words
    line up with the text below, as in a printed page."""
    from PySide6.QtCore import QPoint, QRect

    view = open_demo(qtbot, laptop_window(make_window))
    window = view.window()
    image = window.grab().toImage()
    button = view.back_button
    link = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    row = view.parts.visualItemRect(view.parts.item(1))  # not the chosen part: its own colours
    item = QRect(view.parts.viewport().mapTo(window, row.topLeft()), row.size())
    link_x, item_x = leftmost_ink(image, link), leftmost_ink(image, item)
    assert link_x is not None and item_x is not None
    assert abs(link_x - item_x) <= 2, (link_x, item_x)
