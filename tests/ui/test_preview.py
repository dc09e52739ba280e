"""The live preview: it re-renders within a second of every save (also when an editor saves
by replacing the file), shows problems with their line numbers, keeps the last good
version while a file is broken, plays a scenario from any step, and maps its steps.
Expected UI words come from the widgets' own tr(), so the tests hold in any language."""

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from trainer import paths
from trainer.course import templates

BUILTIN = paths.builtin_content_dir()
SAVE_DEADLINE_MS = 1000




@pytest.fixture
def pack(tmp_path) -> Path:
    folder = tmp_path / "vestfold"
    templates.create("pack", folder, "nb")
    return folder


@pytest.fixture
def open_preview(qtbot):
    from trainer.ui.authoring.preview_window import PreviewWindow

    def make(path: Path) -> PreviewWindow:
        window = PreviewWindow(path, [BUILTIN], paths.assets_dir(), "nb")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    return make


def select(window, file_name: str, kind: str = "part"):
    for item in window._all_items():
        key = item.data(0, 0x0100)
        if key[1].name == file_name and key[0] == kind:
            window.tree.setCurrentItem(item)
            return item
    raise AssertionError(f"{file_name} is not in the preview")


def save_in_place(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def save_by_replacing(path: Path, text: str) -> None:
    """What many editors do: write a new file beside the old one and rename it over."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)


def save_by_delete_and_create(path: Path, text: str) -> None:
    backup = path.with_name(path.name + "~")
    os.replace(path, backup)
    path.write_text(text, "utf-8")
    backup.unlink()


def line(window, number: int) -> str:
    """How the preview names a line with an error, in the UI's language."""
    words = window.problem_list  # the list's own words, in the app's language
    return f"{words.tr('Line %1').replace('%1', str(number))} ({words.tr('error')})"


def page_text(window) -> str:
    return window.page_view.toPlainText()


def test_the_preview_lists_every_file_of_a_pack(open_preview, pack):
    window = open_preview(pack)
    keys = [(item.data(0, 0x0100)[0], item.data(0, 0x0100)[1].name) for item in window._all_items()]
    assert keys == [("pack", "pack.md"), ("course", "kurs.md"), ("module", "module.md"), ("part", "module.md"),
                    ("part", "02-tall.md"), ("part", "03-scenario.md"), ("part", "04-quiz.md")]
    assert window.summary.text().startswith(window.tr("No problems."))
    assert window.stack.currentWidget() is window.info_view
    assert "Ola Nordmann" in window.info_view.toPlainText()


@pytest.mark.parametrize("save", [save_in_place, save_by_replacing, save_by_delete_and_create])
def test_every_save_is_shown_within_a_second(qtbot, open_preview, pack, save):
    window = open_preview(pack)
    window.files.poll.stop()  # the file system watcher alone must see every kind of save
    page = pack / "01-modul" / "02-tall.md"
    select(window, "02-tall.md")
    assert "Distriktets egne tall" in page_text(window)
    for number in (1, 2, 3):  # again and again: a replaced file must still be watched
        started = time.monotonic()
        save(page, page.read_text("utf-8").replace("Distriktets egne tall", f"Versjon {number} av tallene", 1)
             .replace(f"Versjon {number - 1} av tallene", f"Versjon {number} av tallene"))
        qtbot.waitUntil(lambda: f"Versjon {number} av tallene" in page_text(window), timeout=SAVE_DEADLINE_MS)
        assert time.monotonic() - started < 1.0
    assert window.tree.currentItem().data(0, 0x0100)[1] == page  # still on the same page


def test_a_save_the_watcher_misses_is_found_by_the_check_every_second(qtbot, open_preview, pack):
    window = open_preview(pack)
    window.files.watcher.removePaths(window.files.watcher.files() + window.files.watcher.directories())
    window.files.watcher.blockSignals(True)  # as on a network drive that reports nothing
    page = pack / "01-modul" / "02-tall.md"
    select(window, "02-tall.md")
    save_by_replacing(page, page.read_text("utf-8").replace("Distriktets egne tall", "Nye tall", 1))
    qtbot.waitUntil(lambda: "Nye tall" in page_text(window), timeout=1500)


def test_a_new_file_appears(qtbot, open_preview, pack):
    window = open_preview(pack)
    (pack / "01-modul" / "05-mer.md").write_text("---\ntype: page\nid: mer\ntitle: Mer å lese\n---\n\nTekst.\n", "utf-8")
    qtbot.waitUntil(lambda: any(i.text(0).startswith("Mer å lese") for i in window._all_items()),
                    timeout=SAVE_DEADLINE_MS)


def test_problems_show_inline_with_their_line_numbers(qtbot, open_preview, pack):
    window = open_preview(pack)
    scenario = pack / "01-modul" / "03-scenario.md"
    select(window, "03-scenario.md")
    assert window.problem_list.isHidden()
    save_in_place(scenario, scenario.read_text("utf-8").replace("(#senere)", "(#seinere)", 1))
    qtbot.waitUntil(lambda: window.problem_list.count() == 1, timeout=SAVE_DEADLINE_MS)
    assert window.problem_list.isVisible()
    assert window.problem_list.item(0).text() == (
        f"✖ {line(window, _line_of(scenario, '(#seinere)'))}: valget 'La det ligge, det er jo bare sko' peker til steget 'seinere', "
        "som ikke finnes (mente du 'senere'?)")
    assert window.tree.currentItem().text(0).endswith("\n✖ 1")  # under the title and the file
    assert window.scenario_panel.step_map.broken_links == [("start", 1)]
    missing = window.scenario_panel.step_map.tr("leads to the missing step '%1'").replace("%1", "seinere")
    assert missing in window.scenario_panel.step_map.toPlainText()


def test_a_broken_file_keeps_the_last_good_version(qtbot, open_preview, pack):
    window = open_preview(pack)
    scenario = pack / "01-modul" / "03-scenario.md"
    select(window, "03-scenario.md")
    window.scenario_panel.play_from("samtale")
    good = scenario.read_text("utf-8")
    save_in_place(scenario, good.replace("title: Nye joggesko\n", "title: Nye joggesko\n\n---x\n", 1)
                  .replace("---\n\nEmil", "\nEmil", 1))
    qtbot.waitUntil(lambda: window.stale, timeout=SAVE_DEADLINE_MS)
    assert window.banner.isVisible() and window.banner.text() == window.tr(
        "A file cannot be read, so the preview shows the last version that worked. Fix the problems and save again.")
    assert window.scoped.broken == [scenario]
    assert window.stack.currentWidget() is window.scenario_panel
    assert window.scenario_panel.player.step.id == "samtale"  # the last good version, where the author was
    assert window.problem_list.count() == 1 and window.problem_list.item(0).text().startswith(f"✖ {line(window, 1)}: ")
    save_in_place(scenario, good.replace("Emil forteller", "Emil sier", 1))
    qtbot.waitUntil(lambda: not window.stale, timeout=SAVE_DEADLINE_MS)
    assert window.banner.isHidden() and window.problem_list.isHidden()
    assert "Emil sier" in window.scenario_panel.player.view.toPlainText()  # the same step, new text


def test_a_file_broken_from_the_start_is_listed_with_its_problem(open_preview, pack):
    (pack / "01-modul" / "03-scenario.md").write_text("ingen front matter\n", "utf-8")
    window = open_preview(pack)
    item = select(window, "03-scenario.md", kind="broken")
    assert item.text(0).startswith("03-scenario.md\n" + window.tr("Cannot be shown"))
    assert window.stack.currentWidget() is window.empty
    assert window.problem_list.item(0).text() == (
        f"✖ {line(window, 1)}: filen mangler front matter: den må begynne med en linje '---'")


def test_the_map_shows_which_choice_is_marked_recommended(qtbot, open_preview, pack):
    window = open_preview(pack)
    select(window, "03-scenario.md")
    lines = window.scenario_panel.step_map.toPlainText().split("\n")
    assert "   1. Spør skolen eller politiet om råd #nye-venner {recommended}" in [row.replace("\xa0", " ") for row in lines]
    assert sum("{recommended}" in line for line in lines) == 1  # the template marks one choice


def test_a_scenario_plays_from_any_step(qtbot, open_preview, pack):
    window = open_preview(pack)
    select(window, "03-scenario.md")
    player = window.scenario_panel.player
    assert player.step.id == "start"
    for step_id in ("senere", "god-slutt", "samtale"):
        window.scenario_panel.step_map.anchorClicked.emit(QUrl(f"play:{step_id}"))
        assert player.step.id == step_id
        assert window.scenario_panel.step_map.current == step_id
    player.choose(0)
    player._on_go_on_clicked()
    assert player.step.id == "god-slutt" and player.step.is_ending
    window.scenario_panel.play_start_button.click()
    assert player.step.id == "start"


def test_the_map_marks_unreachable_steps_and_dead_ends(qtbot, open_preview, pack):
    scenario = pack / "01-modul" / "03-scenario.md"
    scenario.write_text(scenario.read_text("utf-8") + (
        "\n## En glemt vei {#glemt}\n\nIngen kommer hit.\n\n- [Gå i ring](#ring)\n  > Rundt.\n"
        "\n## Ring {#ring}\n\nTilbake.\n\n- [Igjen](#glemt)\n  > Igjen.\n"), "utf-8")
    window = open_preview(scenario)  # a file: its module is shown, with the file chosen
    assert window.tree.currentItem().data(0, 0x0100)[1] == scenario
    step_map = window.scenario_panel.step_map
    assert step_map.unreachable == {"glemt", "ring"} and step_map.stuck == {"glemt", "ring"}
    text = step_map.toPlainText()
    unreachable, stuck = step_map.tr("cannot be reached from the start"), step_map.tr("dead end: no way on to an ending")
    assert f"6. En glemt vei {{#glemt}}\n⚠ {unreachable} · ✖ {stuck}" in text
    assert f"1. Nye joggesko {{#start}}\n▶ {step_map.tr('start')}" in text and f"■ {step_map.tr('ending')}" in text
    words = window.scenario_panel
    summary = (words.tr("Cannot be reached: %1.").replace("%1", "glemt, ring") + " "
               + words.tr("Dead ends: %1.").replace("%1", "glemt, ring"))
    assert summary in window.scenario_panel.map_summary.text()
    step_map.anchorClicked.emit(QUrl("play:glemt"))
    assert window.scenario_panel.player.step.id == "glemt"


def test_a_quiz_can_be_answered(open_preview, pack):
    window = open_preview(pack)
    select(window, "04-quiz.md")
    assert window.stack.currentWidget() is window.quiz_panel
    counter = window.quiz_player.tr("Question %1 of %2").replace("%1", "1").replace("%2", "5")
    assert window.quiz_player.quiz.id == "quiz" and counter in window.quiz_player.counter.text()


def test_single_files_outside_a_module(open_preview, tmp_path):
    programme = templates.create("programme", tmp_path / "program-vestfold.md", "nb").main
    window = open_preview(programme)
    assert window.stack.currentWidget() is window.info_view
    shown = window.info_view.toPlainText()
    assert "Et tegn er en grunn til å snakke · 6 min" in shown and "⚠" not in shown
    loose = templates.create("scenario", tmp_path / "los.md", "nb").main
    window = open_preview(loose)
    assert window.stack.currentWidget() is window.scenario_panel
    assert window.banner.text() == window.tr("This file is not in a module folder (a folder with module.md), so the app "
                                             "will not show it until it is moved into one.")


def test_the_preview_renders_at_common_screen_sizes(open_preview, pack, tmp_path):
    window = open_preview(pack)
    select(window, "03-scenario.md")
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        image = window.grab()
        assert (image.width(), image.height()) == (width, height)
        assert window.scenario_panel.player.width() > 400 and window.scenario_panel.step_map.width() > 250


def test_titles_and_file_names_wrap_in_the_list_instead_of_being_cut(qtbot, open_preview):
    """A long part title in a narrow list wraps onto more lines; nothing ends in "…"."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = open_preview(BUILTIN / "nb" / "02-roller")
    window.resize(900, 700)
    QApplication.processEvents()
    tree = window.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone and tree.wordWrap()
    line = tree.fontMetrics().lineSpacing()
    tallest = max(item.sizeHint(0).height() for item in window._all_items())
    assert tallest >= 3 * line  # "Sparkesykkel, bag og en leilighet til søndag" and its file: three lines
    window.resize(1900, 700)
    QApplication.processEvents()
    assert max(item.sizeHint(0).height() for item in window._all_items()) < tallest  # wider: fewer lines


def test_at_200_percent_no_word_in_the_list_is_wider_than_the_list(qtbot, qapp, open_preview):
    """Large text: every word of every row (titles, kinds, file names, problem marks) fits
    the list's width, so wrapping never has to cut a word (a file name may break after a
    hyphen, as Qt does)."""
    import re

    from PySide6.QtWidgets import QApplication

    from trainer.ui.widgets.appearance import apply_appearance

    apply_appearance(qapp, "contrast", 200)
    try:
        window = open_preview(BUILTIN / "nb" / "02-roller")
        QApplication.processEvents()
        tree = window.tree
        room = tree.columnWidth(0) - 16 - 2 * tree.indentation()  # a part's row, inside its module
        metrics = tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(word), word) for item in window._all_items()
                     for word in re.split(r"\s+|(?<=-)", item.text(0)) if word)
        assert widest[0] <= room, widest
    finally:
        apply_appearance(qapp, "light", 100)


def test_the_preview_shows_a_scenarios_choices_in_the_order_they_are_written(qtbot, open_preview, pack):
    """The learner's player shuffles a step's choices; the author checking the text sees
    them as written, every time."""
    window = open_preview(pack)
    select(window, "03-scenario.md")
    panel = window.scenario_panel
    for _run in range(6):
        panel.play_from("start")
        player = panel.player
        shown = [button.labelText().split(".  ", 1)[1] for button in player._choice_buttons]
        assert shown == [choice.text for choice in player.step.choices]


def _line_of(path, text: str) -> int:
    """The number of the first line of `path` that holds `text`."""
    return next(number for number, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_enter_presses_the_focused_button_as_in_the_learners_window(qtbot, open_preview, pack):
    from PySide6.QtCore import Qt

    window = open_preview(pack)
    _active(qtbot, window)
    select(window, "03-scenario.md")
    window.scenario_panel.step_map.anchorClicked.emit(QUrl("play:senere"))
    button = window.scenario_panel.play_start_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.scenario_panel.player.step.id == "start"


def test_after_a_save_the_keyboard_stays_where_it_was(qtbot, open_preview, pack):
    from PySide6.QtWidgets import QApplication

    window = open_preview(pack)
    _active(qtbot, window)
    scenario = pack / "01-modul" / "03-scenario.md"
    select(window, "03-scenario.md")
    buttons = window.scenario_panel.player._choice_buttons
    assert len(buttons) >= 2
    wanted = buttons[1].text()
    buttons[1].setFocus()
    qtbot.waitUntil(buttons[1].hasFocus, timeout=2000)
    with qtbot.waitSignal(window.reloaded, timeout=3000):
        save_in_place(scenario, scenario.read_text("utf-8") + "\n")
    def back_on_the_choice() -> bool:
        focused = QApplication.focusWidget()
        return focused in window.scenario_panel.player._choice_buttons and focused.text() == wanted

    qtbot.waitUntil(back_on_the_choice, timeout=2000)
    qtbot.wait(50)  # and it stays there
    assert back_on_the_choice() and QApplication.focusWidget() is not window.scenario_panel.step_map


def test_the_counts_of_problems_are_proper_plurals(qtbot, qapp, open_preview, pack):
    from trainer.ui.widgets.appearance import install_translators

    page = pack / "01-modul" / "02-tall.md"
    import base64

    (page.parent / "a.png").write_bytes(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
    page.write_text(page.read_text("utf-8") + "\n![](a.png)\n", "utf-8")
    install_translators(qapp, "nb")
    try:
        window = open_preview(pack)
        assert window.summary.text().startswith("0 feil og 1 advarsel."), window.summary.text()
        page.write_text(page.read_text("utf-8") + "\n![Kart](mangler.png)\n\n![Kart](borte.png)\n", "utf-8")
        install_translators(qapp, "en")
        window.reload()
        assert window.summary.text().startswith("2 errors and 1 warning."), window.summary.text()
    finally:
        install_translators(qapp, "nb")


def test_a_file_missing_for_a_while_is_chosen_again_when_it_is_back(qtbot, open_preview, pack):
    # An editor that deletes the file and writes it again later (more than a second):
    # the preview shows another file meanwhile, and the author's file again when it is back.
    window = open_preview(pack)
    page = pack / "01-modul" / "02-tall.md"
    select(window, "02-tall.md")
    text = page.read_text("utf-8")
    page.unlink()
    window.reload()
    assert window.tree.currentItem().data(0, 0x0100)[1] != page
    window.reload()  # a second check while it is still missing keeps the wish
    page.write_text(text.replace("Distriktets egne tall", "Tallene igjen", 1), "utf-8")
    window.reload()
    assert window.tree.currentItem().data(0, 0x0100)[1] == page and "Tallene igjen" in page_text(window)
    # chosen by the author meanwhile: that choice stands
    page.unlink()
    window.reload()
    select(window, "04-quiz.md")
    page.write_text(text, "utf-8")
    window.reload()
    assert window.tree.currentItem().data(0, 0x0100)[1].name == "04-quiz.md"


def test_a_question_with_no_right_answer_says_so(qtbot, open_preview, pack):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QRadioButton

    quiz = pack / "01-modul" / "04-quiz.md"
    quiz.write_text("---\ntype: quiz\nid: quiz\ntitle: Quiz\n---\n\n## Hvem? {#hvem}\n\n- [ ] a\n- [ ] b\n\n> F.\n",
                    "utf-8")
    window = open_preview(pack)
    select(window, "04-quiz.md")
    player = window.quiz_player
    player.answer_area.findChildren(QRadioButton)[0].click()
    qtbot.mouseClick(player.submit_button, Qt.MouseButton.LeftButton)
    shown = player.feedback_label.text()
    assert player.tr("No answer to this question is marked as right.") in shown
    assert player.tr("The right answer") not in shown  # it was followed by nothing


def test_a_preview_run_from_the_command_line_leaves_nothing_listening(qtbot, pack, data_dir, capsys):
    # `trainer --smoke preview` run in-process: its window had the focus when it was
    # destroyed, and Qt then called the half-destroyed Enter filter ("Slot not found"),
    # failing whichever test ran next.
    import gc

    from trainer.ui.authoring.preview_window import run_preview

    from PySide6.QtWidgets import QApplication

    from trainer.ui.authoring.preview_window import PreviewWindow

    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, PreviewWindow)}
    assert run_preview(pack, "nb", smoke=True) == 0
    # Gone at once, not left for the garbage collector to destroy at some later moment
    # (once in the middle of Qt restyling every window: a crash).
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewWindow) and id(w) not in before] == []
    gc.collect()
    qtbot.wait(50)
    assert "preview ok" in capsys.readouterr().out
