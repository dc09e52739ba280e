"""A row of controls that stands them one under another where it is too narrow for them
side by side, as at 200 % text on a small screen: a row that cannot shrink cut its last
button off or made the screen scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLayoutItem

ACROSS = QBoxLayout.Direction.LeftToRight
DOWN = QBoxLayout.Direction.TopToBottom


class StackingRow(QBoxLayout):
    def __init__(self, parent=None):
        super().__init__(ACROSS, parent)

    def _items(self) -> list[QLayoutItem]:
        return [item for item in (self.itemAt(i) for i in range(self.count())) if not item.isEmpty()]

    def _across_width(self) -> int:
        """The width the row needs with every control side by side at its preferred size."""
        items = [item for item in self._items() if item.spacerItem() is None or item.sizeHint().width() > 0]
        margins = self.contentsMargins()
        return (sum(item.sizeHint().width() for item in items) + self.spacing() * max(0, len(items) - 1)
                + margins.left() + margins.right())

    def setGeometry(self, rect) -> None:  # noqa: N802 - Qt's name
        direction = ACROSS if self._across_width() <= rect.width() else DOWN
        if direction != self.direction():
            self.setDirection(direction)  # asks the parent for a new layout with the new height
        super().setGeometry(rect)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as its widest control: where it is narrower than the row, it stacks."""
        items = self._items()
        margins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in items), default=0) + margins.left() + margins.right()
        return QSize(width, super().minimumSize().height())
