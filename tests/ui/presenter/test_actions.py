"""The main window's presenter menu: start presenter mode, save the handout."""

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
