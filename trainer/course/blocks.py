"""Line-based reading of Markdown bodies: sections under `##` headings, list items with
their indented continuation, blockquotes and presenter notes. Line numbers are kept so
every problem can name its line; the text itself stays ordinary Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Line = tuple[int, str]

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_ATTRS = re.compile(r"[ \t]*\{([^{}]*)\}[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_ITEM = re.compile(r"^([-*+]|\d{1,9}[.)])[ \t]+")
_NOTE_START = re.compile(r"^>[ \t]*\[!NOTE\][ \t]*(.*)$", re.IGNORECASE)


@dataclass
class Section:
    title: str
    attrs_id: str
    classes: tuple[str, ...]
    line: int
    lines: list[Line] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "prose", "quote", "note" or "item"
    line: int
    lines: list[Line]
    marker: str = ""  # for items: "-", "1." ...
    head: str = ""  # for items: the first line joined with its wrapped continuation
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


def split_sections(body: list[Line], level: int = 2) -> tuple[list[Line], list[Section]]:
    """Split at headings of exactly `level`; text before the first is the intro."""
    intro: list[Line] = []
    sections: list[Section] = []
    fence = None
    for number, text in body:
        fence_match = _FENCE.match(text)
        if fence_match:
            marker = fence_match.group(1)[0]
            fence = None if fence == marker else (fence or marker)
        heading = _HEADING.match(text) if fence is None else None
        if heading and len(heading.group(1)) == level:
            title, ident, classes = parse_heading(heading.group(2))
            sections.append(Section(title, ident, classes, number))
            continue
        (sections[-1].lines if sections else intro).append((number, text))
    return intro, sections


def _strip_quote(text: str) -> str:
    text = text.lstrip()[1:]
    return text[1:] if text.startswith(" ") else text


def split_blocks(lines: list[Line]) -> list[Block]:
    """Group section lines into prose, quotes, presenter notes and list items."""
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        if not text.strip():
            index += 1
            continue
        if text.startswith(">"):
            note = _NOTE_START.match(text)
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
        item = _ITEM.match(text)
        if item:
            block = Block("item", number, [(number, text)], marker=item.group(1))
            head = [text[item.end():].strip()]
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
            if not text2.strip() or text2.startswith(">") or _ITEM.match(text2):
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
