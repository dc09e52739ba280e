"""The parents' handout printed to PDF: the numbers to call, one or two pages in type a
parent of sixty reads, black and white, laid out like a printed leaflet, and a clear
message for a programme without one."""

import pytest

from presenting import PROGRAMME, colours, decode_qt_pdf, font_sizes, pages, pdf_text

SHEET = {
    "nb": ("Når barn blir rekruttert til vold", "Sju faresignaler", "Myter og virkelighet", "Skolens kontakt:",
           "Ta vare på spor:", "ikke videresend", "Kilde: Faresignaler, med fagstoff fra Sør-Øst politidistrikt (høsten 2025).",
           "Side 1 av 2", "Side 2 av 2", "Hvor kommer pengene fra?", "rødt flagg"),
    "en": ("When children are recruited into violence", "Seven warning signs", "Myths and reality",
           "The school's contact:", "Keep the evidence:", "Do not forward", "Source: Faresignaler", "Page 1 of 2",
           "Page 2 of 2", "Where does the money come from?", "red flag"),
}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_handout_is_two_full_pages_with_whom_to_call_first(data_dir, tmp_path, qapp, lang):
    from trainer.cli import main

    out = tmp_path / f"ark-{lang}.pdf"
    assert main(["--lang", lang, "handout", "foreldremote", "-o", str(out)]) == 0
    assert pages(out) == 2
    text = " ".join(pdf_text(out).replace("\xa0", " ").replace("\ufb00", "ff").replace("\ufb01", "fi").replace("\ufb02", "fl").split())
    for needed in SHEET[lang]:
        assert needed.lower() in text.lower(), needed
    # Whom to call comes before the signs; the school's own line is in that box.
    assert text.index("02800") < text.index(SHEET[lang][1]) and text.index("112") < text.index(SHEET[lang][1])
    assert text.count("post.sor-ost@politiet.no") == 1  # the contacts are printed once


def test_titles_keep_their_last_two_words_together():
    from trainer.ui.presenter.handout_pdf import balanced

    assert balanced("When children are recruited into violence") == "When children are recruited into&nbsp;violence"
    assert balanced("Myter & fakta") == "Myter &amp;&nbsp;fakta"
    assert balanced("Kort") == "Kort"


@pytest.mark.parametrize("lang,title", [("nb", "Når barn blir rekruttert til vold"), ("en", "When children are recruited")])
def test_handout_pdf_holds_the_numbers(data_dir, tmp_path, qapp, lang, title):
    from trainer.cli import main

    out = tmp_path / f"ark-{lang}.pdf"
    assert main(["--lang", lang, "handout", "foreldremote", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert 1 <= pages(out) <= 2
    text = " ".join(pdf_text(out).split())
    for needed in ("112", "02800", "post.sor-ost@politiet.no", title):
        assert needed in text, needed
    # Black and white: every colour painted is a grey (r = g = b).
    assert all(len(set(c)) == 1 for c in colours(out)), colours(out)


def test_the_fallback_pdf_reader_agrees_with_pdftotext(data_dir, tmp_path, qapp):
    from trainer.cli import main

    out = tmp_path / "ark.pdf"
    assert main(["handout", "foreldremote-kort", "-o", str(out)]) == 0
    decoded = decode_qt_pdf(out.read_bytes())
    assert "02800" in decoded and "112" in decoded and "Sju faresignaler" in decoded


def test_a_short_programme_gets_one_page_with_its_table_and_no_broken_picture(data_dir, tmp_path, qapp, evening,
                                                                             demo_content):
    from trainer.cli import main

    out = tmp_path / "kveld.pdf"
    assert main(["--content", str(demo_content), "handout", "kveld", "-o", str(out)]) == 0
    assert pages(out) == 1  # not whom to call alone on page 1 and one page's text on page 2
    text = _plain(pdf_text(out))
    assert "Saker per år" in text and "Totalsum 152 99" in text and "Side 1 av 1" in text
    assert b"/Subtype /Image" not in out.read_bytes()


def test_handout_of_a_programme_without_one_fails_clearly(data_dir, tmp_path, qapp, evening, demo_content, capsys):
    from trainer.cli import main

    (demo_content / "nb" / "kveld.md").write_text(PROGRAMME.replace("handout: [demo, demo/tall]\n", ""), "utf-8")
    code = main(["--content", str(demo_content), "handout", "kveld", "-o", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "har ingen 'handout'" in capsys.readouterr().err
    assert main(["--content", str(demo_content), "handout", "finnes-ikke", "-o", str(tmp_path / "x.pdf")]) == 2


BUILT_IN = [(programme, lang) for programme in ("foreldremote", "foreldremote-kort") for lang in ("nb", "en")]
# Everything a parent keeps the sheet for, in each language; phone numbers, e-mail and the
# Facebook page exactly as the contact card gives them.
NEEDED = {
    "nb": ("Akutt? Ring 112", "02800", "post.sor-ost@politiet.no", "Politiets nettpatrulje – Sør-Øst",
           "Skolens kontakt:", "Ta vare på spor:", "Ikke videresend", "Myten", "Virkeligheten",
           "De får aldri noe penger.", "Tegn er grunn til å snakke, ikke bevis", "Hva kan du gjøre?",
           "Kilde: Faresignaler, med fagstoff fra Sør-Øst politidistrikt (høsten 2025).", "Side 1 av 2", "Side 2 av 2"),
    "en": ("Acute? Call 112", "02800", "post.sor-ost@politiet.no", "Politiets nettpatrulje – Sør-Øst",
           "The school's contact:", "Keep the evidence:", "Do not forward", "The myth", "The reality",
           "They never get any money.", "Signs are a reason to talk, not proof", "What can you do?",
           "Source: Faresignaler, with material from Sør-Øst police district (autumn 2025).", "Page 1 of 2",
           "Page 2 of 2"),
}
SIGN_LABELS = {"nb": ("Hva du kan se:", "Spør:", "Slik kan du begynne:"),
               "en": ("What you might see:", "Ask:", "How you might start:")}


def _plain(text: str) -> str:
    for ligature, letters in (("\xa0", " "), ("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl")):
        text = text.replace(ligature, letters)
    return " ".join(text.split())


@pytest.mark.parametrize("programme,lang", BUILT_IN)
def test_built_in_handouts_read_at_10_pt_on_two_pages_with_all_a_parent_needs(data_dir, tmp_path, qapp, programme, lang):
    from trainer.cli import main

    out = tmp_path / f"{programme}-{lang}.pdf"
    assert main(["--lang", lang, "handout", programme, "-o", str(out)]) == 0
    assert pages(out) == 2
    sizes = font_sizes(out)
    body = sizes.most_common(1)[0][0]
    # Nothing on the sheet under 10 pt (page numbers and the source line too); headings larger.
    assert min(sizes) >= 10.0 and body >= 10.0, sorted(sizes.items())
    assert max(sizes) >= body * 1.15
    text = _plain(pdf_text(out))
    for needed in NEEDED[lang]:
        assert needed in text, needed
    for sign in range(1, 8):
        assert f"{sign}. " in text, sign
    for label in SIGN_LABELS[lang]:
        assert text.count(label) == 7, label


def _laid_out(tmp_path, programme_id, lang):
    from PySide6.QtGui import QPdfWriter

    from trainer import paths
    from trainer.course.handout import build_handout
    from trainer.course.loader import load_library
    from trainer.ui.presenter.handout_pdf import lay_out, page_layout

    library = load_library([paths.builtin_content_dir()])
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageLayout(page_layout())
    return writer, lay_out(build_handout(library.programme(programme_id, lang), library), writer)


def _root_items(document):
    """The document's top-level paragraphs and tables with their boxes, in order."""
    from PySide6.QtGui import QTextTable

    layout, found = document.documentLayout(), []
    item = document.rootFrame().begin()
    while not item.atEnd():
        frame, block = item.currentFrame(), item.currentBlock()
        if isinstance(frame, QTextTable):
            found.append((frame, layout.frameBoundingRect(frame), 0))
        elif frame is None and block.isValid() and block.text().strip():
            found.append((block, layout.blockBoundingRect(block), block.blockFormat().headingLevel()))
        item += 1
    return found


@pytest.mark.parametrize("programme,lang", BUILT_IN)
def test_handout_pages_keep_headings_rows_and_the_page_number_clear(tmp_path, qapp, programme, lang):
    from trainer.ui.presenter.handout_pdf import FOOTER_CLEARANCE_MM, footer_rect

    writer, sheet = _laid_out(tmp_path, programme, lang)
    assert sheet.points >= 10.0 and sheet.pages == 2
    height = sheet.page_size.height()
    items = _root_items(sheet.document)
    page_of = lambda y: int(y // height)  # noqa: E731
    for index, (item, rect, heading) in enumerate(items):
        # Nothing is cut by a page break: a row of signs, the myths' table, a paragraph.
        assert page_of(rect.top()) == page_of(rect.bottom() - 1), (index, rect)
        # No heading waits alone at the foot of a page for text on the next.
        if heading and index + 1 < len(items):
            assert page_of(items[index + 1][1].top()) == page_of(rect.top()), (index, rect)
    # The page number sits in the bottom margin, well clear of the last line.
    footer = footer_rect(writer)
    dots_per_mm = writer.resolution() / 25.4
    assert footer.top() - height >= (FOOTER_CLEARANCE_MM - 0.1) * dots_per_mm and FOOTER_CLEARANCE_MM >= 8
    assert footer.bottom() <= height + writer.pageLayout().marginsPixels(writer.resolution()).bottom()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_handout_columns_are_balanced(tmp_path, qapp, lang):
    """The signs go two by two, the odd last one across the page (its title across, its
    points in the two columns); the myths are one table, each myth on the same line as
    its reality."""
    from PySide6.QtGui import QTextTable

    _writer, sheet = _laid_out(tmp_path, "foreldremote", lang)
    tables = [item for item, _rect, _h in _root_items(sheet.document) if isinstance(item, QTextTable)]
    shapes = [(table.rows(), table.columns()) for table in tables]
    assert shapes == [(1, 1), (1, 2), (1, 2), (1, 2), (2, 2), (6, 2)]  # the box, signs 1-6, sign 7, the myths


def _long_handout(signs: int):
    from trainer.course.handout import Handout, HandoutItem, HandoutSection

    sentence = "Dette er en lang setning om et tegn som en forelder kan se hjemme, og om hva en kan si."
    items = tuple(HandoutItem(f"{n}. Tegn nummer {n}", (f"**Hva du kan se:** {sentence} {sentence}",
                                                        f"**Spør:** {sentence}", f"**Slik kan du begynne:** «{sentence}»"))
                  for n in range(1, signs + 1))
    return Handout("Et langt program", "nb", "Innledning.", (HandoutSection("Tegn", "Sammendrag.", items),),
                   "Kontakt politiet", "**Akutt? Ring 112.**")


def test_a_longer_pack_programme_steps_down_to_9_pt_then_takes_more_pages(tmp_path, qapp):
    from PySide6.QtGui import QPdfWriter

    from trainer.ui.presenter.handout_pdf import FALLBACK_POINTS, READABLE_POINTS, lay_out, page_layout, write_handout

    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setPageLayout(page_layout())
    short, longer, longest = (lay_out(_long_handout(n), writer) for n in (8, 18, 60))
    assert short.points in READABLE_POINTS and short.pages <= 2
    assert longer.points in FALLBACK_POINTS and longer.pages == 2  # a little smaller, still one sheet
    assert longest.points == min(FALLBACK_POINTS) == 9.0 and longest.pages > 2  # never below 9 pt
    out = tmp_path / "lang.pdf"
    assert write_handout(_long_handout(60), out) == pages(out) == longest.pages
    assert min(font_sizes(out)) >= 9.0


@pytest.mark.parametrize("programme_id", ["foreldremote", "foreldremote-kort"])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_signs_are_all_on_page_one(tmp_path, qapp, programme_id, lang):
    """Sign 7 went alone onto page 2 while page 1 had blank space at its foot."""
    from PySide6.QtGui import QTextTable

    _writer, sheet = _laid_out(tmp_path, programme_id, lang)
    height = sheet.page_size.height()
    tables = [(item, rect) for item, rect, _h in _root_items(sheet.document) if isinstance(item, QTextTable)]
    signs = tables[1:5]  # after the contact box: three rows of two, and sign 7
    assert all(rect.bottom() <= height for _table, rect in signs), [(r.top(), r.bottom(), height) for _t, r in signs]
    assert sheet.pages == 2 and sheet.points >= 10.0
