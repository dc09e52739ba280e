"""xAPI statements checked against the spec's required fields, and sending them to an
LRS once each, surviving a failure. The LRS here is a small server on loopback; a real
LRS (Ralph) is exercised in test_xapi_ralph.py when the `lrs` test extra is installed."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from trainer.store import sync, xapi

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$")


def check_statement(s: dict) -> None:
    """The parts of xAPI 1.0.3 (section 2.4) a receiving LRS insists on."""
    assert UUID.match(s["id"])
    actor = s["actor"]
    assert actor["objectType"] == "Agent"
    ifis = [k for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in actor]
    assert ifis == ["account"]  # exactly one inverse functional identifier
    assert actor["account"]["homePage"].startswith(("http://", "https://")) and actor["account"]["name"]
    assert IRI.match(s["verb"]["id"]) and s["verb"]["id"] in xapi.VERBS.values()
    assert all(isinstance(v, str) for v in s["verb"]["display"].values())
    obj = s["object"]
    assert obj["objectType"] == "Activity" and IRI.match(obj["id"])
    assert IRI.match(obj["definition"]["type"]) and obj["definition"]["name"]
    assert TIMESTAMP.match(s["timestamp"])
    if "result" in s:
        score = s["result"].get("score")
        if score:
            assert -1 <= score["scaled"] <= 1 and score["min"] <= score["raw"] <= score["max"]
    for parent in s.get("context", {}).get("contextActivities", {}).get("parent", []):
        assert IRI.match(parent["id"])


def test_statements_follow_the_spec(fresh_db, demo_library, kari):
    found = xapi.statements(fresh_db, kari.id, demo_library)
    for statement in found:
        check_statement(statement)
    verbs = [s["verb"]["display"]["en-US"] for s in found]
    assert sorted(set(verbs)) == ["answered", "completed", "experienced", "failed", "passed"]
    assert verbs.count("answered") == 3 and verbs.count("completed") == 2
    passed = next(s for s in found if s["verb"]["display"]["en-US"] == "passed")
    assert passed["result"]["score"] == {"scaled": 0.8, "raw": 4, "min": 0, "max": 5}
    assert passed["object"]["id"] == "urn:faresignaler:module:demo:quiz:quiz-demo"
    assert passed["object"]["definition"]["name"] == {"nb": "Quiz: demo", "en": "Quiz: demo"}


def test_statement_ids_are_stable(fresh_db, demo_library, kari):
    first = [s["id"] for s in xapi.statements(fresh_db, kari.id, demo_library)]
    again = [s["id"] for s in xapi.statements(fresh_db, kari.id, demo_library)]
    assert first == again and len(set(first)) == len(first)


class FakeLRS:
    """Accepts POST /xapi/statements like an LRS; can be told to be down."""

    def __init__(self):
        self.received: list[dict] = []
        self.down = False
        self.auth: list[str] = []
        lrs = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                lrs.auth.append(self.headers.get("Authorization", ""))
                if lrs.down:
                    self.send_response(503)
                    self.end_headers()
                    return
                assert self.headers["X-Experience-API-Version"] == "1.0.3"
                known = {s["id"] for s in lrs.received}
                if any(s["id"] in known for s in body):
                    self.send_response(409)
                    self.end_headers()
                    return
                lrs.received.extend(body)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps([s["id"] for s in body]).encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/xapi"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def lrs():
    server = FakeLRS()
    yield server
    server.close()


def test_sync_sends_each_statement_once(fresh_db, demo_library, kari, lrs):
    result = sync.sync(fresh_db, demo_library, lrs.url, "skole", "hemmelig")
    total = len(xapi.statements(fresh_db, kari.id, demo_library))
    assert (result.sent, len(lrs.received)) == (total, total)
    assert lrs.auth[0] == "Basic c2tvbGU6aGVtbWVsaWc="  # skole:hemmelig
    again = sync.sync(fresh_db, demo_library, lrs.url, "skole", "hemmelig")
    assert (again.sent, len(lrs.received)) == (0, total)


def test_failure_loses_nothing_and_is_retried(fresh_db, demo_library, kari, lrs):
    lrs.down = True
    with pytest.raises(sync.SyncError, match="503"):
        sync.sync(fresh_db, demo_library, lrs.url)
    assert fresh_db["xapi_sent"].count == 0
    lrs.down = False
    result = sync.sync(fresh_db, demo_library, lrs.url)
    assert result.sent == len(xapi.statements(fresh_db, kari.id, demo_library))


def test_unreachable_lrs_is_a_plain_error(fresh_db, demo_library, kari):
    with pytest.raises(sync.SyncError, match="fikk ikke kontakt"):
        sync.sync(fresh_db, demo_library, "http://127.0.0.1:9/xapi", timeout=2)
    with pytest.raises(sync.SyncError, match="nettadresse"):
        sync.sync(fresh_db, demo_library, "ftp://x")
