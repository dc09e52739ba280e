"""Laying out and painting one slide at a given size. The same layout decides whether a
slide fits (so the deck can be split further) and paints it on the projector, in the
presenter's previews and in tests. Type sizes follow the screen height: body text is
1/20 of it, so a parent at the back of a school hall can read it. A long title is balanced
over its lines (no word left alone on the last one); type never shrinks to make room:
the deck splits the slide instead."""

from __future__ import annotations

import math
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextDocument,
)

from trainer.course.render import render_inline, render_markdown
from trainer.course.slides import Slide, plain_inline
from trainer.ui.widgets.charts import paint_chart
from trainer.ui.widgets.content_images import ContentDocument, allowed_folders
from trainer.ui.presenter.labels import (
    CORRECT_ANSWER, HALL_CHOICE, HALL_SPLIT, RECOMMENDED_CHOICE, STORY_GOES_ON, slide_label,
)
from trainer.ui.presenter.slide_theme import DARK, SlideTheme

CHART_LOGICAL_WIDTH = 600  # the chart is drawn at this width and scaled up: big labels
MAX_HEADING_SHARE = 0.3  # of the slide height
MIN_CHART_SHARE = 0.6  # a chart is big or has the slide to itself
# A reveal or answer slide shows every choice again, with its count. When they do not fit
# at body size (a 4:3 or 5:4 projector: less width, so more lines), the layout gets
# tighter step by step, never smaller: 1 the count stands over its bar in one narrow
# column; 2 the choices that are neither taken nor marked right show their first line
# only (the hall read them whole a click before); 3 so does a marked one that was not taken.
COMPACT_STEPS = 3
_TH = re.compile(r"<th(?=[ >])(?![^>]*\balign=)")


def body_pixels(height: int) -> int:
    return math.ceil(height / 20)


def heading_pixels(height: int) -> int:
    return math.ceil(height / 14)


def title_pixels(height: int) -> int:
    return math.ceil(height / 10)


def small_pixels(height: int) -> int:
    return math.ceil(height / 42)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class SlideLayout:
    """One slide laid out for a `size` (the projector's). Build, then ask `overflows()`
    or `paint()`."""

    def __init__(self, slide: Slide, size: QSize, theme: SlideTheme = DARK, votes: tuple[int, ...] = (),
                 roots: list[Path] | None = None, assets: Path | None = None, number: int = 0,
                 lang: str = "nb"):
        self.slide = slide
        self.lang = lang
        self.width, self.height = size.width(), size.height()
        self.theme = theme
        self.votes = votes
        self.roots = roots or []
        self.assets = assets
        self.number = number
        w, h = self.width, self.height
        self.margin_x = round(w * 0.06)
        self.margin_top = round(h * (0.22 if slide.kind in ("title", "end") else 0.06))
        self.margin_bottom = round(h * 0.08)
        self.content_width = max(1, w - 2 * self.margin_x)
        self.body_px = body_pixels(h)
        heading_px = title_pixels(h) if slide.kind in ("title", "end") else heading_pixels(h)
        colour = theme.heading if slide.kind != "warning" else theme.text
        heading = escape(slide.heading)
        if len(slide.heading.split()) >= 3:
            # The last two words go together, so a wrapped title never ends on one word
            # (balancing alone cannot do that: Qt fills a line as far as it can).
            first, _space, last = heading.rstrip().rpartition(" ")
            heading = f"{first}&nbsp;{last}"
        while True:
            # A long heading (a true/false statement, say) steps down towards body size
            # rather than pushing the slide's text off the bottom.
            self.heading = self._document(f"<p>{heading}</p>", heading_px, bold=True, colour=colour)
            if self.heading.size().height() <= h * MAX_HEADING_SHARE or heading_px <= self.body_px:
                break
            heading_px = max(self.body_px, round(heading_px * 0.85))
        self.heading_px = heading_px
        balance(self.heading, self.content_width)
        self.gap = round(h * 0.035)
        self.body_top = self.margin_top + self.heading.size().height() + self.gap
        self.body_bottom = h - self.margin_bottom
        self.compact = 0
        self.body = self._document(self._body_html(), self.body_px)
        if slide.kind in ("reveal", "answer") and not slide.blocks:
            # The feedback has gone to the next slide already: only the choices are left.
            while self._body_overflows() and self.compact < COMPACT_STEPS:
                self.compact += 1
                self.body = self._document(self._body_html(), self.body_px)

    # ------------------------------------------------------------ building

    def _css(self, pixels: int) -> str:
        t = self.theme
        return f"""
        p {{ margin-top: 0px; margin-bottom: {round(pixels * 0.55)}px; line-height: 115%; }}
        ul, ol {{ margin-top: 0px; margin-bottom: {round(pixels * 0.55)}px; margin-left: 0px;
                  -qt-list-indent: 1; }}
        li {{ margin-bottom: {round(pixels * 0.25)}px; }}
        blockquote {{ margin-left: {pixels}px; color: {t.muted}; }}
        strong, b {{ font-weight: 700; }}
        a {{ color: {t.text}; text-decoration: underline; }}
        table {{ border-collapse: collapse; }}
        th {{ font-weight: 700; border-bottom: 2px solid {t.border}; }}
        span.mark {{ font-weight: 700; }}
        """

    def _document(self, html: str, pixels: int, bold: bool = False, colour: str | None = None) -> QTextDocument:
        # Images load by the same rules as on pages (allowed folders, 4096x4096, SVG).
        base = self.slide.base
        document = ContentDocument(allowed_folders(self.roots or ([base] if base else []), self.assets))
        document.setDocumentMargin(0)
        document.setDefaultFont(_font(pixels, bold))
        document.setDefaultStyleSheet(self._css(pixels))
        document.setHtml(html)
        document.setTextWidth(self.content_width)
        document.setProperty("text_colour", colour or self.theme.text)
        return document

    def _markdown(self, text: str) -> str:
        base = self.slide.base
        html = render_markdown(text, base, self.roots or ([base] if base else []), self.assets)
        # Cells get room around them, and headers sit over their column: left unless the
        # table says otherwise.
        pad = f"padding: {self.body_px // 5}px {self.body_px // 2}px {self.body_px // 5}px 0px;"
        html = html.replace("<td", f'<td style="{pad}"')
        return _TH.sub(f'<th align="left" style="{pad}"', html)

    def _choices_html(self) -> str:
        """The choices, numbered for voting. After the reveal every choice stays, with
        the hall's hand count as a bar, and the hall's choice and the right answer (a
        quiz's) or the recommended choice (a scenario's, when the signs tell one) are said
        in words, not only in colour. When nobody voted, the choice the story follows is
        called that, never the hall's."""
        slide = self.slide
        rows = []
        revealed = slide.kind in ("reveal", "answer")
        px = self.body_px
        ticked = slide.kind == "answer" or (slide.kind == "reveal" and any(c.recommended for c in slide.choices))
        stacked = self.compact >= 1
        number_width = round(px * (2.8 if ticked else 1.6) * (0.9 if stacked else 1))
        spacing = round(px * 0.25)
        padding = round(px * 0.22)
        votes_width = round(px * 3) if stacked else round(self.content_width * 0.24)
        # What is left for a choice's words: the row less its other cells and their room.
        cells = 2 + (0 if not self.votes else 1 if stacked else 2)
        text_width = (self.content_width - number_width - (votes_width if self.votes else 0)
                      - spacing * (cells + 1) - padding * 2 * cells)
        most = max(self.votes, default=0) or 1
        for index, choice in enumerate(slide.choices):
            number = f"{index + 1}"
            text = render_inline(choice.text)
            number_class, text_class = "number", "text"
            marks = []
            if slide.kind == "answer":
                mark = "✓" if choice.correct else "✗"
                number = f"{mark}&nbsp;{index + 1}"
                number_class = text_class = "right" if choice.correct else "other"
                if choice.correct:
                    marks.append(slide_label(CORRECT_ANSWER, self.lang))
            elif slide.kind == "reveal" and choice.recommended:
                number = f"✓&nbsp;{index + 1}"
                number_class = text_class = "right"
                marks.append(slide_label(RECOMMENDED_CHOICE, self.lang))
            elif slide.kind == "reveal" and index != slide.chosen:
                number_class = text_class = "other"
            chosen = revealed and index == slide.chosen
            if chosen:
                number_class = text_class = "chosen"
                by_hall = slide.kind == "answer" or slide.by_hall  # an answer is shown chosen only when picked
                marks.insert(0, slide_label(HALL_CHOICE if by_hall else STORY_GOES_ON, self.lang))
                if slide.kind == "reveal" and slide.tied:
                    marks.insert(0, slide_label(HALL_SPLIT, self.lang))
            mark_text = f"· {' · '.join(marks)}" if marks else ""
            if not chosen and (self.compact >= 3 or (self.compact >= 2 and not marks)):
                text = self._first_line(choice.text, mark_text, text_width, bold=text_class in ("right", "chosen"))
            if marks:
                text += f' <span class="mark">{escape(mark_text)}</span>'
            votes = ""
            if self.votes and index < len(self.votes):
                votes = self._votes_cell(self.votes[index], most, votes_width, padding, stacked)
            rows.append(
                f'<tr><td style="{self._cell(number_class)}" valign="top" align="center" width="{number_width}">'
                f'{number}</td><td style="{self._cell(text_class)}" valign="top">{text}</td>{votes}</tr>'
            )
        if not rows:
            return ""
        return (f'<table width="100%" cellspacing="{spacing}" cellpadding="{padding}" '
                f'style="margin-top: {spacing}px; margin-bottom: {spacing}px;">{"".join(rows)}</table>')

    def _first_line(self, markdown: str, mark: str, width: float, bold: bool) -> str:
        """A choice cut to the words that fit on one line beside its mark, ending in "…"."""
        metrics = QFontMetricsF(_font(self.body_px, bold))
        plain = plain_inline(markdown)
        room = width * 0.97 - (metrics.horizontalAdvance(" " + mark) if mark else 0)
        if room < width / 2:
            room = width * 0.97  # the mark goes onto a line of its own
        return escape(metrics.elidedText(plain, Qt.TextElideMode.ElideRight, room))

    def _cell(self, kind: str) -> str:
        """Inline style of a choice cell (Qt's rich text does not scope class selectors
        to cells reliably: a class rule leaked into every table)."""
        t = self.theme
        return {
            "number": f"font-weight: 700; color: {t.heading}; background-color: {t.panel};",
            "text": f"background-color: {t.panel};",
            "chosen": f"background-color: {t.highlight}; color: {t.highlight_text}; font-weight: 700;",
            "votes": f"color: {t.text}; background-color: {t.panel};",
            "right": f"color: {t.correct}; font-weight: 700; background-color: {t.panel};",
            "other": f"color: {t.muted}; background-color: {t.panel};",
        }[kind]

    def _votes_cell(self, count: int, most: int, width: int, padding: int, stacked: bool) -> str:
        """A hand count as a number and a bar as long as its share of the largest count
        (a run of coloured spaces: Qt's rich text lays that out reliably). The longest bar
        is as many spaces as the bar's cell holds, so it never wraps into a second line.
        `stacked`: the bar goes under the number, in one narrow cell, as a thin stripe (a
        bar is no text: it need not be body size)."""
        count_width = 0 if stacked else round(self.body_px * 3)  # three digits and the cell padding
        room = width - count_width - 2 * padding
        bar_px = max(4, round(self.body_px * 0.4)) if stacked else self.body_px
        space = QFontMetricsF(_font(bar_px)).horizontalAdvance("\u00a0") or 1
        longest = max(1, math.floor(room * 0.9 / space))
        length = max(1, round(longest * count / most)) if count else 0
        size = f" font-size: {bar_px}px;" if stacked else ""
        bar = (f'<span style="background-color: {self.theme.heading};{size}">{"&nbsp;" * length}</span>'
               if length else "")
        style = f'{self._cell("votes")} white-space: nowrap;'
        if stacked:
            return f'<td style="{style}" valign="top" align="right" width="{width}"><b>{count}</b><br>{bar}</td>'
        return (f'<td style="{style}" valign="top" align="right" width="{count_width}"><b>{count}</b></td>'
                f'<td style="{self._cell("votes")}" valign="top" width="{width - count_width}">{bar}</td>')

    def _body_html(self) -> str:
        slide = self.slide
        parts = []
        text = slide.markdown()
        if slide.kind in ("reveal", "answer"):
            parts.append(self._choices_html())
            if text:
                gap = round(self.body_px * 0.6)
                parts.append(f'<div style="margin-top: {gap}px;">{self._markdown(text)}</div>')
        else:
            if text:
                parts.append(self._markdown(text))
            if slide.choices:
                parts.append(self._choices_html())
        return "".join(parts)

    # ------------------------------------------------------------ measuring

    def chart_rect(self) -> QRectF:
        """Below the heading and the chart's lead-in, if any, to the bottom margin."""
        top = self.body_top
        if self.slide.blocks:
            top += self.body.size().height() + self.gap * 0.5
        return QRectF(self.margin_x, top, self.content_width, max(1.0, self.body_bottom - top))

    def overflows(self) -> bool:
        """True when any text runs past the slide's bottom or sides."""
        limit = self.content_width + 0.5
        if self.heading.idealWidth() > limit or self.body.idealWidth() > limit:
            return True
        if self.heading.size().height() > self.height * 0.36:
            return True
        if self.slide.kind == "chart":
            return self.chart_rect().height() < self.height * MIN_CHART_SHARE
        return self._body_overflows()

    def _body_overflows(self) -> bool:
        return self.body_top + self.body.size().height() > self.body_bottom + 0.5

    # ------------------------------------------------------------ painting

    def _draw(self, painter: QPainter, document: QTextDocument, x: float, y: float) -> None:
        painter.save()
        painter.translate(x, y)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor(document.property("text_colour")))
        context.palette = palette
        document.documentLayout().draw(painter, context)
        painter.restore()

    def paint(self, painter: QPainter) -> None:
        theme = self.theme
        painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(theme.background))
        if self.slide.kind == "warning":
            # A calm band on the left says "take note" without alarming colours.
            painter.fillRect(QRectF(0, 0, self.margin_x * 0.35, self.height), QColor(theme.heading))
        self._draw(painter, self.heading, self.margin_x, self.margin_top)
        if self.slide.kind == "chart" and self.slide.figure is not None:
            rect = self.chart_rect()
            scale = rect.width() / CHART_LOGICAL_WIDTH
            logical_height = max(200, int(rect.height() / scale))
            image = paint_chart(self.slide.figure, CHART_LOGICAL_WIDTH, logical_height, scale=scale,
                                foreground=theme.text, background=theme.background)
            painter.drawImage(QRectF(rect.left(), rect.top(), rect.width(), logical_height * scale), image)
        self._draw(painter, self.body, self.margin_x, self.body_top)
        if self.number:
            painter.setPen(QColor(theme.muted))
            painter.setFont(_font(small_pixels(self.height)))
            painter.drawText(
                QRectF(0, self.height - self.margin_bottom, self.width - self.margin_x * 0.5, self.margin_bottom * 0.8),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(self.number),
            )


def balance(document: QTextDocument, width: float) -> None:
    """Narrow a wrapped one-paragraph document to the least width that keeps its number
    of lines, so the lines come out about even (like CSS text-wrap: balance)."""
    document.setTextWidth(width)
    lines = line_count(document)
    if lines < 2:
        return
    low, high = width / 2, width
    while high - low > 2:
        middle = (low + high) / 2
        document.setTextWidth(middle)
        if line_count(document) == lines:
            high = middle
        else:
            low = middle
    document.setTextWidth(math.ceil(high))


def line_count(document: QTextDocument) -> int:
    document.size()  # lays the document out
    count, block = 0, document.begin()
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count


def line_texts(document: QTextDocument) -> list[str]:
    """The text of each laid-out line (tests use it to see a title's last line)."""
    document.size()
    texts, block = [], document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            texts.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return texts


class SlideFitter:
    """`fits(slide)` for the deck, at one projector size; remembers its answers."""

    def __init__(self, size: QSize, roots: list[Path] | None = None, assets: Path | None = None,
                 lang: str = "nb"):
        self.size = QSize(size)
        self.roots = roots
        self.assets = assets
        self.lang = lang
        self._known: dict[Slide, bool] = {}

    def __call__(self, slide: Slide) -> bool:
        if slide not in self._known:
            # Room for vote counts is kept on every slide with choices, so typing the
            # hall's votes never pushes a slide over its edge.
            votes = (888,) * len(slide.choices) if slide.choices else ()
            layout = SlideLayout(slide, self.size, votes=votes, roots=self.roots, assets=self.assets, lang=self.lang)
            self._known[slide] = not layout.overflows()
        return self._known[slide]
