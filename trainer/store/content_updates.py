"""What an updated content pack does to learners' progress. Progress is stored by module
id, so installing, updating or removing a pack never deletes a row. When an update
changes a module (any of its files), those who had completed it get it back as in
progress: their time, scenario runs and quiz answers stay, and the old status and date
are kept in `content_changes`. Modules whose content did not change are not touched."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
