"""What content may be, so that every page shows in a moment: the limits the validator
enforces (and the authoring guide documents), and the cheap checks the renderer runs
before it trusts a text. Pure standard library, linear in the size of the text."""

from __future__ import annotations

import re

from trainer.i18n import _

MAX_FILE_BYTES = 50_000  # the longest built-in file is 13 kB; Markdown renders ~100 kB/s
MAX_LINE_CHARS = 5_000  # a long paragraph written on one line; longer is not prose
MAX_LINES = 1_000  # each line can become an element, at ~0.1 ms each; the longest page has 250
MAX_BLOCK_LINES = 200  # lines with no blank line between (a list, a table): Markdown's
# block reader re-reads the rest of such a run for every line it takes off it
MAX_NESTING = 10  # lists and quotes inside each other (4 spaces or one '>' per level)
MAX_HTML_NESTING = 20  # HTML elements inside each other
# Python-Markdown's HTML reader may look from every tag to the end of the text for its
# close: tags x characters is its worst case (~0.08 µs each), kept under a quarter second.
MAX_TAG_WORK = 3_000_000

_DEEP_PREFIX = re.compile(r"^[ \t>]{%d,}" % (MAX_NESTING,), re.MULTILINE)
_TAG_START = re.compile(r"<[A-Za-z/!?]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})\b[^<>]{0,1000}?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def nesting(prefix: str) -> int:
    """How deep a line's leading spaces, tabs and '>' marks nest it."""
    depth, columns = 0, 0
    for char in prefix:
        if char == ">":
            depth += 1 + columns // 4
            columns = 0
        elif char == "\t":
            columns += 4
        else:
            columns += 1
    return depth + columns // 4


def html_nesting(text: str) -> tuple[int, int]:
    """The deepest HTML element nesting in a text, and the offset where it is reached."""
    depth = deepest = where = 0
    for match in _TAG.finditer(text):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            depth = max(0, depth - 1)
        elif name not in _VOID and not self_closing:
            depth += 1
            if depth > deepest:
                deepest, where = depth, match.start()
    return deepest, where


def problems(text: str) -> list[tuple[int, str]]:
    """(line number within the text, message) for each limit the text goes beyond, each
    kind once, at its first place."""
    found: list[tuple[int, str]] = []
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        found.append((1, _("the file is {size} kB; it can be at most {limit} kB: split it into several files").format(
                             size=size // 1000, limit=MAX_FILE_BYTES // 1000)))
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        found.append((MAX_LINES + 1, _("the file has {lines} lines; it can have at most {limit}: split it into several files").format(
            lines=lines, limit=MAX_LINES)))
    if len(text) > MAX_LINE_CHARS:
        for number, line in enumerate(text.split("\n"), 1):
            if len(line) > MAX_LINE_CHARS:
                found.append((number, _("the line has {chars} characters; a line can have at most {limit}: split it").format(
                                    chars=len(line), limit=MAX_LINE_CHARS)))
                break
    run = 0
    for number, line in enumerate(text.split("\n") if lines > MAX_BLOCK_LINES else (), 1):
        run = run + 1 if line.strip() else 0
        if run > MAX_BLOCK_LINES:
            found.append((number, _("more than {limit} lines without an empty line between them: put in empty lines, or split the "
                                    "list or table").format(limit=MAX_BLOCK_LINES)))
            break
    for match in _DEEP_PREFIX.finditer(text):
        if nesting(match.group(0)) > MAX_NESTING:
            number = text.count("\n", 0, match.start()) + 1
            found.append((number, _("lists or quotes are nested more than {limit} levels deep").format(limit=MAX_NESTING)))
            break
    tags = len(_TAG_START.findall(text)) if "<" in text else 0
    if tags * len(text) > MAX_TAG_WORK:
        found.append((1, _("the file has {tags} HTML tags in {chars} characters, more than the app can show quickly: write "
                           "with Markdown, or split the file").format(tags=tags, chars=len(text))))
    if tags > MAX_HTML_NESTING:
        deepest, where = html_nesting(text)
        if deepest > MAX_HTML_NESTING:
            number = text.count("\n", 0, where) + 1
            found.append((number, _("HTML elements are nested more than {limit} levels deep").format(limit=MAX_HTML_NESTING)))
    return found


def safe_to_render(text: str) -> bool:
    """Whether the Markdown renderer may be given a text: within every limit above (it
    recurses once per level of nesting and reads every line whole). Otherwise the text is
    shown plain."""
    return len(text) <= MAX_FILE_BYTES and not problems(text)
