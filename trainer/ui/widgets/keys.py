"""Keys the learner's screens share. Enter presses the focused button, as Space does. Qt does this only for buttons in
dialogs (their "auto default" buttons); in the main window a focused "Next" or "Answer"
would otherwise ignore Enter, which keyboard users expect to work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt only where it is used: see widgets/qt_values.py
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

KEY_PRESS = QEvent.Type.KeyPress


class EnterPressesButtons(QObject):
    """Watches the push buttons of one window that get focus, and presses the focused one
    on Enter. The filter is put on a button when it first gets focus, not on the whole
    application: an application-wide Python filter makes PySide wrap every object that
    gets any event, which cost 25-30 ms of a 300 ms start-up in creating Python enums
    (benchmarks/run.py, startup_resume_ratio)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        if isinstance(new, QPushButton) and new.window() is self.window:
            new.installEventFilter(self)  # a second install of the same filter replaces the first

    def eventFilter(self, watched, event) -> bool:
        if event.type() != KEY_PRESS or not isinstance(watched, QPushButton):
            return False
        enter = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        if event.key() in enter and not watched.autoDefault() and watched.isEnabled() and not event.isAutoRepeat():
            watched.click()
            return True
        return False


def number_keys_choose(widget: QWidget, choose: Callable[[int], None]) -> None:
    """1 for the first choice and so on, as on a quiz show: a window shortcut works wherever
    focus is, and only while `widget` is on screen."""
    for number in range(1, 10):
        shortcut = QShortcut(QKeySequence(str(number)), widget)
        shortcut.setContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda n=number: choose(n))
