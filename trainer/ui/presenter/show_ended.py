"""What the app's window shows after a show on one screen (or a mirrored projector): the
hall may still see this screen, so nothing personal (no profile list, no learner's
progress), only the way back to where the window was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.ui.widgets import theme
from trainer.ui.widgets.wrapped_label import WrappedLabel


class ShowEnded(QWidget):
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        title = WrappedLabel(self.tr("The presentation has ended"), plain=True, objectName="title")
        hint = WrappedLabel(self.tr("The screen you were on comes back when you go on. It may show the names of "
                                    "the app's profiles: blank or switch off the projector first."), plain=True,
                            objectName="subtitle")
        self.back_button = QPushButton(self.tr("&Back to Faresignaler"), objectName="primary")
        self.back_button.clicked.connect(self.back.emit)
        # One reading column, as wide as the module pages' (about 70 characters), centred by
        # stretches, as the loading screen is: no alignment flags needed.
        text = QWidget(objectName="page")
        text.setMaximumWidth(theme.column_width())
        column = QVBoxLayout(text)
        column.setSpacing(theme.space("s"))
        column.addWidget(title)
        column.addWidget(hint)
        column.addSpacing(theme.space("m"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
