"""The certificate as a printed page: its words sit a little above the middle of the
page for a short course, and a long course still fits on its one page."""

import pytest

pypdf = pytest.importorskip("pypdf")

from trainer.store.records import Certificate, CertificateLine
from trainer.ui.records.certificate_pdf import content_top, fitting_factor, write_certificate

TITLE = "Hva kan politiet dele med skolen, og hva gjør du når du er bekymret"  # wraps at full size


def certificate(modules: int, title: str = "Modul") -> Certificate:
    lines = tuple(CertificateLine(f"{title} {n}", "2026-11-27", "90 %") for n in range(1, modules + 1))
    return Certificate("Kari Nordmann", "Faresignaler for lærere", "laerer", "nb", "Sør-Øst politidistrikt",
                       "2026-11-27", "v1", lines)


def heights(path) -> dict[str, float]:
    """The height on the page (0 at the foot, 1 at the head) of each line of text."""
    page = pypdf.PdfReader(str(path)).pages[0]
    top = float(page.mediabox.height)
    found = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # the text's place on the page: its own matrix, then the page's
            found.setdefault(" ".join(text.split()), (cm[1] * tm[4] + cm[3] * tm[5] + cm[5]) / top)

    page.extract_text(visitor_text=visit)
    return found


def test_a_short_course_sits_above_the_middle_not_at_the_head(qapp, tmp_path):
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(3), path)
    name = heights(path)["Kari Nordmann"]
    assert 0.5 < name < 0.75  # before, the name stood at the head with the lower half empty


def test_a_long_course_fits_its_page(qapp, tmp_path):
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(40), path)
    found = heights(path)
    assert len(pypdf.PdfReader(str(path)).pages) == 1
    assert found["Kari Nordmann"] > 0.75 and "Modul 40" in found and found["Modul 40"] > 0.05


def test_a_long_course_uses_its_page_rather_than_tiny_type(qapp, tmp_path):
    """Sixty modules with long titles: set smaller, but no smaller than the page needs,
    so the last line comes near the foot of the page."""
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(60, TITLE), path)
    found = heights(path)
    last = found[f"{TITLE} 60"]
    assert 0.05 < last < 0.25


def test_the_fitting_scale_is_the_largest_that_fits(qapp):
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml("<table>" + "".join(f"<tr><td>{TITLE} {n}</td><td>90 %</td></tr>" for n in range(80))
                     + "</table>")
    width, room = 600, 900
    factor = fitting_factor(document, width, room)
    assert document.size().height() * factor <= room  # it fits
    document.setTextWidth(width / (factor * 1.05))
    assert document.size().height() * factor * 1.05 > room  # and a little larger would not


def test_the_words_never_come_closer_to_the_frame_than_the_margin():
    assert content_top(3508, 3400, 180) == 300  # more than fits: from the top margin on
    assert content_top(3508, 1000, 180) == pytest.approx((3508 - 1000) * 0.42)
