"""Sync against a learning record store that misbehaves: each test runs a small server on
127.0.0.1 that redirects, answers with a login page, already holds the statements,
trickles its answer, or answers garbage. Nothing may count as sent that the LRS did not
confirm, nothing may hang, the password never goes elsewhere or into a message."""

import json
import socketserver
import threading
import time

import pytest

from trainer.store import sync, xapi


class Server:
    """A raw HTTP server on loopback; `answer(request)` returns the bytes to send back, or
    a list of chunks with pauses between them (None: close without a word)."""

    def __init__(self, answer):
        self.requests: list[dict] = []
        self.answer = answer
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                line = self.rfile.readline().decode("latin-1").strip()
                headers = {}
                while True:
                    header = self.rfile.readline().decode("latin-1").strip()
                    if not header:
                        break
                    name, _, value = header.partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = self.rfile.read(int(headers.get("content-length", 0) or 0))
                method, _, rest = line.partition(" ")
                request = {"method": method, "path": rest.rsplit(" ", 1)[0], "headers": headers,
                           "body": json.loads(body) if body else None}
                server.requests.append(request)
                reply = server.answer(request)
                try:
                    for chunk in reply if isinstance(reply, list) else [reply]:
                        if isinstance(chunk, float):
                            time.sleep(chunk)
                        elif chunk is not None:
                            self.wfile.write(chunk)
                            self.wfile.flush()
                except OSError:
                    pass

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/xapi"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def http(status: str, body: bytes = b"", headers: dict | None = None) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
    for name, value in (headers or {}).items():
        head += f"{name}: {value}\r\n"
    return head.encode() + b"\r\n" + body


def ids_of(request) -> list[str]:
    return [s["id"] for s in request["body"]]


@pytest.fixture
def servers():
    made = []

    def make(answer):
        made.append(Server(answer))
        return made[-1]

    yield make
    for server in made:
        server.close()


def run_with_guard(function, seconds=20):
    """Runs `function` in a thread: a test of something that could hang fails instead."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_a_redirect_is_an_error_naming_the_new_address_and_carries_nothing_there(
        fresh_db, demo_library, kari, servers):
    elsewhere = servers(lambda r: http("200 OK", b"[]"))
    lrs = servers(lambda r: http("302 Found", headers={"Location": f"{elsewhere.url}/statements"}))
    with pytest.raises(sync.SyncError) as refused:
        sync.sync(fresh_db, demo_library, lrs.url, "skole", "hemmelig")
    assert elsewhere.url in str(refused.value) and "hemmelig" not in str(refused.value)
    assert elsewhere.requests == []
    assert fresh_db["xapi_sent"].count == 0


def test_an_answer_that_is_not_the_statement_ids_marks_nothing_as_sent(fresh_db, demo_library, kari, servers):
    login = servers(lambda r: http("200 OK", b"<html><form>Logg inn</form></html>", {"Content-Type": "text/html"}))
    with pytest.raises(sync.SyncError, match="id-ene"):
        sync.sync(fresh_db, demo_library, login.url, "skole", "hemmelig")
    assert fresh_db["xapi_sent"].count == 0
    assert any(r["method"] == "GET" for r in login.requests)  # it asked, when in doubt


def test_only_the_ids_the_lrs_returns_count_as_sent(fresh_db, demo_library, kari, servers):
    """An LRS that confirms only the first statement of a batch, none sent alone, and
    does not hold the others when asked."""
    partial = servers(lambda r: http("200 OK", json.dumps(ids_of(r)[:1] if len(r["body"]) > 1 else []).encode())
                      if r["method"] == "POST" else http("404 Not Found"))
    total = len(xapi.statements(fresh_db, kari.id, demo_library))
    assert total > 1
    with pytest.raises(sync.SyncError):
        sync.sync(fresh_db, demo_library, partial.url)
    first = partial.requests[0]
    assert {r["statement_id"] for r in fresh_db["xapi_sent"].rows} == {ids_of(first)[0]}


@pytest.mark.parametrize("status", ["204 No Content", "409 Conflict"])
def test_already_stored_counts_as_sent(fresh_db, demo_library, kari, servers, status):
    """After a backup restore lost `xapi_sent`, the LRS already holds everything."""
    holding = servers(lambda r: http(status))
    result = sync.sync(fresh_db, demo_library, holding.url)
    total = len(xapi.statements(fresh_db, kari.id, demo_library))
    assert (result.sent, result.already_sent) == (0, total)
    assert fresh_db["xapi_sent"].count == total
    again = sync.sync(fresh_db, demo_library, holding.url)
    assert (again.sent, again.already_sent) == (0, total)


def test_a_server_that_trickles_its_answer_is_given_up_on_in_time(fresh_db, demo_library, kari, servers):
    trickle = servers(lambda r: [b"H", 0.4, b"T", 0.4, b"T", 0.4, b"P", 0.4] * 50)
    started = time.monotonic()
    with pytest.raises(sync.SyncError, match="svarte ikke innen"):
        run_with_guard(lambda: sync.sync(fresh_db, demo_library, trickle.url, timeout=1.5, deadline=4))
    assert time.monotonic() - started < 8
    assert fresh_db["xapi_sent"].count == 0


def test_the_whole_sync_has_a_deadline(fresh_db, demo_library, kari, servers):
    """Each answer comes just in time, but all of them together take too long."""
    slow = servers(lambda r: [0.8, http("503 Service Unavailable")] if len(slow.requests) < 2 else
                   [0.8, http("200 OK", json.dumps(ids_of(r)).encode())])
    started = time.monotonic()
    with pytest.raises(sync.SyncError):
        run_with_guard(lambda: sync.sync(fresh_db, demo_library, slow.url, timeout=1.5, deadline=2))
    assert time.monotonic() - started < 6


@pytest.mark.parametrize("garbage", [b"SPAM AND EGGS\r\n\r\n", b"HTTP/1.1 ok\r\n\r\n", b"\x00\xff" * 40, None])
def test_garbage_or_silence_is_a_plain_message(fresh_db, demo_library, kari, servers, garbage):
    broken = servers(lambda r: garbage)
    with pytest.raises(sync.SyncError) as failed:
        run_with_guard(lambda: sync.sync(fresh_db, demo_library, broken.url, timeout=3))
    assert broken.url.replace("/xapi", "") in str(failed.value)
    assert fresh_db["xapi_sent"].count == 0


def test_plain_http_to_another_computer_is_refused_unless_allowed(fresh_db, demo_library, kari):
    with pytest.raises(sync.SyncError, match="https"):
        sync.sync(fresh_db, demo_library, "http://lrs.skole.invalid/xapi", "skole", "hemmelig")
    assert sync.statements_url("http://localhost:8100/xapi") == "http://localhost:8100/xapi/statements"
    assert sync.statements_url("http://[::1]:8100/xapi/") == "http://[::1]:8100/xapi/statements"
    assert sync.statements_url("http://lrs.skole.invalid/xapi", allow_http=True) == \
        "http://lrs.skole.invalid/xapi/statements"
    with pytest.raises(sync.SyncError, match="fikk ikke kontakt"):
        sync.sync(fresh_db, demo_library, "http://lrs.skole.invalid/xapi", allow_http=True, timeout=3)


def test_a_password_in_the_address_is_used_but_never_shown_or_stored(fresh_db, demo_library, kari, servers):
    down = servers(lambda r: http("503 Service Unavailable"))
    address = down.url.replace("http://", "http://skole:hemmelig@")
    with pytest.raises(sync.SyncError) as failed:
        sync.sync(fresh_db, demo_library, address)
    assert "hemmelig" not in str(failed.value) and down.url in str(failed.value)
    assert down.requests[0]["headers"]["authorization"] == "Basic c2tvbGU6aGVtbWVsaWc="
    with pytest.raises(sync.SyncError) as refused:
        sync.sync(fresh_db, demo_library, "ftp://skole:hemmelig@lrs.invalid/xapi")
    assert "hemmelig" not in str(refused.value)
    up = servers(lambda r: http("200 OK", json.dumps(ids_of(r)).encode()))
    sync.sync(fresh_db, demo_library, up.url.replace("http://", "http://skole:hemmelig@"))
    assert {r["lrs"] for r in fresh_db["xapi_sent"].rows} == {up.url + "/statements"}
    assert sync.public_address("https://skole:hemmelig@lrs.invalid/xapi") == "https://lrs.invalid/xapi"


def test_the_sync_command_refuses_plain_http_elsewhere_unless_allowed(data_dir, capsys):
    from trainer.cli import main
    from trainer.store import db as store_db
    from trainer.store import progress

    database = store_db.connect(data_dir / "progress.db")
    progress.create_profile(database, "Kari")
    database.conn.close()
    address = "http://skole:hemmelig@lrs.skole.invalid/xapi"
    assert main(["sync", "--lrs", address]) == 1
    refused = capsys.readouterr().err
    assert "https" in refused and "--allow-http" in refused and "hemmelig" not in refused
    assert main(["sync", "--lrs", address, "--allow-http"]) in (0, 1)
    tried = capsys.readouterr()
    assert "Traceback" not in tried.err and "hemmelig" not in tried.err + tried.out
