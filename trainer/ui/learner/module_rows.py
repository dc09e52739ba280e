"""The overview's list of modules: one row per module (number and title, who it is for
and how long, its status in words, a progress bar), painted by a delegate.

The rows are painted, not built from widgets: a row of three labels and a progress bar
is five widgets the style sheet must polish and lay out, and the list of a returning
learner's first screen cost about 30 ms of a 0.3 s start-up that way
(benchmarks/run.py, startup_resume_ratio 1.79 -> 1.61 in an A/B). Each row is still one
list item, with its whole text as what a screen reader says."""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QFont, QPixmap, QStaticText, QTextOption, QTransform
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QStyledItemDelegate

from trainer.ui.widgets import qt_values, theme

ROW_ROLE = qt_values.USER_ROLE + 1  # the ModuleRow shown
BAR_HEIGHT = 8


class ModuleRow(NamedTuple):
    module_id: str
    title: str  # "2. Fire roller"
    details: str  # who it is for and how long
    status: str  # in words, may be two lines
    percent: int  # how far the learner is, 0-100

    def plain_text(self) -> str:
        return f"{self.title}. {self.details}. {self.status}"


class _Layout:
    """Where each part of a row goes at a given width: the title and details on the left,
    the status and its bar in a column on the right."""

    def __init__(self, font: QFont, width: int):
        self.font = font
        self.heading = QFont(font)
        self.heading.setPointSizeF(theme.TYPE["heading"] * theme.scale())
        self.heading.setWeight(QFont.Weight.DemiBold)
        margin, gap = theme.space("m"), theme.space("l")
        inner = max(1, width - 2 * margin)
        self.side = min(int(200 * theme.scale()), max(1, (inner - gap) // 4))  # as wide as the widget rows were
        self.text = max(1, inner - gap - self.side)
        self.margin, self.gap = margin, gap

    def texts(self, row: ModuleRow) -> tuple[QStaticText, QStaticText, QStaticText]:
        """The title, the details and the status, wrapped at their widths, in their colours."""
        colours = theme.current()
        return (_text(row.title, colours.text, self.heading, self.text), _text(row.details, colours.muted, self.font, self.text),
                _text(row.status, colours.text, self.font, self.side))

    def heights(self, row: ModuleRow) -> tuple[int, int, int]:
        """The wrapped heights of the title, the details and the status."""
        title, details, status = self.texts(row)
        return _height(title), _height(details), _height(status)

    def height(self, row: ModuleRow) -> int:
        title, details, status = self.heights(row)
        xs = theme.space("xs")
        return 2 * self.margin + max(title + xs + details, status + xs + BAR_HEIGHT)


class ModuleDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:  # QPainter, not imported: its 3 enums at start-up
        row: ModuleRow | None = index.data(ROW_ROLE)
        # The item's own panel first (it has no text of its own): the style sheet's
        # background, border, hover, selection and focus ring for `#moduleList::item`.
        super().paint(painter, option, index)
        if row is None:
            return
        colours = theme.current()
        layout = _Layout(option.font, option.rect.width())
        title, details, status = layout.texts(row)
        title_h, status_h = _height(title), _height(status)
        xs = theme.space("xs")
        left = option.rect.left() + layout.margin
        top = option.rect.top() + layout.margin
        side_left = left + layout.text + layout.gap
        # The text's colour is in the text, the bar is drawn from one-colour pixmaps: a
        # painter's pen or brush would make PySide's Qt namespace (widgets/qt_values.py),
        # and asking a widget for its style made QStyle's 11 enums (46 million instructions
        # of a 1,088 million start-up, about 7 ms).
        painter.save()
        painter.setFont(layout.heading)  # a static text is laid out again in any other font
        painter.drawStaticText(QPoint(left, top), title)
        painter.setFont(layout.font)
        painter.drawStaticText(QPoint(left, top + title_h + xs), details)
        painter.drawStaticText(QPoint(side_left, top), status)
        painter.restore()
        bar = QRect(side_left, top + status_h + xs, layout.side, BAR_HEIGHT)
        painter.drawPixmap(bar, _colour(colours.border))
        painter.drawPixmap(bar.adjusted(1, 1, -1, -1), _colour(colours.surface))
        filled = round(bar.width() * max(0, min(100, row.percent)) / 100)
        if filled:
            painter.drawPixmap(QRect(bar.left(), bar.top(), max(filled, 3), bar.height()), _colour(colours.accent))


# Laid-out texts by (colour, font, width), then by text: a resize adds new widths, so only
# the latest few are kept, each whole however many modules the course has.
_texts: dict[tuple, dict[str, QStaticText]] = {}
_pixmaps: dict[str, QPixmap] = {}


def _text(text: str, colour: str, font: QFont, width: int) -> QStaticText:
    """`text` in `colour` and `font`, wrapped at `width`, laid out once. The colour goes in
    as rich text, the one way to colour text without a pen. As plain text would be, it is
    left-aligned whatever its script, keeps its spaces, and a word too long for the width
    breaks rather than running under the status."""
    group = (colour, font.key(), width)
    texts = _texts.get(group)
    if texts is None:
        if len(_texts) >= 12:  # three per width: the title's, the details', the status'
            _texts.clear()
        texts = _texts[group] = {}
    static = texts.get(text)
    if static is None:
        # Escaped here: the `html` module imports html.entities, 2 ms of a returning learner's start-up.
        lines = "<br>".join(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                            for line in text.splitlines())
        static = texts[text] = QStaticText(
            f'<div align="left" style="color:{colour}; white-space:pre-wrap">{lines}</div>')
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        static.setTextOption(option)
        static.setTextWidth(width)
        static.prepare(QTransform(), font)
    return static


def _height(text: QStaticText) -> int:
    return math.ceil(text.size().height())


def _colour(colour: str) -> QPixmap:
    """A pixel of `colour`, to be drawn stretched over a rectangle."""
    pixmap = _pixmaps.get(colour)
    if pixmap is None:
        pixmap = _pixmaps[colour] = QPixmap(1, 1)
        pixmap.fill(QColor(colour))
    return pixmap


class ModuleList(QListWidget):
    """The module rows; each is as tall as its wrapped text needs at the list's width, and
    the whole list is shown (the page around it scrolls)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        qt_values.no_scroll_bar(self, up_and_down=True)  # the page scrolls instead
        self.setObjectName("moduleList")
        self.setSpacing(theme.space("xs"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(ModuleDelegate(self))

    def add_row(self, row: ModuleRow, tooltip: str = "") -> None:
        item = QListWidgetItem()
        item.setData(qt_values.USER_ROLE, row.module_id)
        item.setData(ROW_ROLE, row)
        item.setData(qt_values.ACCESSIBLE_TEXT_ROLE, row.plain_text())
        item.setToolTip(tooltip)
        self.addItem(item)

    def rows(self) -> list[ModuleRow]:
        return [self.item(i).data(ROW_ROLE) for i in range(self.count())]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the height is fit's own
            self.fit()

    def fit(self) -> None:
        # The list's own inner width: the scroll bars are off, so it is the viewport's.
        # (Asking for the viewport makes PySide look up the type of that C++-made widget,
        # which created 58 enum types, 5 ms, at start-up.)
        width = self.contentsRect().width() - 2 * self.spacing()
        if width <= 0:
            return
        self.ensurePolished()  # measure with the style sheet's font
        layout = _Layout(self.font(), width)
        total = 0
        for index in range(self.count()):
            item = self.item(index)
            height = layout.height(item.data(ROW_ROLE))
            item.setSizeHint(QSize(width, height))
            total += height + 2 * self.spacing()
        self.setFixedHeight(total + 2 * self.frameWidth() + 4)
