"""Which content is installed: the built-in course (or the folders given with `--content`)
and the content packs in the data folder. The app, the presenter, the preview and every
command ask here, so that they all see the same content."""

from __future__ import annotations

import os
from pathlib import Path

from trainer import paths


def base_roots(given: list[str | os.PathLike] | None = None) -> list[Path]:
    """The content the app ships with, or the folders given instead of it."""
    return [Path(p).resolve() for p in given] if given else [paths.builtin_content_dir()]


def pack_folders(packs_dir: Path | None = None) -> list[Path]:
    """The installed packs' folders, by name. Hidden folders are an import or a removal in
    progress, never content."""
    packs = Path(packs_dir) if packs_dir is not None else paths.user_content_dir()
    if not packs.is_dir():
        return []
    return sorted(p for p in packs.iterdir() if p.is_dir() and not p.name.startswith("."))


def content_roots(given: list[str | os.PathLike] | None = None) -> list[Path]:
    """Every root to load, in order: later roots win, so a district's contact card
    replaces the built-in one."""
    return base_roots(given) + pack_folders()
