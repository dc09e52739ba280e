"""The course certificate as an A4 PDF (QPdfWriter): black on white, so it prints well
on any school printer. Its words follow the course's language, not the app's."""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from trainer import __version__, paths
from trainer.store.records import Certificate

CONTEXT = "Certificate"


# Marked for lupdate, translated below in the certificate's own language.
LABELS = {
    "title": QT_TRANSLATE_NOOP("Certificate", "Certificate of completion"),
    "has_passed": QT_TRANSLATE_NOOP("Certificate", "has completed and passed the course"),
    "module": QT_TRANSLATE_NOOP("Certificate", "Module"),
    "date": QT_TRANSLATE_NOOP("Certificate", "Date"),
    "score": QT_TRANSLATE_NOOP("Certificate", "Best quiz score"),
    "issued": QT_TRANSLATE_NOOP("Certificate", "Issued %1 by %2."),
    "versions": QT_TRANSLATE_NOOP("Certificate", "Content versions"),
    "made_with": QT_TRANSLATE_NOOP("Certificate", "Made with Faresignaler %1"),
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


def certificate_html(cert: Certificate) -> str:
    label = _translator(cert.lang)
    issued = label("issued").replace("%1", local_date(cert.issued, cert.lang)).replace("%2", cert.organisation or "Faresignaler")
    rows = "".join(
        f"<tr><td>{escape(line.module_title)}</td><td>{escape(local_date(line.date, cert.lang))}</td><td align='right'>{escape(line.score)}</td></tr>"
        for line in cert.lines
    )
    return f"""
    <div align="center">
      <p style="font-size:12pt; letter-spacing:2px;">{escape(label("title").upper())}</p>
      <p style="font-size:26pt; font-weight:600; margin-top:18px;">{escape(cert.learner)}</p>
      <p style="font-size:12pt;">{escape(label("has_passed"))}</p>
      <p style="font-size:20pt; font-weight:600;">{escape(cert.course_title)}</p>
    </div>
    <table width="100%" cellspacing="0" cellpadding="5" style="margin-top:24px; font-size:10.5pt; border-collapse:collapse;">
      <tr><th align="left">{escape(label("module"))}</th><th align="left">{escape(label("date"))}</th>
          <th align="right">{escape(label("score"))}</th></tr>
      {rows}
    </table>
    <p style="font-size:11pt; margin-top:28px;">{escape(issued)}</p>
    <p style="font-size:8pt; color:#333333; margin-top:18px;">{escape(label("versions"))}: {escape(cert.content_versions)}<br>
       {escape(label("made_with").replace("%1", __version__))}</p>
    """


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
        frame = QRectF(0, 0, width, height)
        painter.setPen(QPen(QColor("black"), 6))
        painter.drawRect(frame.adjusted(3, 3, -3, -3))
        painter.setPen(QPen(QColor("black"), 2))
        inset = 40
        painter.drawRect(frame.adjusted(inset, inset, -inset, -inset))
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setHtml(certificate_html(cert))
        margin = 180
        document.setTextWidth(width - 2 * margin)
        # A certificate is one page: a course with very many modules is set smaller to fit
        # rather than cut off (laid out wider, then scaled down to the page's width).
        factor = fitting_factor(document, width - 2 * margin, height - 2 * margin - 120)
        painter.translate(margin, content_top(height, document.size().height() * factor, margin))
        painter.scale(factor, factor)
        document.drawContents(painter)
    finally:
        painter.end()
