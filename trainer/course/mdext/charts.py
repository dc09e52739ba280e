"""Charts: a `<!-- chart: bar; ... -->` comment stands above the table it draws. Markdown
keeps the comment as raw HTML; here it becomes an image `chart:<prefix><n>` that the UI
paints from the page's figures (numbered in the order the loader found them). A comment
inside code is code, not a chart: code never reaches the raw HTML store."""

from __future__ import annotations



from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from trainer.course.blocks import CHART

CHART_SCHEME = "chart:"


class ChartTreeprocessor(Treeprocessor):
    def __init__(self, md):
        super().__init__(md)
        self.prefix = ""
        self.sources: list[str] = []  # the chart images made, for the HTML cleaner

    def reset(self) -> None:
        self.sources = []

    def run(self, root) -> None:
        stash = self.md.htmlStash.rawHtmlBlocks
        if not stash:
            return
        # Document order: an element's text, its children, then its tail.
        for element in root.iter():
            for text in (element.text, element.tail):
                if not text or "\x02" not in text:
                    continue
                for match in HTML_PLACEHOLDER_RE.finditer(text):
                    index = int(match.group(1))
                    if index < len(stash) and isinstance(stash[index], str) and CHART.match(stash[index]):
                        source = f"{CHART_SCHEME}{self.prefix}{len(self.sources)}"
                        self.sources.append(source)
                        stash[index] = f'<img alt="" src="{source}">'



