"""Our content conventions as Python-Markdown extensions, one module per concern, working
on the parsed tree (so nothing inside code is ever touched), but for the fences:

- `images`: image references (inline and reference-style) resolve to local files or are
  dropped, and every one is recorded for the validator;
- `charts`: a `<!-- chart: ... -->` comment becomes the chart image the UI paints;
- `notes`: presenter notes (`> [!NOTE]`) are never shown to learners;
- `guard`: inline Markdown gets a fixed budget of work, beyond which text shows plain;
- `comments`: an unclosed `<!--` (an author's note) is hidden to the end of its paragraph;
- `fences`: a fenced code block is code, read as the block model reads it (the one
  preprocessor: it runs before Python-Markdown reads the raw HTML a fence may hold).

`ContentExtension` registers them all; `trainer.course.render` is the only user."""

from __future__ import annotations

from markdown.extensions import Extension

from trainer.course.mdext.charts import ChartTreeprocessor
from trainer.course.mdext.comments import UnclosedCommentTreeprocessor
from trainer.course.mdext.fences import FencePreprocessor
from trainer.course.mdext.guard import InlineBudget
from trainer.course.mdext.images import ImageTreeprocessor
from trainer.course.mdext.notes import NoteBlockProcessor


class ContentExtension(Extension):
    """Everything content Markdown means beyond standard Markdown. The page-specific
    settings (where images resolve, the chart prefix) are set before each conversion."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.images: ImageTreeprocessor | None = None
        self.charts: ChartTreeprocessor | None = None

    def extendMarkdown(self, md) -> None:
        md.registerExtension(self)
        # Before "html_block" (20): a chart comment or raw HTML inside a fence is code.
        md.preprocessors.register(FencePreprocessor(md), "content_fences", 25)
        # Before "quote" (20): a note must not become a quotation.
        md.parser.blockprocessors.register(NoteBlockProcessor(md.parser), "content_notes", 25)
        # Before "inline" (20): decides which text inline processing may read.
        md.treeprocessors.register(InlineBudget(md), "content_budget", 25)
        # After "inline": images and raw HTML exist by then, code spans are already code.
        self.images = ImageTreeprocessor(md)
        self.charts = ChartTreeprocessor(md)
        md.treeprocessors.register(self.images, "content_images", 16)
        md.treeprocessors.register(self.charts, "content_charts", 15)
        # After "inline" too: code spans are code by then, and keep `<!--` as written.
        md.treeprocessors.register(UnclosedCommentTreeprocessor(md), "content_comments", 17)

    def reset(self) -> None:
        self.images.reset()
        self.charts.reset()
