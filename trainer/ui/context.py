"""What every screen needs: the database, the loaded content, the language and the
current learner. Plain Python, handed to widgets instead of globals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field
from pathlib import Path


from trainer.course.model import Library, Module
from trainer.store.progress import Profile

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


@dataclass
class AppContext:
    """What every screen of the window works on: the database, the content, the language
    of the content and the learner (None until one is chosen)."""

    db: Database
    library: Library
    lang: str
    assets: Path | None
    profile: Profile | None = None
    roots: list[Path] = field(default_factory=list)
    # The folders given with --content instead of the built-in course (empty: the built-in course).
    given_content: list[Path] = field(default_factory=list)

    def module(self, module_id: str) -> Module | None:
        return self.library.module(module_id, self.lang) or next(
            (m for m in self.library.modules if m.id == module_id), None
        )
