"""A widget that paints one slide. The projector's view paints it at its own size; the
presenter's previews paint the same layout scaled down, so what the presenter sees is
exactly what the hall sees."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.course.slides import Slide
from trainer.ui.presenter.slide_render import SlideLayout
from trainer.ui.presenter.slide_theme import DARK, SlideTheme

BLANK_COLOURS = {"black": "#000000", "white": "#ffffff"}


class SlideView(QWidget):
    def __init__(self, parent=None, roots: list[Path] | None = None, assets: Path | None = None):
        super().__init__(parent)
        self.slide: Slide | None = None
        self.number = 0
        self.votes: tuple[int, ...] = ()
        self.theme: SlideTheme = DARK
        self.blank = ""  # "", "black" or "white"
        self.virtual_size: QSize | None = None  # None: paint at the widget's own size
        self.roots = roots or []
        self.assets = assets
        self.caption = ""  # drawn on an empty preview (e.g. "End of the programme")
        self.lang = "nb"  # the programme's language, for the words painted on slides
        self.surround = "#000000"  # around the slide when the view's shape differs from it
        self._layout: SlideLayout | None = None
        self._layout_key = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_slide(self, slide: Slide | None, number: int = 0, votes: tuple[int, ...] = (),
                   theme: SlideTheme | None = None, blank: str = "") -> None:
        self.slide, self.number, self.votes = slide, number, votes
        if theme is not None:
            self.theme = theme
        self.blank = blank
        self.update()

    def slide_size(self) -> QSize:
        return QSize(self.virtual_size) if self.virtual_size is not None else self.size()

    def layout_for_paint(self) -> SlideLayout | None:
        if self.slide is None:
            return None
        size = self.slide_size()
        key = (self.slide, size.width(), size.height(), self.votes, self.theme, self.number, self.lang)
        if key != self._layout_key:
            self._layout = SlideLayout(self.slide, size, self.theme, self.votes, self.roots, self.assets, self.number,
                                       self.lang)
            self._layout_key = key
        return self._layout

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.surround:
            painter.fillRect(self.rect(), QColor(self.surround))
        else:
            painter.fillRect(self.rect(), self.palette().window())
        size = self.slide_size()
        if size.width() <= 0 or size.height() <= 0:
            return
        scale = min(self.width() / size.width(), self.height() / size.height())
        x = (self.width() - size.width() * scale) / 2
        y = (self.height() - size.height() * scale) / 2
        painter.translate(x, y)
        painter.scale(scale, scale)
        if self.blank:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(BLANK_COLOURS[self.blank]))
            return
        layout = self.layout_for_paint()
        if layout is None:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(self.theme.background))
            if self.caption:
                painter.setPen(QColor(self.theme.muted))
                font = painter.font()
                font.setPixelSize(max(12, size.height() // 18))
                painter.setFont(font)
                painter.drawText(QRectF(0, 0, size.width(), size.height()), int(Qt.AlignmentFlag.AlignCenter), self.caption)
            return
        layout.paint(painter)
