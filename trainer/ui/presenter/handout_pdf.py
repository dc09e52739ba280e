"""Printing the parents' handout to PDF: A4, black on white (it is photocopied), one or
two pages. The type steps down a little if the text would run onto a third page."""

from __future__ import annotations

import errno

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer.course.handout import Handout
from trainer.course.render import render_markdown

MAX_PAGES = 2
POINT_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5)
MARGINS_MM = QMarginsF(16, 14, 16, 14)

CSS = """
body { color: #000000; }
h1 { font-size: 170%; font-weight: 700; margin-bottom: 4px; }
h2 { font-size: 125%; font-weight: 700; margin-top: 12px; margin-bottom: 4px;
     border-bottom: 1px solid #000000; }
p { margin-top: 0px; margin-bottom: 6px; }
li { margin-bottom: 2px; }
a { color: #000000; text-decoration: none; }
table.contact { border: 2px solid #000000; margin-top: 12px; }
"""


def _section_html(heading: str, markdown: str, new_page: bool = False) -> str:
    style = ' style="page-break-before: always;"' if new_page else ""
    return f"<h2{style}>{escape(heading)}</h2>{render_markdown(markdown)}"


def _contact_html(handout: Handout, new_page: bool = False) -> str:
    if not handout.contact:
        return ""
    style = ' style="page-break-before: always;"' if new_page else ""
    return (
        f'<table class="contact"{style} width="100%" cellpadding="10" cellspacing="0"><tr><td>'
        f"<h2>{escape(handout.contact_title)}</h2>{render_markdown(handout.contact)}</td></tr></table>"
    )


def handout_html(handout: Handout, breaks: frozenset[int] = frozenset()) -> str:
    """The sheet as HTML; a section whose index is in `breaks` starts a new page (the
    contact card has index len(sections))."""
    parts = [f"<h1>{escape(handout.title)}</h1>"]
    if handout.intro:
        parts.append(render_markdown(handout.intro))
    for index, section in enumerate(handout.sections):
        parts.append(_section_html(section.heading, section.markdown, index in breaks))
    parts.append(_contact_html(handout, len(handout.sections) in breaks))
    return f"<html><body>{''.join(parts)}</body></html>"


def _document(html: str, points: float, page_size: QSizeF) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(points)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(CSS)
    document.setHtml(html)
    document.setPageSize(page_size)
    return document


def _page_breaks(handout: Handout, points: float, page_size: QSizeF) -> frozenset[int]:
    """Keep each section whole on a page where it can be: a section that would run over
    the bottom of a page that already has something on it starts on the next page."""
    breaks: set[int] = set()
    count = len(handout.sections) + 1
    for index in range(1, count):
        before = _document(handout_html(_upto(handout, index), frozenset(breaks)), points, page_size).pageCount()
        with_it = _document(handout_html(_upto(handout, index + 1), frozenset(breaks)), points, page_size).pageCount()
        if with_it > before:
            breaks.add(index)
    return frozenset(breaks)


def _upto(handout: Handout, count: int) -> Handout:
    """The handout with only its first `count` pieces (sections, then the card)."""
    sections = handout.sections[:count]
    contact = handout.contact if count > len(handout.sections) else ""
    return Handout(handout.title, handout.lang, handout.intro, sections, handout.contact_title, contact)


def write_handout(handout: Handout, path: Path | str) -> int:
    """Write the PDF; returns the number of pages."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                         QPageLayout.Unit.Millimeter)
    # The page in points (1/72 inch), as QTextDocument counts when it prints.
    paint_rect = layout.paintRect(QPageLayout.Unit.Point)
    page_size = QSizeF(paint_rect.width(), paint_rect.height())
    # Whole sections at a slightly smaller size read better than a section cut in two.
    attempts = [(points, True) for points in POINT_SIZES] + [(points, False) for points in POINT_SIZES]
    document = None
    for points, whole_sections in attempts:
        breaks = _page_breaks(handout, points, page_size) if whole_sections else frozenset()
        document = _document(handout_html(handout, breaks), points, page_size)
        if document.pageCount() <= MAX_PAGES:
            break
    # Qt's PDF writer fails silently (a folder, no permission): open the file first, so
    # the system's own error says why, and check afterwards that pages were written.
    with open(path, "wb"):
        pass
    writer = QPdfWriter(str(path))
    writer.setPageLayout(layout)
    writer.setTitle(handout.title)
    writer.setCreator("Faresignaler")
    document.print_(writer)
    del writer  # closes the file
    if path.stat().st_size == 0:
        raise OSError(errno.EIO, "nothing was written", str(path))
    return document.pageCount()
