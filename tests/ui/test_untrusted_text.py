"""Text that a learner types or a pack brings (profile names, pack and module titles) is
shown as plain text: Qt renders a label's text as HTML when it looks like HTML."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from test_learner_flow import create_profile
from trainer.ui.widgets import ask

NAME = '<b>Kari</b><img src="/etc/passwd"> & co'


def test_a_profile_name_with_markup_is_greeted_as_plain_text(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, NAME)
    greeting = window.overview.greeting
    assert greeting.textFormat() == Qt.TextFormat.PlainText
    assert NAME in greeting.text()


def test_deleting_a_profile_with_markup_says_its_name_as_plain_text(qtbot, make_window):
    window = make_window()
    create_profile(qtbot, window, NAME)
    window.show_profiles()
    picker = window.profile_picker
    picker.ask_confirm = lambda *a: True
    picker.profiles.setCurrentRow(0)
    qtbot.mouseClick(picker.delete_button, Qt.MouseButton.LeftButton)
    assert picker.message.textFormat() == Qt.TextFormat.PlainText
    assert NAME in picker.message.text()


def test_renaming_a_profile_to_a_name_too_long_says_why_and_keeps_the_old_name(qtbot, make_window):
    """The name field holds at most NAME_LIMIT characters; the rename box takes any
    length, and a name too long for the certificate is refused in words."""
    from trainer.store import progress

    window = make_window()
    create_profile(qtbot, window, "Kari")
    window.show_profiles()
    picker = window.profile_picker
    assert picker.name_edit.maxLength() == progress.NAME_LIMIT
    picker.ask_text = lambda *a: "y" * 500
    picker.profiles.setCurrentRow(0)
    qtbot.mouseClick(picker.rename_button, Qt.MouseButton.LeftButton)
    assert str(progress.NAME_LIMIT) in picker.message.text()
    assert [p.name for p in progress.list_profiles(window.context.db)] == ["Kari"]


def _answer_the_box(seen: list, button):
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer_the_box(seen, button))
        return
    seen.append((box.textFormat(), box.text()))
    box.done(button)


@pytest.mark.real_questions
def test_questions_and_messages_show_their_text_as_plain_text(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    QTimer.singleShot(0, lambda: _answer_the_box(seen, QMessageBox.StandardButton.No))
    assert ask.confirm(parent, "Slett", f"Slette {NAME}?") is False
    QTimer.singleShot(0, lambda: _answer_the_box(seen, QMessageBox.StandardButton.Ok))
    ask.tell(parent, "Slettet", f"{NAME} er slettet.")
    assert seen == [(Qt.TextFormat.PlainText, f"Slette {NAME}?"), (Qt.TextFormat.PlainText, f"{NAME} er slettet.")]


@pytest.mark.real_questions
def test_a_question_whose_safe_answer_is_no_answers_no_to_enter(qtbot):
    """The buttons say what they do, and Enter, pressed once too often, answers no."""
    parent = QWidget()
    qtbot.addWidget(parent)
    buttons = []

    def press_enter():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        buttons.extend(button.text() for button in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert ask.confirm(parent, "Fullføre?", "Quizen er ikke tatt.", yes="Fullfør likevel", no="Ta quizen",
                       safe_default=True) is False
    assert sorted(buttons) == ["Fullfør likevel", "Ta quizen"]


def test_the_send_dialog_always_hears_back_and_never_saves_a_password(qtbot, make_window, tmp_path):
    """A server that answers garbage: the dialog says so in words (no endless "Sending…"),
    and a password written into the address is not kept in the settings."""
    import socket
    import threading

    from trainer.ui.records.records_dialogs import SyncDialog

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def garbage():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.recv(65536)
            conn.sendall(b"SPAM\r\n\r\n")
            conn.close()

    threading.Thread(target=garbage, daemon=True).start()
    window = make_window()
    create_profile(qtbot, window)
    from trainer.store import progress

    attempt = progress.start_attempt(window.context.db, window.context.profile.id, "demo", "quiz-demo", "v")
    progress.finish_attempt(window.context.db, attempt, 5, 5, 75)
    dialog = SyncDialog(window.context, window.preferences, window)
    qtbot.addWidget(dialog)
    port = listener.getsockname()[1]
    dialog.url.setText(f"http://skole:hemmelig@127.0.0.1:{port}/xapi")
    dialog.send()
    try:
        qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=20000)
    finally:
        listener.close()
    assert "127.0.0.1" in dialog.status.text() and "hemmelig" not in dialog.status.text()
    assert window.preferences.get("lrs/url") == f"http://127.0.0.1:{port}/xapi"
