"""The text browser that shows rendered content. It is the only place where content
asks for resources, so it is where we refuse anything but our own files and charts."""

from __future__ import annotations

from html import escape

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QStyle, QTextBrowser

from trainer.course.part_types import Figure
from trainer.course.render import render_markdown
from trainer.ui.widgets import theme
from trainer.ui.widgets.charts import paint_chart, text_zoom
from trainer.ui.widgets.content_images import allowed_folders, load_content_image

OPENABLE_SCHEMES = ("http", "https", "mailto")
MAX_COLUMN_WIDTH = 900  # pixels at 100 % text: about 80 characters of body text


class ContentView(QTextBrowser):
    """Shows content HTML. Images load only from the allowed folders; links open in the
    system browser only when clicked, and only http, https and mailto."""

    link_opened = Signal(QUrl)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._figures: tuple[Figure, ...] = ()
        self._chart_zoom = 1.0
        self._allowed: list[Path] = []
        self.document().setDocumentMargin(theme.TEXT_MARGIN)

    def show_markdown(self, text: str, base: Path | None, roots: list[Path], assets: Path | None,
                      figures: tuple[Figure, ...] = (), heading: str = "") -> None:
        self._figures = figures
        self._allowed = allowed_folders(roots, assets)
        html = render_markdown(text, base, roots, assets)
        if heading:
            html = f"<h1>{escape(heading)}</h1>" + html
        self.document().setDefaultStyleSheet(theme.content_css())
        self.setHtml(html)
        self._fit_column()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()
        self._fit_charts()

    def _chart_room(self) -> float:
        """The text column's width, with room kept for the scroll bar that may come (measured
        before it came, a chart at 200 % text was 14 px too wide for the page)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        view = self.maximumViewportSize().width() - bar
        return min(view, MAX_COLUMN_WIDTH * theme.scale()) - 2 * theme.TEXT_MARGIN - 2 * self.frameWidth() - 4  # image spacing

    def _paint(self, figure: Figure) -> QImage:
        colours = theme.current()
        return paint_chart(figure, scale=max(1.0, self.devicePixelRatioF()), foreground=colours.text,
                           background=colours.surface, zoom=self._chart_zoom)

    def _fit_charts(self) -> None:
        """Charts drawn again for a new width: the document keeps the images it loaded, and
        a narrower window left a chart wider than the page (436 px of sideways scrolling)."""
        if not self._figures or self._chart_zoom == text_zoom(self._chart_room()):
            return
        self._chart_zoom = text_zoom(self._chart_room())
        document = self.document()
        for number, figure in enumerate(self._figures):
            document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"chart:{number}"),
                                 self._paint(figure))
        document.markContentsDirty(0, document.characterCount())

    def _fit_column(self) -> None:
        """Keep lines short enough to read on a wide screen: centre a column of text. The
        column grows with the text size, so that a line holds as many words at 200 % (a
        fixed 900 px held about 40 characters there, and a page took twice the lines)."""
        spare = max(0, self.viewport().width() - int(MAX_COLUMN_WIDTH * theme.scale()))
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        margin = theme.TEXT_MARGIN + spare / 2  # never less than the margin: no text touches the frame
        if abs(fmt.leftMargin() - margin) >= 1:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            frame.setFrameFormat(fmt)

    def loadResource(self, kind: int, url: QUrl):
        if kind not in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            return None
        if url.scheme() == "chart":
            try:
                figure = self._figures[int(url.path())]
            except (ValueError, IndexError):
                return QImage()
            self._chart_zoom = text_zoom(self._chart_room())
            return self._paint(figure)
        return load_content_image(url, self._allowed)  # never the network, never another folder

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in OPENABLE_SCHEMES:
            self.link_opened.emit(url)
            QDesktopServices.openUrl(url)
