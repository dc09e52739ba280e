"""Printing the parents' handout to PDF: A4, black on white (it is photocopied and put on
the fridge), one or two full pages. Whom to call comes first, in a box, with a line for
the school's own contact; then the signs and the myths side by side in two columns; the
source at the end and a page number at the foot of every page. The type steps down a
little if the text would run onto a third page."""

from __future__ import annotations

import errno

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
POINT_SIZES = (10.5, 10.0, 9.5, 9.0, 8.5, 8.0)
MARGINS_MM = QMarginsF(15, 13, 15, 16)  # the bottom margin holds the page number

CSS = """
body { color: #000000; }
h1 { font-size: 185%; font-weight: 700; margin-top: 0px; margin-bottom: 4px; }
h2 { font-size: 130%; font-weight: 700; margin-top: 10px; margin-bottom: 4px; }
h3 { font-size: 105%; font-weight: 700; margin-top: 0px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 4px; }
li { margin-bottom: 1px; }
a { color: #000000; text-decoration: none; }
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


def _items_html(items: tuple[HandoutItem, ...]) -> str:
    """Two columns, read row by row; each row a table of its own, so that a row that
    would run over the foot of a page can be moved whole to the next (`_keep_rows_whole`)."""
    rows = []
    for start in range(0, len(items), 2):
        cells = "".join(f'<td width="50%" valign="top">{_item_html(item)}</td>' for item in items[start:start + 2])
        if len(items[start:start + 2]) == 1:
            cells += '<td width="50%"></td>'
        rows.append(f'<table width="100%" cellspacing="0" cellpadding="5"><tr>{cells}</tr></table>')
    return "".join(rows)


def _keep_rows_whole(document: QTextDocument) -> None:
    """A sign or a myth is read whole: a row (or a heading right after one) that
    straddles a page break starts the next page instead. Qt's rich text has no
    page-break-inside, and does not always move a block that follows a table."""
    page_height = document.pageSize().height()
    layout = document.documentLayout()

    def straddles(rect) -> bool:
        return rect.height() < page_height and int(rect.top() // page_height) != int((rect.bottom() - 1) // page_height)

    for _ in range(30):  # each move shifts what follows; a few passes settle it
        moved = False
        item = document.rootFrame().begin()
        while not item.atEnd() and not moved:
            frame, block = item.currentFrame(), item.currentBlock()
            if isinstance(frame, QTextTable) and straddles(layout.frameBoundingRect(frame)):
                frame_format = frame.frameFormat()
                frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(frame_format)
                moved = True
            elif frame is None and block.isValid() and straddles(layout.blockBoundingRect(block)):
                cursor = QTextCursor(block)
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                moved = True
            item += 1
        if not moved:
            return


def _section_html(section: HandoutSection, new_page: bool = False) -> str:
    style = ' style="page-break-before: always;"' if new_page else ""
    parts = [f"<h2{style}>{balanced(section.heading)}</h2>"]
    if section.markdown:
        parts.append(render_markdown(section.markdown))
    if section.items:
        parts.append(_items_html(section.items))
    return "".join(parts)


def _contact_html(handout: Handout) -> str:
    """What to do and whom to call: first, boxed, with room for the school's contact."""
    label = escape(slide_label(SCHOOL_CONTACT, handout.lang))
    evidence = (f"<p><b>{escape(slide_label(KEEP_EVIDENCE, handout.lang))}</b> "
                f"{escape(slide_label(EVIDENCE_ADVICE, handout.lang))}</p>")
    card = ""
    if handout.contact:
        card = f"<h2>{balanced(handout.contact_title)}</h2>{render_markdown(handout.contact)}"
    return (
        '<table width="100%" cellpadding="10" cellspacing="0" border="2" style="border-style: solid; '
        'border-color: #000000;"><tr><td>'
        f'<span style="font-size: 11pt;">{card}<p><b>{label}</b> ________________________________________</p></span>'
        f"{evidence}"
        "</td></tr></table>"
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
        parts.append(f'<p style="margin-top: 10px;"><i>{escape(source)}</i></p>')
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


def write_handout(handout: Handout, path: Path | str) -> int:
    """Write the PDF; returns the number of pages."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
                         QPageLayout.Unit.Millimeter)
    # Qt's PDF writer fails silently (a folder, no permission): open the file first, so
    # the system's own error says why, and check afterwards that pages were written.
    with open(path, "wb"):
        pass
    writer = QPdfWriter(str(path))
    writer.setPageLayout(layout)
    writer.setTitle(handout.title)
    writer.setCreator("Faresignaler")
    # Laid out in the writer's own units, so the pages are painted one by one at scale 1.
    paint_rect = layout.paintRectPixels(writer.resolution())
    page_size = QSizeF(paint_rect.width(), paint_rect.height())
    # The largest type that fits two pages; at each size, whom to call and the signs on
    # page 1 and the rest on page 2 if that fits, else flowing freely.
    attempts = [(points, second_page) for points in POINT_SIZES for second_page in (1, None)]
    document = None
    for points, second_page in attempts:
        if second_page is not None and len(handout.sections) < 2:
            continue
        document = _document(handout_html(handout, second_page), points, page_size, writer)
        _keep_rows_whole(document)
        if document.pageCount() <= MAX_PAGES:
            break
    pages = document.pageCount()
    painter = QPainter(writer)
    footer_font = QFont(QFont(), writer)
    footer_font.setPointSizeF(8.5)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * page_size.height())
        document.drawContents(painter, QRectF(0, page * page_size.height(), page_size.width(), page_size.height()))
        painter.restore()
        # The page number sits in the bottom margin, centred.
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.black)
        footer = slide_label(PAGE_OF, handout.lang).replace("%1", str(page + 1)).replace("%2", str(pages))
        margin = layout.marginsPixels(writer.resolution()).bottom()
        painter.drawText(QRectF(0, page_size.height() + margin * 0.25, page_size.width(), margin * 0.6),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), footer)
    painter.end()
    del writer  # closes the file
    if path.stat().st_size == 0:
        raise OSError(errno.EIO, "nothing was written", str(path))
    return pages
