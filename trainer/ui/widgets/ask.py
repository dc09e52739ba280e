"""The standard questions and messages the app puts to the user: yes or no, a file to
open or save, a message to read. Qt's dialog classes are imported on first use, because
creating their types (and enums) is start-up time that no first screen needs (QMessageBox:
1-30 ms; the Qt enum namespace: about 100 ms, measured after the window's imports). The
screens reach these through their own small ask_* methods, which tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget, title: str, text: str, yes: str = "", no: str = "", safe_default: bool = False) -> bool:
    """Yes or no; `yes` and `no` name the buttons by what they do. With `safe_default`,
    Enter answers no: for a question an Enter pressed once too often must not answer."""
    box = _box(parent, title, text, yes_no=True)
    from PySide6.QtWidgets import QMessageBox

    for button, label in ((QMessageBox.StandardButton.Yes, yes), (QMessageBox.StandardButton.No, no)):
        if label:
            box.button(button).setText(label)
    if safe_default:
        box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str, details: str = "") -> None:
    box = _box(parent, title, text)
    if details:
        box.setDetailedText(details)
    box.exec()


def _box(parent: QWidget, title: str, text: str, yes_no: bool = False):
    """A message box that shows its text as plain text: the text often holds a profile
    name or a pack's title, and Qt would otherwise render any HTML in them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    # No stock icon (a "?" or an "i" says nothing the words do not): the design system has none.
    if yes_no:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    else:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def open_path(parent: QWidget, title: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """The chosen path ("" if cancelled) and the chosen filter."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
