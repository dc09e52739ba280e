"""Anonymous vote counts from presenter mode. Stored only when the presenter asks for
it, and then only with the programme, the date and when the show started (so two shows
on one day keep their own counts): nothing about the audience."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database


def record_votes(db: Database, programme_id: str, lang: str, day: str, module_id: str, part_id: str,
                 item_id: str, counts: tuple[int, ...] | list[int], session: str = "") -> None:
    """Save (or replace, in the same show: `session`, when it started) the hand count
    for each choice of one step or question."""
    with db.atomic():
        for index, count in enumerate(counts):
            db["presenter_votes"].upsert(
                {
                    "programme_id": programme_id, "lang": lang, "day": day, "session": session,
                    "module_id": module_id, "part_id": part_id, "item_id": item_id, "choice_index": index,
                    "count": int(count),
                },
                pk=("programme_id", "lang", "day", "session", "module_id", "part_id", "item_id", "choice_index"),
            )


def votes_for(db: Database, programme_id: str, day: str, session: str | None = None,
              ) -> dict[tuple[str, str, str], tuple[int, ...]]:
    """(module, part, item) -> counts per choice, for one programme on one day: of one show
    of that day if `session` is given, else of all its shows added up (one show's counts
    silently stood for the day's)."""
    found: dict[tuple[str, str, str], dict[int, int]] = {}
    where, values = "programme_id = ? and day = ?", [programme_id, day]
    if session is not None:
        where, values = where + " and session = ?", values + [session]
    rows = db["presenter_votes"].rows_where(where, values, order_by="module_id, part_id, item_id, choice_index")
    for row in rows:
        by_index = found.setdefault((row["module_id"], row["part_id"], row["item_id"]), {})
        by_index[row["choice_index"]] = by_index.get(row["choice_index"], 0) + row["count"]
    return {key: tuple(by_index[i] for i in sorted(by_index)) for key, by_index in found.items()}
