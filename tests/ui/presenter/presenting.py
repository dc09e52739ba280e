"""Shared by the presenter tests: a small programme over the demo module, the way a UI
string reads in the current language, key presses, and reading a PDF's text."""

import re
import shutil
import subprocess
import zlib
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication

PROGRAMME = """---
type: programme
id: kveld
title: Foreldrekveld
lang: nb
minutes: 10
handout: [demo, demo/tall]
---

Velkommen.

> [!NOTE]
> Si hvem du er.

## Tallene

- Modul: demo
- Deler: intro, tall
- Minutter: 3

> [!NOTE]
> Vis diagrammet.

## Scenario og quiz

- Modul: demo
- Deler: sko, quiz-demo#betaler
- Minutter: 5

> [!NOTE]
> La salen stemme.

## Spørsmål

Har dere spørsmål?

- Minutter: 2

> [!NOTE]
> Takk for i kveld.
"""
# 16:9, and the 4:3 and 5:4 projectors many school halls still have (less width per line).
SIZES = [(1280, 720), (1920, 1080), (1024, 768), (1280, 1024)]

# The show's classes speak the programme's language (labels.InShowLanguage), not the app's.
SHOW_CONTEXTS = ("Presenter", "ConsoleWindow", "AudienceWindow", "VotesDialog")


def tr(context: str, text: str, *args, lang: str = "nb") -> str:
    """A UI string as the app shows it now (tests share one app, translators and all);
    one of the show's in the programme's language `lang` (PROGRAMME is bokmål)."""
    if context in SHOW_CONTEXTS:
        from trainer.ui.presenter.labels import in_language

        text = in_language((context,), text, lang)
    else:
        text = QCoreApplication.translate(context, text)
    for number, arg in enumerate(args, 1):
        text = text.replace(f"%{number}", str(arg))
    return text


def warning_label(lang: str) -> str:
    from trainer.ui.presenter.labels import CONTENT_WARNING, slide_label

    return slide_label(CONTENT_WARNING, lang)


def press(qtbot, presenter, *keys, window=None):
    for key in keys:
        qtbot.keyClick(window or presenter.audience, key)


def go_to_kind(presenter, kind, item=None):
    p = presenter.presentation
    p.home()
    while not (p.current.kind == kind and (item is None or p.current.item_id == item)):
        assert p.forward(), f"no {kind} slide"
    presenter.update_views()



def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool:
        return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return decode_qt_pdf(path.read_bytes())


def _pdf_objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}


def _pdf_stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    if not match:
        return b""
    # A stream whose last byte happens to be "\r" loses it to the pattern above; that byte
    # is the checksum's, so a decompressor that tolerates a short end still gets all the text.
    return zlib.decompressobj().decompress(match.group(1)) if b"/FlateDecode" in body else match.group(1)


def decode_qt_pdf(data: bytes) -> str:
    """The text of a PDF that Qt wrote, read through each font's ToUnicode map: enough
    to find the phone numbers when pdftotext is not installed."""
    objects = _pdf_objects(data)
    fonts = {}
    for body in objects.values():
        for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", objects.get(int(ref), b""))
            if not unicode_ref:
                continue
            cmap, text = {}, _pdf_stream(objects[int(unicode_ref.group(1))])
            for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
                for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    cmap[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
                for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
                    codes = range(int(lo, 16), int(hi, 16) + 1)
                    if dst.startswith(b"["):
                        targets = [bytes.fromhex(h.decode()).decode("utf-16-be") for h in re.findall(rb"<([0-9A-Fa-f]+)>", dst)]
                        cmap.update(zip(codes, targets))
                    else:
                        cmap.update((code, chr(int(dst[1:-1], 16) + i)) for i, code in enumerate(codes))
            fonts[name.decode()] = cmap
    out = []
    for body in objects.values():
        try:
            content = _pdf_stream(body)
        except zlib.error:
            continue
        cmap = {}
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if token.group(1):
                cmap = fonts.get(token.group(1).decode(), {})
            else:
                hexes = token.group(2).decode()
                out.append("".join(cmap.get(int(hexes[i:i + 4], 16), "?") for i in range(0, len(hexes), 4)))
    return re.sub(r"\s+", " ", "".join(out))


def font_sizes(path: Path) -> Counter:
    """How many glyphs the pages print at each type size, in points. Qt writes each page
    in its own units (1/1200 inch) under one scale, and each run of text with its size."""
    sizes = Counter()
    for body in _pdf_objects(path.read_bytes()).values():
        try:
            content = _pdf_stream(body)
        except zlib.error:
            continue
        scale = re.search(rb"([\d.]+) 0 0 -[\d.]+ [\d.-]+ [\d.-]+ cm", content)
        if not scale or b" Tf" not in content:
            continue
        for run in re.finditer(rb"/F\d+ ([\d.]+) Tf(.*?)ET", content, re.S):
            sizes[round(float(run.group(1)) * float(scale.group(1)), 1)] += len(re.findall(rb"Tj", run.group(2)))
    return sizes


def pages(path: Path) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", path.read_bytes()))


def colours(path: Path) -> set[tuple[str, ...]]:
    """Every colour the pages paint with (r g b, or one grey)."""
    found = set()
    for body in _pdf_objects(path.read_bytes()).values():
        try:
            content = _pdf_stream(body)
        except zlib.error:
            continue
        for match in re.finditer(rb"((?:[\d.]+ ){1,3})(?:scn|SCN|rg|RG|g|G)\b", content):
            found.add(tuple(match.group(1).decode().split()))
    return found
