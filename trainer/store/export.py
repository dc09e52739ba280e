"""A learner's records as CSV (for a spreadsheet) and JSON (everything about them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import csv
import io
import json


from trainer import __version__
from trainer.course.model import Library
from trainer.i18n import _
from trainer.store import progress
from trainer.store.records import TRIED_RUN, attempts
from trainer.store.standing import course_standing

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

CSV_COLUMNS = [
    "record", "module_id", "module_title", "item_id", "item_title", "status", "score_percent",
    "passed", "started_at", "finished_at", "seconds_spent", "content_version",
]


def _title(library: Library, lang: str, module_id: str, part_id: str | None = None) -> str:
    module = library.module(module_id, lang) or next((m for m in library.modules if m.id == module_id), None)
    if module is None:
        return ""
    if part_id is None:
        return module.title
    part = module.part(part_id)
    return part.title if part else ""


def to_rows(db: Database, profile_id: int, library: Library, lang: str) -> list[dict]:
    rows = []
    for r in db["module_progress"].rows_where("profile_id = ?", [profile_id], order_by="started_at"):
        rows.append({
            "record": "module", "module_id": r["module_id"], "module_title": _title(library, lang, r["module_id"]),
            "item_id": "", "item_title": "", "status": r["status"], "score_percent": "", "passed": "",
            "started_at": r["started_at"], "finished_at": r["completed_at"] or "",
            "seconds_spent": r["seconds_spent"] or 0, "content_version": "",
        })
    # Only what the learner tried (records.Attempt.tried, records.TRIED_RUN): a quiz or a
    # scenario opened and left at once is no attempt, and listed one "unfinished" row per
    # glance. The JSON export keeps every row stored, these too.
    for a in attempts(db, profile_id):
        if not a.tried:
            continue
        rows.append({
            "record": "quiz", "module_id": a.module_id, "module_title": _title(library, lang, a.module_id),
            "item_id": a.quiz_id, "item_title": _title(library, lang, a.module_id, a.quiz_id),
            "status": "finished" if a.finished_at else "unfinished",
            "score_percent": a.percent if a.percent is not None else "",
            "passed": ("yes" if a.passed else "no") if a.finished_at else "",
            "started_at": a.started_at, "finished_at": a.finished_at or "", "seconds_spent": "",
            "content_version": a.content_version,
        })
    for r in db["scenario_runs"].rows_where(f"profile_id = ? and {TRIED_RUN}", [profile_id], order_by="id"):
        rows.append({
            "record": "scenario", "module_id": r["module_id"], "module_title": _title(library, lang, r["module_id"]),
            "item_id": r["scenario_id"], "item_title": _title(library, lang, r["module_id"], r["scenario_id"]),
            "status": f"ending: {r['ending_id']}" if r["ending_id"] else "unfinished", "score_percent": "",
            "passed": "", "started_at": r["started_at"], "finished_at": r["finished_at"] or "", "seconds_spent": "",
            "content_version": r["content_version"],
        })
    return rows


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP "CSV
# injection"); pack and module titles come from packs, so no text cell may begin with one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Text that a spreadsheet shows as text: a leading apostrophe makes it a plain cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(db: Database, profile_id: int, library: Library, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()}
                     for row in to_rows(db, profile_id, library, lang))
    return buffer.getvalue()


def local_time(stamp: str) -> str:
    """A stored UTC time as the learner's local date and time, to the minute, in the form
    a spreadsheet reads as a date in any language ("2026-11-27 14:05")."""
    if not stamp:
        return ""
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def spreadsheet_separator(lang: str) -> str:
    """Norwegian Excel reads ";" between cells (its decimal mark is the comma); English ","."""
    return ";" if lang == "nb" else ","


def to_spreadsheet(db: Database, profile_id: int, library: Library, lang: str) -> str:
    """The app's export for a spreadsheet: headings and values in the user's language
    (the core's messages follow it), the learner's name on each row, local times, and
    the separator Excel expects in that language. Written with a byte order mark
    (utf-8-sig) so that Excel reads "Lærerkurs", not "LÃ¦rerkurs". `trainer export`
    keeps its own format (to_csv) for the scripts that read it."""
    name = progress.get_profile(db, profile_id).name
    kinds = {"module": _("module"), "quiz": _("quiz"), "scenario": _("scenario")}
    states = {"completed": _("completed"), "in_progress": _("in progress"), "not_started": _("not started"),
              "finished": _("finished"), "unfinished": _("not finished")}
    answers = {"yes": _("yes"), "no": _("no"), "": ""}
    headings = [_("Name"), _("Record"), _("Module"), _("Quiz or scenario"), _("Status"), _("Score (%)"),
                _("Passed"), _("Started"), _("Finished"), _("Minutes spent"), _("Content version")]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=spreadsheet_separator(lang), lineterminator="\n")
    writer.writerow(headings)
    for row in to_rows(db, profile_id, library, lang):
        status = row["status"]
        if status.startswith("ending: "):
            ending = status.removeprefix("ending: ")
            module = library.module(row["module_id"], lang)
            part = module.part(row["item_id"]) if module is not None else None
            step = part.step(ending) if part is not None and hasattr(part, "step") else None
            status = _("ending: {ending}").format(ending=step.title if step is not None else ending)
        else:
            status = states.get(status, status)
        seconds = row["seconds_spent"]
        writer.writerow([spreadsheet_safe(value) for value in (
            name, kinds.get(row["record"], row["record"]), row["module_title"], row["item_title"], status,
            row["score_percent"], answers.get(row["passed"], row["passed"]), local_time(row["started_at"]),
            local_time(row["finished_at"]), round(seconds / 60) if seconds != "" else "", row["content_version"],
        )])
    return buffer.getvalue()


def to_json(db: Database, profile_id: int, library: Library, lang: str) -> str:
    """Everything stored about the learner, table by table, plus their course standing."""
    profile = progress.get_profile(db, profile_id)
    attempts = list(db["quiz_attempts"].rows_where("profile_id = ?", [profile_id], order_by="id"))
    for attempt in attempts:
        attempt["answers"] = [
            {**a, "answer": json.loads(a["answer"])}
            for a in db["quiz_answers"].rows_where("attempt_id = ?", [attempt["id"]], order_by="id")
        ]
    runs = list(db["scenario_runs"].rows_where("profile_id = ?", [profile_id], order_by="id"))
    for run in runs:
        run["choices"] = list(db["scenario_choices"].rows_where("run_id = ?", [run["id"]], order_by="id"))
    standings = []
    for course in library.courses_in(lang):
        standing = course_standing(db, profile_id, course, library)
        standings.append({
            "course_id": course.id, "title": course.title, "passed": standing.passed,
            "modules_completed": standing.modules_done, "modules_total": standing.modules_total,
            "quizzes": [{"module_id": q.module_id, "quiz_id": q.quiz_id, "best_percent": q.best_percent,
                         "needed_percent": q.needed_percent, "passed": q.passed} for q in standing.quizzes],
        })
    document = {
        "format": "faresignaler-learner-export",
        "format_version": 1,
        "app_version": __version__,
        "exported_at": progress.now(),
        "profile": {"name": profile.name, "uuid": profile.uuid, "created_at": profile.created_at},
        "modules": list(db["module_progress"].rows_where("profile_id = ?", [profile_id], order_by="started_at")),
        "pages_read": list(db["pages_read"].rows_where("profile_id = ?", [profile_id], order_by="read_at"))
        if db["pages_read"].exists() else [],
        "scenario_runs": runs,
        "quiz_attempts": attempts,
        "courses": standings,
        # Modules that went back to in progress when an updated content pack changed them.
        "content_changes": list(db["content_changes"].rows_where("profile_id = ?", [profile_id], order_by="id"))
        if db["content_changes"].exists() else [],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
