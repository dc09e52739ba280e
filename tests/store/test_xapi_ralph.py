"""Sync against a real learning record store: Ralph with its file-system backend, run on
loopback. Needs the `lrs` test extra (`pip install ".[test,lrs]"`); skipped without it."""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from trainer.store import sync, xapi

RALPH = shutil.which("ralph") or str(Path(sys.executable).with_name("ralph"))
pytestmark = pytest.mark.skipif(not Path(RALPH).exists(), reason="the lrs test extra (Ralph) is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def ralph(tmp_path):
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(tmp_path / "app"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(tmp_path),
    }
    subprocess.run([RALPH, "auth", "-u", "skole", "-p", "hemmelig", "-s", "all", "-w",
                    "-M", "mailto:skole@example.org"], env=env, check=True, capture_output=True, timeout=60)
    port = _free_port()
    server = subprocess.Popen([RALPH, "runserver", "-b", "fs", "-h", "127.0.0.1", "-p", str(port)],
                              env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/xAPI"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def _read_back(url: str) -> list[dict]:
    request = urllib.request.Request(f"{url}/statements?limit=500")
    request.add_header("X-Experience-API-Version", "1.0.3")
    request.add_header("Authorization", "Basic " + base64.b64encode(b"skole:hemmelig").decode())
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["statements"]


def test_statements_reach_ralph_once(fresh_db, demo_library, kari, ralph):
    expected = xapi.statements(fresh_db, kari.id, demo_library)
    result = sync.sync(fresh_db, demo_library, ralph, "skole", "hemmelig")
    assert result.sent == len(expected)
    stored = _read_back(ralph)
    assert sorted(s["id"] for s in stored) == sorted(s["id"] for s in expected)
    again = sync.sync(fresh_db, demo_library, ralph, "skole", "hemmelig")
    assert again.sent == 0 and len(_read_back(ralph)) == len(expected)


def test_wrong_password_is_refused_in_plain_words(fresh_db, demo_library, kari, ralph):
    with pytest.raises(sync.SyncError, match="godtok ikke"):
        sync.sync(fresh_db, demo_library, ralph, "skole", "feil")
    assert fresh_db["xapi_sent"].count == 0
