"""Hostile Markdown for the benchmark and the tests: inputs that once stalled or crashed
the renderer (unclosed brackets and emphasis, deep nesting, huge lines). Each is made at a
given size, and fitted within the content limits, so both what the validator refuses and
the worst it lets through are measured."""

from __future__ import annotations

from trainer.course import limits

# name -> a unit repeated to the size wanted
UNITS = {
    "brackets": "[a [b [c ",
    "images": "![a ![b ",
    "angles": "<a <b <c ",
    "link-parens": "[a](b [c](",
    "emphasis": "*a _b **c __d ",
    "backticks": "`a ``b ",
    "entities": "&amp; &#123; & ",
    "nested-brackets": "[" * 50 + "a" + "]" * 50,
    "nested-emphasis": "**" * 50 + "a" + "**" * 50 + " ",
    "plain-prose": "Dette er **et** avsnitt med [en lenke](https://x.no) og `kode`. ",
}
LINE_UNITS = {
    "deep-list": lambda i: "    " * (i % 400) + "- x\n",
    "deep-quote": lambda i: ">" * (i % 400 + 1) + " x\n",
    "deep-html": lambda i: "<div>" * 5 if i % 1000 < 500 else "</div>" * 5,
    "headings": lambda i: f"# h{i}\n",
    "list-items": lambda i: f"- item {i}\n",
    "table-rows": lambda i: "| a | b |\n|---|---|\n" if i == 0 else f"| [x{i} | <y |\n",
    # Fences that never close: each one is searched to the end for its closing line.
    "open-fences": lambda i: "```a\n\n" if i % 2 else "~~~b\n\n",
    "open-fences, long lines": lambda i: "```a\n\n" if i < 450 else "x " * 2400 + "\n\n",
}


def _repeat(unit: str, size: int, line: int) -> str:
    """`unit` repeated to `size` characters, broken into lines of about `line` characters."""
    text = (unit * (size // len(unit) + 1))[:size]
    return "\n".join(text[i:i + line] for i in range(0, len(text), line))


def inputs(size: int) -> dict[str, str]:
    """Every hostile input at about `size` characters, as one line, as long lines and as
    line-by-line structure."""
    found = {}
    for name, unit in UNITS.items():
        found[f"{name}, one line"] = (unit * (size // len(unit) + 1))[:size]
        found[f"{name}, lines"] = _repeat(unit, size, 78)
    for name, make in LINE_UNITS.items():
        parts, total, i = [], 0, 0
        while total < size:
            part = make(i)
            parts.append(part)
            total += len(part)
            i += 1
        found[name] = "".join(parts)[:size]
    return found


def within_limits(text: str) -> str:
    """The largest start of a text that the validator lets through: blank lines added
    where runs are too long, then cut to the line, run and size limits."""
    lines, kept, run, size = text.split("\n"), [], 0, 0
    for line in lines:
        line = line[: limits.MAX_LINE_CHARS]
        if run == limits.MAX_BLOCK_LINES:
            kept.append("")
            run = 0
        if len(kept) + 1 > limits.MAX_LINES or size + len(line.encode()) + 1 > limits.MAX_FILE_BYTES:
            break
        kept.append(line)
        run += 1
        size += len(line.encode()) + 1
    return "\n".join(kept)
