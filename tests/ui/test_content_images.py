"""Content images load by one rule on pages and on presenter slides: inside the content,
at most 4096x4096, and an SVG only when it refers to nothing outside itself."""

import struct
import zlib

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QPainter

import trainer.ui.widgets.content_images as content_images
from trainer.course.slides import Slide
from trainer.ui.presenter.slide_render import SlideLayout
from trainer.ui.widgets.content_images import load_content_image
from trainer.ui.widgets.content_view import ContentView


def png(width: int, height: int) -> bytes:
    """A PNG that claims a size in its header; its pixels never need decoding."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x10\x20\x30" * width for _ in range(height)) if width * height < 10_000 else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


SELF_CONTAINED = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="red"/></svg>'


@pytest.fixture
def folder(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "ok.png").write_bytes(png(4, 4))
    (content / "huge.png").write_bytes(png(20_000, 20_000))
    (tmp_path / "secret.png").write_bytes(png(4, 4))
    (content / "peek.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><image href="'
        + (tmp_path / "secret.png").as_uri().encode() + b'" width="8" height="8"/></svg>')
    (content / "peek.png").write_bytes((content / "peek.svg").read_bytes())  # an SVG in disguise
    (content / "fine.svg").write_bytes(SELF_CONTAINED)
    return content


@pytest.fixture
def decoded(monkeypatch):
    read = []

    class SpyReader(content_images.QImageReader):
        def read(self):
            read.append(bytes(self.device().data()))
            return super().read()

    monkeypatch.setattr(content_images, "QImageReader", SpyReader)
    return read


def test_the_rules(qapp, folder):
    allowed = [folder.resolve()]
    load = lambda name: load_content_image(QUrl.fromLocalFile(str(folder / name)), allowed)  # noqa: E731
    assert load("ok.png").size() == QSize(4, 4)
    assert load("huge.png").isNull()
    assert load("peek.svg").isNull() and load("peek.png").isNull()
    assert load_content_image(QUrl.fromLocalFile(str(folder.parent / "secret.png")), allowed).isNull()
    assert load_content_image(QUrl("https://example.org/x.png"), allowed).isNull()


def test_a_self_contained_svg_is_shown(qapp, folder):
    image = load_content_image(QUrl.fromLocalFile(str(folder / "fine.svg")), [folder.resolve()])
    if image.isNull():
        pytest.skip("this Qt has no SVG image plugin")
    assert image.size() == QSize(8, 8)


def test_a_page_draws_only_allowed_images(qtbot, folder, decoded):
    view = ContentView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.show_markdown("![a](ok.png) ![b](huge.png) ![c](peek.svg) ![d](peek.png)", folder, [folder], None)
    view.viewport().repaint()
    assert decoded == [(folder / "ok.png").read_bytes()]


def test_presenter_slides_keep_the_same_image_limits(qapp, folder, decoded):
    """A slide's text document loaded any file an <img> named, at any size; now it asks
    the same loader as pages."""
    slide = Slide("text", "Bilder", ("![a](ok.png)", "![b](huge.png)", "![c](peek.svg)", "![d](peek.png)"),
                  base=folder)
    layout = SlideLayout(slide, QSize(1280, 720), roots=[folder])
    image = QImage(1280, 720, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    layout.paint(painter)
    painter.end()
    assert decoded == [(folder / "ok.png").read_bytes()]
