"""A fixed budget of inline work per conversion. Python-Markdown looks for the end of a
link or an HTML tag from every `[` and `<`, so text with thousands of unclosed brackets
takes time that grows with the square of its length (8 kB took 25 s). Before inline
processing, each piece of text is priced by that worst case; once a conversion has used
its budget, the rest shows as plain text instead of stalling the app. Other marks (`*`,
`` ` ``, `&`) cost far less each, but still grow with the square of a paragraph's length,
so a paragraph longer than `MAX_CHARS` shows plain as well."""

from __future__ import annotations

from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

# About 0.3 µs of inline work per unit in the worst case measured (unclosed `![`), so the
# whole budget is about a third of a second; 39 kB of link-rich prose (three times the
# longest built-in page) fits within it.
BUDGET = 1_200_000


MAX_CHARS = 5_000  # one piece of text (a paragraph, a list item, a cell) longer is shown plain
NODE_COST = 250  # each piece of text costs ~70 µs of pattern setup, however short


def cost(text: str) -> int:
    """The worst-case inline work for a piece of text: every `[` and `<` may scan to its end;
    emphasis and code marks cost less each, but a paragraph of thousands of them still takes
    a tenth of a second (measured: 2,400 `**` pairs in 4,800 characters, 120 ms)."""
    marks = text.count("*") + text.count("_") + text.count("`")
    return NODE_COST + len(text) * (1 + text.count("[") + text.count("<") + marks // 16)


class InlineBudget(Treeprocessor):
    def run(self, root) -> None:
        left = BUDGET
        for element in root.iter():
            for attribute in ("text", "tail"):
                text = getattr(element, attribute)
                if not text or isinstance(text, AtomicString):
                    continue
                price = cost(text)
                if price > left or len(text) > MAX_CHARS:
                    setattr(element, attribute, AtomicString(text))  # shown as written
                else:
                    left -= price
