"""Slides laid out for the projector: every built-in slide fits at both sizes, type is big
enough for the back of the hall, overflow is split away, charts are big."""

import pytest
from PySide6.QtCore import QSize

from trainer import paths
from trainer.course.loader import load_library
from trainer.course.slides import WORDS, Slide, every_slide, paginate, slide_words, text_slides
from trainer.ui.presenter.slide_render import SlideFitter, SlideLayout, body_pixels, line_texts

from presenting import SIZES


@pytest.fixture(scope="module")
def builtin():
    return load_library([paths.builtin_content_dir()])


@pytest.mark.parametrize("width,height", SIZES)
def test_every_built_in_programme_fits_the_projector(qapp, builtin, width, height):
    size = QSize(width, height)
    assert {p.id for p in builtin.programmes} == {"foreldremote", "foreldremote-kort"}
    for programme in builtin.programmes:
        # Measured with the programme's own words on the slides ("The hall's choice").
        fitter = SlideFitter(size, builtin.roots, paths.assets_dir(), programme.lang)
        raw = every_slide(programme, builtin)
        slides = paginate(raw, fitter)
        # Split, never cut: every word of the content is still on some slide.
        assert [w for s in slides for b in s.blocks for w in b.split()] == [w for s in raw for b in s.blocks for w in b.split()]
        for slide in slides:
            votes = (888,) * len(slide.choices)
            layout = SlideLayout(slide, size, votes=votes, roots=builtin.roots, assets=paths.assets_dir(), number=99,
                                 lang=programme.lang)
            assert not layout.overflows(), (programme.id, programme.lang, slide.kind, slide.heading, slide.piece)
            # Clear of the slide number in the bottom margin, too.
            assert layout.body_top + layout.body.size().height() <= height - layout.margin_bottom + 0.5


@pytest.mark.parametrize("width,height", SIZES)
def test_no_slide_of_a_built_in_programme_ends_on_a_colon_that_introduces_the_next(qapp, builtin, width, height):
    """What a colon introduces (a list, "112 ...") stays on the slide with it."""
    size = QSize(width, height)
    for programme in builtin.programmes:
        fitter = SlideFitter(size, builtin.roots, paths.assets_dir(), programme.lang)
        slides = paginate(every_slide(programme, builtin), fitter)
        for before, after in zip(slides, slides[1:]):
            if after.piece > 0 and after.kind == "text" and before.key[:4] == after.key[:4] and before.blocks:
                assert not before.blocks[-1].rstrip("*_ ").endswith(":"), (programme.id, programme.lang, before.blocks[-1][-80:])


def _fragment_pixel_sizes(document):
    sizes = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.text().strip():
                font = fragment.charFormat().font()
                sizes.append(font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72)
            iterator += 1
        block = block.next()
    return sizes


@pytest.mark.parametrize("width,height", SIZES)
def test_every_slide_of_every_programme_is_readable_from_the_back(qapp, builtin, width, height):
    """Body text at least 1/20 of the screen height, at most about WORDS words of body
    text, and a title that wraps never leaves one word alone on its last line."""
    size = QSize(width, height)
    assert body_pixels(height) >= height / 20
    checked = 0
    for programme in builtin.programmes:
        fitter = SlideFitter(size, builtin.roots, paths.assets_dir(), programme.lang)
        for slide in paginate(every_slide(programme, builtin), fitter):
            where = (programme.id, programme.lang, slide.kind, slide.heading, slide.piece)
            layout = SlideLayout(slide, size, votes=(1,) * len(slide.choices), roots=builtin.roots,
                                 lang=programme.lang)
            sizes = _fragment_pixel_sizes(layout.body) + _fragment_pixel_sizes(layout.heading)
            assert sizes or slide.kind == "chart", where
            assert min(sizes, default=height) >= height / 20, where
            assert slide_words(slide) <= WORDS, where
            lines = line_texts(layout.heading)
            assert len(lines) == 1 or len(lines[-1].split()) >= 2, (where, lines)
            checked += 1
    assert checked > 100


def test_a_long_title_is_balanced_over_its_lines(qapp):
    slide = Slide("text", "Hvis en ung utfører ikke blir tatt, er det som regel over etter det ene oppdraget", ("Tekst.",))
    lines = line_texts(SlideLayout(slide, QSize(1280, 720)).heading)
    assert len(lines) >= 2
    lengths = [len(line.strip()) for line in lines]
    assert max(lengths) - min(lengths) <= 12, lines


def test_a_myth_comes_before_its_reality(qapp):
    """The hall guesses first: the reality is on the next click, never on the myth's slide."""
    slides = text_slides("Myte 1", "**Myten:** Du får godt betalt.\n\n**Virkeligheten:** De får aldri noe penger.")
    assert [s.blocks for s in slides] == [("**Myten:** Du får godt betalt.",), ("**Virkeligheten:** De får aldri noe penger.",)]


def test_a_long_paragraph_becomes_more_slides_not_smaller_type(qapp):
    sentence = "Dette er en setning med akkurat ti ord i seg selv."
    slides = paginate(text_slides("Lang", " ".join([sentence] * 8)), SlideFitter(QSize(1280, 720)))
    assert len(slides) >= 3 and all(slide_words(s) <= WORDS for s in slides)
    assert " ".join(b for s in slides for b in s.blocks).split() == " ".join([sentence] * 8).split()


def test_overflow_is_detected_and_split_away(qapp):
    size = QSize(1280, 720)
    sentence = "Dette er en setning som tar plass på lysbildet."
    slide = Slide("text", "Lang side", (" ".join([sentence] * 40),))
    assert SlideLayout(slide, size).overflows()
    pieces = paginate([slide], SlideFitter(size))
    assert len(pieces) > 1 and not any(SlideLayout(piece, size).overflows() for piece in pieces)
    assert " ".join(b for piece in pieces for b in piece.blocks).split() == slide.blocks[0].split()


def test_charts_are_painted_big(qapp, builtin):
    """The chart the hall sees: big, with its short lead-in above it when there is room,
    else the lead-in on the slide before."""
    programme = builtin.programme("foreldremote", "nb")
    for width, height in SIZES:
        size = QSize(width, height)
        slides = paginate(every_slide(programme, builtin), SlideFitter(size, builtin.roots, paths.assets_dir()))
        chart = next(s for s in slides if s.kind == "chart")
        rect = SlideLayout(chart, size).chart_rect()
        assert rect.width() >= width * 0.85 and rect.height() >= height * 0.6


def test_a_short_lead_in_shares_its_charts_slide(qapp, builtin):
    programme = builtin.programme("foreldremote", "nb")
    chart = next(s for s in every_slide(programme, builtin) if s.kind == "chart")
    assert chart.blocks and chart.blocks[0].startswith("Slik har antallet")
    before = every_slide(programme, builtin)[every_slide(programme, builtin).index(chart) - 1]
    assert before.kind == "warning" or before.part_id != chart.part_id  # no near-empty slide before it


def test_after_the_reveal_every_choice_stays_with_its_count_and_the_marks_in_words(qapp):
    from trainer.course.slides import SlideChoice

    choices = (SlideChoice("Spør rolig", "Bra."), SlideChoice("Vent og se", "Det går sjelden over."))
    reveal = Slide("reveal", "Vaskekurven", ("Det går sjelden over.",), choices=choices, chosen=1, by_hall=True)
    text = SlideLayout(reveal, QSize(1280, 720), votes=(7, 19), lang="nb").body.toPlainText()
    assert "Spør rolig" in text and "Vent og se" in text and "19" in text and "7" in text
    assert "Salens valg" in text
    assert text.index("Vent og se") < text.index("Det går sjelden over.")  # the feedback comes after
    assert "Anbefalt valg" not in text  # the signs told no recommended choice here
    choices = (SlideChoice("Ask calmly", "Good.", recommended=True), SlideChoice("Wait and see", "It seldom passes."))
    for lang, words in (("nb", ("Salens valg", "Anbefalt valg")), ("en", ("The hall's choice", "Recommended choice"))):
        reveal = Slide("reveal", "The laundry", ("It seldom passes.",), choices=choices, chosen=1, by_hall=True)
        rows = SlideLayout(reveal, QSize(1280, 720), votes=(7, 19), lang=lang).body.toPlainText().split("\n")
        assert f"Ask calmly · {words[1]}" in rows and f"Wait and see · {words[0]}" in rows
    quiz = (SlideChoice("Sant", correct=False), SlideChoice("Usant", correct=True))
    answer = Slide("answer", "Påstand", ("Usant.",), choices=quiz, chosen=0)
    text = SlideLayout(answer, QSize(1280, 720), votes=(30, 12), lang="nb").body.toPlainText()
    assert "Salens valg" in text and "Riktig svar" in text and "Sant" in text and "Usant" in text


def test_a_reveal_nobody_voted_on_says_the_story_goes_on_there_not_that_the_hall_chose_it(qapp):
    from trainer.course.slides import SlideChoice

    choices = (SlideChoice("Ask calmly", "Good.", recommended=True), SlideChoice("Wait and see", "It seldom passes."))
    reveal = Slide("reveal", "The laundry", ("Good.",), choices=choices, chosen=0)  # no vote, no number key
    for lang, goes_on, recommended, halls in (
            ("nb", "Slik går historien videre", "Anbefalt valg", "Salens valg"),
            ("en", "The way the story goes on", "Recommended choice", "The hall's choice")):
        text = SlideLayout(reveal, QSize(1280, 720), lang=lang).body.toPlainText()
        assert f"Ask calmly · {goes_on} · {recommended}" in text.split("\n")
        assert halls not in text


def _bar_lines(document):
    """Laid-out lines of each vote bar (a block of no-break spaces only)."""
    document.size()
    found, block = [], document.begin()
    while block.isValid():
        if block.text() and set(block.text()) == {"\u00a0"}:
            found.append(block.layout().lineCount())
        block = block.next()
    return found


@pytest.mark.parametrize("width,height", SIZES + [(800, 600)])
def test_the_longest_vote_bar_stays_on_one_line_at_every_projector_shape(qapp, width, height):
    """A bar is as long as its column is wide: at 4:3 a fixed run of spaces wrapped into an "L"."""
    from trainer.course.slides import SlideChoice

    choices = tuple(SlideChoice(text, "") for text in ("Spør rolig", "Vent og se", "Si ingenting"))
    for kind, blocks in (("reveal", ("Det går sjelden over.",)), ("reveal", ()), ("step", ("Hva gjør du?",))):
        slide = Slide(kind, "Vaskekurven", blocks, choices=choices, chosen=1, by_hall=True)
        layout = SlideLayout(slide, QSize(width, height), votes=(10, 48, 3), lang="nb")
        lines = _bar_lines(layout.body)
        assert len(lines) == 3 and lines == [1, 1, 1], (kind, blocks, lines)
        assert layout.body.idealWidth() <= layout.content_width + 0.5


def test_a_reveal_with_long_choices_fits_a_4_3_projector_in_full_body_type(qapp):
    """The reveal of "The mate" at 1024x768 in English: every choice is there, the taken one
    whole, nothing runs into the bottom margin, and no type is smaller than body size."""
    from trainer.course.slides import SlideChoice

    texts = ("Forbid him to see Kris again, straight away. A 19-year-old has no business with a 14-year-old",
             "Say you're not angry, and ask who Kris is and how they met",
             "Think it's nice that he has an older friend who looks out for him")
    choices = tuple(SlideChoice(t, "", recommended=i == 1, index=i) for i, t in enumerate(texts))
    for size in (QSize(1024, 768), QSize(800, 600), QSize(1280, 1024)):
        for chosen in range(3):
            slide = Slide("reveal", "The mate", (), choices=choices, chosen=chosen)
            layout = SlideLayout(slide, size, votes=(888, 888, 888), lang="en", number=42)
            assert not layout.overflows(), (size, chosen)
            text = layout.body.toPlainText()
            assert " ".join(texts[chosen].split()) in " ".join(text.split())
            assert all(t[:12] in text for t in texts) and "The way the story goes on" in text
            assert min(_fragment_pixel_sizes(layout.body)) >= body_pixels(size.height()) * 0.4  # the bars
            assert min(s for s in _fragment_pixel_sizes(layout.body) if s != max(4, round(body_pixels(size.height()) * 0.4))) >= size.height() / 20


def test_a_tied_count_says_the_hall_was_split_in_both_languages(qapp):
    from trainer.course.slides import SlideChoice

    choices = (SlideChoice("Ask calmly", "Good.", recommended=True), SlideChoice("Wait and see", "It seldom passes."))
    reveal = Slide("reveal", "The laundry", ("Good.",), choices=choices, chosen=0, tied=True)
    for lang, split, goes_on, halls in (("nb", "Salen var delt", "Slik går historien videre", "Salens valg"),
                                        ("en", "The hall was split", "The way the story goes on", "The hall's choice")):
        text = SlideLayout(reveal, QSize(1280, 720), votes=(10, 10), lang=lang).body.toPlainText()
        assert f"Ask calmly · {split} · {goes_on}" in " ".join(text.split("\n"))
        assert halls not in text
