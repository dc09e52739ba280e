"""Presenter notes: a quotation that begins `> [!NOTE]` is for the presenter's view only.
The loader takes notes out of pages, steps and questions; this removes any that reach the
renderer anyway (a scenario's intro, a feedback text), so learners never see one."""

from __future__ import annotations

from markdown.blockprocessors import BlockProcessor

from trainer.course.blocks import NOTE_START


class NoteBlockProcessor(BlockProcessor):
    def test(self, parent, block: str) -> bool:
        return bool(NOTE_START.match(block.split("\n", 1)[0]))

    def run(self, parent, blocks: list[str]) -> None:
        blocks.pop(0)  # up to the next blank line, as the block model reads a note
