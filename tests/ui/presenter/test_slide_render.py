"""Slides laid out for the projector: every built-in slide fits at both sizes, type is big
enough for the back of the hall, overflow is split away, charts are big."""

import pytest
from PySide6.QtCore import QSize

from trainer import paths
from trainer.course.loader import load_library
from trainer.course.slides import Slide, every_slide, paginate
from trainer.ui.presenter.slide_render import SlideFitter, SlideLayout, body_pixels

from presenting import SIZES


@pytest.fixture(scope="module")
def builtin():
    return load_library([paths.builtin_content_dir()])


@pytest.mark.parametrize("width,height", SIZES)
def test_every_built_in_programme_fits_the_projector(qapp, builtin, width, height):
    size = QSize(width, height)
    fitter = SlideFitter(size, builtin.roots, paths.assets_dir())
    assert {p.id for p in builtin.programmes} == {"foreldremote", "foreldremote-kort"}
    for programme in builtin.programmes:
        raw = every_slide(programme, builtin)
        slides = paginate(raw, fitter)
        # Split, never cut: every word of the content is still on some slide.
        assert [w for s in slides for b in s.blocks for w in b.split()] == [w for s in raw for b in s.blocks for w in b.split()]
        for slide in slides:
            votes = (888,) * len(slide.choices)
            layout = SlideLayout(slide, size, votes=votes, roots=builtin.roots, assets=paths.assets_dir(), number=99)
            assert not layout.overflows(), (programme.id, programme.lang, slide.kind, slide.heading, slide.piece)


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
def test_body_text_is_at_least_a_25th_of_the_screen_height(qapp, builtin, width, height):
    size = QSize(width, height)
    assert body_pixels(height) >= height / 25
    programme = builtin.programme("foreldremote", "nb")
    fitter = SlideFitter(size, builtin.roots, paths.assets_dir())
    for slide in paginate(every_slide(programme, builtin), fitter):
        layout = SlideLayout(slide, size, votes=(1,) * len(slide.choices), roots=builtin.roots)
        sizes = _fragment_pixel_sizes(layout.body) + _fragment_pixel_sizes(layout.heading)
        assert sizes or slide.kind == "chart"
        assert min(sizes, default=height) >= height / 25, (slide.kind, slide.heading)


def test_overflow_is_detected_and_split_away(qapp):
    size = QSize(1280, 720)
    sentence = "Dette er en setning som tar plass på lysbildet."
    slide = Slide("text", "Lang side", (" ".join([sentence] * 40),))
    assert SlideLayout(slide, size).overflows()
    pieces = paginate([slide], SlideFitter(size))
    assert len(pieces) > 1 and not any(SlideLayout(piece, size).overflows() for piece in pieces)
    assert " ".join(b for piece in pieces for b in piece.blocks).split() == slide.blocks[0].split()


def test_charts_are_painted_big(qapp, builtin):
    programme = builtin.programme("foreldremote", "nb")
    chart = next(s for s in every_slide(programme, builtin) if s.kind == "chart")
    layout = SlideLayout(chart, QSize(1920, 1080))
    rect = layout.chart_rect()
    assert rect.width() >= 1920 * 0.85 and rect.height() >= 1080 * 0.6
