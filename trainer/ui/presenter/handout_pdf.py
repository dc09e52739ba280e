"""Printing the parents' handout to PDF: A4, black on white (it is photocopied and put on
the fridge), one or two full pages in type a parent of sixty reads. Whom to call comes
first, in a box, with a line for the school's own contact; then the signs side by side in
two columns and the myths as a table beside their reality; the source at the end and a
page number at the foot of every page, clear of the text."""

from __future__ import annotations

import errno
import re

from dataclasses import dataclass, replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextCursor, QTextDocument, QTextFormat, QTextTable,
)

from trainer.course.handout import Handout, HandoutItem, HandoutSection
from trainer.course.render import render_markdown
from trainer.ui.presenter.labels import (
    EVIDENCE_ADVICE, KEEP_EVIDENCE, PAGE_OF, SCHOOL_CONTACT, SOURCE, slide_label,
)

MAX_PAGES = 2
# Body type, largest first. The built-in programmes' sheets fit two pages at 10 pt or more,
# the least a reader of sixty manages at arm's length on the fridge (tests hold them to it).
READABLE_POINTS = (11.0, 10.5, 10.0)
# A pack author's longer programme may step down to 9 pt to stay on one sheet of paper:
# below 9 pt a photocopy is hard to read for anyone, so past that the sheet runs onto a
# third page at 9 pt instead of shrinking further.
FALLBACK_POINTS = (9.5, 9.0)
POINT_SIZES = READABLE_POINTS + FALLBACK_POINTS
FOOTER_POINTS = 10.0
# The bottom margin holds the page number, with a clear band above it.
MARGINS_MM = QMarginsF(12, 12, 12, 22)
FOOTER_CLEARANCE_MM = 8.0

# Lengths in em grow with the type, so the space between sections stays in proportion.
CSS = """
body { color: #000000; }
h1 { font-size: 175%; font-weight: 700; margin-top: 0px; margin-bottom: 0.3em; }
h2 { font-size: 140%; font-weight: 700; margin-top: 0.9em; margin-bottom: 0.3em; }
h3 { font-size: 108%; font-weight: 700; margin-top: 0px; margin-bottom: 0.25em; }
p { margin-top: 0px; margin-bottom: 0.3em; }
ul { margin-top: 0.3em; margin-bottom: 0.6em; }
li { margin-bottom: 0.2em; }
a { color: #000000; text-decoration: none; }
th { font-weight: 700; text-align: left; }
"""


def balanced(title: str) -> str:
    """The title as HTML with its last two words held together, so a line break never
    leaves one word alone on the last line."""
    words = title.split()
    if len(words) < 3:
        return escape(title)
    return escape(" ".join(words[:-2])) + " " + escape(words[-2]) + "&nbsp;" + escape(words[-1])


def _item_html(item: HandoutItem) -> str:
    points = "".join(render_markdown(point) for point in item.points)
    return f"<h3>{balanced(item.title)}</h3>{points}"


# Padding in px (1/96 inch): a gutter between the columns and a gap under each row.
_LEFT_CELL = "padding-left: 0px; padding-right: 12px; padding-top: 0px; padding-bottom: 9px;"
_RIGHT_CELL = "padding-left: 12px; padding-right: 0px; padding-top: 0px; padding-bottom: 9px;"
_WHOLE_ROW = "padding: 0px; padding-bottom: 9px;"
# Qt drops a paragraph's bottom margin before a table: the table keeps its distance.
_FIRST_TABLE = ' style="margin-top: 8px;"'


def _items_html(items: tuple[HandoutItem, ...]) -> str:
    """Two columns, read row by row; each row a table of its own, so that a row that
    would run over the foot of a page can be moved whole to the next (`_keep_together`).
    An odd last item spans both columns rather than leave half a row empty: its title
    across, its points in the two columns (half the height: sign 7 then fits under the
    others on page 1 instead of going alone onto page 2)."""
    rows = []
    for start in range(0, len(items), 2):
        pair = items[start:start + 2]
        if len(pair) == 1 and len(pair[0].points) >= 2:
            item = pair[0]
            half = (len(item.points) + 1) // 2
            columns = [item.points[:half], item.points[half:]]
            cells = (f'<td colspan="2" valign="top" style="padding: 0px;"><h3>{balanced(item.title)}</h3></td></tr><tr>'
                     + "".join(f'<td width="50%" valign="top" style="{style}">'
                               f'{"".join(render_markdown(point) for point in points)}</td>'
                               for points, style in zip(columns, (_LEFT_CELL, _RIGHT_CELL))))
        elif len(pair) == 1:
            cells = f'<td width="100%" valign="top" style="{_WHOLE_ROW}">{_item_html(pair[0])}</td>'
        else:
            cells = "".join(f'<td width="50%" valign="top" style="{style}">{_item_html(item)}</td>'
                            for item, style in zip(pair, (_LEFT_CELL, _RIGHT_CELL)))
        style = _FIRST_TABLE if not start else ""
        rows.append(f'<table width="100%" cellspacing="0" cellpadding="0"{style}><tr>{cells}</tr></table>')
    return "".join(rows)


def _pairs_html(section: HandoutSection) -> str:
    """Myths beside their reality: one table, a header row and a row each, ruled so the
    rows read across when photocopied."""
    left, right = (escape(column) for column in section.columns)
    rows = [f'<tr><th width="42%">{left}</th><th width="58%">{right}</th></tr>']
    for item in section.items:
        reality = " ".join(item.points)
        rows.append(f'<tr><td valign="top"><b>{escape(item.title)}</b></td>'
                    f'<td valign="top">{render_markdown(reality)}</td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            'style="margin-top: 8px; border-collapse: collapse; border-color: #000000; border-style: solid;">'
            f'{"".join(rows)}</table>')


def _page_of(rect: QRectF, page_height: float, bottom: bool = False) -> int:
    return int(((rect.bottom() - 1) if bottom else rect.top()) // page_height)


def _set_break_before(item, on: bool) -> None:
    """Start a new page at this table or block (or no longer)."""
    policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if on else QTextFormat.PageBreakFlag.PageBreak_Auto
    if isinstance(item, QTextTable):
        frame_format = item.frameFormat()
        frame_format.setPageBreakPolicy(policy)
        item.setFrameFormat(frame_format)
    else:
        block_format = item.blockFormat()
        block_format.setPageBreakPolicy(policy)
        QTextCursor(item).setBlockFormat(block_format)


def _position(item) -> int:
    return item.firstPosition() if isinstance(item, QTextTable) else item.position()


def _keeps_with_next(block) -> bool:
    """A heading, or a lead-in that ends with a colon, belongs with what follows it."""
    return block.blockFormat().headingLevel() > 0 or block.text().rstrip().endswith(":")


def _keep_together(document: QTextDocument) -> None:
    """A sign or a myth is read whole: a row or a paragraph that straddles a page break
    starts the next page instead. A heading (with the paragraph under it, or a lead-in
    ending in a colon) never stays alone at the foot of a page: it moves with what it
    introduces. Qt's rich text has neither page-break-inside nor keep-with-next.

    Fixed from the top down, one break at a time: a new break moves everything after it,
    so the breaks set further down in earlier passes are taken out and found anew."""
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    forced: list = []

    def laid_out():
        found = []
        item = document.rootFrame().begin()
        while not item.atEnd():
            frame, block = item.currentFrame(), item.currentBlock()
            if isinstance(frame, QTextTable):
                found.append((frame, layout.frameBoundingRect(frame), False))
            elif frame is None and block.isValid():
                under_heading = bool(found) and not isinstance(found[-1][0], QTextTable) and \
                    found[-1][0].blockFormat().headingLevel() > 0
                found.append((block, layout.blockBoundingRect(block), _keeps_with_next(block) or under_heading))
            item += 1
        return found

    def at_page_top(rect: QRectF) -> bool:
        return rect.top() % page_height < page_height * 0.02

    for _ in range(60):  # each pass fixes the first problem from the top
        items = laid_out()
        move = None
        for index, (item, rect, keep) in enumerate(items):
            top, bottom = _page_of(rect, page_height), _page_of(rect, page_height, bottom=True)
            if rect.height() < page_height and top != bottom and not at_page_top(rect):
                move = item
            elif keep and (index == 0 or not items[index - 1][2]) and not at_page_top(rect):
                # The start of a run of headings and lead-ins: it goes where its text goes.
                after = index
                while after < len(items) and items[after][2]:
                    after += 1
                if after < len(items) and _page_of(items[after][1], page_height) != top:
                    move = item
            if move is not None:
                break
        if move is None:
            return
        for earlier in [f for f in forced if _position(f) > _position(move)]:
            _set_break_before(earlier, False)
            forced.remove(earlier)
        _set_break_before(move, True)
        forced.append(move)


_TABLE_CELL = re.compile(r"<(td|th)(\s[^>]*)?>")


def _section_html(section: HandoutSection, new_page: bool = False) -> str:
    style = ' style="page-break-before: always;"' if new_page else ""
    parts = [f"<h2{style}>{balanced(section.heading)}</h2>"]
    if section.markdown:
        # A page's own table (a chart's figures) gets room between its columns.
        html = _TABLE_CELL.sub(r'<\1\2 style="padding: 2px 12px 2px 0px;">', render_markdown(section.markdown))
        parts.append(html)
    if section.items and section.columns:
        parts.append(_pairs_html(section))
    elif section.items:
        parts.append(_items_html(section.items))
    return "".join(parts)


def _contact_html(handout: Handout) -> str:
    """What to do and whom to call: first, boxed. The police's card on the left; on the
    right room to write the school's own contact, and how to keep the evidence."""
    label = escape(slide_label(SCHOOL_CONTACT, handout.lang))
    evidence = (f"<p><b>{escape(slide_label(KEEP_EVIDENCE, handout.lang))}</b> "
                f"{escape(slide_label(EVIDENCE_ADVICE, handout.lang))}</p>")
    card = ""
    if handout.contact:
        card = f'<h2 style="margin-top: 0px;">{balanced(handout.contact_title)}</h2>{render_markdown(handout.contact)}'
    lines = "".join('<p style="margin-top: 0.9em;">______________________________</p>' for _ in range(2))
    return (
        '<table width="100%" cellpadding="10" cellspacing="0" border="2" style="border-style: solid; '
        'border-color: #000000;"><tr><td>'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        f'<td width="55%" valign="top" style="padding-right: 16px;">{card}</td>'
        f'<td width="45%" valign="top"><p><b>{label}</b></p>{lines}'
        f'<p style="margin-top: 0.9em;"></p>{evidence}</td>'
        "</tr></table></td></tr></table>"
    )


def handout_html(handout: Handout, second_page: int | None = None) -> str:
    """The sheet as HTML; the section with index `second_page` starts page 2."""
    parts = [f"<h1>{balanced(handout.title)}</h1>"]
    if handout.intro:
        parts.append(render_markdown(handout.intro))
    parts.append(_contact_html(handout))
    parts += [_section_html(section, index == second_page) for index, section in enumerate(handout.sections)]
    if handout.source:
        source = slide_label(SOURCE, handout.lang).replace("%1", handout.source)
        parts.append(f'<p style="margin-top: 1.2em;"><i>{escape(source)}</i></p>')
    return f"<html><body>{''.join(parts)}</body></html>"


def _document(html: str, points: float, page_size: QSizeF, device=None) -> QTextDocument:
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)  # its resolution, as printing does
    font = QFont()
    font.setPointSizeF(points)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(CSS)
    document.setHtml(html)
    document.setPageSize(page_size)
    return document


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class Sheet:
    """The handout laid out page by page in a writer's own units, in the body size chosen."""

    document: QTextDocument
    points: float
    page_size: QSizeF

    @property
    def pages(self) -> int:
        return self.document.pageCount()


def lay_out(handout: Handout, writer: QPdfWriter) -> Sheet:
    """The largest type that fits two pages. A sheet that fits one page stays one page;
    on two, whom to call and the signs fill page 1 and the rest starts page 2 where that
    fits, else the text flows on. Among the readable sizes, one that keeps the first
    section whole on page 1 is taken before a larger one that pushes its last item (sign 7)
    alone onto page 2 under blank space. Past the smallest size the sheet takes the pages
    it needs (see FALLBACK_POINTS)."""
    paint_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    page_size = QSizeF(paint_rect.width(), paint_rect.height())

    def sheet_at(points: float, second_page: int | None, shown: Handout = handout) -> Sheet:
        document = _document(handout_html(shown, second_page), points, page_size, writer)
        _keep_together(document)
        return Sheet(document, points, page_size)

    def first_section_on_page_one(points: float) -> bool:
        return sheet_at(points, None, replace(handout, sections=handout.sections[:1], source="")).pages == 1

    readable = None  # the largest readable layout, whatever its page 1 looks like
    for points in POINT_SIZES:
        if readable is not None and points not in READABLE_POINTS:
            return readable
        flowing = sheet_at(points, None)
        fitting = None
        if flowing.pages > 1 and len(handout.sections) >= 2:
            split = sheet_at(points, 1)
            if split.pages <= MAX_PAGES:
                fitting = split
        if fitting is None and flowing.pages <= MAX_PAGES:
            fitting = flowing
        if fitting is None:
            continue
        if fitting.pages == 1 or first_section_on_page_one(points):
            return fitting
        readable = readable or fitting
    return readable or flowing


def footer_rect(writer: QPdfWriter) -> QRectF:
    """Where the page number goes, in page coordinates below the text: in the bottom
    margin, FOOTER_CLEARANCE_MM under the last line, so no text ever crowds it."""
    layout = writer.pageLayout()
    paint_rect = layout.paintRectPixels(writer.resolution())
    dots_per_mm = writer.resolution() / 25.4
    margin = layout.marginsPixels(writer.resolution()).bottom()
    clearance = FOOTER_CLEARANCE_MM * dots_per_mm
    return QRectF(0, paint_rect.height() + clearance, paint_rect.width(), margin - 2 * clearance)


def write_handout(handout: Handout, path: Path | str) -> int:
    """Write the PDF; returns the number of pages."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Qt's PDF writer fails silently (a folder, no permission): open the file first, so
    # the system's own error says why, and check afterwards that pages were written.
    with open(path, "wb"):
        pass
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page_layout())
    writer.setTitle(handout.title)
    writer.setCreator("Faresignaler")
    # Laid out in the writer's own units, so the pages are painted one by one at scale 1.
    sheet = lay_out(handout, writer)
    document, page_size, pages = sheet.document, sheet.page_size, sheet.pages
    painter = QPainter(writer)
    footer_font = QFont(QFont(), writer)
    footer_font.setPointSizeF(FOOTER_POINTS)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * page_size.height())
        document.drawContents(painter, QRectF(0, page * page_size.height(), page_size.width(), page_size.height()))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.black)
        footer = slide_label(PAGE_OF, handout.lang).replace("%1", str(page + 1)).replace("%2", str(pages))
        painter.drawText(footer_rect(writer), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), footer)
    painter.end()
    del writer  # closes the file
    if path.stat().st_size == 0:
        raise OSError(errno.EIO, "nothing was written", str(path))
    return pages
