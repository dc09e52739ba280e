"""The parents' handout printed to PDF: the numbers to call, one or two pages, black and
white, and a clear message for a programme without one."""

import pytest

from presenting import PROGRAMME, colours, decode_qt_pdf, pages, pdf_text

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


def test_handout_of_a_programme_without_one_fails_clearly(data_dir, tmp_path, qapp, evening, demo_content, capsys):
    from trainer.cli import main

    (demo_content / "nb" / "kveld.md").write_text(PROGRAMME.replace("handout: [demo, demo/tall]\n", ""), "utf-8")
    code = main(["--content", str(demo_content), "handout", "kveld", "-o", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "har ingen 'handout'" in capsys.readouterr().err
    assert main(["--content", str(demo_content), "handout", "finnes-ikke", "-o", str(tmp_path / "x.pdf")]) == 2
