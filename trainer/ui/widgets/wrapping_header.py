"""A table's column headings that wrap onto more lines instead of being cut: at 200 %
text on a laptop, "Scenario endings reached" or "Quiz attempts" are wider than their
columns. Where the headings do not fit on one line, a column sized to its contents is as
wide as its longest word needs; the heading row is as tall as its tallest heading."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

PADDING = 8  # the style sheet's padding of a heading (trainer.ui.widgets.theme)
WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WrappingHeader(QHeaderView):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A new width may need a new height: ask the layout again (a heading row that is
        # already right stays as it is, so this settles at once).
        self.sectionResized.connect(lambda *_: self.updateGeometry())
        self._sized_crowded: bool | None = None  # as the content-sized columns were last measured

    def _text(self, section: int) -> str:
        return str(self.model().headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")

    def _heading_font(self):
        font = self.font()
        font.setBold(True)  # the style sheet's headings are bold
        return font

    def _crowded(self, metrics: QFontMetrics) -> bool:
        """Whether the headings on one line each are wider than the table."""
        whole = sum(metrics.horizontalAdvance(self._text(s)) + 2 * PADDING for s in range(self.count()))
        return whole > self.width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Widened or narrowed past the point where the headings fit on one line: size the
        # columns again (Qt keeps a content-sized column's width until its contents change).
        if self._sized_crowded is not None and self._crowded(QFontMetrics(self._heading_font())) != self._sized_crowded:
            self.resizeSections()

    def sectionSizeFromContents(self, section: int) -> QSize:
        text = self._text(section)
        metrics = QFontMetrics(self._heading_font())
        longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if self.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents:
            # On one line where the table has room; as narrow as the longest word where
            # it has not (200 % text on a laptop), and the heading wraps.
            self._sized_crowded = self._crowded(metrics)
            # (Two pixels more than the measured advance: laid out in fractions, the words
            # of a heading exactly as wide as its room wrap.)
            width = (longest_word if self._sized_crowded else metrics.horizontalAdvance(text)) + 2
        else:  # a stretched column wraps its heading at the width it is given
            width = max(longest_word, self.sectionSize(section) - 2 * PADDING)
        height = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, text).height()
        return QSize(width + 2 * PADDING, height + 2 * PADDING)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.model() is None:
            return hint
        tallest = max((self.sectionSizeFromContents(s).height() for s in range(self.count())), default=0)
        return QSize(hint.width(), max(hint.height(), tallest))

    def paintSection(self, painter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        option.text = ""  # the frame and background as the style draws them; the words below
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.save()
        painter.setFont(self._heading_font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect.adjusted(PADDING, PADDING, -PADDING, -PADDING), WRAP, self._text(section))
        painter.restore()
