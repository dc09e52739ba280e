"""What an updated content pack does to learners' progress. Progress is stored by module
id, so installing, updating or removing a pack never deletes a row. When an update
changes a module (any of its files), those who had completed it get it back as in
progress: their time, scenario runs and quiz answers stay, and the old status and date
are kept in `content_changes`. Modules whose content did not change are not touched."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.course import installed, packs
from trainer.store.errors import StorageError
from trainer.store.progress import now

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


@dataclass(frozen=True)
class Reopened:
    profile_id: int
    module_id: str


def reopen_changed_modules(db: Database, pack_id: str, changed: dict[str, tuple[str, str]]) -> list[Reopened]:
    """`changed` maps module id -> (old, new) content version. Returns who was affected."""
    reopened: list[Reopened] = []
    if not changed:
        return reopened
    stamp = now()
    with db.atomic():
        for module_id, (old, new) in sorted(changed.items()):
            rows = db.execute(
                "select profile_id, status, completed_at from module_progress "
                "where module_id = ? and status = 'completed'",
                [module_id],
            ).fetchall()
            for profile_id, status, completed_at in rows:
                db["content_changes"].insert({
                    "profile_id": profile_id, "module_id": module_id, "pack_id": pack_id,
                    "old_version": old, "new_version": new, "old_status": status,
                    "old_completed_at": completed_at, "changed_at": stamp,
                })
                db.execute(
                    "update module_progress set status = 'in_progress', completed_at = null, updated_at = ? "
                    "where profile_id = ? and module_id = ?",
                    [stamp, profile_id, module_id],
                )
                reopened.append(Reopened(profile_id, module_id))
    return reopened


def changes_for(db: Database, profile_id: int) -> list[dict]:
    return list(db["content_changes"].rows_where("profile_id = ?", [profile_id], order_by="id"))


@dataclass(frozen=True)
class PackImport:
    """A pack that was installed, and what that did to progress."""

    installed: packs.Installed
    reopened: list[Reopened] = field(default_factory=list)
    # The pack is installed, but the database could not be opened to update progress.
    progress_error: StorageError | None = None


def import_pack(source: Path, given: list[str | os.PathLike] | None = None, allow_older: bool = False) -> PackImport:
    """Check and install a pack among the installed content (the built-in course, or the
    folders `given` instead), then put completed modules whose content changed back in
    progress. The one way for `trainer import` and the app; it opens its own connection,
    so the app runs it off the UI thread. Raises packs.PackError, and then nothing changed."""
    from trainer.store import db as store_db  # sqlite-utils: only when progress must change

    result = packs.install(source, paths.user_content_dir(), installed.content_roots(given), allow_older=allow_older)
    if not result.changed_modules or not paths.database_path().exists():
        return PackImport(result)
    try:
        database = store_db.connect(paths.database_path())
    except StorageError as error:
        return PackImport(result, progress_error=error)
    try:
        reopened = reopen_changed_modules(database, result.manifest.id, result.changed_modules)
    finally:
        database.conn.close()
    return PackImport(result, reopened)
