"""A calm screen inside the window before a module with distressing material: what it is
about, that a pause is fine, and two ways on ("Continue" and "Skip"). It is a screen,
not a dialog, so it can never appear before the window or leave it stuck loading."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.ui.widgets import theme
from trainer.ui.widgets.scrolling import fill_with_scrolling
from trainer.ui.widgets.wrapped_label import WrappedLabel


class ContentWarningScreen(QWidget):
    accepted = Signal(str)  # module id: open it
    skipped = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.module_id = ""
        card = QFrame(objectName="notice")
        card.setMaximumWidth(theme.column_width())
        self.kicker = QLabel(self.tr("Before you start"), objectName="muted")
        self.title = WrappedLabel(objectName="title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = WrappedLabel()
        self.warning.setObjectName("question")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        calm = WrappedLabel(self.tr("Take it at your own pace. You can pause at any time, skip this module and come "
                                    "back later, or talk to someone you trust about what you read."), objectName="muted")
        self.continue_button = QPushButton(self.tr("&Continue"), objectName="primary")
        self.continue_button.clicked.connect(lambda: self.accepted.emit(self.module_id))
        self.skip_button = QPushButton(self.tr("&Skip for now"))
        self.skip_button.clicked.connect(self.skipped)
        # Alt+Right goes on, as it goes to the next part in a module (Qt's arrow keys had
        # only moved the keyboard from "Continue" to the contact button).
        go_on = QShortcut(QKeySequence("Alt+Right"), self)
        go_on.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        go_on.activated.connect(self.continue_button.click)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.space("s"))
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.continue_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(theme.space("xl"), theme.space("l"), theme.space("xl"), theme.space("l"))
        inner.setSpacing(theme.space("m"))
        for widget in (self.kicker, self.title, self.warning, calm):
            inner.addWidget(widget)
        inner.addSpacing(theme.space("s"))
        inner.addLayout(buttons)
        page = QWidget(objectName="page")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 100)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.setContentsMargins(theme.space("l"), theme.space("l"), theme.space("l"), theme.space("l"))
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        fill_with_scrolling(self, page)

    def show_warning(self, module_id: str, title: str, warning: str) -> None:
        self.module_id = module_id
        self.title.setText(title)
        self.warning.setText(self.tr("Content warning: %1").replace("%1", warning))
        self.setAccessibleDescription(self.warning.text())
