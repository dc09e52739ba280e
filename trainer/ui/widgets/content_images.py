"""Loading the images content asks for: the one rule for pages, previews and presenter
slides. Only files inside the allowed folders; no more than 4096x4096 pixels (the size is
read before decoding, so a huge image cannot exhaust memory); and an SVG only when it
refers to nothing outside itself (Qt would otherwise fetch any file it names)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument

from trainer.course.images import image_problem

MAX_IMAGE_PIXELS = 4096 * 4096
MAX_IMAGE_BYTES = 20_000_000  # read into memory to be checked; no content image is near this


def allowed_folders(roots: list[Path] | None, assets: Path | None) -> list[Path]:
    return [r.resolve() for r in roots or []] + ([assets.resolve()] if assets else [])


def load_content_image(url: QUrl, allowed: list[Path]) -> QImage:
    """The image at a file URL, or an empty image when any rule above says no."""
    if not url.isLocalFile():
        return QImage()  # never the network
    path = Path(url.toLocalFile()).resolve()
    if not any(path.is_relative_to(a) for a in allowed) or not path.is_file():
        return QImage()
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return QImage()
        data = path.read_bytes()
    except OSError:
        return QImage()
    if image_problem(data) is not None:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return QImage()
    return reader.read()


class ContentDocument(QTextDocument):
    """A text document that loads content images by the rules above (a plain
    QTextDocument would load any file an `<img>` names, at any size)."""

    def __init__(self, allowed: list[Path], parent=None):
        super().__init__(parent)
        self._allowed = allowed

    def loadResource(self, kind: int, url: QUrl):
        if kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            image = load_content_image(url, self._allowed)
            self.addResource(kind, url, image)  # kept, as the default loader does: layout asks often
            return image
        return None
