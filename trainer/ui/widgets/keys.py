"""Keys the learner's screens share. Enter presses the focused button, as Space does. Qt does this only for buttons in
dialogs (their "auto default" buttons); in the main window a focused "Next" or "Answer"
would otherwise ignore Enter, which keyboard users expect to work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEY_PRESS = QEvent.Type.KeyPress


class EnterPressesButtons(QObject):
    """An application event filter: only a key press sent to a push button of the
    watched window is looked at; everything else passes on untouched."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() != KEY_PRESS or not isinstance(watched, QPushButton):
            return False
        if (event.key() in ENTER_KEYS and not watched.autoDefault() and watched.isEnabled()
                and watched.window() is self.window and not event.isAutoRepeat()):
            watched.click()
            return True
        return False


def number_keys_choose(widget: QWidget, choose: Callable[[int], None]) -> None:
    """1 for the first choice and so on, as on a quiz show: a window shortcut works wherever
    focus is, and only while `widget` is on screen."""
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(str(number)), widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda n=number: choose(n))
