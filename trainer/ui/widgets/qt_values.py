"""The few Qt settings that the first screens (the profile picker and the course overview)
need, made without naming PySide's `Qt`.

PySide makes all 93 enums of its `Qt` class the first time a module names it, or Qt hands
Python one of its values: about 104 million instructions and 20-25 ms, a sixth of a bare
window's start-up (benchmarks/run.py). The profile picker (every first start, and any start
with no learner remembered) and a returning learner's course overview are first screens, so
the modules that build them set these few settings by Qt's own numbers (each checked against
`Qt` by tests/ui/test_qt_values.py),
and name `Qt` only inside what runs later, as `QtCore.Qt`. Nor do they ask Qt for a widget
that Qt made itself (a scroll area's viewport): PySide meets it by trying every widget
class, which made some 60 more enums. Nor do they set a painter's pen or brush: PySide
makes the namespace while it chooses among those overloads, so the overview's rows paint
their text as rich text with its colour in it, and their bars from one-colour pixmaps
(asking a widget for its style would make QStyle's enums instead).
tests/ui/test_background_loading.py checks that neither screen makes the namespace. A
learner's first key press or click makes it, in passing. Everything else names `Qt` as
usual."""

from __future__ import annotations

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: an item's data role is a plain int in Qt's API
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus
ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
ALWAYS_ON = 2  # Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def plain_text(label) -> None:
    """The label shows its text as it is, never as markup (names, file names)."""
    label.setProperty("textFormat", PLAIN_TEXT)


def no_focus(widget) -> None:
    """Tab passes the widget by."""
    widget.setProperty("focusPolicy", NO_FOCUS)


def no_scroll_bar(view, up_and_down: bool = False) -> None:
    """A scroll area that never scrolls sideways (nor, with `up_and_down`, up and down)."""
    view.setProperty("horizontalScrollBarPolicy", ALWAYS_OFF)
    if up_and_down:
        view.setProperty("verticalScrollBarPolicy", ALWAYS_OFF)


def scroll_bar_shown(view, shown: bool) -> None:
    """The scroll area's up-and-down scroll bar is shown (`shown`) or not, whatever its content."""
    view.setProperty("verticalScrollBarPolicy", ALWAYS_ON if shown else ALWAYS_OFF)
