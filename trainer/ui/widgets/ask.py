"""The standard questions and messages the app puts to the user: yes or no, a file to
open or save, a message to read. Qt's dialog classes are imported on first use, because
creating their types (and enums) is start-up time that no first screen needs. The
screens reach these through their own small ask_* methods, which tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def tell(parent: QWidget, title: str, text: str, details: str = "") -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def open_path(parent: QWidget, title: str, filters: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
    """The chosen path ("" if cancelled) and the chosen filter."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
