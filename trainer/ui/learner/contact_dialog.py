"""The "Contact the police" card, reachable from every screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from trainer.ui.widgets import theme
from trainer.ui.widgets.screen_fit import resize_within
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.context import AppContext


class ContactDialog(QDialog):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        card = context.library.contact(context.lang)
        self.setWindowTitle(card.title if card else self.tr("Contact the police"))
        self.view = ContentView()
        self.view.setAccessibleName(self.windowTitle())
        if card is not None:
            self.view.show_markdown(card.body, card.path.parent, context.roots, context.assets, heading=card.title)
        else:
            self.view.show_markdown(self.tr("**Emergency? Call 112.**"), None, [], None,
                                    heading=self.tr("Contact the police"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        # Larger with larger text, never larger than the screen's work area.
        resize_within(self, 560, int(480 * theme.scale()))
