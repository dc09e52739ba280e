"""Answers survive SIGKILL at any moment, and two copies of the app can write at once.
The full runs are marked slow (`pytest -m slow tests/reliability`); CI runs short ones."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import trainer

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)

WRITER = r"""
import sys
from trainer.store import db as store_db, progress
path, writer, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
database = store_db.connect(path)
profile = progress.find_profile(database, writer) or progress.create_profile(database, writer)
attempt = progress.start_attempt(database, profile.id, "demo", "quiz-demo", "v")
print("ready", flush=True)
for i in range(count):
    answer_id = progress.record_answer(database, attempt, f"{writer}-{i}", i, i % 2 == 0, "v")
    # Reported only after record_answer returned: from here on the answer must survive.
    print(f"saved {writer}-{i}", flush=True)
"""


def start_writer(path: Path, name: str, count: int) -> subprocess.Popen:
    # Unbuffered bytes: reading "ready" must not read ahead into a buffer that
    # communicate(timeout=...) then skips (it reads the pipe itself), losing the first
    # "saved" lines of a busy writer.
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(count)],
                               stdout=subprocess.PIPE, bufsize=0, env=env)
    assert process.stdout.readline().decode().strip() == "ready"
    return process


def saved_in_db(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("select question_id from quiz_answers")}
    finally:
        conn.close()


def kill_at_random(tmp_path: Path, kills: int, answers_per_run: int, seed: int = 7) -> int:
    path = tmp_path / "progress.db"
    rng = random.Random(seed)
    total_reported = 0
    for run in range(kills):
        process = start_writer(path, f"w{run}", answers_per_run)
        reported = []
        deadline = time.monotonic() + rng.uniform(0.01, 0.25)
        while time.monotonic() < deadline:
            line = process.stdout.readline().decode()
            if not line:
                break
            reported.append(line.split()[1])
        os.kill(process.pid, signal.SIGKILL)
        # Whatever the writer printed before it died was committed first.
        rest = process.stdout.read().decode()
        reported += [line.split()[1] for line in rest.splitlines() if line.startswith("saved")]
        process.wait()
        missing = set(reported) - saved_in_db(path)
        assert not missing, f"run {run}: answers reported saved but missing: {sorted(missing)[:5]}"
        total_reported += len(reported)
    return total_reported


def test_sigkill_loses_no_reported_answer_short(tmp_path):
    assert kill_at_random(tmp_path, kills=5, answers_per_run=400) > 50


@pytest.mark.slow
def test_sigkill_loses_no_reported_answer_full(tmp_path):
    assert kill_at_random(tmp_path, kills=25, answers_per_run=2000) >= 1000


def two_writers(tmp_path: Path, count: int) -> None:
    path = tmp_path / "progress.db"
    from trainer.store import db as store_db

    store_db.connect(path).conn.close()  # created and migrated before both start
    first, second = start_writer(path, "a", count), start_writer(path, "b", count)
    outputs = [p.communicate(timeout=300)[0].decode() for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0
    reported = {line.split()[1] for out in outputs for line in out.splitlines()}
    assert len(reported) == 2 * count
    assert reported <= saved_in_db(path)


def test_two_copies_write_at_once_short(tmp_path):
    two_writers(tmp_path, 300)


@pytest.mark.slow
def test_two_copies_write_at_once_full(tmp_path):
    two_writers(tmp_path, 3000)
