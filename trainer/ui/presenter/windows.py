"""The two presenter windows. The audience window shows only the slide (and, with one
screen, the notes overlay when asked for); the console on the laptop shows the current
and next slide, the notes, the time and the slide number. Both hand every key to the
presenter, so a clicker works whichever window has focus."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget,
)

from trainer.course.render import render_markdown
from trainer.course.slides import plain_text
from trainer.ui.presenter.labels import InShowLanguage
from trainer.ui.presenter.slide_view import SlideView
from trainer.ui.widgets import theme
from trainer.ui.widgets.wrapped_label import WrappedLabel


def clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class KeyForwardingWidget(InShowLanguage, QWidget):
    """A top-level window whose keys go to the presenter; its words in the programme's
    language."""

    key_pressed = Signal(int, str)
    resized = Signal()
    closing = Signal()

    def __init__(self, presenter, parent=None):
        super().__init__(parent)
        self.presenter = presenter
        self.show_lang = presenter.programme.lang
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


class StatusLine(WrappedLabel):
    """A line of the presenter's view that takes no room while it has nothing to say:
    the view must fit a small laptop screen at 125 % (see ConsoleWindow). Its words wrap."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class NotesOverlay(QFrame):
    """With one screen: notes, time and the next slide in a panel below the slide, shown
    only while the presenter asks for it (N). The slide shrinks above it (the hall still
    sees all of it, choices included); nothing is covered. Notes longer than the panel
    scroll (Down and Up, see Presenter); the type grows only as far as a few lines of
    notes still show under the time and the next line."""

    SHARE = 0.34  # of the window's height
    MARGINS = (32, 12, 32, 12)
    NOTES_LINES = 3  # lines of notes that must stay in view at any type size

    def __init__(self, parent=None):
        super().__init__(parent, objectName="notesOverlay")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(12, 14, 20))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Base, QColor(12, 14, 20))
        self.setPalette(palette)
        self.status = WrappedLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label = WrappedLabel()  # never cut mid-word
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QTextBrowser()
        self.notes.document().setDocumentMargin(0)  # frameless: its words line up with the lines above
        self.notes.setOpenLinks(False)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.setPalette(palette)
        # The keys stay with the show (Down and Up scroll the notes from there).
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pixels = 16
        self.set_font_pixels(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.addWidget(self.status)
        layout.addWidget(self.next_label)
        layout.addWidget(self.notes, 1)
        self.hide()

    def set_font_pixels(self, pixels: int) -> None:
        # A style sheet, because the app's style sheet would override a plain setFont.
        self.pixels = pixels
        for label, weight in ((self.status, 700), (self.next_label, 400)):
            label.setStyleSheet(f"color: #ffffff; background: transparent; font-size: {pixels}px; font-weight: {weight};")
        self.notes.setStyleSheet(f"QTextBrowser {{ color: #ffffff; background: transparent; border: none; font-size: {pixels}px; }}")

    def set_notes(self, notes: str) -> None:
        html = render_markdown(notes) if notes.strip() else ""
        if html != getattr(self, "_notes_html", None):
            self._notes_html = html
            self.notes.setHtml(html)  # back to the top for each new slide's notes

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    def scroll_notes(self, pages: int) -> None:
        bar = self.notes.verticalScrollBar()
        line = round(self.pixels * 1.3)
        bar.setValue(bar.value() + pages * max(line, bar.pageStep() - line))

    def fits(self, pixels: int, height: int | None = None) -> bool:
        """Whether at type size `pixels` the status and next lines leave NOTES_LINES lines of
        notes in view, in a panel `height` high (its own if None)."""
        left, top, right, bottom = self.MARGINS
        width = max(1, (self.width() or 800) - left - right)
        height = self.height() if height is None else height
        used = top + bottom + 2 * max(0, self.layout().spacing())
        for label, bold in ((self.status, True), (self.next_label, False)):
            font = QFont(self.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), label.text())
            used += rect.height()
        return height - used >= self.NOTES_LINES * pixels * 1.4


class AudienceWindow(KeyForwardingWidget):
    def __init__(self, presenter, roots=None, assets=None):
        super().__init__(presenter)
        self.setWindowTitle(self.tr("Faresignaler: presentation"))
        # Black through the palette, not a style sheet: a style sheet here would be
        # inherited by every dialog opened over the slides (dark grey on black).
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.setPalette(palette)
        self.view = SlideView(self, roots, assets)
        self.view.setFocusProxy(self)
        self.overlay = NotesOverlay(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.overlay)
        self.goto_label = QLabel(self)
        self.goto_label.setTextFormat(Qt.TextFormat.PlainText)
        self.goto_label.hide()
        self.setCursor(Qt.CursorShape.BlankCursor)

    def resizeEvent(self, event) -> None:
        height = self.height()
        self.view.virtual_size = self.size()  # the slide keeps the projector's shape when it shrinks
        self.overlay.setFixedHeight(int(height * NotesOverlay.SHARE))
        self.presenter.fit_overlay_type()
        # Go-to is a small prompt in the bottom corner, in the slide's margin: it hides
        # neither the title nor the text.
        self.goto_label.setStyleSheet(
            f"background: #ffd166; color: #0b0d12; padding: 4px 12px; font-weight: 700; font-size: {max(12, height // 40)}px;"
        )
        self.place_goto()
        super().resizeEvent(event)

    def place_goto(self) -> None:
        self.goto_label.adjustSize()
        margin = max(6, self.height() // 60)
        self.goto_label.move(margin, self.height() - self.goto_label.height() - margin)

    def slide_size(self) -> QSize:
        return self.size()


class ConsoleWindow(KeyForwardingWidget):
    """The presenter's view on the laptop screen: the current slide large, the next one
    readable beside it, the notes in a large type the presenter can change, the clock
    and the time per part; "Next" and "Back" large, "Leave" set apart. It fits a 1366x768
    laptop at 125 % (1093x614 points, less a task bar and a title bar): the slides may
    shrink, the buttons must not go off the screen (or onto the projector's)."""

    MINIMUM = QSize(1093, 546)

    NOTES_POINTS = (14, 16, 18, 20, 24, 28, 32)

    def __init__(self, presenter, roots=None, assets=None):
        super().__init__(presenter)
        self.setWindowTitle(self.tr("Faresignaler: presenter view"))
        self.setObjectName("page")
        self.current_view = SlideView(self, roots, assets)
        self.next_view = SlideView(self, roots, assets)
        for view in (self.current_view, self.next_view):
            view.surround = ""  # the window's own background around the slide, no grey bars
        self.current_view.setMinimumSize(256, 144)  # smaller only on a small laptop screen
        self.next_view.setMinimumSize(192, 108)
        self.next_caption = QLabel(self.tr("Next"), objectName="subtitle")
        self.clock_label = QLabel(objectName="title")
        self.clock_label.setAccessibleName(self.tr("Time of day"))
        self.number_label = QLabel(objectName="subtitle")
        self.number_label.setAccessibleName(self.tr("Slide number"))
        self.time_label = QLabel(objectName="title")
        self.time_label.setAccessibleName(self.tr("Elapsed and planned time"))
        self.section_label = StatusLine()
        self.section_time_label = StatusLine()
        self.state_label = StatusLine(objectName="verdict")
        self.goto_label = StatusLine(objectName="verdict")
        self.goto_label.setWordWrap(False)  # "Go to slide: 12", as it is typed
        self.notes = QTextBrowser()
        self.notes.document().setDocumentMargin(theme.TEXT_MARGIN)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setAccessibleName(self.tr("Presenter notes"))
        self.notes.setOpenLinks(False)
        self.notes_points = 20  # notes are read at arm's length while standing
        self.votes_label = StatusLine()
        self.keys_label = WrappedLabel(objectName="muted")
        self.keys_label.setText(self.tr(
            "Forward: → PgDn Space Enter · Back: ← PgUp Backspace · B or . black · W white · "
            "G and a number: go to slide · Home/End · 1–9 choose · V votes · S skip a content "
            "warning · X switch screens · N notes (one screen), ↓ ↑ scroll them · + and − notes size · T theme · "
            "F full screen · Esc leave"
        ))

        self.back_button = self._button(self.tr("◀ Back"), presenter.back)
        self.forward_button = self._button(self.tr("Next ▶"), presenter.forward)
        self.forward_button.setObjectName("primary")
        for button in (self.back_button, self.forward_button):
            button.setMinimumHeight(64)
            button.setStyleSheet("font-size: 20pt; font-weight: 700;")
        self.votes_button = self._button(self.tr("Votes…"), presenter.enter_votes)
        self.skip_button = self._button(self.tr("Skip"), presenter.skip)
        self.black_button = self._button(self.tr("Black screen"), presenter.black)
        self.swap_button = self._button(self.tr("Switch screens"), presenter.swap_screens)
        self.theme_button = self._button(self.tr("Light/dark"), presenter.toggle_theme)
        self.smaller_button = self._button(self.tr("Notes A−"), presenter.notes_smaller)
        self.bigger_button = self._button(self.tr("Notes A+"), presenter.notes_bigger)
        self.leave_button = self._button(self.tr("Leave"), presenter.leave_asking)
        self.leave_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # Top: the slide the hall sees, and the next one large enough to read. Below: the
        # notes beside the clock and the time; then the buttons.
        upcoming = QVBoxLayout()
        upcoming.addWidget(self.next_caption)
        upcoming.addWidget(self.next_view, 1)
        top = QHBoxLayout()
        top.addWidget(self.current_view, 3)
        top.addLayout(upcoming, 2)
        # The clock and the time in one line, the rest close together: the column must fit
        # beside the notes on a small laptop screen with every line shown.
        clocks = QHBoxLayout()
        clocks.setSpacing(24)
        clocks.addWidget(self.clock_label)
        clocks.addWidget(self.time_label)
        clocks.addStretch(1)
        status = QVBoxLayout()
        status.setSpacing(2)
        status.addLayout(clocks)
        for widget in (self.number_label, self.section_label, self.section_time_label, self.state_label,
                       self.goto_label, self.votes_label):
            status.addWidget(widget)
        status.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.notes, 3)
        middle.addLayout(status, 2)
        tools = QHBoxLayout()
        for button in (self.votes_button, self.skip_button, self.black_button, self.swap_button,
                       self.theme_button, self.smaller_button, self.bigger_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addSpacing(48)  # Leave stands apart: nobody hits it when reaching for Next
        tools.addWidget(self.leave_button)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button, 1)
        moves.addWidget(self.forward_button, 3)
        controls = QVBoxLayout()
        controls.addLayout(moves)
        controls.addLayout(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top, 5)
        layout.addLayout(middle, 3)
        layout.addLayout(controls)
        layout.addWidget(self.keys_label)
        self.set_notes_points(self.notes_points)
        self.section_label.setStyleSheet("font-size: 14pt;")
        self.votes_label.setStyleSheet("font-size: 13pt;")
        self.set_over_time(False)

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter belong to the slides
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: action())
        return button

    def set_notes_points(self, points: int) -> None:
        self.notes_points = points
        self.notes.setStyleSheet(f"QTextBrowser {{ font-size: {points}pt; }}")

    def set_over_time(self, over: bool) -> None:
        """A calm signal: the part's time turns amber and says how much over, no blinking."""
        colour = "#b26b00" if over else "palette(window-text)"
        self.section_time_label.setStyleSheet(f"font-size: 14pt; color: {colour};"
                                              + (" font-weight: 700;" if over else ""))

    def show_notes(self, notes: str) -> None:
        if notes.strip():
            self.notes.setHtml(render_markdown(notes))
        else:
            empty = self.tr("No notes for this slide.")
            self.notes.setHtml(f"<p><i>{escape(empty)}</i></p>")


_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…", "»", '"', "”", ")")


def slide_summary(slide, answer: str = "Answer") -> str:
    """The next slide in a line: its heading and how its text begins. With one screen
    this line is on the projector, under the slide: an answer or a reveal is only called
    `answer` (its text would tell the hall before it votes), and a step's or question's
    choices are not read out ahead of their slide."""
    heading = slide.heading.strip()
    if slide.kind in ("answer", "reveal"):
        return answer
    pieces = [piece for piece in map(plain_text, slide.blocks) if piece]
    # One block after another as sentences: a warning's "Seven warning signs" and its text
    # ran together as "Seven warning signs This module …".
    text = " ".join([piece if piece.endswith(_SENTENCE_ENDS) else piece + "." for piece in pieces[:-1]] + pieces[-1:])
    if len(text) > 70:
        text = text[:69].rsplit(" ", 1)[0] + " …"
    if not text:
        return heading
    if heading.endswith(("?", "!")):  # a question is followed by its text, not by a colon
        return f"{heading} {text}"
    # "Usant.: ..." reads as a typo: the heading's own stop gives way to the colon.
    return f"{heading.rstrip('.:;,')}: {text}"
