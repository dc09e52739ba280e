"""The few Qt settings that the profile picker needs, made without naming PySide's `Qt`.

PySide makes all 93 enums of its `Qt` class the first time a module names it, or Qt hands
Python one of its values: about 104 million instructions and 20-25 ms, a sixth of a bare
window's start-up (benchmarks/run.py). The profile picker is the first screen of every first
start and of any start with no learner remembered, so the modules that build it set these
few settings by Qt's own numbers, through the property of that name (each checked against
`Qt` by tests/ui/test_qt_values.py), and name `Qt` only inside what runs later, as
`QtCore.Qt`. Nor do they ask Qt for a widget that Qt made itself (a scroll area's
viewport): PySide meets it by trying every widget class, which made some 60 more enums.
tests/ui/test_background_loading.py checks that the picker never makes the namespace. A
learner's first key press or click makes it, in passing.

The course overview cannot do without it: painting with a colour (QPainter.setPen) makes it
while PySide chooses among the overloads. Everything else names `Qt` as usual."""

from __future__ import annotations

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def plain_text(label) -> None:
    """The label shows its text as it is, never as markup (names, file names)."""
    label.setProperty("textFormat", PLAIN_TEXT)


def no_focus(widget) -> None:
    """Tab passes the widget by."""
    widget.setProperty("focusPolicy", NO_FOCUS)


def no_scroll_bar(view) -> None:
    """A scroll area that never scrolls sideways."""
    view.setProperty("horizontalScrollBarPolicy", ALWAYS_OFF)
