"""Sending xAPI statements to a learning record store (xAPI 1.0.3 `POST statements`,
basic auth). Each statement goes once: what was accepted is remembered per LRS, and
anything not accepted (a network failure, a refusal) is simply sent again next time."""

from __future__ import annotations

from typing import TYPE_CHECKING

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass


from trainer.course.model import Library
from trainer.store import progress
from trainer.store.xapi import XAPI_VERSION, statements

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

BATCH = 50


class SyncError(Exception):
    """The LRS could not be reached or refused; the message is for the user."""


@dataclass(frozen=True)
class SyncResult:
    sent: int
    already_sent: int


def statements_url(lrs: str) -> str:
    lrs = lrs.strip().rstrip("/")
    if not lrs.startswith(("http://", "https://")):
        raise SyncError(f"'{lrs}' er ikke en nettadresse (den må begynne med http:// eller https://)")
    return lrs if lrs.endswith("/statements") else lrs + "/statements"


def _post(url: str, body: list[dict], user: str | None, password: str | None, timeout: float) -> int:
    request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"), method="POST")
    request.add_header("Content-Type", "application/json")
    request.add_header("X-Experience-API-Version", XAPI_VERSION)
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SyncError(f"fikk ikke kontakt med {url}: {reason}") from None


def _mark_sent(db: Database, profile_id: int, lrs: str, ids: list[str]) -> None:
    stamp = progress.now()
    db["xapi_sent"].insert_all(
        [{"statement_id": i, "profile_id": profile_id, "lrs": lrs, "sent_at": stamp} for i in ids],
        replace=True,
    )


def sync(db: Database, library: Library, lrs: str, user: str | None = None, password: str | None = None,
         profile_ids: list[int] | None = None, timeout: float = 15.0) -> SyncResult:
    url = statements_url(lrs)
    sent = already = 0
    ids = profile_ids if profile_ids is not None else [p.id for p in progress.list_profiles(db)]
    for profile_id in ids:
        done = {r["statement_id"] for r in db["xapi_sent"].rows_where("profile_id = ? and lrs = ?", [profile_id, url])}
        pending = [s for s in statements(db, profile_id, library) if s["id"] not in done]
        already += len(done)
        for start in range(0, len(pending), BATCH):
            batch = pending[start:start + BATCH]
            status = _post(url, batch, user, password, timeout)
            if status in (401, 403):
                raise SyncError(f"{url} godtok ikke brukernavnet eller passordet (svar {status})")
            if status == 200:
                _mark_sent(db, profile_id, url, [s["id"] for s in batch])
                sent += len(batch)
                continue
            # A refused batch: one at a time, so one statement the LRS already holds
            # (409 Conflict) does not stop the others.
            for statement in batch:
                single = _post(url, [statement], user, password, timeout)
                if single in (200, 409):
                    _mark_sent(db, profile_id, url, [statement["id"]])
                    sent += single == 200
                    already += single == 409
                else:
                    raise SyncError(f"{url} svarte {single} på en oppføring; resten sendes neste gang")
    return SyncResult(sent, already)
