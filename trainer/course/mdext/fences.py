"""Fenced code blocks (``` or ~~~), read as the block model reads them
(`trainer.course.blocks.fence_end`: the same opening and closing lines, and an unclosed
fence runs to the end), so that the renderer, the validator and the slides agree on what
is code: a chart comment or an image inside a fence is code everywhere. Python-Markdown's
own fenced_code read four ordinary forms otherwise (a fence indented by 1-3 spaces, a
longer closing fence, an unclosed one, words after the language) and searched the rest of
the page from every opening fence: a page of unclosed fences within the content limits
took 0.6 s. This reads each line once."""

from __future__ import annotations

from html import escape

from markdown.preprocessors import Preprocessor

from trainer.course.blocks import FENCE, fence_end


class FencePreprocessor(Preprocessor):
    """Each fenced block becomes stored HTML (`<pre><code>`, its text escaped) before
    Python-Markdown reads raw HTML, so nothing inside it is read as anything but code."""

    def run(self, lines: list[str]) -> list[str]:
        numbered = list(enumerate(lines))
        kept: list[str] = []
        index = 0
        while index < len(lines):
            opening = FENCE.match(lines[index])
            if opening is None:
                kept.append(lines[index])
                index += 1
                continue
            end = fence_end(numbered, index)
            body = lines[index + 1:end]
            closing = FENCE.match(body[-1]) if body else None
            after: list[str] = []
            if end < len(lines) or (closing and closing.group(1)[0] == opening.group(1)[0]
                                    and len(closing.group(1)) >= len(opening.group(1))):
                body = body[:-1]
            else:  # unclosed: the blank lines at the end of the page are not code
                while body and not body[-1].strip():
                    after.append(body.pop())
            indent = len(lines[index]) - len(lines[index].lstrip(" "))  # the opening's, taken off each line
            text = "".join(_dedent(line, indent) + "\n" for line in body)
            kept += ["", self.md.htmlStash.store(f"<pre><code>{escape(text, quote=False)}</code></pre>"), ""] + after
            index = end
        return kept


def _dedent(line: str, indent: int) -> str:
    taken = len(line) - len(line.lstrip(" "))
    return line[min(taken, indent):]
