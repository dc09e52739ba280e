"""The course certificate as an A4 PDF (QPdfWriter): black on white, so it prints well
on any school printer. Its words follow the course's language, not the app's."""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, Qt, QTranslator
from PySide6.QtGui import (QColor, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument,
                           QTextTable)

from trainer import __version__, paths
from trainer.store.records import Certificate

CONTEXT = "Certificate"


# Marked for lupdate, translated below in the certificate's own language.
LABELS = {
    "title": QT_TRANSLATE_NOOP("Certificate", "Course certificate"),
    # Passed, not "completed": the course is passed by its quizzes, whether or not every
    # module was opened; each module's line says whether it was completed.
    "has_passed": QT_TRANSLATE_NOOP("Certificate", "has passed the course"),
    "rule": QT_TRANSLATE_NOOP("Certificate", "Passed with at least %1 % on each of these quizzes: %2."),
    "module": QT_TRANSLATE_NOOP("Certificate", "Module"),
    "date": QT_TRANSLATE_NOOP("Certificate", "Completed"),
    "not_completed": QT_TRANSLATE_NOOP("Certificate", "Not completed"),
    "score": QT_TRANSLATE_NOOP("Certificate", "Best quiz score"),
    "issued": QT_TRANSLATE_NOOP("Certificate", "Issued %1 by %2."),
    "versions": QT_TRANSLATE_NOOP("Certificate", "Content versions of the quizzes passed"),
    "made_with": QT_TRANSLATE_NOOP("Certificate", "Made with Faresignaler %1"),
    "listed_after": QT_TRANSLATE_NOOP("Certificate", "The course's %1 modules, with dates and results, are listed from "
                                                     "the next page."),
    "modules_of": QT_TRANSLATE_NOOP("Certificate", "Modules and results for %1"),
    "page": QT_TRANSLATE_NOOP("Certificate", "Page %1 of %2"),
}


def ensure_gui_application() -> None:
    """The command line has no application yet; a PDF needs fonts, so make one."""
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app
        _app = QGuiApplication([sys.argv[0]])


_app = None


def local_date(iso: str, lang: str) -> str:
    """2026-11-26 as a reader of that language writes it; anything else unchanged."""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
    except ValueError:
        return iso
    return f"{day:02d}.{month:02d}.{year}" if lang == "nb" else f"{year}-{month:02d}-{day:02d}"


def _translator(lang: str):
    translator = QTranslator()
    if lang != "en":
        translator.load(str(paths.translations_dir() / f"faresignaler_{lang}.qm"))

    def label(key: str) -> str:
        source = LABELS[key]
        return translator.translate(CONTEXT, source) or source

    return label


def certificate_html(cert: Certificate, list_after: bool = False) -> str:
    """The certificate's page. With `list_after`, its modules are not listed here but
    said to follow (see `modules_html`)."""
    label = _translator(cert.lang)
    issued = label("issued").replace("%1", local_date(cert.issued, cert.lang)).replace("%2", cert.organisation or "Faresignaler")
    rule = ""
    if cert.pass_percent:
        rule = (f'<p style="font-size:11pt; margin-top:12px;">'
                f'{escape(label("rule").replace("%1", str(cert.pass_percent)).replace("%2", cert.quizzes))}</p>')
    if list_after:
        modules = (f'<p align="center" style="font-size:11pt; margin-top:24px;">'
                   f'{escape(label("listed_after").replace("%1", str(len(cert.lines))))}</p>')
    else:
        modules = f'<div style="margin-top:24px;">{_modules_table(cert, label)}</div>'
    return f"""
    <div align="center">
      <p style="font-size:12pt; letter-spacing:2px;">{escape(label("title").upper())}</p>
      <p style="font-size:26pt; font-weight:600; margin-top:18px;">{escape(cert.learner)}</p>
      <p style="font-size:12pt;">{escape(label("has_passed"))}</p>
      <p style="font-size:20pt; font-weight:600;">{escape(cert.course_title)}</p>
      {rule}
    </div>
    {modules}
    <p style="font-size:11pt; margin-top:28px;">{escape(issued)}</p>
    <p style="font-size:8pt; color:#333333; margin-top:18px;">{escape(label("versions"))}: {escape(cert.content_versions)}<br>
       {escape(label("made_with").replace("%1", __version__))}</p>
    """


def modules_html(cert: Certificate, lines=None, heading: bool = True) -> str:
    """A page after a certificate whose modules do not fit on it: `lines` (all of the
    certificate's by default) in the certificate's own type size, under the table's
    headings; with `heading`, whose modules they are above them."""
    label = _translator(cert.lang)
    title = (f'<p style="font-size:14pt; font-weight:600;">{escape(label("modules_of").replace("%1", cert.learner))}</p>'
             f'<p style="font-size:11pt;">{escape(cert.course_title)}</p>') if heading else ""
    table = _modules_table(cert, label, cert.lines if lines is None else lines)
    return title + (f'<div style="margin-top:18px;">{table}</div>' if heading else table)


def _modules_table(cert: Certificate, label, lines=None) -> str:
    rows = "".join(
        f"<tr><td>{escape(line.module_title)}</td>"
        f"<td>{escape(local_date(line.date, cert.lang) if line.date else label('not_completed'))}</td>"
        f"<td align='right'>{escape(line.score)}</td></tr>"
        for line in (cert.lines if lines is None else lines)
    )
    return f"""<table width="100%" cellspacing="0" cellpadding="5" style="font-size:10.5pt; border-collapse:collapse;">
      <thead><tr><th align="left" width="60%">{escape(label("module"))}</th>
          <th align="left" width="18%">{escape(label("date"))}</th>
          <th align="right" width="22%">{escape(label("score"))}</th></tr></thead>
      {rows}
    </table>"""


def content_top(page_height: float, content_height: float, margin: float) -> float:
    """Where the words start: a little above the middle of the page, as on a printed
    certificate (a short course left the lower half empty), and never closer to the
    frame than `margin` and a line."""
    least = margin + 120
    return max(least, (page_height - content_height) * 0.42)


def fitting_factor(document: QTextDocument, width: float, room: float) -> float:
    """The largest scale (at most 1) at which the document, laid out at `width` / scale,
    is at most `room` high; the document is left laid out at that scale's width. Found
    by halving: a narrower layout wraps more, so the height is not in proportion to it."""
    document.setTextWidth(width)
    if document.size().height() <= room:
        return 1.0
    low, high = 0.05, 1.0
    for _ in range(12):
        middle = (low + high) / 2
        document.setTextWidth(width / middle)
        if document.size().height() * middle <= room:
            low = middle
        else:
            high = middle
    document.setTextWidth(width / low)
    return low


SMALLEST_SCALE = 0.85  # below this (10.5 pt modules set under 9 pt) the modules go on the next pages
MARGIN = 180  # between the page's frame and the words, in the writer's dots (300 dpi)


def write_certificate(cert: Certificate, path: Path) -> None:
    ensure_gui_application()
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise OSError(2, "mappen finnes ikke", str(path.parent))
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{cert.course_title}: {cert.learner}")
    writer.setCreator(f"Faresignaler {__version__}")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(13, "kan ikke skrive filen", str(path))
    try:
        width, height = writer.width(), writer.height()
        text_width = width - 2 * MARGIN
        # The certificate is one page. A course with many modules is set a little smaller
        # to keep them on it (laid out wider, then scaled down to the page's width); with
        # more, they follow on their own pages in full size: sixty long titles on the one
        # page were about 4 pt.
        document = _document(writer, certificate_html(cert))
        factor = fitting_factor(document, text_width, height - 2 * MARGIN - 120)
        listing = []
        if factor < SMALLEST_SCALE:
            document = _document(writer, certificate_html(cert, list_after=True))
            factor = fitting_factor(document, text_width, height - 2 * MARGIN - 120)
            listing = listing_pages(cert, writer, text_width, height - 2 * MARGIN - FOOTER)
        _frame(painter, width, height)
        painter.save()
        painter.translate(MARGIN, content_top(height, document.size().height() * factor, MARGIN))
        painter.scale(factor, factor)
        document.drawContents(painter)
        painter.restore()
        label = _translator(cert.lang)
        for number, page in enumerate(listing, 2):
            writer.newPage()
            _frame(painter, width, height)
            painter.save()
            painter.translate(MARGIN, MARGIN)
            page.drawContents(painter)
            painter.restore()
            _footer(painter, width, height, label("page").replace("%1", str(number)).replace("%2", str(len(listing) + 1)))
    finally:
        painter.end()


FOOTER = 90  # room for the page number at the foot of a listing page


def listing_pages(cert: Certificate, writer: QPdfWriter, width: float, room: float) -> list[QTextDocument]:
    """The module list split into pages of at most `room` high, each row whole on one
    page and each page under the table's headings. The whole list is laid out once, and
    its rows' tops say where each page ends (Qt's own page breaks cut a row in two)."""
    whole = _document(writer, modules_html(cert))
    whole.setTextWidth(width)
    table = next(frame for frame in whole.rootFrame().childFrames() if isinstance(frame, QTextTable))
    layout = whole.documentLayout()
    tops = [layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()
            for row in range(table.rows())]
    tops.append(layout.frameBoundingRect(table).bottom())
    headings = tops[1] - tops[0]  # the table's heading row, again on every page
    room *= 0.98  # a page's own layout may round a little differently from the whole list's
    pages, first, top = [], 1, 0.0  # rows 1... are the modules; the first page starts at the document's top
    while first < len(tops) - 1:
        last = first
        while last + 1 < len(tops) - 1 and tops[last + 2] - top <= room:
            last += 1
        pages.append(_document(writer, modules_html(cert, cert.lines[first - 1:last], heading=not pages)))
        pages[-1].setTextWidth(width)
        first, top = last + 1, tops[last + 1] - headings
    return pages


def _document(writer: QPdfWriter, html: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def _frame(painter: QPainter, width: float, height: float) -> None:
    """The certificate's double frame, on every page."""
    frame = QRectF(0, 0, width, height)
    painter.setPen(QPen(QColor("black"), 6))
    painter.drawRect(frame.adjusted(3, 3, -3, -3))
    painter.setPen(QPen(QColor("black"), 2))
    inset = 40
    painter.drawRect(frame.adjusted(inset, inset, -inset, -inset))


def _footer(painter: QPainter, width: float, height: float, text: str) -> None:
    font = painter.font()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    painter.drawText(QRectF(MARGIN, height - MARGIN - FOOTER / 2, width - 2 * MARGIN, FOOTER),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), text)
