"""The learner's screens on a 1366x768 laptop: every primary action can be seen and
reached, no Alt-letter is shown twice on a screen (in nb and en), Enter and the
documented shortcuts work, and progress tells the truth however a module is left."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from alt_letters import alt_letter_faults, menu_faults
from test_learner_flow import answer_current, click_choice, create_profile

RIGHT_ANSWERS = {
    "nb": (0, {0, 2}, 1, {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"},
           ["Sosiale medier", "Annonse", "Gruppe"]),
}
LAPTOP = (1366, 768 - 30)  # the available area of a 1366x768 screen, less the title bar


@pytest.fixture
def warned_content(demo_content):
    """The demo course, its module with a content warning (as most built-in modules have)."""
    for lang, warning in (("nb", "Om vold mot barn."), ("en", "About violence against children.")):
        module = demo_content / lang / "demo" / "module.md"
        module.write_text(module.read_text("utf-8").replace("summary:", f"content_warning: {warning}\nsummary:"), "utf-8")
    return demo_content


def screens(qtbot, window):
    """Walk the learner's way and yield (name, primary action) on each screen."""
    yield "profiles", window.profile_picker.create_button
    create_profile(qtbot, window)
    yield "overview", window.overview.continue_button
    window.open_module("demo")
    yield "content warning", window.warning_screen.continue_button
    qtbot.keyClick(window.warning_screen.continue_button, Qt.Key.Key_Return)  # Enter presses the button
    view = window.module_view
    assert window.stack.currentWidget() is view
    yield "reading", view.next_button
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    yield "scenario step", player._choice_buttons[-1]
    player.choose(0)
    yield "scenario feedback", player.go_on_button
    while not player.step.is_ending:
        if player.go_on_button.isVisible():
            player.go_on_button.click()
        else:
            player.choose(0)
    yield "scenario ending", view.next_button
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    for index in range(len(quiz.quiz.questions)):
        kind = quiz.quiz.questions[index].kind
        yield f"quiz {kind}", quiz.submit_button
        # Any answer will do here: the first option, the first match (an order is always given).
        if quiz._rows:
            quiz._on_number_key(1)
        for combo in quiz.answer_area.findChildren(QComboBox):
            combo.setCurrentIndex(1)
        quiz.submit()
        yield f"quiz {kind} feedback", quiz.next_button
        quiz.next_button.click()
    yield "quiz result", quiz.continue_button
    window.show_progress()
    yield "progress", window.progress_view.certificate_button


def laptop_window(make_window, lang="nb"):
    window = make_window(lang)
    window.resize(*LAPTOP)
    return window


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("size, text_size", [
    (LAPTOP, 100),
    (LAPTOP, 200),  # and high contrast
    ((1366 * 4 // 5, (768 - 30) * 4 // 5), 100),  # 1366x768 at 125 % (QT_SCALE_FACTOR): logical pixels
    ((1280 * 2 // 3, (720 - 30) * 2 // 3), 100),  # 1280x720 at 150 %
])
def test_every_primary_action_is_on_screen_at_1366x768(qtbot, make_window, warned_content, size, text_size):
    if text_size != 100:
        from trainer.ui.app import open_settings
        from trainer.ui.preferences import Preferences

        Preferences(open_settings()).set("text_size", text_size)
        Preferences(open_settings()).set("theme", "contrast")
    window = make_window()
    window.resize(*size)
    assert (window.width(), window.height()) == size  # never held larger by a minimum size
    hidden = []
    for name, action in screens(qtbot, window):
        settle(qtbot)
        if name.startswith("quiz") and window.module_view.short_of_height:
            # Short of height (1280x720 at 150 %), a quiz's buttons come under its answers
            # (test_short_screen.py): in view once the keyboard gets there.
            action.setFocus()
            settle(qtbot)
        # In view: shown, inside the window, and not cut by a scroll area or the window edge.
        top_left = action.mapTo(window, action.rect().topLeft())
        inside = window.rect().contains(top_left) and window.rect().contains(
            action.mapTo(window, action.rect().bottomRight()))
        whole = action.visibleRegion().boundingRect() == action.rect()
        if not (action.isVisible() and inside and whole):
            hidden.append(name)
    assert hidden == []


def every_scenario_step(qtbot, window):
    """Every step of the demo scenario, and the feedback after each of its choices."""
    player = window.module_view.scenario_player
    for step in player.scenario.steps:
        player._show_step(step, record_end=False)
        yield f"scenario step {step.id}"
        for index in range(len(step.choices)):
            player._show_step(step, record_end=False)
            player.choose(index)
            yield f"scenario step {step.id}, feedback on choice {index + 1}"


def dialogs(window):
    """Every dialog of the app that a learner or teacher opens from the menus."""
    from trainer.ui.authoring.pack_dialogs import GuideDialog, PacksDialog
    from trainer.ui.learner.contact_dialog import ContactDialog
    from trainer.ui.records.records_dialogs import PrivacyDialog, SyncDialog
    from trainer.ui.settings_dialog import SettingsDialog
    from trainer import paths

    lang = window.preferences.get("lang")
    yield "settings", SettingsDialog(window.preferences, "nb", window)
    yield "contact card", ContactDialog(window.context, window)
    yield "what is stored", PrivacyDialog(window)
    yield "sync", SyncDialog(window.context, window.preferences, window)
    yield "packs", PacksDialog(window.authoring, window)
    yield "authoring guide", GuideDialog(paths.authoring_guide(lang), window)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_alt_letter_twice_on_a_screen(qtbot, make_window, warned_content, lang):
    """Every screen, scenario step and dialog, and every menu, in both languages."""
    window = laptop_window(make_window, lang)
    twice, walked = {}, []

    def check(name, top):
        settle(qtbot)
        walked.append(name)
        # Each letter once, and each one works (a shortcut set on a button replaces it).
        faults = alt_letter_faults(top)
        if faults:
            twice[name] = faults

    for name, _action in screens(qtbot, window):
        check(name, window)
    window.module_view.parts.setCurrentRow(2)
    for name in every_scenario_step(qtbot, window):
        check(name, window)
    for name, dialog in dialogs(window):
        dialog.show()
        check(name, dialog)
        dialog.close()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu_faults(menu):
            twice[f"menu {menu_action.text()}"] = menu_faults(menu)
    assert twice == {}
    # The walk reached every kind of screen (a walk that stops early proves nothing).
    for expected in ("profiles", "content warning", "quiz result", "progress", "settings", "packs"):
        assert expected in walked
    steps = window.module_view.scenario_player.scenario.steps
    assert all(f"scenario step {step.id}" in walked for step in steps)


def test_no_text_browser_lets_its_words_touch_its_frame(qtbot, make_window, warned_content):
    """Every box of text on every screen and in every dialog keeps the design's margin
    between its words and its frame (Qt's own 4 px let the words touch it)."""
    from PySide6.QtWidgets import QTextBrowser

    from trainer.ui.widgets import theme

    window = laptop_window(make_window)
    tight = {}

    def check(name, top):
        settle(qtbot)
        for view in top.findChildren(QTextBrowser):
            if view.isVisible() and view.document().documentMargin() < theme.TEXT_MARGIN:
                tight[f"{name}: {view.accessibleName() or view.objectName() or type(view).__name__}"] = \
                    view.document().documentMargin()

    for name, _action in screens(qtbot, window):
        check(name, window)
    for name, dialog in dialogs(window):
        dialog.show()
        check(name, dialog)
        dialog.close()
    assert tight == {}


def test_the_way_back_to_the_overview_looks_the_same_on_every_screen(qtbot, make_window, warned_content):
    """"◀ Overview" was a quiet link in a module and a framed button in "My progress":
    one action, one look (the quiet one: it is the least used action on the screen)."""
    window = laptop_window(make_window)
    looks = {}
    for name, _action in screens(qtbot, window):
        settle(qtbot)
        for button in window.stack.currentWidget().findChildren(QPushButton):
            if button.isVisible() and button.text().replace("&", "").endswith("Oversikt"):
                looks[name] = button.objectName()
    assert {"reading", "quiz result", "progress"} <= set(looks)
    assert set(looks.values()) == {"quiet"}, looks


def test_a_content_warning_is_a_screen_with_continue_and_skip(qtbot, make_window, warned_content):
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    screen = window.warning_screen
    assert window.stack.currentWidget() is screen and "Om vold mot barn." in screen.warning.text()
    assert window.focusWidget() is screen.continue_button
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview
    # Quit inside the module; the next start shows the warning in the window, not a dialog.
    window.open_module("demo")
    qtbot.mouseClick(window.warning_screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.module_view
    window.close()
    window.context.db.conn.close()
    again = make_window()
    assert again.stack.currentWidget() is again.warning_screen
    assert QApplication.activeModalWidget() is None
    qtbot.mouseClick(again.warning_screen.continue_button, Qt.MouseButton.LeftButton)
    assert again.stack.currentWidget() is again.module_view


def test_documented_shortcuts_work(qtbot, make_window):
    window = laptop_window(make_window)
    window.activateWindow()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert view.current_part().id == "intro"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_part().id == "tall"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_part().id == "intro"
    # Enter and Space press the focused button, the primary one too.
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert view.current_part().id == "tall"
    qtbot.keyClick(view.next_button, Qt.Key.Key_Space)
    assert view.current_part().id == "sko"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.overview  # Ctrl+Home: the course overview
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.preferences.get("text_size") == 125  # Ctrl++: larger text
    assert window.contact_action.shortcut().toString() == "F2"


def dialog_opened_by(qtbot, window, key, modifier) -> str | None:
    """Press a key in the window; return the class name of the dialog it opened (closed again)."""
    from PySide6.QtCore import QTimer

    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__ if dialog is not None else None)
        if dialog is not None:
            dialog.reject()

    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window
    QTimer.singleShot(300, close_it)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)
    qtbot.waitUntil(lambda: seen != [], timeout=2000)
    return seen[0]


def test_every_shortcut_in_the_readme_works(qtbot, make_window):
    """The shortcuts README's "Accessibility and languages" lists, each by its keys
    (Alt+Left/Right, Enter, Space, Ctrl+Home, Ctrl++ and the quiz keys are pressed above)."""
    window = laptop_window(make_window)
    window.activateWindow()
    create_profile(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    control = Qt.KeyboardModifier.ControlModifier

    def press(key, modifier):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)

    assert dialog_opened_by(qtbot, window, Qt.Key.Key_Comma, control) == "SettingsDialog"  # Ctrl+,
    assert dialog_opened_by(qtbot, window, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier) == "ContactDialog"
    press(Qt.Key.Key_Plus, control)
    press(Qt.Key.Key_Minus, control)  # Ctrl+-: smaller again
    assert window.preferences.get("text_size") == 100
    press(Qt.Key.Key_H, control | Qt.KeyboardModifier.ShiftModifier)
    assert window.preferences.get("theme") == "contrast"
    press(Qt.Key.Key_H, control | Qt.KeyboardModifier.ShiftModifier)
    assert window.preferences.get("theme") != "contrast"
    # F2 works from inside a module too, and Alt+Up/Down move the chosen step of an ordering question.
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    for answer in RIGHT_ANSWERS["nb"][:4]:
        answer_current(qtbot, quiz, answer)
    assert quiz.quiz.questions[quiz.index].kind == "ordering"
    listing = quiz._ordering_list
    settle(qtbot)  # the move buttons (and so their shortcuts) are shown once the loop runs
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    listing.setFocus()
    listing.setCurrentRow(1)
    second = listing.item(1).text()
    # A button's shortcut clicks it the way a mouse does: after a short press animation.
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: listing.item(0).text() == second, timeout=2000)
    assert listing.currentRow() == 0
    qtbot.keyClick(listing, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: listing.item(1).text() == second, timeout=2000)
    assert dialog_opened_by(qtbot, window, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier) == "ContactDialog"


def test_quiz_by_number_keys_arrows_and_enter(qtbot, make_window):
    window = laptop_window(make_window)
    window.activateWindow()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts work in the active window
    quiz._rows[0].setFocus()  # as Tab from the list of parts does
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)  # arrows choose
    assert quiz._rows[1].isChecked() and window.focusWidget() is quiz._rows[1]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1)  # number keys choose
    assert quiz._rows[0].isChecked() and not quiz._rows[1].isChecked()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)  # Enter answers
    assert quiz.answers == {"betaler": 0}
    # The chosen and the right option say so in words, not colour alone.
    assert "Ditt svar: riktig" in quiz._rows[0].text()
    assert quiz._rows[0].property("verdict") == "right"
    assert window.focusWidget() is quiz.next_button
    qtbot.keyClick(quiz.next_button, Qt.Key.Key_Return)
    assert quiz.index == 1


def test_chosen_and_right_options_are_marked_after_a_wrong_answer(qtbot, make_window):
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    for answer in RIGHT_ANSWERS["nb"][:2]:
        answer_current(qtbot, quiz, answer)
    answer_current_without_next(qtbot, quiz, 0)  # "Sant": wrong
    chosen, right = quiz._rows[0], quiz._rows[1]
    assert "Ditt svar: ikke riktig" in chosen.text() and chosen.property("verdict") == "wrong"
    assert "Riktig svar" in right.text() and right.property("verdict") == "right"
    assert quiz.feedback_frame.property("verdict") == "wrong"


def answer_current_without_next(qtbot, quiz, index):
    quiz._rows[index].click()
    qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)


def test_result_focuses_the_next_module_and_a_full_quiz_counts_however_the_module_is_left(
        qtbot, make_window, demo_content, data_dir, tmp_path):
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    assert "Beståtte quizer: 0 av 1 som kreves (minst 75 % riktig): Demomodul" in overview_text(window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    answers = RIGHT_ANSWERS["nb"]
    for answer in answers[:-1]:
        answer_current(qtbot, quiz, answer)
    # The last answer is given, and the learner leaves by "Finish module" at once,
    # without looking at the result.
    listing = quiz._ordering_list
    listing.clear()
    listing.addItems(answers[-1])
    qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)
    assert view.next_button.text().replace("&", "") == "Fullfør modulen  ✓"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview
    assert window.context.db.execute("select score_percent, finished_at is not null from quiz_attempts").fetchall() == [(100, 1)]
    assert "Kurset er bestått." in overview_text(window)
    window.context.db.conn.close()

    out = tmp_path / "bevis.pdf"
    made = subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data_dir), "--content", str(demo_content),
                           "certificate", "--profile", "Kari Nordmann", "--course", "demokurs", "-o", str(out)],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")


def overview_text(window) -> str:
    return " ".join(label.text() for label in window.overview.tabs.currentWidget().findChildren(QLabel))


def test_the_result_screen_has_next_module_focused(qtbot, make_window):
    window = laptop_window(make_window)
    window.activateWindow()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    for answer in RIGHT_ANSWERS["nb"]:
        answer_current(qtbot, quiz, answer)
    assert quiz.continue_button.isVisible() and window.focusWidget() is quiz.continue_button
    assert quiz.continue_button.text().replace("&", "") == "Neste modul  ▶"
    assert not view.next_button.isVisible()  # one way on, not two
    qtbot.keyClick(quiz.continue_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.overview  # the only module: back to the overview
    status = window.context.db.execute("select status from module_progress").fetchone()[0]
    assert status == "completed"


def test_changing_settings_keeps_a_chosen_answer(qtbot, make_window):
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    window.module_view.parts.setCurrentRow(3)
    window.module_view.quiz_player._rows[1].click()
    window.apply_preferences({"text_size": 150})
    quiz = window.module_view.quiz_player
    assert window.module_view.current_part().id == "quiz-demo"
    assert [row.isChecked() for row in quiz._rows] == [False, True]


def test_the_progress_chart_shows_every_series_and_the_pass_line(qapp):
    from trainer.course.part_types import Figure
    from trainer.ui.widgets.charts import SERIES_COLOURS, paint_chart

    same = (100.0, 100.0)  # two quizzes with the same scores: both lines must be seen
    figure = Figure(kind="line", title="", columns=("1", "2"), rows=(("A", same), ("B", same)), chart_rows=(), line=0)
    plain = paint_chart(figure, width=400, height=240, top=100, foreground="#000000", background="#ffffff", spread=True)
    marked = paint_chart(figure, width=400, height=240, top=100, foreground="#000000", background="#ffffff",
                         spread=True, target=80, target_label="80 %")
    legend_top = 240 - 60  # the plot above the legend

    def colours(image):
        return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, legend_top)}

    seen = colours(plain)
    assert {SERIES_COLOURS[0].lower(), SERIES_COLOURS[1].lower()} <= seen
    # The pass line: a row of dark pixels at 80 % that the chart without it lacks.
    def dark_in_row(image, y):
        return sum(image.pixelColor(x, y).lightness() < 100 for x in range(60, 380))
    rows = range(0, legend_top)
    assert max(dark_in_row(marked, y) - dark_in_row(plain, y) for y in rows) > 100


@pytest.mark.parametrize("text_size", [100, 200])
def test_charts_grow_with_the_text_size(qtbot, make_window, text_size):
    """A chart's labels stayed 10 points at 200 % text, on a reading page and in My
    progress: the chart is now drawn as much larger as the text, as far as the room allows,
    and again at a new width (a narrower window left it wider than the page, behind a
    sideways scroll bar; in My progress it held the column open)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", text_size)
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    window.module_view.parts.setCurrentRow(1)  # the page with the figures
    settle(qtbot)
    page = window.module_view.page_view

    def held() -> float:  # the chart the page shows, in its logical pixels
        image = page.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl("chart:0"))
        return image.width() / image.devicePixelRatio()

    if text_size == 100:
        assert held() == 760
    else:
        assert held() >= 1.4 * 760  # larger
    assert page.horizontalScrollBar().maximum() == 0  # and never wider than the page
    window.resize(900, LAPTOP[1])
    settle(qtbot)
    qtbot.wait(20)
    assert page.horizontalScrollBar().maximum() == 0 and held() < 900
    window.resize(*LAPTOP)
    window.show_progress()
    settle(qtbot)
    view = window.progress_view
    view._draw_chart([("Quiz", (50, 90))], 80)  # as after a first quiz
    settle(qtbot)

    def drawn() -> float:
        return view.chart.pixmap().width() / view.chart.pixmap().devicePixelRatio()

    assert drawn() == 760 if text_size == 100 else 1.4 * 760 <= drawn() <= view.table.width()
    window.resize(900, LAPTOP[1])
    settle(qtbot)
    qtbot.wait(20)
    assert drawn() <= view.width() - 2 * 32 and view.table.width() <= view.width()


def test_the_paragraph_after_a_table_has_room_above_it(qtbot):
    """Seen on "Fire roller": the paragraph under the table of roles sat on its last rule."""
    from trainer.ui.widgets.content_view import ContentView

    view = ContentView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show_markdown("Roller:\n\n| Rolle | Kort |\n|---|---|\n| A | a |\n\nEtter tabellen.\n", None, [], None)
    view.show()
    QApplication.processEvents()
    document, layout = view.document(), view.document().documentLayout()
    block = document.begin()
    while block.isValid() and block.text() != "a":
        block = block.next()
    cell_bottom = layout.blockBoundingRect(block).bottom()
    while block.isValid() and block.text() != "Etter tabellen.":
        block = block.next()
    assert layout.blockBoundingRect(block).top() - cell_bottom >= 20  # the cell's padding, then a gap (9 px before)


def test_a_page_not_read_yet_does_not_look_read_in_english(qtbot, make_window):
    """In English the parts list said "Read" beside "Already read ✓": a page not opened yet
    looked done. It is a "Page" until it is read."""
    window = laptop_window(make_window, "en")
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    states = [view.parts.item(row).text().split("\n", 1)[1] for row in range(2)]
    assert states == ["Already read  ✓", "Page"]


def test_parts_are_marked_by_what_the_learner_did(qtbot, make_window):
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view

    def state(row):
        return view.parts.item(row).text().split("\n", 1)[1]

    assert state(0) == "Lest  ✓"  # the page on screen
    assert state(1) == "Les"  # not opened yet
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    for text in ("Spør rolig hvor skoene kommer fra", "Si at det høres fint ut", "La det gå"):
        click_choice(qtbot, player, text)
    assert player.step.id == "svak-slutt"
    assert state(2) == "Scenario  ·  delvis god slutt (1 av 2 tegn)  ◐"  # not the same mark as a good ending
    qtbot.mouseClick(player.restart_button, Qt.MouseButton.LeftButton)
    click_choice(qtbot, player, "Si ingenting")
    click_choice(qtbot, player, "La det gå")
    assert state(2) == "Scenario  ·  svak slutt (0 av 2 tegn)  ○"
    qtbot.mouseClick(player.restart_button, Qt.MouseButton.LeftButton)
    click_choice(qtbot, player, "Spør rolig hvor skoene kommer fra")
    click_choice(qtbot, player, "Spør hvem vennen er")
    assert state(2) == "Scenario  ·  god slutt (2 av 2 tegn)  ✓"
    view.parts.setCurrentRow(1)
    assert state(1) == "Lest  ✓"
    window.open_module("demo")  # and after coming back
    assert [state(0), state(1), state(2)] == ["Lest  ✓", "Lest  ✓", "Scenario  ·  god slutt (2 av 2 tegn)  ✓"]


def test_an_ending_is_labelled_as_its_author_marked_it_not_by_the_signs_alone(qtbot, make_window, demo_content):
    """Every sign noticed, and then the information went to the wrong place: the list
    said "good ending (4 of 4 signs)". The ending's own mark now says how it went."""
    for lang in ("nb", "en"):
        scenario = demo_content / lang / "demo" / "03-scenario.md"
        scenario.write_text(scenario.read_text("utf-8").replace("{#god-slutt}", "{#god-slutt .partly}"), "utf-8")
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    click_choice(qtbot, player, "Spør rolig hvor skoene kommer fra")
    click_choice(qtbot, player, "Spør hvem vennen er")
    assert view.parts.item(2).text().split("\n", 1)[1] == "Scenario  ·  delvis god slutt (2 av 2 tegn)  ◐"


def test_a_marked_ending_of_a_scenario_without_signs_is_labelled_by_its_mark(qtbot, make_window, demo_content):
    """A scenario that names no signs said "ending reached ✓" even for an ending its author
    marked poor."""
    for lang in ("nb", "en"):
        scenario = demo_content / lang / "demo" / "03-scenario.md"
        text = scenario.read_text("utf-8").replace("{#svak-slutt}", "{#svak-slutt .poor}")
        text = text.replace("tags:\n  nye-ting: Nye ting uten forklaring\n  nye-venner: Nye, eldre venner\n", "")
        text = text.replace("tags:\n  nye-ting: New things without explanation\n  nye-venner: New, older friends\n", "")
        scenario.write_text(text.replace(" #nye-ting", "").replace(" #nye-venner", ""), "utf-8")
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(2)
    assert not view.scenario_player.scenario.tags
    player = view.scenario_player
    click_choice(qtbot, player, "Si ingenting")
    click_choice(qtbot, player, "La det gå")
    assert player.step.id == "svak-slutt"
    assert view.parts.item(2).text().split("\n", 1)[1] == "Scenario  ·  svak slutt  ○"


@pytest.mark.parametrize("name", ["light", "contrast"])
def test_focus_ring_tints_and_scroll_bars_can_be_seen_in_every_theme(name):
    from trainer.ui.widgets import theme

    c = theme.THEMES[name]
    seen = {
        "focus ring on window": theme.contrast_ratio(c.focus, c.window),
        "focus ring on surface": theme.contrast_ratio(c.focus, c.surface),
        "focus ring on a focused primary button": theme.contrast_ratio(c.focus, c.focus_fill),
        "scroll bar on window": theme.contrast_ratio(c.scrollbar, c.window),
    }
    assert {what: round(r, 2) for what, r in seen.items() if r < 3.0} == {}  # WCAG 1.4.11: 3:1 for shapes
    text = {"chosen row": (c.text, c.tint), "right row": (c.text, c.right_tint), "wrong row": (c.text, c.wrong_tint),
            "focused primary button": (c.focus_fill_text, c.focus_fill)}
    assert {what: round(theme.contrast_ratio(*pair), 2) for what, pair in text.items()
            if theme.contrast_ratio(*pair) < 4.5} == {}


@pytest.mark.parametrize("name", ["light", "contrast"])
def test_every_kind_of_control_draws_the_focus_ring(qtbot, name):
    """Primary, secondary and quiet buttons, choice rows, lists, fields and drop-downs:
    with focus, each shows the theme's focus colour."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QVBoxLayout

    from trainer.ui.widgets import theme
    from trainer.ui.widgets.choice_row import ChoiceCheck, ChoiceRadio

    theme.configure(name, 100)
    try:
        holder = QWidget()
        holder.setStyleSheet(theme.stylesheet())
        layout = QVBoxLayout(holder)
        controls = [QPushButton("Primary", objectName="primary"), QPushButton("Secondary"),
                    QPushButton("Quiet", objectName="quiet"), ChoiceRadio("One"), ChoiceCheck("Two"),
                    QListWidget(), QLineEdit(), QComboBox()]
        for control in controls:
            layout.addWidget(control)
        qtbot.addWidget(holder)
        holder.show()
        holder.activateWindow()
        qtbot.waitUntil(holder.isActiveWindow)
        focus = QColor(theme.current().focus)
        without = []
        for control in controls:
            control.setFocus()
            qtbot.waitUntil(control.hasFocus)
            image = control.grab().toImage()
            ring = sum(image.pixelColor(x, image.height() // 2) == focus for x in range(0, 6))
            if not ring:
                without.append(type(control).__name__ + ":" + control.objectName())
        assert without == []
    finally:
        theme.configure("light", 100)


def test_the_window_opens_inside_the_screens_work_area(qtbot, make_window):
    window = make_window()
    window.showNormal()
    window.fit_to_screen()
    area = window.screen().availableGeometry()
    assert window.isMaximized() or area.contains(window.frameGeometry())
    assert window.width() <= area.width() and window.height() <= area.height()


def test_the_authoring_preview_opens_inside_the_work_area_too(qtbot, make_window, demo_content):
    window = make_window()
    preview = window.authoring.open_preview(demo_content / "nb" / "demo")
    qtbot.addWidget(preview)
    area = preview.screen().availableGeometry()
    assert preview.isMaximized() or area.contains(preview.frameGeometry())
    assert preview.width() <= area.width() and preview.height() <= area.height()


def test_a_long_scenario_feedback_reads_whole_at_200_percent_on_a_laptop(qtbot, make_window, demo_content):
    """At 200 % text on 1366x768 a choice's feedback as long as the built-in course's: the
    chosen line, all of the feedback and "Go on" are in view, the story keeps a few
    lines, and the contact bar above keeps its full height."""
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    scenario = demo_content / "nb" / "demo" / "03-scenario.md"
    long_feedback = ("Bra: du spør uten å anklage. En eldre som kjøper dyre ting til en 14-åring, er ikke bevis "
                     "på noe. Men det ligner det politiet beskriver, og du holder samtalen åpen og trygg.")
    scenario.write_text(scenario.read_text("utf-8").replace("Bra: du spør uten å anklage.", long_feedback), "utf-8")
    Preferences(open_settings()).set("text_size", 200)
    Preferences(open_settings()).set("theme", "contrast")
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    window.module_view.parts.setCurrentRow(2)
    player = window.module_view.scenario_player
    settle(qtbot)
    bar = window.contact_button.parentWidget()
    player.choose(0)
    qtbot.wait(50)
    settle(qtbot)
    chosen = player._choice_buttons[0]
    for widget in (chosen, player.feedback_frame, player.go_on_button):
        assert widget.visibleRegion().boundingRect() == widget.rect(), widget
    assert bar.height() >= bar.heightForWidth(bar.width())  # its words wrap: the height they need at its width
    assert player.view.height() >= 3 * player.view.fontMetrics().lineSpacing()


LONG_STORY = "Emil kommer hjem med dyre sko. " + " ".join(
    f"Avsnitt {n}: han sier lite om hvor han har vært, og telefonen hans plinger hele kvelden." for n in range(1, 7))


def scenario_step_at(qtbot, make_window, demo_content, text_size, size=LAPTOP):
    """The demo scenario's first step, its story and its three choices as long as the
    built-in course's, in a window of `size` at `text_size`."""
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    scenario = demo_content / "nb" / "demo" / "03-scenario.md"
    text = scenario.read_text("utf-8").replace("Emil kommer hjem med dyre sko.", LONG_STORY.replace(". Avsnitt", ".\n\nAvsnitt"))
    for short, long in (("Spør rolig hvor skoene kommer fra", "Spør rolig hvor skoene kommer fra, og si at du spør fordi du bryr deg om ham"),
                        ("Si ingenting", "Si ingenting nå, og tenk at det sikkert er en forklaring du ikke kjenner til")):
        text = text.replace(f"[{short}]", f"[{long}]", 1)
    text = text.replace("- [Si ingenting", "- [Vent og se an saken en stund, og følg med på om det skjer mer](#stille)\n- [Si ingenting", 1)
    scenario.write_text(text, "utf-8")
    Preferences(open_settings()).set("text_size", text_size)
    window = make_window()
    window.resize(*size)
    create_profile(qtbot, window)
    window.open_module("demo")
    window.module_view.parts.setCurrentRow(2)
    window.module_view.focus_start()
    settle(qtbot)
    qtbot.wait(20)
    settle(qtbot)
    return window.module_view.scenario_player


def in_view(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_a_long_story_at_200_percent_on_a_laptop_reads_as_one_page(qtbot, make_window, demo_content):
    """At 200 % text on 1366x768 the story and the choices did not both fit: two half-high
    boxes each showed a few lines cut mid-line. The step is now one page: the whole story
    from its top, the keyboard on it, its reading keys scrolling the page, and each choice
    whole in view once Tab reaches it."""
    player = scenario_step_at(qtbot, make_window, demo_content, 200)
    assert len(player._choice_buttons) == 3
    assert player.one_page
    story = player.view
    assert story.height() >= story.document().size().height()  # shown whole: no box of its own to scroll
    assert story.verticalScrollBar().maximum() == 0
    page = player.page.verticalScrollBar()
    assert page.maximum() > 0 and page.value() == 0  # from the top of the story
    assert player.focusWidget() is story and story.hasFocus()
    assert not in_view(player._choice_buttons[-1])  # the choices are below the story, not squeezed beside it
    qtbot.keyClick(story, Qt.Key.Key_PageDown)
    assert page.value() > 0  # the story's reading key scrolls the page
    qtbot.keyClick(story, Qt.Key.Key_Home)
    assert page.value() == 0
    for button in player._choice_buttons:
        qtbot.keyClick(player.focusWidget(), Qt.Key.Key_Tab)
        settle(qtbot)
        assert player.focusWidget() is button and in_view(button), button.labelText()
    qtbot.keyClick(player.focusWidget(), Qt.Key.Key_1)  # a number still chooses
    settle(qtbot)
    qtbot.wait(20)
    for widget in (player._choice_buttons[0], player.feedback_frame, player.go_on_button):
        assert in_view(widget), widget


@pytest.mark.parametrize("long_feedback", [False, True])
def test_on_a_tiny_screen_a_choices_feedback_reads_from_its_start(qtbot, make_window, demo_content, long_feedback):
    """1280x720 at 150 % with 200 % text: the page scrolled to the middle of a long
    feedback, its first lines and the chosen line out of sight."""
    if long_feedback:
        scenario = demo_content / "nb" / "demo" / "03-scenario.md"
        scenario.write_text(scenario.read_text("utf-8").replace(
            "Bra: du spør uten å anklage.", " ".join(["Bra: du spør uten å anklage, og du holder samtalen åpen."] * 6)),
            "utf-8")
    player = scenario_step_at(qtbot, make_window, demo_content, 200, size=(1280 * 2 // 3, (720 - 30) * 2 // 3))
    written = [choice.text for choice in player.step.choices]
    player._on_number_key(1 + [b.labelText().split(".  ", 1)[1] for b in player._choice_buttons].index(written[0]))
    settle(qtbot)
    qtbot.wait(20)
    assert player.one_page
    body, bar, room = player.page.widget(), player.page.verticalScrollBar(), player.page.viewport().height()
    chosen = next(b for b in player._choice_buttons if b.isVisibleTo(player))
    top = chosen.mapTo(body, chosen.rect().topLeft()).y()
    feedback = player.feedback_frame
    start = feedback.mapTo(body, feedback.rect().topLeft()).y()
    assert bar.value() <= start < bar.value() + room  # the feedback's first line is in view
    if start - top <= room // 2:
        assert bar.value() <= top  # and the chosen line too, where it leaves room for it
    if not long_feedback:
        end = feedback.mapTo(body, feedback.rect().bottomLeft()).y()
        assert end <= bar.value() + room  # a short feedback whole


def test_the_same_story_at_normal_text_keeps_the_choices_in_view_under_it(qtbot, make_window, demo_content):
    """Where the choices fit in half the height, the story scrolls in its own box and every
    choice stays in view, the keyboard on the first."""
    player = scenario_step_at(qtbot, make_window, demo_content, 100)
    assert not player.one_page
    assert player.page.verticalScrollBar().maximum() == 0
    assert all(in_view(button) for button in player._choice_buttons)
    player.take_focus()  # as when the keyboard comes into the step
    assert player._choice_buttons[0].hasFocus()


def test_a_learners_choices_come_in_an_order_of_their_own_that_a_restart_keeps(qtbot, make_window, demo_content):
    """Written first, the recommended choice stood first at 41 of the course's 43 steps: a
    learner soon learns to press 1. Each run shows a step's choices in an order of its own,
    the numbers on screen choose what they show, and a restart keeps the order."""
    from trainer.store import progress

    player = scenario_step_at(qtbot, make_window, demo_content, 100)
    window = player.window()
    written = [choice.text for choice in player.step.choices]

    def shown():
        return [button.labelText().split(".  ", 1)[1] for button in player._choice_buttons]

    firsts = set()
    for _run in range(8):
        assert sorted(shown()) == sorted(written)
        firsts.add(shown()[0])
        player.restart()
    assert len(firsts) > 1  # not always the one written first
    order = shown()
    window.open_module("demo")  # a restart of the app reads the run back
    window.module_view.parts.setCurrentRow(2)
    assert shown() == order
    player._on_number_key(2)  # the second on screen
    run = progress.latest_run(window.context.db, window.context.profile.id, "demo", "sko")
    assert run.path[-1][1] == written.index(order[1])


def test_a_focused_control_taller_than_its_scrolling_screen_shows_from_its_top(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from trainer.ui.widgets.scrolling import fill_with_scrolling

    screen, content = QWidget(), QWidget()
    column = QVBoxLayout(content)
    first, tall = QPushButton("first"), QPushButton("tall")
    column.addWidget(first)
    column.addSpacing(600)
    column.addWidget(tall)
    scroll = fill_with_scrolling(screen, content)
    qtbot.addWidget(screen)
    screen.resize(300, 300)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)
    tall.setMinimumHeight(2 * scroll.viewport().height())
    settle(qtbot)
    tall.setFocus()
    settle(qtbot)
    assert scroll.verticalScrollBar().value() == tall.y()  # its top, not its middle


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("size, text_size", [
    (LAPTOP, 200),
    ((1280 * 2 // 3, (720 - 30) * 2 // 3), 150),  # 1280x720 at 150 %
    ((1280 * 2 // 3, (720 - 30) * 2 // 3), 200),
])
def test_the_police_numbers_are_always_whole(qtbot, make_window, lang, size, text_size):
    """The contact bar's words wrap rather than cut: on 1280x720 at 150 % with large text
    one line ended in "politiet på 028", a wrong number."""
    from PySide6.QtGui import QFontMetrics

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", text_size)
    window = make_window(lang)
    window.resize(*size)
    settle(qtbot)
    label = window.findChild(QLabel, "contactText")
    room = label.contentsRect()
    needed = QFontMetrics(label.font()).boundingRect(room, int(Qt.TextFlag.TextWordWrap), label.text())
    assert needed.width() <= room.width() and needed.height() <= room.height(), (needed, room)
    assert "02800" in label.text() and "112" in label.text()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_contact_bar_says_it_in_one_line_on_a_small_screen(qtbot, make_window, lang):
    """1280x720 at 150 % with 200 % text: the sentence took two or three of the window's
    460 lines of pixels. There it says the same numbers in fewer words, on one line; with
    room, the whole sentence. A screen reader hears the sentence either way."""
    from PySide6.QtGui import QFontMetrics

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", 200)
    window = make_window(lang)
    window.resize(1280 * 2 // 3, (720 - 30) * 2 // 3)
    settle(qtbot)
    label, button = window.findChild(QLabel, "contactText"), window.contact_button
    sentence, button_words = label.accessibleName(), button.accessibleName()
    assert "112" in sentence and "02800" in sentence
    qtbot.waitUntil(lambda: label.text() != sentence)
    assert "112" in label.text() and "02800" in label.text()
    metrics = QFontMetrics(label.font())
    assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width()  # one line
    assert button.width() >= button.sizeHint().width()  # the button whole beside it
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: label.text() == sentence)
    assert button.text() == button_words and label.accessibleName() == sentence
    # At every width in between, a wording said to fit is one line (rounded widths let a
    # sentence 0.45 px too wide through at 1326 px, and it wrapped).
    bar = button.parentWidget()
    one_line = label.heightForWidth(10_000)

    def wording_at(width: int):
        window.resize(width, 1000)
        QApplication.processEvents()
        shown = (label.text(), button.text())
        if shown != bar.wordings[-1]:
            assert label.heightForWidth(label.width()) == one_line, (width, shown)
        return shown

    before = wording_at(600)
    for width in range(607, 1900, 7):  # where the wording changes, every pixel of the step
        if wording_at(width) != before:
            for exact in range(width - 6, width + 1):
                wording_at(exact)
            before = wording_at(width)


@pytest.mark.parametrize("text_size", [150, 200])
def test_my_progress_fits_a_small_screen_at_large_text(qtbot, make_window, text_size):
    """1280x720 at 150 % with large text: the title showed "Min fremd", and the
    certificate's button sat half off the screen behind a sideways scroll bar."""
    from PySide6.QtWidgets import QComboBox, QPushButton, QScrollArea

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", text_size)
    window = make_window()
    window.resize(1280 * 2 // 3, (720 - 30) * 2 // 3)
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    view = window.progress_view
    title = next(label for label in view.findChildren(QLabel) if label.objectName() == "title")
    assert title.width() >= title.sizeHint().width() and title.visibleRegion().boundingRect() == title.rect()
    box = view.findChild(QComboBox)
    assert box.visibleRegion().boundingRect() == box.rect()
    for button in (view.export_button, view.certificate_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.mapTo(view, button.rect().topRight()).x() <= view.width()
    page = next(scroll for scroll in view.findChildren(QScrollArea) if scroll.widget() is not None
                and scroll.widget().isAncestorOf(view.certificate_button))
    assert page.horizontalScrollBar().maximum() == 0  # nothing off to the side
    assert all(isinstance(b, QPushButton) for b in (view.export_button, view.certificate_button))


def test_my_progress_on_a_wide_screen_is_one_column_with_no_empty_rows(qtbot, make_window):
    """1920x1080: the table ran edge to edge and stretched down to the chart, a band of
    empty rows under the last module. It is now as tall as its rows, in the overview's
    centred column, with the chart straight below it."""
    from trainer.ui.widgets import theme

    window = make_window()
    window.resize(1920, 1080 - 60)
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    view, table = window.progress_view, window.progress_view.table
    rows = sum(table.visualItemRect(table.topLevelItem(i)).height() for i in range(table.topLevelItemCount()))
    assert table.height() <= table.header().height() + rows + 2 * table.frameWidth() + 12
    assert table.verticalScrollBar().maximum() == 0  # and no shorter: every row shows
    assert table.width() <= theme.page_width()
    centre = table.mapTo(view, table.rect().center()).x()
    assert abs(centre - view.width() / 2) <= 20
    chart_top = view.chart.mapTo(view, view.chart.rect().topLeft()).y()
    assert chart_top - table.mapTo(view, table.rect().bottomLeft()).y() <= 3 * theme.space("m")


def test_my_progress_keeps_the_current_row_in_view_as_the_arrows_move_it(qtbot, make_window):
    """The table is as tall as its rows and the page scrolls: at 200 % text on a laptop the
    arrow keys took the current module below the fold."""
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    import argparse

    from trainer.ui.app import build_window, make_application

    Preferences(open_settings()).set("text_size", 200)
    window = make_window()  # for its data folder and clean-up; the table wants the built-in course's six modules
    window.close()
    window = build_window(argparse.Namespace(lang="nb", content=None, smoke=False), make_application())
    qtbot.addWidget(window)
    window.resize(1366, 768 - 60)
    window.show()
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    table = window.progress_view.table
    assert table.topLevelItemCount() >= 5
    table.setFocus()
    for row in range(table.topLevelItemCount()):
        table.setCurrentItem(table.topLevelItem(row))
        settle(qtbot)
        rect = table.visualItemRect(table.topLevelItem(row))
        shown = table.viewport().visibleRegion().boundingRect()
        assert shown.contains(rect.center()), row
    window.context.db.conn.close()


def test_a_long_ordering_step_wraps_inside_the_list(qtbot, make_window, demo_content):
    """The longest step of an ordering question ran under the list's edge, with a sideways
    scroll bar: each step now wraps, and the list shows every step without scrolling."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    long_step = ("Annonse i en lukket gruppe der noen lover rask betaling for et oppdrag, ofte med "
                 "emojier og kodeord som voksne ikke kjenner")
    quiz_file = demo_content / "nb" / "demo" / "04-quiz.md"
    quiz_file.write_text(quiz_file.read_text("utf-8").replace("2. Annonse", "2. " + long_step), "utf-8")
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    while quiz.quiz.questions[quiz.index].kind != "ordering":
        quiz.index += 1
        quiz._show_current()
    settle(qtbot)
    qtbot.wait(20)
    listing = quiz._ordering_list
    assert listing.horizontalScrollBar().maximum() == 0
    metrics = QFontMetrics(listing.font())
    width = listing.viewport().width() - 24
    for row in range(listing.count()):
        item = listing.item(row)
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        assert listing.visualItemRect(item).height() >= needed.height(), item.text()
        assert listing.visualItemRect(item).right() <= listing.viewport().width()
    assert listing.verticalScrollBar().maximum() == 0  # every step in view


def hint_cut(field) -> bool:
    """Whether a shown field's grey hint is wider than the room for text in it."""
    hint = field.placeholderText()
    return field.isVisible() and bool(hint) and field.fontMetrics().horizontalAdvance(hint) > field.width() - 24


@pytest.mark.parametrize("size, text_size", [
    (LAPTOP, 100), (LAPTOP, 200),
    ((1280 * 2 // 3, (720 - 30) * 2 // 3), 100),  # 1280x720 at 150 %
])
def test_no_field_cuts_its_placeholder(qtbot, make_window, size, text_size):
    """A field's grey hint is whole on every learner screen: a laptop at normal and 200 %
    text, and the smallest screen the app supports."""
    from PySide6.QtWidgets import QLineEdit

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", text_size)
    window = make_window()
    window.resize(*size)
    cut = []
    for name, _action in screens(qtbot, window):
        settle(qtbot)
        for field in window.findChildren(QLineEdit):
            if hint_cut(field):
                cut.append((name, field.placeholderText()))
    assert cut == []


@pytest.mark.parametrize("area, text_size", [
    ((1366, 768 - 30), 200),  # a laptop's work area, at 200 % text
    ((1280 * 2 // 3, (720 - 40) * 2 // 3), 100),  # 1280x720 at 150 %, less a task bar
])
def test_every_dialog_shows_its_words_whole(qtbot, make_window, monkeypatch, area, text_size):
    """Each dialog opens large enough for its wrapped text and its fields' hints, within
    the screen's work area: Qt does not count a wrapping label's height in a dialog's
    size by itself. (The work area is the laptop's, not the test screen's.)"""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QLineEdit

    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences
    from trainer.ui.widgets import screen_fit

    monkeypatch.setattr(screen_fit, "_area", lambda _widget: QRect(0, 0, *area))
    Preferences(open_settings()).set("text_size", text_size)
    window = laptop_window(make_window)
    create_profile(qtbot, window)
    cut = []
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.heightForWidth(label.width()) > label.height() + 1:
                cut.append((name, label.text()[:40]))
        for field in dialog.findChildren(QLineEdit):
            if hint_cut(field):
                cut.append((name, field.placeholderText()))
            # (A focused field's thicker ring asks for 2 px more than the layout measured.)
            if field.isVisible() and field.height() < field.sizeHint().height() - 4:
                cut.append((name, "a squeezed field"))
        if dialog.width() > area[0] or dialog.height() > area[1]:
            cut.append((name, "larger than the work area"))
        dialog.close()
    assert cut == []


def test_a_screen_reader_hears_the_name_fields_hint(qtbot, make_window):
    """The hint above the name field (how the name will stand on the certificate) is the
    field's description too: the placeholder that used to say it is short now."""
    window = laptop_window(make_window)
    field = window.profile_picker.name_edit
    assert field.accessibleDescription() == window.profile_picker.tr(
        "New here? Create a profile with your name as it should appear on the certificate:")


def test_the_focused_field_is_scrolled_into_view_on_a_small_screen(qtbot, make_window):
    """At 200 % text on 1280x720 at 150 %, the profile picker's card is taller than the
    window: the name field, which gets the focus, is scrolled into sight."""
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", 200)
    window = make_window()
    window.resize(1280 * 2 // 3, (720 - 30) * 2 // 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    picker = window.profile_picker
    picker.refresh()  # puts the focus on the name field, as on a first start
    settle(qtbot)
    field = picker.name_edit
    assert field.hasFocus()
    shown = field.visibleRegion().boundingRect()
    assert shown.height() == field.height()  # whole, not below the fold


def test_alt_right_goes_on_from_a_content_warning_as_in_a_module(qtbot, make_window, warned_content):
    """Alt+Right is "next" in a module; on the warning before it, Qt's arrow keys had only
    moved the keyboard from "Continue" to the contact button."""
    window = laptop_window(make_window)
    window.activateWindow()
    create_profile(qtbot, window)
    window.open_module("demo")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.warning_screen.continue_button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.module_view
