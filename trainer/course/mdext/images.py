"""Images: every `<img>` in the parsed tree (from `![alt](src)` or `![alt][ref]`)
resolves to a local file inside the content roots or assets folder, or loses its source
(an `<img>` written as raw HTML never loads: the HTML cleaner drops its source). Working on the tree means an image written inside a code span stays code, and
reference-style images are found like any other. Each reference is recorded, so the
validator checks exactly what the renderer shows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown.treeprocessors import Treeprocessor

from trainer.course.images import find_image


@dataclass(frozen=True)
class ImageRef:
    src: str  # as written
    found: Path | None  # the file it shows, or None when it shows nothing
    alt: str = ""  # the description, what a screen reader says and what shows if the image cannot


class ImageTreeprocessor(Treeprocessor):
    def __init__(self, md):
        super().__init__(md)
        self.base: Path | None = None
        self.roots: list[Path] = []
        self.assets: Path | None = None
        self.found: list[ImageRef] = []

    def reset(self) -> None:
        self.found = []

    def run(self, root) -> None:
        for element in root.iter("img"):
            src = (element.get("src") or "").strip()
            found = None
            if src and self.base is not None:
                found = find_image(src, self.base, self.roots or [self.base], self.assets)
            self.found.append(ImageRef(src, found, (element.get("alt") or "").strip()))
            if found is None:
                element.attrib.pop("src", None)
            else:
                element.set("src", found.as_uri())
