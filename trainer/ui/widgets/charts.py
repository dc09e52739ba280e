"""A small painted chart for a figures table (QtCharts is deprecated since Qt 6.10).
Painted to an image so that it sits inside rendered text and scales with it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from trainer.course.part_types import Figure
from trainer.ui.widgets import theme

# Colour-blind-safe series colours (Okabe-Ito), each also told apart by its legend order.
SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]


MIN_ZOOM = 0.6  # smaller than this, the labels stop being readable: the chart scrolls sideways


def text_zoom(room: float, width: int = 760) -> float:
    """How much larger to draw a chart `width` pixels wide: as much as the chosen text
    size (its 10-point labels stayed 10 points at 200 % text), as far as `room` allows,
    and smaller where the room is narrower than the chart (a column of 725 px at the
    short size had a sideways scroll bar at the page's far end)."""
    return max(MIN_ZOOM, min(theme.scale(), math.floor(room / width * 100) / 100))  # never over the room


def nice_scale(value: float) -> tuple[float, int]:
    """A round top for the axis and how many gridline steps reach it (at most 6)."""
    if value <= 0:
        return 1.0, 1
    magnitude = 1.0
    while magnitude * 10 < value:
        magnitude *= 10
    for step in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10):
        size = step * magnitude
        steps = math.ceil(value / size)
        if steps <= 6:
            return size * steps, steps
    return 10 * magnitude, 1


def paint_chart(figure: Figure, width: int = 760, height: int = 380, scale: float = 1.0,
                foreground: str = "#1d2430", background: str = "#ffffff", top: float | None = None,
                target: float | None = None, target_label: str = "", spread: bool = False,
                zoom: float = 1.0) -> QImage:
    """`zoom` draws the whole chart, its words too, that much larger (see `text_zoom`).
    `top` fixes the axis maximum (100 for percentages); otherwise a round number is chosen.
    `target` draws a dashed line at that value with `target_label` (a pass mark). With
    `spread`, the lines of a line chart sit a little apart and each has its own marker
    shape, so series with the same values (two quizzes both at 100 %) all stay visible."""
    image = QImage(int(width * scale * zoom), int(height * scale * zoom), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPointSizeF(10)
    painter.setFont(font)
    rows = figure.charted()
    columns = figure.columns
    values = [v for _label, vs in rows for v in vs if v is not None]
    if top is None:
        top, steps = nice_scale(max(values) if values else 1)
    else:
        steps = 5
    legend_height = 22 * ((len(rows) + 2) // 3)
    title_height = 28 if figure.title else 6
    plot = QRectF(56, title_height + 8, width - 72, height - title_height - legend_height - 44)
    ink = QColor(foreground)
    if figure.title:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(11)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRectF(0, 4, width, 24), Qt.AlignmentFlag.AlignHCenter, figure.title)
        painter.setFont(font)
    grid = QColor(ink)
    grid.setAlpha(50)
    for i in range(steps + 1):
        y = plot.bottom() - plot.height() * i / steps
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink)
        label = f"{top * i / steps:g}"
        painter.drawText(QRectF(0, y - 9, plot.left() - 6, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    slot = plot.width() / max(len(columns), 1)
    for c, name in enumerate(columns):
        painter.setPen(ink)
        painter.drawText(QRectF(plot.left() + c * slot, plot.bottom() + 4, slot, 20), Qt.AlignmentFlag.AlignHCenter, name)
    for r, (label, series) in enumerate(rows):
        colour = QColor(SERIES_COLOURS[r % len(SERIES_COLOURS)])
        if figure.kind == "bar":
            bar_width = slot * 0.8 / max(len(rows), 1)
            for c, value in enumerate(series):
                if value is None:
                    continue
                h = plot.height() * value / top
                x = plot.left() + c * slot + slot * 0.1 + r * bar_width
                painter.fillRect(QRectF(x, plot.bottom() - h, bar_width - 1, h), colour)
        else:
            painter.setPen(QPen(colour, 2.5))
            shift = (r - (len(rows) - 1) / 2) * min(6.0, slot * 0.08) if spread else 0.0
            previous = None
            for c, value in enumerate(series):
                if value is None:
                    previous = None
                    continue
                point = QPointF(plot.left() + c * slot + slot / 2 + shift,
                                plot.bottom() - plot.height() * value / top)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.setBrush(colour)
                _marker(painter, point, r if spread else 0)
                previous = point
    if target is not None and 0 <= target <= top:
        y = plot.bottom() - plot.height() * target / top
        pen = QPen(ink, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if target_label:
            painter.drawText(QRectF(plot.left() + 6, y - 20, plot.width() - 12, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, target_label)
    # Legend: a swatch (with the series' marker) and the row name, so no series is told by colour alone.
    legend_top = plot.bottom() + 28
    column_width = width / 3
    for r, (label, _series) in enumerate(rows):
        x = 12 + (r % 3) * column_width
        y = legend_top + (r // 3) * 22
        painter.fillRect(QRectF(x, y + 3, 14, 14), QColor(SERIES_COLOURS[r % len(SERIES_COLOURS)]))
        if spread and figure.kind != "bar":
            painter.setPen(QPen(QColor(background), 1))
            painter.setBrush(QColor(background))
            _marker(painter, QPointF(x + 7, y + 10), r, 3.0)
        painter.setPen(ink)
        painter.drawText(QRectF(x + 20, y, column_width - 24, 20), Qt.AlignmentFlag.AlignVCenter, label)
    painter.end()
    return image


def _marker(painter: QPainter, point: QPointF, kind: int, size: float = 4.5) -> None:
    """A point's marker: circle, square, triangle or diamond, by the series' number."""
    from PySide6.QtGui import QPolygonF

    x, y = point.x(), point.y()
    shape = kind % 4
    if shape == 0:
        painter.drawEllipse(point, size, size)
    elif shape == 1:
        painter.drawRect(QRectF(x - size, y - size, 2 * size, 2 * size))
    elif shape == 2:
        painter.drawPolygon(QPolygonF([QPointF(x, y - size - 1), QPointF(x + size + 1, y + size), QPointF(x - size - 1, y + size)]))
    else:
        painter.drawPolygon(QPolygonF([QPointF(x, y - size - 1), QPointF(x + size + 1, y), QPointF(x, y + size + 1), QPointF(x - size - 1, y)]))
