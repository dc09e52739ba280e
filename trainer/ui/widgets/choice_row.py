"""A quiz option as a large row: the whole row is the target, its text wraps, number keys
and arrows choose, Enter answers. After answering, the row says in words whether it was
chosen and whether it is right, and its border changes shape (solid or dashed), so
neither depends on colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QRadioButton, QSizePolicy, QStyle, QStyleOptionButton

from trainer.ui.widgets.wrapped_label import WrappedLabel

ARROWS_BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
ARROWS_ON = (Qt.Key.Key_Down, Qt.Key.Key_Right)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _Row:
    """What the radio and the check-box rows share (a mix-in before the Qt class)."""

    answer_requested = None  # set by the subclasses: a Signal()

    def _setup(self, text: str) -> None:
        self.setObjectName("choiceRow")
        self._base = text
        self.label = WrappedLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label)
        self._leave_room_for_indicator()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _leave_room_for_indicator(self) -> None:
        """Room for the indicator the style paints at the row's start (the left, or the
        right in a right-to-left module), then the text."""
        option = QStyleOptionButton()
        option.initFrom(self)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self) + 40
        start_left = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        self.layout().setContentsMargins(indicator if start_left else 16, 14, 16 if start_left else indicator, 14)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._leave_room_for_indicator()
        super().changeEvent(event)

    # The text lives in the label (QRadioButton never wraps).
    def text(self) -> str:  # noqa: D102
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.label.setText(text)
        self.updateGeometry()

    def mark(self, verdict: str, words: str) -> None:
        """Show the result on the row: verdict is "right", "wrong" or "" (neither)."""
        mark = {"right": "✓", "wrong": "✗"}.get(verdict, "")
        if not hasattr(self, "_shown"):
            self._shown = self.label.text()  # with its number, as it was on screen
        self.setText(f"{self._shown}   {mark}\n{words}" if words else self._shown)
        self.setAccessibleDescription(words)
        self.setProperty("verdict", verdict)
        self.style().unpolish(self)
        self.style().polish(self)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)  # the whole row, not only the small circle

    def _siblings(self) -> list:
        parent = self.parentWidget()
        return [w for w in parent.findChildren(type(self)) if w.isVisible() or not parent.isVisible()] if parent else [self]

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in ENTER and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.answer_requested.emit()
            return
        if key in ARROWS_BACK + ARROWS_ON and not event.modifiers():
            rows = self._siblings()
            here = rows.index(self) if self in rows else 0
            there = here + (-1 if key in ARROWS_BACK else 1)
            if 0 <= there < len(rows):
                rows[there].setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(rows[there], QRadioButton) and rows[there].isEnabled():
                    rows[there].setChecked(True)  # arrows choose, as in any radio group
            return
        super().keyPressEvent(event)


class ChoiceRadio(_Row, QRadioButton):
    answer_requested = Signal()

    def __init__(self, text: str, parent=None):
        QRadioButton.__init__(self, parent)
        self._setup(text)


class ChoiceCheck(_Row, QCheckBox):
    answer_requested = Signal()

    def __init__(self, text: str, parent=None):
        QCheckBox.__init__(self, parent)
        self._setup(text)
