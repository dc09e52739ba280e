"""Where image references in content point, and what an image file may contain. Kept
apart from the parsers so that showing content does not import them."""

from __future__ import annotations

import os
import re
import unicodedata
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


def _candidates(src: str, base: Path, assets: Path | None) -> list[tuple[Path, Path]]:
    """Each place `src` may name: (the file as resolved, the path as written). Its capitals
    are judged on the second: Windows' resolve() spells a name as the disk does."""
    # As written, then with %-escapes decoded: VS Code and other editors write a space in
    # a file name as %20 (a file really named "a%20b.png" is still found as it is).
    names = [src] + ([unquote(src)] if "%" in src and unquote(src) != src else [])
    # "få.png" is written with one å or with a and a ring (macOS names files the second way,
    # editors type the first): both forms are tried, so the same name is always found.
    names += [form for name in list(names) for form in (unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name))
              if form not in names]
    candidates = []
    for name in names:
        places = [(base, name)] + ([(assets, name[len("assets/"):])] if assets is not None and name.startswith("assets/") else [])
        for folder, rest in places:
            candidates.append(((folder / rest).resolve(), Path(os.path.normpath(folder.resolve() / rest))))
    return candidates


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _listed_as(candidate: Path, top: Path) -> Path | None:
    """`candidate` spelt as the folders below `top` list their names, capitals included
    (only the two Unicode forms of å are taken as the same); None when some name is not
    in its folder in any spelling."""
    current = top
    for part in candidate.relative_to(top).parts:
        try:
            names = os.listdir(current)
        except OSError:
            return None
        if part not in names:
            same = [n for n in names if _nfc(n) == _nfc(part)] or [n for n in names if _nfc(n).casefold() == _nfc(part).casefold()]
            if not same:
                return None
            part = same[0]
        current = current / part
    return current


def _top(candidate: Path, base: Path, allowed: list[Path]) -> Path | None:
    """Where the names the author wrote begin: the text's folder, or else the root the file is in."""
    base = base.resolve()
    if candidate.is_relative_to(base):
        return base
    return next((a for a in allowed if candidate.is_relative_to(a)), None)


def find_image(src: str, base: Path, roots: list[Path], assets: Path | None) -> Path | None:
    """Where an image reference points, if it is a local file inside the content roots
    or the assets folder. Remote, absolute and other-scheme references are never loaded.
    The name must match the file's capitals: Windows and macOS find `Kart.png` for
    kart.png, Linux and the web do not, so it is found on none of them."""
    if _SCHEME.match(src) or src.startswith(("/", "\\")):
        return None
    allowed = [r.resolve() for r in roots] + ([assets.resolve()] if assets else [])
    for candidate, written in _candidates(src, base, assets):
        inside = any(candidate.is_relative_to(a) for a in allowed)
        try:
            if inside and candidate.is_file():
                top = _top(written, base, allowed)
                listed = _listed_as(written, top) if top is not None else written
                if listed is not None and _nfc(str(listed)) != _nfc(str(written)):
                    continue  # found only because this computer ignores capitals
                return candidate
        except OSError:  # a folder on the way cannot be read: the image is not there to show
            continue
    return None


def spelled_differently(src: str, base: Path, roots: list[Path], assets: Path | None) -> str | None:
    """For an image not found: the reference as it would find the file when only its
    capitals are wrong (`Kart.png` for kart.png), or None."""
    if _SCHEME.match(src) or src.startswith(("/", "\\")):
        return None
    allowed = [r.resolve() for r in roots] + ([assets.resolve()] if assets else [])
    for _candidate, written in _candidates(src, base, assets):
        top = _top(written, base, allowed) if any(written.is_relative_to(a) for a in allowed) else None
        listed = _listed_as(written, top) if top is not None else None
        if listed is not None and listed.is_file():
            return listed.relative_to(top).as_posix() if top == base.resolve() else os.path.relpath(listed, base.resolve()).replace(os.sep, "/")
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


# The one rule for what a content image may be, for the validator, the app's views and the
# web site alike (the site adds its own narrower list of types).
MAX_IMAGE_PIXELS = 4096 * 4096  # read from the header before decoding: a huge image cannot exhaust memory
MAX_IMAGE_BYTES = 20_000_000  # read into memory to be checked; no content image is near this
# What the content starts with, for each type the app draws; the name's ending must agree.
SIGNATURES = {"png": (b"\x89PNG\r\n\x1a\n",), "jpeg": (b"\xff\xd8\xff",), "gif": (b"GIF87a", b"GIF89a"),
              "webp": (b"RIFF",)}
ENDINGS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif", ".webp": "webp", ".svg": "svg"}


def image_type(data: bytes) -> str | None:
    """The image's type by its content (png, jpeg, gif, webp, svg), or None."""
    for kind, starts in SIGNATURES.items():
        if data.startswith(starts) and (kind != "webp" or data[8:12] == b"WEBP"):
            return kind
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and b"<svg" in data[:65536].lower():  # (after an XML declaration, a DOCTYPE ...)
        return "svg"
    return None


def pixel_size(data: bytes, kind: str) -> tuple[int, int] | None:
    """Width and height from the file's header, without decoding the picture."""
    if kind == "png" and len(data) >= 24 and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if kind == "gif" and len(data) >= 10:
        return int.from_bytes(data[6:8], "little"), int.from_bytes(data[8:10], "little")
    if kind == "jpeg":
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                return None
            marker = data[index + 1]
            length = int.from_bytes(data[index + 2:index + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                return int.from_bytes(data[index + 7:index + 9], "big"), int.from_bytes(data[index + 5:index + 7], "big")
            index += 2 + length
        return None
    if kind == "webp" and len(data) >= 30:
        chunk = data[12:16]
        if chunk == b"VP8X":
            return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
        if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
            return int.from_bytes(data[26:28], "little") & 0x3FFF, int.from_bytes(data[28:30], "little") & 0x3FFF
        if chunk == b"VP8L" and data[20] == 0x2F:
            bits = int.from_bytes(data[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _png_whole(data: bytes) -> bool:
    """Every chunk of a PNG is there with its checksum, the picture data unpacks, and the
    file ends: what a damaged or cut-off PNG fails (Qt then shows nothing)."""
    import struct
    import zlib

    index, picture, ended = 8, zlib.decompressobj(), False
    while index + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[index:index + 8])
        body = data[index + 8:index + 8 + length]
        if len(body) != length or data[index + 8 + length:index + 12 + length] != struct.pack(
                ">I", zlib.crc32(kind + body)):
            return False
        if kind == b"IDAT":
            try:
                while body:  # unpacked in steps: a small file cannot unpack into gigabytes at once
                    picture.decompress(body, 1 << 20)
                    body = picture.unconsumed_tail
            except zlib.error:
                return False
        index += 12 + length
        if kind == b"IEND":
            ended = True
            break
    return ended and picture.eof


def _svg_problem(data: bytes) -> str | None:
    outside = svg_outside_reference(data)
    if outside is not None:
        return _("the SVG image refers to something outside itself ('{reference}'); an image must hold all it shows").format(reference=outside[:80])
    import xml.etree.ElementTree as ElementTree

    try:  # (no DOCTYPE or ENTITY gets here: svg_outside_reference refuses them)
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return _("the SVG image is not well-formed (line {line}); open it in a drawing program and save it again").format(
            line=error.position[0])
    if not root.tag.endswith("svg"):
        return _("the file is not an SVG image")
    return None


def image_problem(data: bytes, name: str = "") -> str | None:
    """Why an image file's content may not be shown (the same rule for the validator and
    for every view that draws content images), or None. The content decides what it is
    (Qt reads an SVG called `.png` as an SVG); with the file's `name`, its ending must
    say the same."""
    if data[:2] == b"\x1f\x8b":
        return _("compressed SVG images (svgz) are not supported; save the image as ordinary SVG")
    if len(data) > MAX_IMAGE_BYTES:
        return _("the image is bigger than {mb} MB").format(mb=MAX_IMAGE_BYTES // 1_000_000)
    kind = image_type(data)
    if kind is None:
        return _("the file is not an image (PNG, JPEG, GIF, WebP or SVG)")
    if kind == "svg" and _svg_problem(data):  # what an SVG refers to matters most, whatever its name
        return _svg_problem(data)
    ending = ENDINGS.get(Path(name).suffix.lower()) if name else None
    if name and ending != kind:
        return _("the file is a {kind} image, but its name says otherwise: rename it to end in .{suffix}").format(
            kind=kind.upper(), suffix="jpg" if kind == "jpeg" else kind)
    if kind == "svg":
        return None
    size = pixel_size(data, kind)
    if size is None or 0 in size:
        return _("the image cannot be read; it may be damaged")
    if size[0] * size[1] > MAX_IMAGE_PIXELS:
        return _("the image is {width} × {height} pixels; at most 4096 × 4096 can be shown").format(
            width=size[0], height=size[1])
    if kind == "png" and not _png_whole(data):
        return _("the image cannot be read; it may be damaged")
    if kind == "jpeg" and b"\xff\xd9" not in data[-64:]:
        return _("the image is cut off; it may be damaged")
    if kind == "gif" and not data.rstrip(b"\0").endswith(b";"):
        return _("the image is cut off; it may be damaged")
    return None
