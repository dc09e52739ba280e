"""A push button whose text wraps, for long scenario choices (QPushButton never wraps)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy

from trainer.ui.widgets.wrapped_label import WrappedLabel


class WrappingButton(QPushButton):
    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.label = WrappedLabel(text, plain=True)
        # A press on the label reaches the button: a label without links or selectable text
        # leaves its mouse events to its parent (tests/ui/test_choice_row.py).
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)

    def setLabel(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def labelText(self) -> str:
        return self.label.text()

    # The text lives in the label; these keep the QPushButton calls working for Python callers.
    def text(self) -> str:  # noqa: D102
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.setLabel(text)

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().heightForWidth(width)
