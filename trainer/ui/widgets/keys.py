"""Enter presses the focused button, as Space does. Qt does this only for buttons in
dialogs (their "auto default" buttons); in the main window a focused "Next" or "Answer"
would otherwise ignore Enter, which keyboard users expect to work."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton

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
