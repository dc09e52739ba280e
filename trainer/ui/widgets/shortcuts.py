"""Keyboard shortcuts for actions.

Shortcuts are set through `setShortcuts` with a list: the one-key overload,
`setShortcut`, makes PySide create every enum of Qt's namespace first (about 40 ms),
which would fall on start-up, before the window is shown."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def set_keys(action: QAction, *keys: str | QKeySequence.StandardKey) -> QAction:
    """Give `action` its shortcuts: key strings such as "Ctrl+M", or one standard key."""
    if len(keys) == 1 and isinstance(keys[0], QKeySequence.StandardKey):
        action.setShortcuts(keys[0])  # every binding the platform has for it
    else:
        action.setShortcuts([QKeySequence(key) for key in keys])
    return action
