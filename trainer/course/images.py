"""Where image references in content point, and what an image file may contain. Kept
apart from the parsers so that showing content does not import them."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from trainer.i18n import _

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# Anything in an SVG that can name another file: href and xlink:href (image, use, a,
# feImage ...), url(...) in attributes and styles, CSS @import, and entity or DOCTYPE
# declarations (external entities, and entity expansion bombs).
_SVG_REFERENCE = re.compile(rb"""(?:href|src)\s*=\s*["']\s*(?P<href>[^"']*)["']""", re.IGNORECASE)
_SVG_URL = re.compile(rb"""url\(\s*["']?\s*(?P<url>[^)"'\s]*)""", re.IGNORECASE)
_SVG_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)|@import|<\?xml-stylesheet", re.IGNORECASE)


def find_image(src: str, base: Path, roots: list[Path], assets: Path | None) -> Path | None:
    """Where an image reference points, if it is a local file inside the content roots
    or the assets folder. Remote, absolute and other-scheme references are never loaded."""
    if _SCHEME.match(src) or src.startswith(("/", "\\")):
        return None
    allowed = [r.resolve() for r in roots] + ([assets.resolve()] if assets else [])
    # As written, then with %-escapes decoded: VS Code and other editors write a space in
    # a file name as %20 (a file really named "a%20b.png" is still found as it is).
    names = [src] + ([unquote(src)] if "%" in src and unquote(src) != src else [])
    candidates = []
    for name in names:
        candidates.append((base / name).resolve())
        if assets is not None and name.startswith("assets/"):
            candidates.append((assets / name[len("assets/"):]).resolve())
    for candidate in candidates:
        inside = any(candidate.is_relative_to(a) for a in allowed)
        try:
            if inside and candidate.is_file():
                return candidate
        except OSError:  # a folder on the way cannot be read: the image is not there to show
            continue
    return None


def svg_outside_reference(data: bytes) -> str | None:
    """What an SVG refers to outside itself (another file, a web address, a declaration
    that can pull one in), or None when it is self-contained. Qt follows such references
    when it draws an SVG, so one in a pack could show any image on the computer."""
    declaration = _SVG_DECLARATION.search(data)
    if declaration:
        return declaration.group(0).decode("ascii", "replace")
    for match in _SVG_REFERENCE.finditer(data):
        href = match.group("href").strip()
        if href and not href.startswith(b"#") and not href.lower().startswith(b"data:"):
            return href.decode("utf-8", "replace")
    for match in _SVG_URL.finditer(data):
        url = match.group("url").strip()
        if url and not url.startswith(b"#") and not url.lower().startswith(b"data:"):
            return url.decode("utf-8", "replace")
    return None


def image_problem(data: bytes) -> str | None:
    """Why an image file's content may not be shown (the same rule for the validator and
    for every view that draws content images), or None. The content decides, not the
    name: Qt reads an SVG called `.png` as an SVG."""
    if data[:2] == b"\x1f\x8b":
        return _("compressed SVG images (svgz) are not supported; save the image as ordinary SVG")
    if b"<svg" in data[:65536].lower():
        outside = svg_outside_reference(data)
        if outside is not None:
            return _("the SVG image refers to something outside itself ('{reference}'); an image must hold all it shows").format(reference=outside[:80])
    return None
