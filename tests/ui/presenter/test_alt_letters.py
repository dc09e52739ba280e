"""No Alt-letter is shown twice in presenter mode, and each one works, in nb and en: the
programme chooser, the projector window and the presenter view on every slide (votes
and reveals too), going to a slide, a black screen, the notes below the slide, the hand
count and the question before leaving; from the main window's menu, the programme to
present and, for the parents' handout, the programme and Qt's own save dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from alt_letters import alt_letter_faults, answer_dialog, use_language
from presenting import press


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_alt_letter_twice_in_presenter_mode(qtbot, qapp, make_presenter, evening, lang):
    from trainer.ui.presenter.dialogs import ProgrammeChooser
    from trainer.ui.presenter.presenter import Presenter

    use_language(qapp, lang)
    faults, walked = {}, []

    def check(name, *windows):
        QApplication.processEvents()
        walked.append(name)
        for window in windows:
            if alt_letter_faults(window):
                faults[f"{name} ({window.windowTitle()})"] = alt_letter_faults(window)

    chooser = ProgrammeChooser(evening.programmes, lang)
    qtbot.addWidget(chooser)
    chooser.show()
    check("choose a programme", chooser)
    chooser.close()

    for dual in (False, True):
        presenter = make_presenter(dual=dual)
        windows = [presenter.audience, presenter.console] if dual else [presenter.audience]
        screens = "two screens" if dual else "one screen"
        p = presenter.presentation
        p.home()
        presenter.update_views()
        while True:
            slide = p.current
            check(f"{screens}: slide {p.number} ({slide.kind})", *windows)
            if slide.choices and p.item_key() is not None and slide.kind in ("step", "question"):
                def count_hands(dialog):
                    check(f"{screens}: hand count on slide {p.number}", dialog)
                    for number, spin in enumerate(dialog.spins, 1):
                        spin.setValue(number)
                    dialog.accept()

                answer_dialog(qtbot, count_hands)
                presenter.enter_votes()  # the real dialog, answered above
                check(f"{screens}: votes on slide {p.number}", *windows)
            if not p.forward():
                break
            presenter.update_views()
        press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_1)
        check(f"{screens}: go to a slide", *windows)
        press(qtbot, presenter, Qt.Key.Key_Escape, Qt.Key.Key_B)
        check(f"{screens}: black screen", *windows)
        press(qtbot, presenter, Qt.Key.Key_B, Qt.Key.Key_N)
        check(f"{screens}: notes", *windows)

        def stay(box):
            check(f"{screens}: leave?", box)
            box.reject()  # Esc: "Continue"

        answer_dialog(qtbot, stay)
        assert Presenter.ask(presenter, presenter.tr("Leave the presentation?")) is False  # the real question

    assert faults == {}, "\n".join(f"{name}: {found}" for name, found in faults.items())
    # The walk reached every kind of state (a walk that stops early proves nothing).
    kinds = {name.split("(")[-1].rstrip(")") for name in walked if "slide" in name and "(" in name}
    assert {"warning", "step", "reveal", "question", "answer"} <= kinds, kinds
    for screens in ("one screen", "two screens"):
        for expected in ("go to a slide", "black screen", "notes", "leave?"):
            assert f"{screens}: {expected}" in walked
        assert any(name.startswith(f"{screens}: hand count") for name in walked)


def test_a_choice_with_an_ampersand_reads_as_written_in_the_hand_count(qtbot, make_presenter):
    """A choice is content, not a label with an Alt-letter: "Snap & TikTok" once lost its
    "&" and underlined the space after it (Alt+Space), and two such choices doubled it."""
    from dataclasses import replace

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    from trainer.ui.presenter.dialogs import VotesDialog

    presenter = make_presenter()
    slide = next(s for s in presenter.presentation.slides if s.choices)
    texts = ["Snap & TikTok", "Foreldre & lærere"]
    slide = replace(slide, choices=tuple(replace(c, text=t) for c, t in zip(slide.choices, texts)))
    dialog = VotesDialog(slide, (), False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert alt_letter_faults(dialog) == []
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert [QKeySequence.mnemonic(label.text()).isEmpty() for label in labels] == [True, True]
    assert [label.text().replace("&&", "&") for label in labels] == [f"1. {texts[0]}", f"2. {texts[1]}"]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_alt_letter_twice_in_the_presenter_menus_dialogs(qtbot, make_window, evening, lang):
    """From the main window's menu: choosing the programme to present, and for the parents'
    handout the programme and the place to save it."""
    window = make_window(lang)
    qtbot.waitUntil(lambda: bool(window.context.library.programmes), timeout=10_000)
    actions = window.presenting
    faults, walked, saw = {}, [], []

    def check(name, dialog):
        walked.append(name)
        if alt_letter_faults(dialog):
            faults[name] = alt_letter_faults(dialog)

    def choose_then(name, then=None):
        def inspect(dialog):
            check(name, dialog)
            dialog.accept()  # the first programme
            if then is not None:
                answer_dialog(qtbot, then)
        return inspect

    def save_where(dialog):
        check("save the handout", dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        dialog.reject()  # before any assert: an error here would leave the dialog waiting
        if lang == "nb":  # Qt 6's own labels, in bokmål (in English they once doubled the L of &Lagre)
            saw.extend(labels)

    answer_dialog(qtbot, choose_then("programme to present"))
    presenter = actions.start_presenter()
    assert presenter is not None
    presenter.leave()
    answer_dialog(qtbot, choose_then("programme for the handout", save_where))
    assert actions.save_handout() is None  # cancelled where to save

    assert faults == {}, faults
    assert walked == ["programme to present", "programme for the handout", "save the handout"]
    if lang == "nb":
        assert "&Søk i:" in saw and "Fil&type:" in saw, saw
