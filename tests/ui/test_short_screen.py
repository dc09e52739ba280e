"""A module on a short screen: 1280x720 at 150 % scaling with 200 % text (the big look)
left a quiz's question one line and its options out of sight in a strip under the
module's header, above fixed rows of buttons. Short of height, the header scrolls away
with the part, a quiz's buttons come under its options, and the part gets the height;
the ordinary sizes keep their layout."""

import pytest
from PySide6.QtCore import QPoint, Qt

from test_learner_flow import create_profile
from test_screens import LAPTOP, in_view, settle

SHORT = (1280 * 2 // 3, (720 - 30) * 2 // 3)  # 1280x720 at 150 % (logical pixels), less the title bar
PAGE, SCENARIO, QUIZ = 1, 2, 3  # the demo module's parts


def module_at(qtbot, make_window, size, text_size=200, part=QUIZ):
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", text_size)
    Preferences(open_settings()).set("theme", "contrast" if text_size == 200 else "light")
    window = make_window()
    window.resize(*size)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(part)
    view.focus_start()
    settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    return view


def scrolled_by(widget, scroll) -> bool:
    return scroll.widget().isAncestorOf(widget)


def above(upper, lower) -> bool:
    """`upper` ends above where `lower` starts, on the window."""
    window = upper.window()
    return upper.mapTo(window, upper.rect().bottomLeft()).y() < lower.mapTo(window, lower.rect().topLeft()).y()


def tab_to(qtbot, window, target, backwards=False, most=30) -> None:
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(most):
        if window.focusWidget() is target:
            return
        qtbot.keyClick(window.focusWidget(), key)
        settle(qtbot)
    assert window.focusWidget() is target, window.focusWidget()


def test_a_quiz_on_a_short_screen_gets_the_height_and_its_answer_button_scrolls_with_it(qtbot, make_window):
    view = module_at(qtbot, make_window, SHORT)
    quiz = view.quiz_player
    window = view.window()
    # The quiz's scroll area has the whole part: no fixed header above it, no button row
    # under it (before: about 120 of the window's 460 lines of pixels, a title and no option).
    assert quiz.scroll.viewport().height() >= 250
    assert scrolled_by(view.back_button, quiz.scroll) and scrolled_by(quiz.submit_button, quiz.scroll)
    assert view.short_of_height
    # Opened from the top, as far down as shows the first option whole, where the keyboard is.
    first = quiz._rows[0]
    assert first.hasFocus() and in_view(first)
    assert quiz.scroll.verticalScrollBar().value() < quiz.start() and in_view(quiz.counter)
    # Tab goes through the options to "Answer", which comes into view; Enter answers.
    tab_to(qtbot, window, quiz.submit_button)
    settle(qtbot)
    assert in_view(quiz.submit_button)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1)  # the number chooses, and the keyboard goes to it
    assert quiz._rows[0].hasFocus() and quiz._rows[0].isChecked() and in_view(quiz._rows[0])
    qtbot.keyClick(quiz._rows[0], Qt.Key.Key_Return)  # Enter on an option answers
    settle(qtbot)
    qtbot.wait(20)
    # The explanation in view, and "Next question", which has the keyboard, always in sight under it.
    assert quiz.feedback_frame.isVisible() and quiz.next_button.hasFocus()
    assert in_view(quiz.feedback_frame) and in_view(quiz.next_button)
    assert not scrolled_by(quiz.next_button, quiz.scroll)
    # The next question starts under the header, which has scrolled away: it has the height.
    qtbot.keyClick(quiz.next_button, Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    bar = quiz.scroll.verticalScrollBar()
    assert quiz.index == 1 and bar.value() == quiz.start() > 0
    assert not in_view(view.back_button) and in_view(quiz.counter)
    assert quiz._rows[0].hasFocus() and in_view(quiz._rows[0])
    # The header is still reached by the keyboard, and comes into view.
    tab_to(qtbot, window, view.back_button, backwards=True)
    assert in_view(view.back_button)
    # Previous and Next stay at the bottom, outside what scrolls.
    assert not scrolled_by(view.next_button, quiz.scroll) and in_view(view.previous_button)


def test_a_scenario_and_a_page_scroll_as_one_with_the_header_on_a_short_screen(qtbot, make_window):
    view = module_at(qtbot, make_window, SHORT, part=SCENARIO)
    player = view.scenario_player
    assert player.page.viewport().height() >= 250
    assert scrolled_by(view.back_button, player.page) and in_view(view.back_button)
    assert view.short_of_height and player.one_page
    # Tab reaches each choice and brings it into view.
    for button in player._choice_buttons:
        tab_to(qtbot, view.window(), button)
        assert in_view(button)
    player.choose(0)  # a choice with feedback: "Go on", where the keyboard goes, stays in sight under the page
    settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    assert player.go_on_button.hasFocus() and not scrolled_by(player.go_on_button, player.page)
    assert in_view(player.feedback_frame) and in_view(player.go_on_button)

    view.parts.setCurrentRow(PAGE)
    view._focus_part()
    settle(qtbot)
    qtbot.wait(20)
    holder, page = view.page_holder, view.page_view
    # The page is shown whole, and its reading keys scroll the page it is on.
    assert page.verticalScrollBar().maximum() == 0 and page.height() >= page.document().size().height()
    assert scrolled_by(view.back_button, holder) and holder.verticalScrollBar().value() == 0
    assert holder.verticalScrollBar().maximum() > 0
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert holder.verticalScrollBar().value() > 0
    qtbot.keyClick(page, Qt.Key.Key_Home)
    assert holder.verticalScrollBar().value() == 0


def test_the_layout_is_decided_again_when_the_window_is_resized(qtbot, make_window):
    view = module_at(qtbot, make_window, SHORT)
    quiz = view.quiz_player
    assert scrolled_by(quiz.submit_button, quiz.scroll) and view.short_of_height
    view.window().resize(*LAPTOP)
    settle(qtbot)
    assert not view.short_of_height
    assert above(view.back_button, view.stack) and not scrolled_by(quiz.submit_button, quiz.scroll)
    view.window().resize(*SHORT)
    settle(qtbot)
    assert view.short_of_height and scrolled_by(view.back_button, quiz.scroll)


@pytest.mark.parametrize("size, text_size", [(LAPTOP, 100), (LAPTOP, 200), ((1920, 1050), 100), ((1920, 1050), 200),
                                             ((1024, 600 - 30), 100)])
def test_ordinary_sizes_keep_the_header_and_the_buttons_where_they_were(qtbot, make_window, size, text_size):
    """Where the part has room (10 lines and 320 px), nothing moves: the header stands above
    the part, "Answer" under the quiz's scroll area, a page scrolls in its own box. (A
    guard: it passes before the change too, as it should.)"""
    view = module_at(qtbot, make_window, size, text_size)
    quiz = view.quiz_player
    assert above(view.back_button, view.stack) and above(view.title, view.stack)
    assert above(quiz.scroll, quiz.submit_button) and in_view(quiz.submit_button)
    view.parts.setCurrentRow(PAGE)
    settle(qtbot)
    page = view.page_view
    assert in_view(page) and page.height() <= view.stack.height()  # the page scrolls in its own box
    assert above(view.stack, view.next_button)


def test_at_100_percent_text_a_short_screen_shows_the_question_and_two_answers(qtbot, make_window):
    """1280x720 at 150 % with ordinary text leaves the part 13 lines: enough by lines, but
    the quiz showed its question, one answer and the fixed "Answer" row (answers are rows
    of padding around a line). It is short of height too."""
    view = module_at(qtbot, make_window, SHORT, text_size=100)
    quiz = view.quiz_player
    assert view.short_of_height and scrolled_by(quiz.submit_button, quiz.scroll)
    assert in_view(quiz._rows[0]) and in_view(quiz._rows[1])


def test_on_a_short_screen_the_result_shows_the_score_and_the_way_on(qtbot, make_window):
    """"Next module" has the keyboard on the result: it stays in sight under the score
    (under the options, scrolled out of sight, its focus could not be seen)."""
    from PySide6.QtWidgets import QComboBox

    view = module_at(qtbot, make_window, SHORT)
    quiz = view.quiz_player
    while quiz.is_answering():
        if quiz._rows:
            quiz._on_number_key(1)
        for combo in quiz.answer_area.findChildren(QComboBox):
            combo.setCurrentIndex(1)
        quiz.submit()
        settle(qtbot)
        assert in_view(quiz.next_button) and quiz.next_button.hasFocus()
        quiz.next_button.click()
        settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    assert quiz.continue_button.hasFocus() and in_view(quiz.continue_button)
    assert in_view(quiz.score_label) and in_view(quiz.question_label)  # the quiz's title and the score


def test_on_a_short_screen_a_new_question_shows_where_the_keyboard_is(qtbot, make_window):
    """Each new question from its start, and as far lower as brings the control with the
    keyboard into sight: an option whole, a list of steps to order at least a third of the
    view (it was scrolled to, or left below the fold)."""
    from PySide6.QtWidgets import QComboBox

    view = module_at(qtbot, make_window, SHORT)
    quiz = view.quiz_player
    while quiz.quiz.questions[quiz.index].kind != "ordering":
        if quiz._rows:
            quiz._on_number_key(1)
        for combo in quiz.answer_area.findChildren(QComboBox):
            combo.setCurrentIndex(1)
        quiz.submit()
        quiz.next_button.click()
        settle(qtbot)
        qtbot.wait(20)
        focused = view.window().focusWidget()
        room = quiz.scroll.viewport().height()
        seen = focused.visibleRegion().boundingRect().height()
        assert seen >= min(focused.height(), room // 3), quiz.quiz.questions[quiz.index].kind
        if focused.height() <= room // 2:
            assert in_view(focused)
    assert quiz._ordering_list.hasFocus()


def test_a_click_on_a_half_shown_option_chooses_it_and_does_not_scroll_it_away(qtbot, make_window):
    """The press gave the focus, the focus scrolled the quiz, and the option moved out
    from under the pointer: the release missed it and nothing was chosen."""
    view = module_at(qtbot, make_window, LAPTOP, part=QUIZ)
    quiz = view.quiz_player
    question = next(i for i, q in enumerate(quiz.quiz.questions) if q.kind == "single")
    quiz.index = question
    quiz._show_current()
    settle(qtbot)
    last = quiz._rows[-1]
    bar = quiz.scroll.verticalScrollBar()
    view.window().resize(LAPTOP[0], 420)  # short enough that the last option is cut
    settle(qtbot)
    top = last.mapTo(quiz.scroll.widget(), last.rect().topLeft()).y()
    bar.setValue(max(0, top + 20 - quiz.scroll.viewport().height()))  # its top 20 px in view
    settle(qtbot)
    before = bar.value()
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton, pos=last.rect().topLeft() + QPoint(40, 10))
    settle(qtbot)
    assert last.isChecked()
    assert bar.value() == before


def test_the_keyboard_coming_back_to_a_page_being_read_keeps_the_place(qtbot, make_window):
    """Short of height a page is shown whole in the part's scrolling page; Shift+Tab back
    into it, or a click in its text, sent the reader back to its first line."""
    view = module_at(qtbot, make_window, SHORT, part=PAGE)
    page, scroll = view.page_view, view.page_holder
    page.setFocus()
    settle(qtbot)
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(qtbot)
    place = bar.value()
    view.next_button.setFocus()
    settle(qtbot)
    page.setFocus()  # as Shift+Tab does
    settle(qtbot)
    assert bar.value() == place > 0


def test_after_a_resize_into_the_short_layout_the_keyboard_s_control_is_in_view(qtbot, make_window):
    """The header went in above a focused option and left it out of sight; "◀ Overview"
    lost the keyboard when the header moved back."""
    view = module_at(qtbot, make_window, LAPTOP, text_size=200, part=QUIZ)
    quiz, window = view.quiz_player, view.window()
    quiz._rows[-1].setFocus()
    settle(qtbot)
    window.resize(*SHORT)
    settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    assert view.short_of_height and quiz._rows[-1].hasFocus() and in_view(quiz._rows[-1])
    view.back_button.setFocus()
    settle(qtbot)
    window.resize(*LAPTOP)
    settle(qtbot)
    qtbot.wait(20)
    assert not view.short_of_height and view.back_button.hasFocus()


def test_entering_a_quiz_with_next_puts_the_keyboard_on_its_first_option(qtbot, make_window):
    view = module_at(qtbot, make_window, LAPTOP, text_size=100, part=QUIZ - 1)
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Space)
    settle(qtbot)
    assert view.current_part().kind == "quiz"
    focused = view.window().focusWidget()  # the first answer, not the quiz's container (no focus shown)
    assert focused is not None and view.quiz_player.answer_area.isAncestorOf(focused)
