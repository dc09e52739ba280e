"""Sending xAPI statements to a learning record store (xAPI 1.0.3 `POST statements`,
basic auth). Each statement goes once: what the LRS confirms is remembered per LRS, and
anything not confirmed (a network failure, a refusal) is simply sent again next time.

Nothing here trusts the other end: a redirect is never followed (it would carry the
password to another address), a statement counts as sent only when the LRS returns its id
(or says it holds it already: the statement id is xAPI's idempotency key), every request
and the whole sync have a deadline that a server trickling bytes cannot stretch, and every
network failure is a plain message. Plain http leaves this computer only when the user
allows it, and a password written into the address is used but never shown or stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

import base64
import http.client
import ipaddress
import json
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from trainer.errors import NETWORK, TrainerError, os_reason
from trainer.i18n import _
from trainer.course.model import Library
from trainer.store import progress
from trainer.store.xapi import XAPI_VERSION, statements

if TYPE_CHECKING:  # for annotations only: importing sqlite-utils is slow at start-up
    from sqlite_utils import Database

BATCH = 50
REQUEST_SECONDS = 15.0  # one request, from connecting to the last byte of the answer
SYNC_SECONDS = 300.0  # the whole sync: thousands of statements on a slow line fit, a stuck server does not
MAX_ANSWER_BYTES = 4_000_000  # an LRS answers a batch with its ids: a few kilobytes


class SyncError(TrainerError):
    """The LRS could not be reached or refused; the message is for the user."""

    kind = NETWORK


class PlainHttpError(SyncError):
    """An http:// address on another computer, refused unless plain http is allowed; a
    kind of its own so that the app can say what its users can do about it (the
    command line's message names --allow-http, which the app has not)."""

    def __init__(self, message: str, host: str):
        super().__init__(message)
        self.host = host


@dataclass(frozen=True)
class SyncResult:
    sent: int
    already_sent: int


@dataclass(frozen=True)
class Target:
    """Where statements go: `url` has no user name or password in it (it is what is
    shown, stored and sent to); those from the address, if any, are kept apart."""

    url: str
    host: str
    port: int
    https: bool
    path: str  # the path of .../statements, with no query
    user: str | None = None
    password: str | None = None


def is_local(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def target(lrs: str, allow_http: bool = False) -> Target:
    """The statements endpoint for an LRS address; SyncError, in words, for an address
    that is not one or that would send the password in clear to another computer."""
    text = lrs.strip()
    if not text.lower().startswith(("http://", "https://")):
        raise SyncError(_("'{without_password}' is not a web address (it must begin with http:// or https://)").format(without_password=_without_password(text)))
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
        user, password = parts.username, parts.password
    except ValueError:
        raise SyncError(_("'{without_password}' is not a valid web address").format(without_password=_without_password(text))) from None
    if not host:
        raise SyncError(_("'{without_password}' has no host name").format(without_password=_without_password(text)))
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise SyncError(_("'{without_password}' has a space in it; a web address has none (write %20 for a space in its path)").format(
            without_password=_without_password(text)))
    if not all(ch.isalnum() or ch in "-._[]:" for ch in host):
        raise SyncError(_("'{without_password}' is not a valid web address: the host name '{host}' has characters a host name cannot have").format(
            without_password=_without_password(text), host=host))
    https = parts.scheme.lower() == "https"
    if not https and not allow_http and not is_local(host):
        raise PlainHttpError(_("{host} would be reached with plain http, which sends the password and the results unencrypted; use an https:// address (or --allow-http if you know the network is safe)").format(host=host), host)
    path = parts.path.rstrip("/")
    path = path if path.endswith("/statements") else path + "/statements"
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    url = urlunsplit((parts.scheme.lower(), netloc, path, "", ""))
    return Target(url, host, port or (443 if https else 80), https, path,
                  unquote(user) if user is not None else None, unquote(password) if password is not None else None)


def statements_url(lrs: str, allow_http: bool = False) -> str:
    return target(lrs, allow_http).url


def public_address(lrs: str) -> str:
    """The address as it may be shown or saved: without a password written into it."""
    return _without_password(lrs.strip())


def _without_password(text: str) -> str:
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        authority = authority.rsplit("@", 1)[1]
    return f"{scheme}{sep}{authority}{slash}{tail}"


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


class _Client:
    def __init__(self, where: Target, user: str | None, password: str | None, timeout: float, ends: float):
        self.where = where
        self.timeout = timeout
        self.ends = ends  # time.monotonic() when the whole sync must stop
        self.headers = {"X-Experience-API-Version": XAPI_VERSION}
        if user is not None:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self.headers["Authorization"] = f"Basic {token}"

    def request(self, method: str, query: str = "", body: bytes | None = None) -> _Answer:
        where = self.where
        now = time.monotonic()
        seconds = min(self.timeout, self.ends - now)
        if seconds <= 0:
            raise SyncError(_("sending to {url} took too long; what arrived is remembered").format(url=where.url))
        kind = http.client.HTTPSConnection if where.https else http.client.HTTPConnection
        connection = kind(where.host, where.port, timeout=seconds)
        expired = threading.Event()

        def stop() -> None:  # the deadline for the whole request, however the bytes trickle
            expired.set()
            sock = connection.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(seconds, stop)
        watchdog.daemon = True
        watchdog.start()
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            connection.request(method, where.path + (f"?{query}" if query else ""), body=body, headers=headers)
            response = connection.getresponse()
            data = response.read(MAX_ANSWER_BYTES + 1)
            answer = _Answer(response.status, response.headers, data)
        except (http.client.HTTPException, OSError, ValueError, UnicodeError) as error:
            if expired.is_set() or isinstance(error, TimeoutError | socket.timeout):
                raise SyncError(_("{url} did not answer within {seconds} seconds").format(url=where.url, seconds=f'{seconds:.0f}')) from None
            raise SyncError(_("could not reach {url}: {reason}").format(url=where.url, reason=_reason(error))) from None
        finally:
            watchdog.cancel()
            connection.close()
        if expired.is_set():
            raise SyncError(_("{url} did not answer within {seconds} seconds").format(url=where.url, seconds=f'{seconds:.0f}'))
        if 300 <= answer.status < 400:
            location = _without_password(answer.headers.get("Location", "") or "")
            raise SyncError(_("{url} sent on to {value} (answer {status}). Nothing was sent there: type in the new address yourself if you trust it").format(url=where.url, value=location or _('another address'), status=answer.status))
        if answer.status in (401, 403):
            raise SyncError(_("{url} did not accept the user name or the password (answer {status})").format(url=where.url, status=answer.status))
        return answer

    def post(self, batch: list[dict]) -> tuple[int, set[str] | None]:
        """The status, and the ids the LRS says it stored (None when its answer is not a
        list of ids, as from a proxy's login page)."""
        answer = self.request("POST", body=json.dumps(batch).encode("utf-8"))
        if answer.status != 200:
            return answer.status, None
        try:
            ids = json.loads(answer.body)
        except ValueError:
            return 200, None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            return 200, None
        return 200, set(ids)

    def holds(self, statement_id: str) -> bool:
        """Whether the LRS has this statement: `GET statements?statementId=...`."""
        answer = self.request("GET", query="statementId=" + quote(statement_id))
        if answer.status != 200:
            return False
        try:
            found = json.loads(answer.body)
        except ValueError:
            return False
        return isinstance(found, dict) and found.get("id") == statement_id


def _reason(error: Exception) -> str:
    if isinstance(error, http.client.BadStatusLine):
        return _("the answer was not HTTP")
    if isinstance(error, http.client.HTTPException):
        return _("the answer was not valid HTTP ({name})").format(name=type(error).__name__)
    if isinstance(error, socket.gaierror):
        return _("the address was not found")
    import errno as codes
    import ssl

    if isinstance(error, ssl.SSLCertVerificationError):
        return _("the server's certificate could not be trusted")
    if isinstance(error, ssl.SSLError):
        return _("the secure connection could not be made")
    network = {
        codes.ECONNREFUSED: _("the server refused the connection (is the address, and its port, right?)"),
        codes.ECONNRESET: _("the connection was broken off"),
        codes.ECONNABORTED: _("the connection was broken off"),
        codes.EPIPE: _("the connection was broken off"),
        codes.ENETUNREACH: _("the network cannot be reached (is this computer online?)"),
        codes.EHOSTUNREACH: _("the server cannot be reached (is this computer online?)"),
        codes.ENETDOWN: _("the network cannot be reached (is this computer online?)"),
    }
    if isinstance(error, OSError) and error.errno in network:
        return network[error.errno]
    if isinstance(error, OSError) and error.errno is not None:
        return os_reason(error, reading=True)
    return _("the connection failed ({name})").format(name=type(error).__name__)  # never the library's English


def _mark_sent(db: Database, profile_id: int, lrs: str, ids: list[str]) -> None:
    if not ids:
        return
    stamp = progress.now()
    db["xapi_sent"].insert_all(
        [{"statement_id": i, "profile_id": profile_id, "lrs": lrs, "sent_at": stamp} for i in ids],
        replace=True,
    )


def sync(db: Database, library: Library, lrs: str, user: str | None = None, password: str | None = None,
         profile_ids: list[int] | None = None, timeout: float = REQUEST_SECONDS, deadline: float = SYNC_SECONDS,
         allow_http: bool = False) -> SyncResult:
    where = target(lrs, allow_http)
    if user is None and where.user is not None:
        user, password = where.user, where.password if password is None else password
    client = _Client(where, user, password, timeout, time.monotonic() + deadline)
    url = where.url
    sent = already = 0
    ids = profile_ids if profile_ids is not None else [p.id for p in progress.list_profiles(db)]
    for profile_id in ids:
        done = {r["statement_id"] for r in db["xapi_sent"].rows_where("profile_id = ? and lrs = ?", [profile_id, url])}
        pending = [s for s in statements(db, profile_id, library) if s["id"] not in done]
        already += len(done)
        for start in range(0, len(pending), BATCH):
            batch = pending[start:start + BATCH]
            status, confirmed = client.post(batch)
            if status == 200 and confirmed is not None:
                stored = [s["id"] for s in batch if s["id"] in confirmed]
                _mark_sent(db, profile_id, url, stored)
                sent += len(stored)
                batch = [s for s in batch if s["id"] not in confirmed]
            # What the batch did not confirm goes one at a time, so that one statement
            # the LRS already holds (409) does not stop the others.
            for statement in batch:
                single, confirmed = client.post([statement])
                if single == 200 and confirmed is not None and statement["id"] in confirmed:
                    sent += 1
                elif single in (204, 409) or (single == 200 and client.holds(statement["id"])):
                    already += 1  # "already stored" (after a restore lost xapi_sent, say)
                elif single == 200:
                    raise SyncError(_("{url} answered, but not with the statements' ids (is the address right?)").format(url=url))
                else:
                    raise SyncError(_("{url} answered {single} to a statement").format(url=url, single=single))
                _mark_sent(db, profile_id, url, [statement["id"]])
    return SyncResult(sent, already)
