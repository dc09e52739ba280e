"""Telling screen readers about results and feedback as they appear: the text becomes
the widget's accessible description and an alert event is sent, which screen readers
read out without moving the learner's focus."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

_listeners: list = []  # tests listen here instead of to a real screen reader


def announce(widget: QWidget, text: str) -> None:
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    for listener in _listeners:
        listener(widget, text)


def listen(callback) -> None:
    _listeners.append(callback)


def stop_listening(callback) -> None:
    if callback in _listeners:
        _listeners.remove(callback)
