"""The parents' handout printed to PDF: the numbers to call, one or two pages, black and
white, and a clear message for a programme without one."""

import pytest

from presenting import PROGRAMME, colours, decode_qt_pdf, pages, pdf_text



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
