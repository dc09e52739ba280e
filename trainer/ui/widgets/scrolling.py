"""Screens whose content scrolls as a whole when it does not fit, as at 200% text."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def fill_with_scrolling(screen: QWidget, content: QWidget) -> QScrollArea:
    """Make `content` the scrolling body of `screen`."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll
