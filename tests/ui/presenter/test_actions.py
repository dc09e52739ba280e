"""The main window's presenter menu: start presenter mode, save the handout."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from presenting import pages, tr


def test_menu_starts_presenter_mode_and_saves_the_handout(qtbot, evening, make_window, tmp_path):
    window = make_window()
    actions = window.presenting
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert tr("PresenterActions", "&Presenter mode…") in menu_texts
    assert tr("PresenterActions", "Parent &handout (PDF)…") in menu_texts
    offered = []
    actions.ask_programme = lambda programmes, title: offered.append([p.id for p in programmes]) or programmes[0]
    told = []
    actions.tell = lambda title, text: told.append(text)
    presenter = actions.start_presenter()
    assert offered == [["kveld"]]
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    assert presenter.audience.isVisible() and presenter.presentation.current.kind == "title"
    presenter.leave()
    assert actions.presenter is None
    actions.ask_save_path = lambda title, suggested: str(tmp_path / "ark")
    saved = actions.save_handout()
    assert saved == tmp_path / "ark.pdf" and saved.is_file()
    assert told[-1] == tr("PresenterActions", "Saved %1 (pages: %2).", saved, pages(saved))


def broken_programme(demo_content, handout: bool = False):
    """A programme whose part names a module that is not there (with a handout line: one
    line further down)."""
    programme = demo_content / "nb" / "brutt.md"
    front = "---\ntype: programme\nid: brutt\ntitle: Brutt\nlang: nb\nminutes: 5\n"
    programme.write_text(front + ("handout: [demo]\n" if handout else "") + "---\n\nHei.\n\n## Del\n\n"
                         "- Modul: finnes-ikke\n- Minutter: 5\n\n> [!NOTE]\n> Notat.\n", "utf-8")
    return programme


def test_the_menu_refuses_a_programme_with_errors_and_says_which(qtbot, evening, make_window, demo_content):
    programme = broken_programme(demo_content)
    window = make_window()
    actions = window.presenting
    actions.ask_programme = lambda programmes, title: next(p for p in programmes if p.id == "brutt")
    told = []
    actions.tell = lambda title, text: told.append(text)
    assert actions.start_presenter() is None and actions.presenter is None
    error = f"{programme}:13: delen 'Del' viser til modulen 'finnes-ikke', som ikke finnes på nb"
    assert told == [tr("PresenterActions", "This programme has errors and cannot be shown:\n\n%1\n\n"
                       "'trainer validate' lists every one.", error)]


def test_the_menu_makes_no_handout_from_a_programme_with_errors(qtbot, evening, make_window, demo_content, tmp_path):
    programme = broken_programme(demo_content, handout=True)
    window = make_window()
    actions = window.presenting
    actions.ask_programme = lambda programmes, title: next(p for p in programmes if p.id == "brutt")
    actions.ask_save_path = lambda title, suggested: str(tmp_path / "ark.pdf")
    told = []
    actions.tell = lambda title, text: told.append(text)
    assert actions.save_handout() is None and not (tmp_path / "ark.pdf").exists()
    error = f"{programme}:14: delen 'Del' viser til modulen 'finnes-ikke', som ikke finnes på nb"
    assert told == [tr("PresenterActions", "This programme has errors, so no handout is made from it:\n\n%1\n\n"
                       "'trainer validate' lists every one.", error)]


def test_after_leaving_a_one_screen_show_no_learners_names_come_back_onto_the_projector(qtbot, evening, make_window):
    """With one screen (or a mirrored projector) Leave brought the profile list, with the
    learners' names, straight back onto the hall's screen."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    actions = window.presenting
    actions.ask_programme = lambda programmes, title: programmes[0]
    presenter = actions.start_presenter()
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    assert not presenter.dual  # the one offscreen screen
    picker = window.stack.currentWidget()
    presenter.leave()
    # The window comes back covered: nothing personal, and a way back in one key (minimised,
    # it seemed to have closed).
    cover = window.stack.currentWidget()
    assert not window.isMinimized() and cover is not picker
    assert not any(isinstance(w, QListWidget) for w in cover.findChildren(QWidget))
    assert window.focusWidget() is cover.back_button
    qtbot.keyClick(cover.back_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is picker
    # With the presenter's own screen there is no such risk: the window comes back as it was.
    presenter = actions.start_presenter()
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    presenter.dual = True
    presenter.leave()
    assert not window.isMinimized() and window.stack.currentWidget() is picker
