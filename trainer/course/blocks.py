"""The one block model of content Markdown: sections under `##` headings, and within
them headings, prose, code, charts (a `<!-- chart: ... -->` line with its table), quotes,
presenter notes and list items with their indented continuation. The loader, the slide
builder and the validator read content through it; the renderer's Markdown extensions
share its patterns. Line numbers are kept so every problem can name its line; the text
itself stays ordinary Markdown. Work is linear in the number of lines and never recursive,
so a hostile file cannot stall or crash it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Line = tuple[int, str]

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
CHART = re.compile(r"^\s*<!--\s*chart:\s*(?P<spec>.*?)\s*-->\s*$", re.IGNORECASE)
ITEM = re.compile(r"^[ ]{0,3}([-*+]|\d{1,9}[.)])[ \t]+")
NOTE_START = re.compile(r"^>[ \t]*\[!NOTE\][ \t]*(.*)$", re.IGNORECASE)
_ATTRS = re.compile(r"[ \t]*\{([^{}]*)\}[ \t]*$")
FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")

PROSE_KINDS = ("prose", "heading", "chart", "code")  # what a reader sees as running text


@dataclass
class Section:
    title: str
    attrs_id: str
    classes: tuple[str, ...]
    line: int
    lines: list[Line] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "prose", "heading", "chart", "code", "quote", "note" or "item"
    line: int
    lines: list[Line]
    marker: str = ""  # for items: "-", "1." ...
    head: str = ""  # items: the first line joined with its wrapped continuation; headings: the title
    quote: list[str] = field(default_factory=list)  # for items: indented "> " lines


def parse_heading(text: str) -> tuple[str, str, tuple[str, ...]]:
    """`Title {#id .class}` -> (title, id, classes)."""
    match = _ATTRS.search(text)
    if not match:
        return text.strip(), "", ()
    ident, classes = "", []
    for token in match.group(1).split():
        if token.startswith("#"):
            ident = token[1:]
        elif token.startswith("."):
            classes.append(token[1:])
    return text[: match.start()].strip(), ident, tuple(classes)


def item_marker(text: str) -> str:
    """The list marker a line starts with ("-", "1." ...), or "" when it is no list item."""
    match = ITEM.match(text)
    return match.group(1) if match else ""


def split_sections(body: list[Line], level: int = 2) -> tuple[list[Line], list[Section]]:
    """Split at headings of exactly `level`; text before the first is the intro."""
    intro: list[Line] = []
    sections: list[Section] = []
    fence = None
    for number, text in body:
        fence_match = FENCE.match(text)
        if fence_match:
            marker = fence_match.group(1)[0]
            fence = None if fence == marker else (fence or marker)
        heading = HEADING.match(text) if fence is None else None
        if heading and len(heading.group(1)) == level:
            title, ident, classes = parse_heading(heading.group(2))
            sections.append(Section(title, ident, classes, number))
            continue
        (sections[-1].lines if sections else intro).append((number, text))
    return intro, sections


def _strip_quote(text: str) -> str:
    text = text.lstrip()[1:]
    return text[1:] if text.startswith(" ") else text


def fence_end(lines: list[Line], index: int) -> int:
    """The index after a fenced code block that starts at `index` (or the end of the text:
    an unclosed fence runs on, as Markdown reads it). The renderer reads fences with it too
    (trainer.course.mdext.fences)."""
    opening = FENCE.match(lines[index][1]).group(1)
    index += 1
    while index < len(lines):
        closing = FENCE.match(lines[index][1])
        if closing and closing.group(1)[0] == opening[0] and len(closing.group(1)) >= len(opening):
            return index + 1
        index += 1
    return index


def _is_code_line(text: str) -> bool:
    return text.startswith(("    ", "\t"))


def split_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into headings, prose, code, charts, quotes, presenter notes and list
    items. Nothing inside a code block is read as anything but code."""
    blocks: list[Block] = []
    index = 0
    after_blank = True  # an indented line after a blank line (not inside an item) is code
    while index < len(lines):
        number, text = lines[index]
        if not text.strip():
            index += 1
            after_blank = True
            continue
        if FENCE.match(text) or (after_blank and _is_code_line(text)):
            start = index
            if FENCE.match(text):
                index = fence_end(lines, index)
            else:
                while index < len(lines) and (_is_code_line(lines[index][1]) or not lines[index][1].strip()):
                    index += 1
                while index > start and not lines[index - 1][1].strip():
                    index -= 1  # trailing blank lines are not part of the code
            blocks.append(Block("code", number, lines[start:index]))
            after_blank = False
            continue
        after_blank = False
        heading = HEADING.match(text)
        if heading:
            blocks.append(Block("heading", number, [(number, text)], head=parse_heading(heading.group(2))[0]))
            index += 1
            continue
        if CHART.match(text):
            gathered = [(number, text)]
            index += 1
            following = index
            while following < len(lines) and not lines[following][1].strip():
                following += 1
            if following < len(lines) and lines[following][1].strip().startswith("|"):
                index = following
                while index < len(lines) and lines[index][1].strip().startswith("|"):
                    gathered.append(lines[index])
                    index += 1
            blocks.append(Block("chart", number, gathered))
            continue
        if text.startswith(">"):
            note = NOTE_START.match(text)
            gathered = []
            if note:
                if note.group(1):
                    gathered.append((number, note.group(1)))
                index += 1
            while index < len(lines) and lines[index][1].startswith(">"):
                gathered.append((lines[index][0], _strip_quote(lines[index][1])))
                index += 1
            blocks.append(Block("note" if note else "quote", number, gathered))
            continue
        marker = item_marker(text)
        if marker:
            block = Block("item", number, [(number, text)], marker=marker)
            head = [text[ITEM.match(text).end():].strip()]
            in_quote = False
            index += 1
            while index < len(lines):
                next_number, next_text = lines[index]
                if not next_text.strip():
                    # A blank line ends the item unless indented text follows.
                    following = index + 1
                    if following < len(lines) and lines[following][1][:1] in (" ", "\t"):
                        block.lines.append(lines[index])
                        index += 1
                        continue
                    break
                if next_text[:1] not in (" ", "\t"):
                    break
                stripped = next_text.strip()
                block.lines.append((next_number, next_text))
                if stripped.startswith(">"):
                    in_quote = True
                    block.quote.append(_strip_quote(stripped))
                elif in_quote:
                    block.quote.append(stripped)
                else:
                    head.append(stripped)
                index += 1
            block.head = " ".join(part for part in head if part)
            blocks.append(block)
            continue
        gathered = []
        while index < len(lines):
            number2, text2 = lines[index]
            if (not text2.strip() or text2.startswith(">") or item_marker(text2) or HEADING.match(text2)
                    or CHART.match(text2) or FENCE.match(text2)):
                break
            gathered.append((number2, text2))
            index += 1
        blocks.append(Block("prose", number, gathered))
    return blocks


def join(lines: list[Line]) -> str:
    return "\n".join(text for _number, text in lines).strip("\n")


def blocks_text(blocks: list[Block]) -> str:
    """The Markdown of some blocks, with a blank line between them."""
    parts = []
    for block in blocks:
        if block.kind == "quote":
            parts.append("\n".join("> " + text for _n, text in block.lines))
        else:
            parts.append(join(block.lines))
    return "\n\n".join(part for part in parts if part.strip())


_CODE_SPAN = re.compile(r"(`+).*?\1")


def unclosed_comment(lines: list[Line]) -> int | None:
    """The line of the first `<!--` that is never closed with `-->`, outside code, or None.
    Read as the renderer reads it: a comment that begins a line may run over blank lines
    (also straight after a line of text: it starts a block of its own); one that begins
    inside text must end before its paragraph does. (The renderer hides an unclosed one
    up to the end of its paragraph: an author's private note must never reach a learner,
    even before the check is run.)"""
    code = {n for block in split_blocks(lines) if block.kind == "code" for n, _text in block.lines}
    opened: int | None = None  # the line of the comment being read, if one is open
    spans_blank = False
    for number, text in lines:
        blank = not text.strip()
        if opened is not None and blank and not spans_blank:
            return opened  # a comment inside a paragraph that the paragraph's end leaves open
        if opened is None and number in code:
            continue
        rest = text if opened is not None else _CODE_SPAN.sub("", text)
        line_start = True  # nothing but spaces read on this line yet
        while rest:
            if opened is None:
                at = rest.find("<!--")
                if at < 0:
                    break
                opened, spans_blank = number, line_start and not rest[:at].strip()
                rest = rest[at + 4:]
            else:
                at = rest.find("-->")
                if at < 0:
                    break
                opened, rest = None, rest[at + 3:]
            line_start = False
    return opened
