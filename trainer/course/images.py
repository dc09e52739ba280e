"""Where image references in content point. Kept apart from the parsers so that showing
content does not import them."""

from __future__ import annotations

import re
from pathlib import Path

_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def find_image(src: str, base: Path, roots: list[Path], assets: Path | None) -> Path | None:
    """Where an image reference points, if it is a local file inside the content roots
    or the assets folder. Remote, absolute and other-scheme references are never loaded."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", src) or src.startswith(("/", "\\")):
        return None
    allowed = [r.resolve() for r in roots] + ([assets.resolve()] if assets else [])
    candidates = [(base / src).resolve()]
    if assets is not None and src.startswith("assets/"):
        candidates.append((assets / src[len("assets/"):]).resolve())
    for candidate in candidates:
        inside = any(candidate.is_relative_to(a) for a in allowed)
        if inside and candidate.is_file():
            return candidate
    return None


def image_references(markdown_text: str) -> list[str]:
    return [m.group("src") for m in _IMAGE.finditer(markdown_text)]
