"""Presenter mode as a presenter uses it: keys and clickers, blanking, jumping, votes and
reveals, content warnings, the notes overlay and the console on a second screen."""

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from trainer.ui.presenter.slide_theme import DARK, LIGHT

from presenting import go_to_kind, press, tr, warning_label


# ---------------------------------------------------------------- keys


def test_forward_and_back_keys(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    assert p.number == 1
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        before = p.number
        press(qtbot, presenter, key)
        assert p.number == before + 1, key
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
        before = p.number
        press(qtbot, presenter, key)
        assert p.number == before - 1, key
    assert presenter.audience.view.slide is p.current and presenter.audience.view.number == p.number


def test_home_end_and_go_to_a_slide(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_End)
    assert p.number == p.total
    press(qtbot, presenter, Qt.Key.Key_Home)
    assert p.number == 1
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_1)
    label = presenter.audience.goto_label
    assert label.text() == tr("Presenter", "Go to slide: %1", 1)
    # A small prompt in the bottom margin: the title and the text stay in view.
    height = presenter.audience.height()
    assert label.geometry().top() >= height * 0.9 and label.height() <= height * 0.08
    press(qtbot, presenter, Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert p.number == 12 if p.total >= 12 else p.number == 1
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_4, Qt.Key.Key_Enter)
    assert p.number == 4
    assert presenter.goto_digits is None and not presenter.audience.goto_label.isVisible()
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return)
    assert p.number == 4  # there is no slide 999
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_2, Qt.Key.Key_Escape)
    assert (p.number, presenter.asked) == (4, [])  # Esc cancels the jump, it does not leave


def test_next_on_the_last_slide_says_quietly_that_the_programme_has_ended(qtbot, make_presenter, monkeypatch):
    from trainer.ui.presenter import presenter as presenter_module

    monkeypatch.setattr(presenter_module, "END_NOTICE_MS", 50)
    ended = tr("Presenter", "End of the programme: there is no slide after this one. Esc leaves.")
    # Two screens: the presenter's view says it; the projector does not change.
    presenter = make_presenter(dual=True)
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_End)
    assert presenter.console.state_label.text() == ""
    press(qtbot, presenter, Qt.Key.Key_Right)
    assert p.number == p.total and presenter.console.state_label.text() == ended
    assert not presenter.audience.goto_label.isVisible()
    press(qtbot, presenter, Qt.Key.Key_Left)
    assert presenter.console.state_label.text() == ""
    # One screen: a small note in the projector's bottom margin, for a moment.
    presenter = make_presenter()
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_End, Qt.Key.Key_Space)
    label = presenter.audience.goto_label
    assert p.number == p.total and label.isVisible() and label.text() == tr("Presenter", "End of the programme")
    assert label.geometry().top() >= presenter.audience.height() * 0.9
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=2000)


def test_black_and_white_screens_and_back(qtbot, make_presenter):
    presenter = make_presenter()
    view = presenter.audience.view
    press(qtbot, presenter, Qt.Key.Key_Right)
    number = presenter.presentation.number

    def colour():
        return view.grab().toImage().pixelColor(view.width() // 2, view.height() // 2)

    press(qtbot, presenter, Qt.Key.Key_B)
    assert view.blank == "black" and colour() == QColor("#000000")
    press(qtbot, presenter, Qt.Key.Key_B)
    assert view.blank == ""
    press(qtbot, presenter, Qt.Key.Key_Period)
    assert view.blank == "black"
    press(qtbot, presenter, Qt.Key.Key_W)
    assert view.blank == "white" and colour() == QColor("#ffffff")
    press(qtbot, presenter, Qt.Key.Key_W)
    assert view.blank == ""
    # A clicker's next button on a blank screen brings the slide back before moving on.
    press(qtbot, presenter, Qt.Key.Key_B, Qt.Key.Key_PageDown)
    assert (view.blank, presenter.presentation.number) == ("", number)
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert presenter.presentation.number == number + 1


def test_f_toggles_full_screen(qtbot, make_presenter):
    presenter = make_presenter()
    assert not presenter.audience.isFullScreen()
    press(qtbot, presenter, Qt.Key.Key_F)
    assert presenter.audience.windowState() & Qt.WindowState.WindowFullScreen
    press(qtbot, presenter, Qt.Key.Key_F)
    assert not presenter.audience.windowState() & Qt.WindowState.WindowFullScreen


def test_escape_asks_before_leaving(qtbot, make_presenter):
    presenter = make_presenter()
    press(qtbot, presenter, Qt.Key.Key_Escape)
    assert presenter.asked == [tr("Presenter", "Leave the presentation?")] and presenter.audience.isVisible()
    presenter.ask = lambda question: True
    with qtbot.waitSignal(presenter.finished, timeout=1000):
        press(qtbot, presenter, Qt.Key.Key_Escape)
    assert not presenter.audience.isVisible() and not presenter.console.isVisible()


def test_enter_in_the_leave_question_continues_the_show(qtbot, make_presenter):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    presenter = make_presenter()
    del presenter.ask  # the real question, as the presenter sees it
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append((box.defaultButton().text(), box.escapeButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(100, answer)
    press(qtbot, presenter, Qt.Key.Key_Escape)
    continue_text = tr("Presenter", "Continue")
    assert seen == [(continue_text, continue_text)] and presenter.audience.isVisible()


@pytest.mark.parametrize("keys", [
    (Qt.Key.Key_Right, Qt.Key.Key_Return), (Qt.Key.Key_Right, Qt.Key.Key_Space), (Qt.Key.Key_Down, Qt.Key.Key_Enter),
    (Qt.Key.Key_Tab, Qt.Key.Key_Return), (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Space),
    (Qt.Key.Key_Right, Qt.Key.Key_Escape),
])
def test_no_arrow_or_enter_in_the_leave_question_ends_the_show(qtbot, make_presenter, keys):
    # Seen: Esc, then Right moved the focus to "Leave", and Enter ended the evening.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    presenter = make_presenter()
    del presenter.ask  # the real question
    answered = []

    def answer():
        box = QApplication.activeModalWidget()
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget() or box, key)
        answered.append(box.isVisible())
        if box.isVisible():
            box.reject()  # let the test go on whatever happened

    QTimer.singleShot(100, answer)
    press(qtbot, presenter, Qt.Key.Key_Escape)
    assert answered == [False] and presenter.audience.isVisible() and not presenter._leaving


def test_l_or_a_click_on_leave_in_the_question_ends_the_show(qtbot, make_presenter):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    for leave_by in ("key", "click"):
        presenter = make_presenter()
        del presenter.ask
        seen = []

        def answer():
            box = QApplication.activeModalWidget()
            seen.append(box.informativeText())
            if leave_by == "key":
                qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_L)
            else:
                leave = next(b for b in box.buttons() if b.text() == tr("Presenter", "Leave"))
                qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
            if box.isVisible():
                box.reject()  # never wait for ever: the show then goes on, and the test fails

        QTimer.singleShot(100, answer)
        with qtbot.waitSignal(presenter.finished, timeout=2000):
            press(qtbot, presenter, Qt.Key.Key_Escape)
        assert seen == [tr("Presenter", "L leaves. Enter, Space or Esc goes on with the show.")]


def test_dialogs_over_the_slides_use_the_app_colours_and_show_whole_choices(qtbot, make_presenter):
    from PySide6.QtWidgets import QLabel

    from trainer.ui.presenter.dialogs import VotesDialog

    presenter = make_presenter()
    # A style sheet on the slide window would be inherited by every dialog over it.
    assert presenter.audience.styleSheet() == ""
    go_to_kind(presenter, "step", "start")
    slide = presenter.presentation.current
    dialog = VotesDialog(slide, (), False, presenter.audience)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for number, choice in enumerate(slide.choices, 1):
        assert f"{number}. {choice.text}" in texts
    assert not any("…" in text for text in texts)
    assert "QCheckBox::indicator" in dialog.save_box.styleSheet()  # the box shows on a dark theme too


# ---------------------------------------------------------------- scenarios, quizzes, votes


def test_votes_reveal_and_trying_another_choice(qtbot, make_presenter, fresh_db):
    opened = []
    presenter = make_presenter(db_opener=lambda: opened.append(1) or fresh_db)
    go_to_kind(presenter, "step", "start")
    p = presenter.presentation
    asked = []
    presenter.ask_votes = lambda slide, counts: asked.append((slide.item_id, counts)) or [4, 19]
    press(qtbot, presenter, Qt.Key.Key_V)
    assert asked == [("start", ())]
    assert p.votes_for() == (4, 19) and presenter.audience.view.votes == (4, 19)
    assert presenter.console.votes_label.text() == tr("Presenter", "Votes: %1", "1: 4,  2: 19")
    press(qtbot, presenter, Qt.Key.Key_Space)  # reveal: the hall's favourite
    assert (p.current.kind, p.current.chosen) == ("reveal", 1)
    assert p.current.blocks == ("Det er lett å la være, men du går glipp av en sjanse.",)
    press(qtbot, presenter, Qt.Key.Key_Right)  # what happens next
    assert (p.current.kind, p.current.item_id) == ("step", "stille")
    press(qtbot, presenter, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert (p.current.kind, p.current.item_id) == ("step", "start")
    press(qtbot, presenter, Qt.Key.Key_1)  # try the other choice
    assert (p.current.kind, p.current.chosen) == ("reveal", 0)
    assert p.current.blocks == ("Bra: du spør uten å anklage.",)
    press(qtbot, presenter, Qt.Key.Key_Right)
    assert p.current.item_id == "samtale"
    # Nothing was stored: saving the counts is off unless the presenter asks for it.
    assert opened == [] and fresh_db["presenter_votes"].count == 0


def test_a_revealed_scenario_vote_marks_the_halls_choice_and_the_recommended_one_in_words(qtbot, make_presenter):
    presenter = make_presenter()
    go_to_kind(presenter, "step", "start")
    p = presenter.presentation
    presenter.ask_votes = lambda slide, counts: [4, 19]
    press(qtbot, presenter, Qt.Key.Key_V, Qt.Key.Key_Space)  # count hands, then reveal
    assert (p.current.kind, p.current.chosen) == ("reveal", 1)
    # (the presenter's preview: the projector's layout at the projector's 1280x720)
    text = presenter.console.current_view.layout_for_paint().body.toPlainText()
    rows = text.split("\n")
    # Every choice stays, each with its count and a bar as long as its share of the most
    # (a run of coloured no-break spaces, plain spaces in the plain text).
    ask = rows.index("Spør rolig hvor skoene kommer fra · Anbefalt valg")
    quiet = rows.index("Si ingenting · Salens valg")
    assert rows[ask - 1] == "✓ 1" and rows[ask + 1] == "4" and rows[quiet - 1] == "2" and rows[quiet + 1] == "19"
    longest, short = len(rows[quiet + 2]), len(rows[ask + 2])
    assert rows[quiet + 2] == " " * longest and rows[ask + 2] == " " * short and longest > 3
    assert short == round(longest * 4 / 19)
    # Then the feedback on the hall's choice.
    assert text.index("Si ingenting") < text.index("Det er lett å la være")
    # When the hall picks the recommended choice, both marks are on it.
    press(qtbot, presenter, Qt.Key.Key_1)
    text = presenter.console.current_view.layout_for_paint().body.toPlainText()
    assert "Spør rolig hvor skoene kommer fra · Salens valg · Anbefalt valg" in text.split("\n")
    assert "Si ingenting" in text and "19" in text
    # Before the reveal nothing gives the answer away.
    press(qtbot, presenter, Qt.Key.Key_Left)
    assert p.current.kind == "step"
    assert "Anbefalt valg" not in presenter.console.current_view.layout_for_paint().body.toPlainText()


def test_right_past_a_step_nobody_voted_on_does_not_claim_the_hall_chose(qtbot, make_presenter):
    presenter = make_presenter(dual=True)
    go_to_kind(presenter, "step", "start")
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_Right)  # no V, no number key
    assert (p.current.kind, p.current.chosen) == ("reveal", 0)  # the recommended way on
    rows = presenter.console.current_view.layout_for_paint().body.toPlainText().split("\n")
    assert "Spør rolig hvor skoene kommer fra · Slik går historien videre · Anbefalt valg" in rows
    assert not any("Salens valg" in row for row in rows)
    assert presenter.console.votes_label.text() == tr(
        "Presenter", "No vote was taken: the story goes on with choice %1. V or 1–9 gives the hall's choice.", 1)
    press(qtbot, presenter, Qt.Key.Key_1)  # the hall said 1 after all
    rows = presenter.console.current_view.layout_for_paint().body.toPlainText().split("\n")
    assert "Spør rolig hvor skoene kommer fra · Salens valg · Anbefalt valg" in rows


def test_the_reveal_on_elias_step_names_the_choice_the_author_marked(qtbot):
    """"Elias forteller": every sign is behind, so only the author's `{recommended}` mark
    can tell the hall that calling the police together is the lesson."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from trainer import paths
    from trainer.course.loader import load_library
    from trainer.ui.presenter.presenter import Presenter

    builtin = load_library([paths.builtin_content_dir()])
    presenter = Presenter(builtin.programme("foreldremote", "nb"), builtin, fullscreen=False)
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.start(screens=[QGuiApplication.primaryScreen()])
    presenter.refit(QSize(1280, 720))
    presenter.ask = lambda question: False
    try:
        go_to_kind(presenter, "step", "tjenester")
        p = presenter.presentation
        assert "Anbefalt valg" not in presenter.console.current_view.layout_for_paint().body.toPlainText()
        shown = [c.text for c in p.current.choices]
        pay = shown.index("Betal Kris for jakka, så Elias ikke skylder ham noe og kan komme seg ut av det")
        presenter.ask_votes = lambda slide, counts: [20 if i == pay else 3 for i in range(len(shown))]
        press(qtbot, presenter, Qt.Key.Key_V, Qt.Key.Key_Space)  # the hall would pay Kris
        assert (p.current.kind, p.current.item_id, p.current.chosen) == ("reveal", "tjenester", pay)
        rows = presenter.console.current_view.layout_for_paint().body.toPlainText().split("\n")
        police = rows.index("Si at du står på hans side, og kontakt politiet sammen med ham · Anbefalt valg")
        number = shown.index("Si at du står på hans side, og kontakt politiet sammen med ham") + 1
        assert rows[police - 1] == f"✓ {number}"
        assert "Betal Kris for jakka, så Elias ikke skylder ham noe og kan komme seg ut av det · Salens valg" in rows
        assert sum("Anbefalt valg" in row for row in rows) == 1
    finally:
        presenter.leave()


def test_vote_counts_are_stored_only_when_asked_and_anonymously(qtbot, make_presenter, fresh_db):
    from datetime import date

    presenter = make_presenter(save_votes=True, db_opener=lambda: fresh_db)
    go_to_kind(presenter, "step", "start")
    presenter.ask_votes = lambda slide, counts: [3, 5]
    press(qtbot, presenter, Qt.Key.Key_V)
    rows = list(fresh_db["presenter_votes"].rows)
    # Stored by the choice as written, not by the number the hall saw beside it.
    shown = [c.text for c in presenter.presentation.current.choices]
    written = [c.text for c in presenter.presentation.library.module("demo", "nb").part("sko").start.choices]
    counts = {text: n for text, n in zip(shown, [3, 5])}
    assert rows == [
        {"programme_id": "kveld", "lang": "nb", "day": date.today().isoformat(), "session": presenter.session,
         "module_id": "demo", "part_id": "sko", "item_id": "start", "choice_index": i, "count": counts[text]}
        for i, text in enumerate(written)
    ]


def test_quiz_question_then_answer(qtbot, make_presenter):
    presenter = make_presenter()
    go_to_kind(presenter, "question", "betaler")
    p = presenter.presentation
    assert sorted(c.text for c in p.current.choices) == ["Bestilleren", "Utføreren"]
    press(qtbot, presenter, Qt.Key.Key_Return)
    assert (p.current.kind, p.current.chosen) == ("answer", -1)
    assert p.current.blocks == ("Bestilleren betaler.",)
    number = [c.text for c in p.current.choices].index("Utføreren") + 1
    press(qtbot, presenter, getattr(Qt.Key, f"Key_{number}"))  # the hall said "Utføreren"
    assert (p.current.kind, p.current.chosen) == ("answer", number - 1)
    assert p.current.blocks == ("Nei, utføreren gjør jobben.", "Bestilleren betaler.")


def test_content_warning_comes_first_and_s_skips(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_Right)
    # The warning is in the programme's language, whatever the language of the app.
    assert (p.current.kind, p.current.heading, p.current.blocks) == ("warning", warning_label("nb"), ("**Demomodul**", "Om vold mot barn."))
    assert presenter.console.skip_button.isEnabled()
    assert tr("Presenter", "Content warning: S skips this part") in presenter.console.state_label.text()
    press(qtbot, presenter, Qt.Key.Key_S)
    assert (p.current.heading, p.current.section) == ("Spørsmål", 2)
    assert not presenter.console.skip_button.isEnabled()
    press(qtbot, presenter, Qt.Key.Key_S)
    assert p.current.heading == "Spørsmål"  # S does nothing elsewhere


def test_skipping_a_warned_last_part_lands_on_the_end_slide(qtbot, evening, make_presenter):
    programme = evening.programme("kveld", "nb")
    presenter = make_presenter()
    p = presenter.presentation
    # The evening without its closing questions: the warned module is its last part.
    p.programme = programme._replace(sections=programme.sections[:2])
    p.rebuild()
    press(qtbot, presenter, Qt.Key.Key_Right)
    assert p.current.kind == "warning"
    press(qtbot, presenter, Qt.Key.Key_S)
    assert (p.current.kind, p.current.heading, p.number) == ("end", "Foreldrekveld", p.total)
    assert presenter.audience.view.layout_for_paint().body.toPlainText() == ""


# ---------------------------------------------------------------- screens and notes


def test_one_screen_notes_overlay_on_n(qtbot, make_presenter):
    presenter = make_presenter()
    overlay = presenter.audience.overlay
    assert not presenter.dual and not presenter.console.isVisible() and not overlay.isVisible()
    press(qtbot, presenter, Qt.Key.Key_N)
    assert overlay.isVisible()
    qtbot.waitUntil(lambda: presenter.audience.view.height() < presenter.audience.height())
    assert "Si hvem du er." in overlay.notes_text()
    assert tr("Presenter", "Slide %1 of %2", 1, presenter.presentation.total) in overlay.status.text()
    assert overlay.next_label.text().startswith(tr("Presenter", "Next: %1", warning_label("nb")))
    assert overlay.next_label.wordWrap()  # never cut mid-word
    # The slide shrinks above the notes, whole and in the projector's shape: nothing covered.
    view = presenter.audience.view
    assert view.geometry().bottom() < overlay.geometry().top()
    assert view.slide_size() == presenter.audience.size() and view.height() < presenter.audience.height()
    assert presenter.audience.slide_size() == presenter.audience.size()  # the deck is not re-split
    press(qtbot, presenter, Qt.Key.Key_N)
    assert not overlay.isVisible()
    qtbot.waitUntil(lambda: view.height() == presenter.audience.height())  # the layout catches up


def test_one_screen_notes_scroll_and_never_grow_out_of_their_panel(qtbot, make_presenter):
    """At 1024x768 long notes were cut off (labels, no scrolling), and after a few + the
    notes were squeezed out of the panel by the time and the next line."""
    presenter = make_presenter()
    audience = presenter.audience
    audience.resize(1024, 768)
    long_notes = "\n\n".join(f"Avsnitt {n}: si dette rolig til salen, og vent på spørsmål." for n in range(1, 30))
    p = presenter.presentation
    p.slides[p.index] = replace(p.current, notes=long_notes)
    press(qtbot, presenter, Qt.Key.Key_N)
    overlay = audience.overlay
    qtbot.waitUntil(lambda: overlay.isVisible() and overlay.height() == int(768 * overlay.SHARE))
    assert "Avsnitt 29" in overlay.notes_text()  # all of it is there, to scroll to
    bar = overlay.notes.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    number = p.number
    press(qtbot, presenter, Qt.Key.Key_Down)
    assert bar.value() > 0 and p.number == number  # Down scrolls the notes; the slide stays
    press(qtbot, presenter, Qt.Key.Key_Up)
    assert bar.value() == 0
    for _ in range(10):
        press(qtbot, presenter, Qt.Key.Key_Plus)
    qtbot.wait(50)
    # The type grew, but never past where three lines of notes still show.
    assert overlay.pixels > 768 // 34 and overlay.fits(overlay.pixels)
    assert overlay.notes.height() >= 3 * overlay.pixels
    for _ in range(10):
        press(qtbot, presenter, Qt.Key.Key_Minus)
    assert overlay.pixels >= 14


def test_the_one_screen_notes_grow_back_when_the_window_does(qtbot, make_presenter):
    """A window that was small for a moment (before it went full screen) left the notes at
    the smallest type for the rest of the evening: 14 px on a 1366x768 laptop, with most
    of the panel empty. The type steps down only for as long as the window needs it."""
    presenter = make_presenter()
    audience = presenter.audience
    press(qtbot, presenter, Qt.Key.Key_N)
    overlay = audience.overlay
    audience.resize(480, 270)
    qtbot.waitUntil(lambda: overlay.height() == int(270 * overlay.SHARE))
    assert overlay.pixels == 14
    audience.resize(1366, 768)
    qtbot.waitUntil(lambda: overlay.height() == int(768 * overlay.SHARE))
    assert overlay.pixels == round(768 / 34) and overlay.fits(overlay.pixels)


def test_the_one_screen_notes_keep_their_size_from_slide_to_slide(qtbot, make_presenter):
    """A slide whose next line wraps needs smaller notes; the slide after it kept them
    smaller, and only then, so the notes did not change size at every slide."""
    presenter = make_presenter()
    audience, p = presenter.audience, presenter.presentation
    audience.resize(1024, 768)
    p.home()
    following = p.slides[p.index + 1]
    p.slides[p.index + 1] = replace(following, heading=" ".join(["Et svært langt neste lysbilde"] * 12))
    press(qtbot, presenter, Qt.Key.Key_N)
    overlay = audience.overlay
    qtbot.waitUntil(lambda: overlay.height() == int(768 * overlay.SHARE))
    presenter.update_views()
    small = overlay.pixels
    assert small < round(768 / 34) and overlay.fits(small)
    press(qtbot, presenter, Qt.Key.Key_Right, Qt.Key.Key_Right)  # short next lines from here
    assert overlay.pixels == small
    press(qtbot, presenter, Qt.Key.Key_Plus)  # the presenter's own choice still counts
    assert overlay.pixels > small


def test_the_presenters_notes_keep_room_from_their_frame(qtbot, make_presenter):
    """The notes on the laptop are read at a glance: their words stood 4 px from the box's
    frame (Qt's own margin). They keep the design's text margin on every side."""
    from PySide6.QtGui import QTextCursor

    from trainer.ui.widgets import theme

    presenter = make_presenter(dual=True)
    notes = presenter.console.notes
    press(qtbot, presenter, Qt.Key.Key_Right)  # a new slide's notes replace the old ones
    assert notes.toPlainText().strip()
    first = notes.cursorRect(QTextCursor(notes.document()))
    assert first.left() >= theme.TEXT_MARGIN and first.top() >= theme.TEXT_MARGIN
    assert notes.document().documentMargin() >= theme.TEXT_MARGIN  # the same room on the right and below


def test_the_one_screen_notes_line_up_with_the_lines_above_them(qtbot, make_presenter):
    """Under the slide, the notes stood 4 px right of the time and the next line (the text
    box's own margin)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor

    presenter = make_presenter()
    press(qtbot, presenter, Qt.Key.Key_N)
    overlay = presenter.audience.overlay
    assert overlay.isVisible() and overlay.notes_text().strip()
    notes = overlay.notes
    first = notes.cursorRect(QTextCursor(notes.document()))
    notes_x = notes.viewport().mapTo(overlay, first.topLeft()).x()
    status_x = overlay.status.mapTo(overlay, QPoint(0, 0)).x()
    assert abs(notes_x - status_x) <= 1, (notes_x, status_x)


def test_two_screens_console_shows_notes_time_and_next(qtbot, make_presenter):
    presenter = make_presenter(dual=True)
    console = presenter.console
    assert presenter.dual and console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_N)
    assert not presenter.audience.overlay.isVisible()  # the hall never sees the notes
    presenter.presentation.tick(75)  # people arriving: the clock has not started
    presenter.update_views()
    assert "Si hvem du er." in console.notes.toPlainText()
    assert console.number_label.text() == tr("Presenter", "Slide %1 of %2", 1, presenter.presentation.total)
    assert console.time_label.text() == tr("Presenter", "%1 of %2", "0:00", "10:00")
    assert console.next_view.slide is presenter.presentation.slides[1]
    # A clicker can be aimed at either window: keys on the console work the same.
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, window=console)
    assert presenter.presentation.number == 3
    presenter.presentation.tick(75)
    presenter.update_status()
    assert console.time_label.text() == tr("Presenter", "%1 of %2", "1:15", "10:00")
    assert console.section_label.text() == tr("Presenter", "Part %1 of %2: %3", 1, 3, "Tallene")
    presenter.presentation.tick(200)
    presenter.update_status()
    assert console.section_time_label.text() == (
        tr("Presenter", "This part: %1 of %2", "4:35", "3:00") + " " + tr("Presenter", "(%1 over)", "1:35"))
    assert console.section_time_label.styleSheet() != ""  # the calm amber of over time
    assert re.fullmatch(r"\d\d:\d\d", console.clock_label.text())  # the wall clock
    points = console.notes_points
    press(qtbot, presenter, Qt.Key.Key_Plus, window=console)
    assert console.notes_points > points and f"{console.notes_points}pt" in console.notes.styleSheet()
    press(qtbot, presenter, Qt.Key.Key_Minus, Qt.Key.Key_Minus, window=console)
    assert console.notes_points < points
    # Next is the primary button; Leave is not beside it.
    assert console.forward_button.objectName() == "primary"
    assert console.forward_button.width() > console.back_button.width()
    assert abs(console.leave_button.x() - console.forward_button.x()) > console.forward_button.width() / 2 or \
        console.leave_button.y() != console.forward_button.y()
    first = presenter.chosen
    press(qtbot, presenter, Qt.Key.Key_X, window=console)
    assert presenter.chosen == first[::-1] and console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_X, window=console)
    assert presenter.chosen == first


def test_theme_key_switches_dark_and_light(qtbot, make_presenter):
    presenter = make_presenter()
    assert presenter.audience.view.theme is DARK
    press(qtbot, presenter, Qt.Key.Key_T)
    assert presenter.audience.view.theme is LIGHT
    view = presenter.audience.view
    assert view.grab().toImage().pixelColor(3, 3) == QColor(LIGHT.background)


def test_the_next_line_reads_a_table_as_words():
    from trainer.course.slides import Slide
    from trainer.ui.presenter.windows import slide_summary

    table = Slide("text", "Fire roller", ("| Rolle | Kort fortalt |\n|---|---|\n| Bestiller | vil ha noe gjort |",))
    assert slide_summary(table) == "Fire roller: Rolle Kort fortalt Bestiller vil ha noe gjort"


def test_the_next_line_reads_a_slides_blocks_as_sentences():
    """A content warning's "Seven warning signs" and its text ran together on the one-screen
    panel: "Next: Content warning: Seven warning signs This module and its …"."""
    from trainer.course.slides import Slide
    from trainer.ui.presenter.windows import slide_summary

    warning = Slide("warning", "Content warning", ("**Seven warning signs**", "This module is about children."))
    assert slide_summary(warning) == "Content warning: Seven warning signs. This module is about children."
    points = Slide("text", "Hva kan du gjøre?", ("- Vær nysgjerrig", "- Ta vare på spor!", "1. Ring 112"))
    assert slide_summary(points) == "Hva kan du gjøre? Vær nysgjerrig. Ta vare på spor! Ring 112"


def test_the_one_screen_next_line_never_tells_the_hall_the_answer_before_it_votes(qtbot, make_presenter):
    """With one screen the notes panel is on the projector: "Neste: … : Usant. Motivet er
    penger …" gave the answer away, and a step's "Neste:" read out its first choice."""
    from trainer.course.slides import Slide, SlideChoice
    from trainer.ui.presenter.windows import slide_summary

    choices = (SlideChoice("Sant", correct=False), SlideChoice("Usant", correct=True))
    answer = Slide("answer", "Nettverkene foretrekker ungdom politiet kjenner.", ("Usant. Motivet er penger.",),
                   choices=choices, chosen=1)
    assert slide_summary(answer, "Svar") == "Svar"
    reveal = Slide("reveal", "Vaskekurven", ("Bra: du spør.",), choices=choices, chosen=0)
    assert slide_summary(reveal, "Svar") == "Svar"
    step = Slide("step", "Vaskekurven", (), choices=(SlideChoice("Spør rolig"), SlideChoice("Vent")))
    assert slide_summary(step) == "Vaskekurven"
    assert slide_summary(Slide("text", "Myte 1.", ("Du får godt betalt.",))) == "Myte 1: Du får godt betalt."
    presenter = make_presenter()
    go_to_kind(presenter, "question")
    press(qtbot, presenter, Qt.Key.Key_N)
    p = presenter.presentation
    assert p.next_slide.kind == "answer"
    assert presenter.audience.overlay.next_label.text() == tr("Presenter", "Next: %1", tr("Presenter", "Answer"))
    assert tr("Presenter", "Answer") == "Svar"


def test_an_unexpected_error_is_told_over_the_presenter_s_view_while_a_show_runs(qtbot, make_presenter, monkeypatch):
    """The focus may be on the slides' window (someone clicked on them), on the projector:
    the message goes over the presenter's view all the same, and after the show wherever
    the app is used."""
    from trainer.ui import errors

    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, *words: told.append(parent))
    monkeypatch.setattr(errors, "_shown", False)
    monkeypatch.setattr(QApplication, "activeWindow", lambda: presenter.audience)  # the slides have the focus
    presenter = make_presenter(dual=True)
    try:
        raise RuntimeError("a bug in the middle of the evening")
    except RuntimeError as error:
        errors.excepthook(type(error), error, error.__traceback__)
    assert told == [presenter.console]
    presenter.leave()
    assert errors.message_parent is None


def test_x_just_after_a_screen_went_starts_from_the_screens_as_they_are(qtbot, make_presenter):
    """X pressed before the show had arranged itself after a projector was pulled out:
    the choice was made from the screens that were, and named one no longer there."""
    presenter = make_presenter(dual=True)
    presenter._given_screens = presenter._given_screens[:1]  # gone; its arranging still queued
    presenter.swap_screens()
    assert not presenter.dual and presenter.chosen is None and not presenter.console.isVisible()
    assert presenter.audience.isVisible()


def test_switching_to_mirroring_mid_show_puts_the_slides_alone_again(qtbot, make_presenter):
    """The screens stay, only their places change (mirroring switched on in the system's
    settings): the presenter's view would stay over what the hall sees."""
    from PySide6.QtGui import QGuiApplication

    from trainer.ui.presenter.screen_choice import ScreenFacts

    presenter = make_presenter(dual=True)
    assert presenter.dual and presenter.console.isVisible()
    presenter._facts = lambda screens: [ScreenFacts(f"screen-{i}", 1280, 720, i == 0, 0, 0)
                                        for i in range(len(screens))]  # both at one place now
    screen = QGuiApplication.primaryScreen()
    screen.geometryChanged.emit(screen.geometry())
    qtbot.waitUntil(lambda: not presenter.dual)
    assert not presenter.console.isVisible() and presenter.audience.isVisible()


@pytest.mark.parametrize("app_lang,show_lang", [("nb", "en"), ("en", "nb")])
def test_every_word_of_the_show_is_in_the_programmes_language_whatever_the_apps(qtbot, app_lang, show_lang):
    """An English evening run from a Norwegian app showed "Gå til lysbilde" and "Slutt på
    programmet" on the projector, and a Norwegian presenter's view, notes panel and
    questions beside English slides."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from trainer import paths
    from trainer.course.loader import load_library
    from trainer.ui.presenter.dialogs import VotesDialog
    from trainer.ui.presenter.presenter import Presenter
    from trainer.ui.widgets.appearance import install_translators

    from PySide6.QtCore import QLocale

    from trainer.ui.widgets import appearance

    app = QApplication.instance()
    library = load_library([paths.builtin_content_dir()])
    before, locale = list(appearance._installed), QLocale()
    install_translators(app, app_lang)
    try:
        presenter = Presenter(library.programme("foreldremote-kort", show_lang), library, fullscreen=False)
        qtbot.addWidget(presenter.audience)
        qtbot.addWidget(presenter.console)
        presenter.start(screens=[QGuiApplication.primaryScreen()])
        presenter.refit(QSize(1280, 720))
        words = {"en": ("Go to slide: _", "End of the programme", "Next", "No notes for this slide.", "Leave",
                        "Hand count", "Cancel", "Slide 1 of"),
                 "nb": ("Gå til lysbilde: _", "Slutt på programmet", "Neste", "Ingen notater til dette lysbildet.",
                        "Avslutt", "Håndopprekning", "Avbryt", "Lysbilde 1 av")}[show_lang]
        press(qtbot, presenter, Qt.Key.Key_G)
        assert presenter.audience.goto_label.text() == words[0]
        press(qtbot, presenter, Qt.Key.Key_Escape, Qt.Key.Key_N)
        presenter.presentation.end()
        presenter.update_views()
        assert presenter.audience.overlay.next_label.text().endswith(words[1])
        assert presenter.console.next_caption.text() == words[2]
        presenter.console.show_notes("")
        assert words[3] in presenter.console.notes.toPlainText()
        assert presenter.console.leave_button.text() == words[4]
        presenter.presentation.home()
        presenter.update_views()
        assert presenter.audience.overlay.status.text().split("   ·   ")[1].startswith(words[7])
        # The questions the show asks, over the slides with one screen.
        seen = []

        def answer():
            box = QApplication.activeModalWidget()
            seen.append([b.text() for b in box.buttons()])
            box.reject()

        QTimer.singleShot(0, answer)
        Presenter.ask(presenter, presenter.tr("Leave the presentation?"))
        assert words[4] in seen[0]
        slide = next(s for s in presenter.presentation.slides if s.choices)
        dialog = VotesDialog(slide, (), False, lang=show_lang)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == words[5]
        assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).text() == words[6]
        presenter.leave()
    finally:  # the app's language as the other tests left it
        while appearance._installed:
            app.removeTranslator(appearance._installed.pop())
        for translator in before:
            app.installTranslator(translator)
            appearance._installed.append(translator)
        QLocale.setDefault(locale)
