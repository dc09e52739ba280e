"""The Alt-letters (the `&` in a button's, menu's or label's text) a window shows, for the
tests that walk every screen of the app, the preview and the presenter windows: one
letter shown twice on a screen answers only the first, and a shortcut set on a button
replaces its Alt-letter."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QTabBar, QWidget


def mnemonics(window) -> list[str]:
    """The Alt-letters shown on a window as it is now: its menu titles, buttons, labelled
    fields and tabs."""
    letters = []
    # menuWidget(), not menuBar(): asking for menuBar() gives a window without one an empty bar.
    menu_bar = window.menuWidget() if hasattr(window, "menuWidget") else None
    if isinstance(menu_bar, QMenuBar):
        letters += [QKeySequence.mnemonic(a.text()).toString() for a in menu_bar.actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            letters.append(QKeySequence.mnemonic(widget.text()).toString())
        elif isinstance(widget, QTabBar):
            letters += [QKeySequence.mnemonic(widget.tabText(i)).toString() for i in range(widget.count())]
    return [letter for letter in letters if letter]


def doubled(letters: list[str]) -> list[str]:
    return sorted({letter for letter in letters if letters.count(letter) > 1})


def alt_letter_faults(window) -> list[str]:
    """What is wrong with the Alt-letters of a window as it is now: each letter shown
    twice, and each button whose underlined letter does not answer."""
    faults = doubled(mnemonics(window))
    for button in window.findChildren(QAbstractButton):
        shown = QKeySequence.mnemonic(button.text())
        if button.isVisible() and not shown.isEmpty() and button.shortcut() != shown:
            faults.append(f"{button.text()} does not answer {shown.toString()}")
    return faults


def menu_faults(menu) -> list[str]:
    """The Alt-letters used twice among a menu's shown items."""
    letters = [QKeySequence.mnemonic(a.text()).toString() for a in menu.actions() if a.isVisible()]
    return doubled([letter for letter in letters if letter])


def use_language(app, lang: str) -> None:
    """The app's translators for a language, as `trainer --lang` installs them."""
    from trainer import i18n
    from trainer.ui.widgets.appearance import install_translators

    i18n.set_language(lang)
    install_translators(app, lang)


def answer_dialog(qtbot, inspect):
    """Run `inspect(dialog)` on the next modal dialog once it is up; `inspect` answers it.
    For dialogs the code opens with exec()."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        QApplication.processEvents()
        inspect(dialog)

    QTimer.singleShot(0, look)
