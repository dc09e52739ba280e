"""The certificate as a printed page: its words sit a little above the middle of the
page for a short course; a longer one is set a little smaller to stay on its page, and
the modules of a long one follow on their own pages in the certificate's type size."""

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from trainer.store.records import Certificate, CertificateLine
from trainer.ui.records.certificate_pdf import content_top, fitting_factor, write_certificate

TITLE = "Hva kan politiet dele med skolen, og hva gjør du når du er bekymret"  # wraps at full size


def certificate(modules: int, title: str = "Modul") -> Certificate:
    lines = tuple(CertificateLine(f"{title} {n}", "2026-11-27", "90 %") for n in range(1, modules + 1))
    return Certificate("Kari Nordmann", "Faresignaler for lærere", "laerer", "nb", "Sør-Øst politidistrikt",
                       "2026-11-27", "v1", lines)


def test_a_short_course_sits_above_the_middle_not_at_the_head(qapp, tmp_path):
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(3), path)
    name = lines_on_pages(path)[0]["Kari Nordmann"][0]
    assert 0.5 < name < 0.75  # before, the name stood at the head with the lower half empty


def lines_on_pages(path) -> list[dict[str, tuple[float, float]]]:
    """Each page's lines of text: (height on the page from 0 at the foot to 1 at the
    head, type size in points as printed)."""
    pages = []
    for page in pypdf.PdfReader(str(path)).pages:
        top, found = float(page.mediabox.height), {}

        def visit(text, cm, tm, _font, size):
            if text.strip():
                height = (cm[1] * tm[4] + cm[3] * tm[5] + cm[5]) / top
                found.setdefault(" ".join(text.split()), (height, size * abs(tm[3] * cm[3])))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def test_a_course_of_twenty_modules_stays_on_its_one_page_a_little_smaller(qapp, tmp_path):
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(20), path)
    [page] = lines_on_pages(path)
    assert "Modul 20" in page and page["Modul 20"][0] > 0.05
    assert page["Modul 20"][1] >= 0.85 * 10.5 - 0.1  # never much under the table's own 10.5 pt


@pytest.mark.parametrize("modules, title", [(40, "Modul"), (60, TITLE)])
def test_a_long_course_lists_its_modules_on_the_next_pages_in_full_size(qapp, tmp_path, modules, title):
    """Set small enough to fit its one page, sixty long titles came out at about 4 pt. Now
    the certificate page says where the modules are, and they follow in 10.5 pt, each
    row whole on one page, under the table's headings, the pages numbered."""
    path = tmp_path / "bevis.pdf"
    write_certificate(certificate(modules, title), path)
    pages = lines_on_pages(path)
    first, listing = pages[0], pages[1:]
    ends = re.compile(rf"(?:.* )?{title.split()[-1]} (\d+)")  # a module's title, or its last line where it wraps
    assert "Kari Nordmann" in first and f"Kursets {modules} moduler står oppført med dato og resultat fra neste side." in first
    assert not any(ends.fullmatch(text) for text in first)
    assert listing and "Moduler og resultater for Kari Nordmann" in listing[0]
    seen = []
    for number, page in enumerate(listing, 2):
        assert f"Side {number} av {len(pages)}" in page
        assert "Modul" in page and "Fullført" in page  # the table's headings on every page
        rows = sorted((text for text in page if ends.fullmatch(text)), key=lambda text: -page[text][0])
        assert rows, number
        for text in rows:
            height, size = page[text]
            assert size == pytest.approx(10.5, abs=0.2) and height > 0.05, (text, height, size)
        seen.extend(int(ends.fullmatch(text).group(1)) for text in rows)
    assert seen == list(range(1, modules + 1))  # each once, in order, none cut between pages


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


def test_the_certificate_says_passed_and_the_rule_and_which_modules_were_completed(qapp):
    from trainer.ui.records.certificate_pdf import certificate_html

    lines = (CertificateLine("Modul 1", "2026-11-27", "90 %"), CertificateLine("Modul 2", "", "85 %"))
    cert = Certificate("Kari Nordmann", "Faresignaler for lærere", "laerer", "nb", "", "2026-11-27", "m1 v1",
                       lines, 80, "Quiz 1, Quiz 2")
    html = certificate_html(cert)
    assert "gjennomført" not in html and "har bestått kurset" in html
    assert "Bestått med minst 80 % på hver av disse quizene: Quiz 1, Quiz 2." in html
    assert "27.11.2026" in html and "Ikke fullført" in html
    english = certificate_html(cert._replace(lang="en"))
    assert "has passed the course" in english and "completed and" not in english
    assert "Passed with at least 80 % on each of these quizzes: Quiz 1, Quiz 2." in english
    assert "Not completed" in english
