"""A learner's records as xAPI 1.0.3 statements, so a school that outgrows one computer
can collect them in its own learning record store. Statement ids are derived from the
database rows, so the same record always has the same id and is never sent twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import json
import uuid


from trainer.course.model import Library
from trainer.store import progress

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

XAPI_VERSION = "1.0.3"
VERBS = {
    "experienced": "http://adlnet.gov/expapi/verbs/experienced",
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
    "failed": "http://adlnet.gov/expapi/verbs/failed",
}
ACTIVITY_TYPES = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "scenario": "http://adlnet.gov/expapi/activities/simulation",
}
INTERACTION_TYPES = {
    "single": "choice", "multiple": "choice", "truefalse": "true-false",
    "matching": "matching", "ordering": "sequencing",
}
# Accounts need a home page (an IRL); .invalid is reserved and never resolves.
HOME_PAGE = "https://faresignaler.invalid"
PLATFORM = "Faresignaler"
_NAMESPACE = uuid.UUID("6f1c2a8e-5b0d-4c36-9a57-2f3e8d0b7c41")


def activity_id(*parts: str) -> str:
    return "urn:faresignaler:" + ":".join(parts)


def _install_id(db: Database) -> str:
    rows = list(db["app_meta"].rows_where("key = 'install_id'"))
    return rows[0]["value"] if rows else "unknown"


def _statement_id(install: str, profile_uuid: str, kind: str, row_id) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{install}:{profile_uuid}:{kind}:{row_id}"))


class _Names:
    """Activity names in every language the content has, keyed by RFC 5646 tag."""

    def __init__(self, library: Library):
        self.library = library

    def module(self, module_id: str) -> dict[str, str]:
        return {m.lang: m.title for m in self.library.modules if m.id == module_id} or {"und": module_id}

    def part(self, module_id: str, part_id: str) -> dict[str, str]:
        names = {}
        for module in self.library.modules:
            if module.id == module_id and module.part(part_id) is not None:
                names[module.lang] = module.part(part_id).title
        return names or {"und": part_id}

    def question(self, module_id: str, quiz_id: str, question_id: str) -> tuple[dict[str, str], str | None]:
        names, kind = {}, None
        for module in self.library.modules:
            quiz = module.part(quiz_id) if module.id == module_id else None
            for question in getattr(quiz, "questions", ()):
                if question.id == question_id:
                    names[module.lang] = question.title
                    kind = question.kind
        return names or {"und": question_id}, kind


def _activity(iri: str, kind: str, name: dict[str, str], interaction: str | None = None) -> dict:
    definition = {"type": ACTIVITY_TYPES[kind], "name": name}
    if interaction:
        definition["interactionType"] = interaction
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _verb(name: str) -> dict:
    return {"id": VERBS[name], "display": {"en-US": name}}


def statements(db: Database, profile_id: int, library: Library) -> list[dict]:
    """Every statement for one learner, oldest first, each with a stable id."""
    profile = progress.get_profile(db, profile_id)
    install = _install_id(db)
    names = _Names(library)
    actor = {"objectType": "Agent", "name": profile.name, "account": {"homePage": HOME_PAGE, "name": profile.uuid}}
    context_base = {"platform": PLATFORM}
    found: list[dict] = []

    def add(kind: str, row_id, verb: str, obj: dict, timestamp: str, result: dict | None = None, parent: str | None = None):
        statement = {
            "id": _statement_id(install, profile.uuid, kind, row_id),
            "actor": actor,
            "verb": _verb(verb),
            "object": obj,
            "timestamp": timestamp,
            "context": dict(context_base),
        }
        if parent:
            statement["context"]["contextActivities"] = {"parent": [{"objectType": "Activity", "id": parent}]}
        if result is not None:
            statement["result"] = result
        found.append(statement)

    for r in db["module_progress"].rows_where("profile_id = ?", [profile_id]):
        module_iri = activity_id("module", r["module_id"])
        module_activity = _activity(module_iri, "module", names.module(r["module_id"]))
        add("module-start", r["module_id"], "experienced", module_activity, r["started_at"])
        if r["completed_at"]:
            add("module-done", r["module_id"], "completed", module_activity, r["completed_at"],
                {"completion": True, "duration": f"PT{int(r['seconds_spent'] or 0)}S"})
    for r in db["quiz_attempts"].rows_where("profile_id = ?", [profile_id], order_by="id"):
        quiz_iri = activity_id("module", r["module_id"], "quiz", r["quiz_id"])
        module_iri = activity_id("module", r["module_id"])
        for a in db["quiz_answers"].rows_where("attempt_id = ?", [r["id"]], order_by="id"):
            question_name, kind = names.question(r["module_id"], r["quiz_id"], a["question_id"])
            question_iri = activity_id("module", r["module_id"], "quiz", r["quiz_id"], "question", a["question_id"])
            add("answer", a["id"], "answered",
                _activity(question_iri, "question", question_name, INTERACTION_TYPES.get(kind)),
                a["answered_at"],
                {"success": bool(a["correct"]), "response": json.dumps(json.loads(a["answer"]), ensure_ascii=False)},
                parent=quiz_iri)
        if r["finished_at"] and r["question_count"]:
            add("attempt", r["id"], "passed" if r["passed"] else "failed",
                _activity(quiz_iri, "quiz", names.part(r["module_id"], r["quiz_id"])),
                r["finished_at"],
                {
                    "score": {
                        "scaled": round(r["correct_count"] / r["question_count"], 4),
                        "raw": r["correct_count"], "min": 0, "max": r["question_count"],
                    },
                    "success": bool(r["passed"]),
                    "completion": True,
                },
                parent=module_iri)
    for r in db["scenario_runs"].rows_where("profile_id = ? and finished_at is not null", [profile_id], order_by="id"):
        scenario_iri = activity_id("module", r["module_id"], "scenario", r["scenario_id"])
        add("scenario", r["id"], "completed",
            _activity(scenario_iri, "scenario", names.part(r["module_id"], r["scenario_id"])),
            r["finished_at"], {"completion": True, "response": r["ending_id"] or ""},
            parent=activity_id("module", r["module_id"]))
    found.sort(key=lambda s: s["timestamp"])
    return found


def to_json(db: Database, profile_id: int, library: Library) -> str:
    return json.dumps(statements(db, profile_id, library), ensure_ascii=False, indent=2)
