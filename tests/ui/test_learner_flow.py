"""A teacher works through a module in the real window: reading page, scenario to an
ending, quiz to a result; then closes the app and finds everything where they left it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QRadioButton


def create_profile(qtbot, window, name="Kari Nordmann"):
    picker = window.profile_picker
    picker.name_edit.setText(name)
    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview


def click_choice(qtbot, player, text):
    button = next(b for b in player._choice_buttons if b.accessibleName() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if player.go_on_button.isVisible():
        qtbot.mouseClick(player.go_on_button, Qt.MouseButton.LeftButton)


def test_scenario_to_an_ending_is_recorded(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    assert view.stack.currentWidget() is player
    click_choice(qtbot, player, "Spør rolig hvor skoene kommer fra")
    assert player.step.id == "samtale"
    click_choice(qtbot, player, "Si at det høres fint ut")
    click_choice(qtbot, player, "La det gå")
    assert player.step.id == "svak-slutt" and player.step.is_ending
    debrief = player.feedback_label.text()
    assert "Nye ting uten forklaring" in debrief.split("Nye, eldre venner")[0]  # noticed first
    assert "Nye, eldre venner" in debrief

    db = window.context.db
    run = db.execute("select scenario_id, ending_id, finished_at is not null from scenario_runs").fetchall()
    assert run == [("sko", "svak-slutt", 1)]
    choices = db.execute("select step_id, choice_index, target_step_id, tags from scenario_choices order by id").fetchall()
    assert choices == [
        ("start", 0, "samtale", "nye-ting"),
        ("samtale", 1, "stille", ""),
        ("stille", 1, "svak-slutt", ""),
    ]
    qtbot.mouseClick(player.restart_button, Qt.MouseButton.LeftButton)
    assert player.step.id == "start"
    assert db.execute("select count(*) from scenario_runs").fetchone()[0] == 2


def answer_current(qtbot, quiz, answer):
    """Give an answer through the widgets the learner sees."""
    area = quiz.answer_area
    if isinstance(answer, int):
        radios = area.findChildren(QRadioButton)
        radios[answer].click()  # a full press and release, also before the first layout pass
    elif isinstance(answer, set):
        for index, box in enumerate(area.findChildren(QCheckBox)):
            box.setChecked(index in answer)
    elif isinstance(answer, dict):
        for combo in area.findChildren(QComboBox):
            combo.setCurrentIndex(combo.findData(answer[combo.accessibleName()]))
    elif isinstance(answer, list):
        listing = quiz._ordering_list
        up = next(b for b in area.findChildren(QPushButton) if b.shortcut().toString() == "Alt+Up")
        for target_row, text in enumerate(answer):
            row = next(i for i in range(listing.count()) if listing.item(i).text() == text)
            listing.setCurrentRow(row)
            while listing.currentRow() > target_row:
                qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)


def test_quiz_to_a_result_keeps_best_score(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    qtbot.mouseClick(quiz.submit_button, Qt.MouseButton.LeftButton)
    assert quiz.message.text() == "Velg et svar først."  # nothing chosen: asked, not graded
    answer_current(qtbot, quiz, 0)
    answer_current(qtbot, quiz, {0, 2})
    answer_current(qtbot, quiz, 0)  # wrong: "Sant"
    answer_current(qtbot, quiz, {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"})
    answer_current(qtbot, quiz, ["Sosiale medier", "Annonse", "Gruppe"])
    assert quiz.retry_button.isVisible()
    assert "4 av 5" in quiz.feedback_label.text() and "80 %" in quiz.feedback_label.text()

    db = window.context.db
    answers = db.execute("select question_id, answer, correct from quiz_answers order by id").fetchall()
    assert answers == [
        ("betaler", "0", 1),
        ("signaler", "[0, 2]", 1),
        ("betalt", "0", 0),
        ("roller", '{"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"}', 1),
        ("rekkefolge", '["Sosiale medier", "Annonse", "Gruppe"]', 1),
    ]
    attempt = db.execute("select correct_count, question_count, score_percent, passed from quiz_attempts").fetchall()
    assert attempt == [(4, 5, 80, 1)]
    version = window.context.module("demo").content_version
    assert {r[0] for r in db.execute("select content_version from quiz_answers")} == {version}

    qtbot.mouseClick(quiz.retry_button, Qt.MouseButton.LeftButton)
    assert quiz.index == 0 and quiz.submit_button.isVisible()
    answer_current(qtbot, quiz, 1)
    assert db.execute("select count(*) from quiz_attempts").fetchone()[0] == 2
    from trainer.store import progress

    assert progress.best_score(db, window.context.profile.id, "demo", "quiz-demo") == 80


def test_restart_resumes_where_the_learner_stopped(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(2)
    click_choice(qtbot, view.scenario_player, "Si ingenting")
    assert view.scenario_player.step.id == "stille"
    view.parts.setCurrentRow(3)
    answer_current(qtbot, view.quiz_player, 0)
    window.close()
    window.context.db.conn.close()

    again = make_window()
    assert again.stack.currentWidget() is again.module_view
    assert again.context.profile.name == "Kari Nordmann"
    resumed = again.module_view
    assert resumed.current_part().id == "quiz-demo"
    assert resumed.quiz_player.index == 1  # the first question was already answered
    resumed.parts.setCurrentRow(2)
    assert resumed.scenario_player.step.id == "stille"


def test_a_restart_before_go_on_comes_back_to_the_choice_and_its_feedback(qtbot, make_window):
    """Left while reading a choice's feedback: the next start went to the next step, and
    the feedback was lost. Now it comes back to the choice and its feedback; "Go on" goes
    on, and a learner who had gone on comes back to the next step (as before)."""
    window = make_window()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    button = next(b for b in player._choice_buttons if b.accessibleName() == "Spør rolig hvor skoene kommer fra")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert player.feedback_frame.isVisible()
    window.close()
    window.context.db.conn.close()

    again = make_window()
    resumed = again.module_view
    resumed.parts.setCurrentRow(2)
    player = resumed.scenario_player
    assert player.step.id == "start" and player.feedback_frame.isVisible() and player.go_on_button.isVisible()
    assert "Bra: du spør uten å anklage." in player.feedback_label.text()
    assert [b.labelText() for b in player._choice_buttons if b.isVisibleTo(player)][0].startswith("➜ ")
    qtbot.mouseClick(player.go_on_button, Qt.MouseButton.LeftButton)
    assert player.step.id == "samtale"
    runs = again.context.db.execute("select count(*) from scenario_choices").fetchone()[0]
    assert runs == 1  # the choice was not recorded twice


def test_completing_a_module_shows_it_in_the_overview(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window)
    window.open_module("demo")
    view = window.module_view
    view.parts.setCurrentRow(len(view.module.parts) - 1)
    assert view.next_button.text().replace("&", "").startswith("Fullfør")
    asked = []
    view.ask_finish_without = lambda quiz: asked.append(quiz.id) or True  # its quiz not taken: "Finish anyway"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert asked == [view.module.quizzes[0].id]
    assert window.stack.currentWidget() is window.overview
    status = window.context.db.execute("select status from module_progress").fetchone()[0]
    assert status == "completed"


def test_contact_card_is_reachable_from_every_screen(qtbot, make_window):
    window = make_window()
    assert window.contact_action.shortcut().toString() == "F2"
    for show in (lambda: None, lambda: create_profile(qtbot, window), lambda: window.open_module("demo")):
        show()
        assert window.contact_button.isVisible()
    from trainer.ui.learner.contact_dialog import ContactDialog

    dialog = ContactDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert "Ring 112" in dialog.view.toPlainText()


def test_the_module_to_continue_is_the_one_chosen_in_the_list(qtbot, data_dir, tmp_path):
    """The overview said "Continue where you stopped: Modul 3" while the list had Modul 1
    marked as the current row: Enter on the list opened another module than the one named."""
    import argparse
    import sys
    from pathlib import Path

    from trainer.ui.app import build_window, make_application

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.generate import generate

    content = generate(tmp_path / "course", 4)
    window = build_window(argparse.Namespace(lang="nb", content=[str(content)], smoke=False), make_application())
    qtbot.addWidget(window)
    window.show()
    create_profile(qtbot, window)
    overview = window.overview
    assert overview.module_list.currentRow() == 0  # a new learner: the first module, as "Start" names
    window.open_module("m0003")
    window.show_overview()
    rows = overview.module_list.rows()
    assert overview.continue_button.text().startswith("Fortsett der du slapp: Modul 3")
    assert rows[overview.module_list.currentRow()].module_id == "m0003"
    window.context.db.conn.close()
