"""The two presenter windows. The audience window shows only the slide (and, with one
screen, the notes overlay when asked for); the console on the laptop shows the current
and next slide, the notes, the time and the slide number. Both hand every key to the
presenter, so a clicker works whichever window has focus."""

from __future__ import annotations

import re

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget,
)

from trainer.course.render import render_markdown
from trainer.ui.widgets.label_html import label_html
from trainer.ui.presenter.slide_view import SlideView


def clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class KeyForwardingWidget(QWidget):
    """A top-level window whose keys go to the presenter."""

    key_pressed = Signal(int, str)
    resized = Signal()
    closing = Signal()

    def __init__(self, presenter, parent=None):
        super().__init__(parent)
        self.presenter = presenter
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event) -> None:
        if not self.presenter.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def closeEvent(self, event) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab is not a way out of the slide


class NotesOverlay(QFrame):
    """With one screen: notes, time and the next slide over the lower part of the slide,
    shown only while the presenter asks for it (N)."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="notesOverlay")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(12, 14, 20, 235))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        self.setPalette(palette)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label = QLabel()
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.set_font_pixels(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.status)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notes, 1)
        self.hide()

    def set_font_pixels(self, pixels: int) -> None:
        # A style sheet, because the app's style sheet would override a plain setFont.
        for label, weight in ((self.status, 700), (self.next_label, 400), (self.notes, 400)):
            label.setStyleSheet(f"color: #ffffff; background: transparent; font-size: {pixels}px; font-weight: {weight};")


class AudienceWindow(KeyForwardingWidget):
    def __init__(self, presenter, roots=None, assets=None):
        super().__init__(presenter)
        self.setWindowTitle(self.tr("Faresignaler: presentation"))
        self.setStyleSheet("background: #000000;")
        self.view = SlideView(self, roots, assets)
        self.view.setFocusProxy(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.overlay = NotesOverlay(self)
        self.goto_label = QLabel(self)
        self.goto_label.hide()
        self.setCursor(Qt.CursorShape.BlankCursor)

    def resizeEvent(self, event) -> None:
        height = self.height()
        self.overlay.setGeometry(0, int(height * 0.5), self.width(), height - int(height * 0.5))
        self.overlay.set_font_pixels(max(14, height // 30))
        self.goto_label.setStyleSheet(
            f"background: #ffd166; color: #0b0d12; padding: 8px 16px; font-weight: 700; font-size: {max(14, height // 24)}px;"
        )
        self.goto_label.adjustSize()
        self.goto_label.move(max(8, self.width() // 40), max(8, height // 40))
        super().resizeEvent(event)

    def slide_size(self) -> QSize:
        return self.view.size()


class ConsoleWindow(KeyForwardingWidget):
    """The presenter's view on the laptop screen."""

    def __init__(self, presenter, roots=None, assets=None):
        super().__init__(presenter)
        self.setWindowTitle(self.tr("Faresignaler: presenter view"))
        self.setObjectName("page")
        self.current_view = SlideView(self, roots, assets)
        self.next_view = SlideView(self, roots, assets)
        self.current_view.setMinimumSize(480, 270)
        self.next_view.setMinimumSize(240, 135)
        self.next_caption = QLabel(self.tr("Next"), objectName="subtitle")
        self.number_label = QLabel(objectName="title")
        self.number_label.setAccessibleName(self.tr("Slide number"))
        self.time_label = QLabel(objectName="title")
        self.time_label.setAccessibleName(self.tr("Elapsed and planned time"))
        self.section_label = QLabel()
        self.section_label.setWordWrap(True)
        self.section_time_label = QLabel(objectName="subtitle")
        self.state_label = QLabel(objectName="verdict")
        self.goto_label = QLabel(objectName="verdict")
        self.notes = QTextBrowser()
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setOpenLinks(False)
        self.votes_label = QLabel()
        self.votes_label.setWordWrap(True)
        self.keys_label = QLabel(objectName="muted")
        self.keys_label.setWordWrap(True)
        self.keys_label.setText(self.tr(
            "Forward: → PgDn Space Enter · Back: ← PgUp Backspace · B or . black · W white · "
            "G and a number: go to slide · Home/End · 1–9 choose · V votes · S skip a content "
            "warning · X swap screens · N notes (one screen) · T theme · F full screen · Esc leave"
        ))

        self.back_button = self._button(self.tr("◀ Back"), "back")
        self.forward_button = self._button(self.tr("Forward ▶"), "forward")
        self.votes_button = self._button(self.tr("Votes…"), "votes")
        self.skip_button = self._button(self.tr("Skip"), "skip")
        self.black_button = self._button(self.tr("Black screen"), "black")
        self.swap_button = self._button(self.tr("Swap screens"), "swap")
        self.theme_button = self._button(self.tr("Light/dark"), "theme")
        self.leave_button = self._button(self.tr("Leave"), "leave")

        side = QVBoxLayout()
        side.addWidget(self.next_caption)
        side.addWidget(self.next_view, 2)
        side.addWidget(self.number_label)
        side.addWidget(self.time_label)
        side.addWidget(self.section_label)
        side.addWidget(self.section_time_label)
        side.addWidget(self.state_label)
        side.addWidget(self.goto_label)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.current_view, 3)
        top.addLayout(side, 2)
        buttons = QGridLayout()
        for index, button in enumerate((self.back_button, self.forward_button, self.votes_button, self.skip_button,
                                        self.black_button, self.swap_button, self.theme_button, self.leave_button)):
            buttons.addWidget(button, index // 2, index % 2)
        controls = QVBoxLayout()
        controls.addWidget(self.votes_label)
        controls.addLayout(buttons)
        controls.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 3)
        bottom.addLayout(controls, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addLayout(bottom, 2)
        layout.addWidget(self.keys_label)
        # Notes are read at arm's length while standing: larger than the app's usual text.
        self.notes.setStyleSheet("QTextBrowser { font-size: 17pt; }")
        self.section_label.setStyleSheet("font-size: 14pt;")
        self.section_time_label.setStyleSheet("font-size: 14pt;")
        self.votes_label.setStyleSheet("font-size: 13pt;")

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter belong to the slides
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.presenter.do(action))
        return button

    def show_notes(self, notes: str) -> None:
        if notes.strip():
            self.notes.setHtml(render_markdown(notes))
        else:
            empty = self.tr("No notes for this slide.")
            self.notes.setHtml(f"<p><i>{escape(empty)}</i></p>")


def notes_label_html(notes: str) -> str:
    return label_html(render_markdown(notes)) if notes.strip() else ""


def slide_summary(slide) -> str:
    """The next slide in a line: its heading and how its text begins."""
    text = re.sub(r"[*_>#|`]|\]\([^)]*\)|\[|!\[", "", slide.markdown()).replace("\n", " ").strip()
    if not text and slide.choices:
        text = slide.choices[0].text
    text = " ".join(text.split())
    if len(text) > 70:
        text = text[:69].rsplit(" ", 1)[0] + " …"
    return f"{slide.heading}: {text}" if text else slide.heading
