"""The bar with the police's numbers above every learner screen. Its words never cut a
number (they wrap), and where the whole sentence and the button do not fit on one line
(200 % text on a small screen, where they took three of the window's 460 lines of
pixels), the bar says the same numbers in fewer words, and then the button too."""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy

from trainer.ui.widgets.wrapped_label import WrappedLabel

SPACING = 12  # pixels between the words and the button


class ContactBar(QFrame):
    def __init__(self, sentence: str, short: str, button: str, short_button: str, parent=None):
        super().__init__(parent, objectName="contactBar")
        # Longest first: the first that fits on one line is shown, else the last, wrapped.
        self.wordings = ((sentence, button), (short, button), (short, short_button))
        self.label = WrappedLabel(sentence, objectName="contactText")
        self.label.setAccessibleName(sentence)  # a screen reader hears the whole sentence
        self.button = QPushButton(button)
        self.button.setAccessibleName(button)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 24, 6)
        row.setSpacing(SPACING)  # set, not the style's: some styles give -1 and space by widget
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        # Always its full height, its wrapped lines too: when a screen asks for more than the
        # window has (a scenario's feedback at 200 % text), the screen gives way, never the
        # police's number. (Minimum, not Fixed: a fixed height is the one-line size hint.)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        margins = self.layout().contentsMargins()
        own = self.label.width() - self.label.contentsRect().width()  # the label's own margins
        room = self.width() - margins.left() - margins.right() - SPACING - own
        self.ensurePolished()
        # Fractional widths, rounded up: rounded widths let a sentence 0.45 px too wide
        # through, and it wrapped.
        words, button_words = QFontMetricsF(self.label.font()), QFontMetricsF(self.button.font())
        # A button is its text and a padding that does not change with the text.
        padding = self.button.sizeHint().width() - button_words.horizontalAdvance(self.button.text())
        chosen = self.wordings[-1]
        for text, button in self.wordings:
            if math.ceil(words.horizontalAdvance(text)) + math.ceil(button_words.horizontalAdvance(button) + padding) <= room:
                chosen = (text, button)
                break
        if (self.label.text(), self.button.text()) != chosen:
            self.label.setText(chosen[0])
            self.button.setText(chosen[1])
