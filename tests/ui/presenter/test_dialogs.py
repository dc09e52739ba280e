"""The presenter's dialogs: the programme chooser names each programme's language by its
own name, not by a code a parent evening's presenter need not know."""

from PySide6.QtCore import Qt

from trainer.i18n import language_name


def test_the_programme_chooser_names_languages(qtbot, evening):
    from trainer.ui.presenter.dialogs import ProgrammeChooser

    chooser = ProgrammeChooser(evening.programmes, "nb")
    qtbot.addWidget(chooser)
    items = [chooser.list.item(row) for row in range(chooser.list.count())]
    assert items
    for item in items:
        programme = item.data(Qt.ItemDataRole.UserRole)
        assert f"{programme.title}  ({language_name(programme.lang)}, {programme.minutes} " in item.text()


def test_language_names_stand_alone_capitalised():
    assert language_name("nb") == "norsk bokmål" and language_name("nb", capitalised=True) == "Norsk bokmål"
    assert language_name("en", capitalised=True) == "English" and language_name("se") == "se"


def test_a_clickers_page_keys_never_change_a_hand_count(qtbot, make_presenter):
    """PageDown on the focused count lowered it by 10, unseen, and Enter saved that."""
    from trainer.ui.presenter.dialogs import VotesDialog

    presenter = make_presenter()
    slide = next(s for s in presenter.presentation.slides if s.choices)
    dialog = VotesDialog(slide, (25, 4), False, presenter.audience)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.spins[0]
    spin.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        qtbot.keyClick(spin, key)
    assert dialog.counts()[:2] == [25, 4] and dialog.isVisible()
    qtbot.keyClick(spin, Qt.Key.Key_Up)  # the arrows still step by one
    assert dialog.counts()[0] == 26


def test_a_clickers_page_keys_in_the_leave_question_go_on_with_the_show(qtbot, make_presenter):
    """After Esc, PageDown/PageUp did nothing, and with one screen the question stayed on
    the projector."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Right):
        presenter = make_presenter()
        del presenter.ask  # the real question
        answered = []

        def answer():
            box = QApplication.activeModalWidget()
            qtbot.keyClick(box.focusWidget() or box, key)  # where the key goes while the box is open
            answered.append(box.isVisible())
            if box.isVisible():
                box.reject()

        QTimer.singleShot(100, answer)
        qtbot.keyClick(presenter.audience, Qt.Key.Key_Escape)
        assert answered == [False], key
        assert presenter.audience.isVisible() and not presenter._leaving
