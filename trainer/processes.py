"""Whether a process that left a file behind (a pack import's staging folder, a partial
backup) is still at work, so that a later start can clean up after one that was killed
without pulling the floor from under one that is running."""

from __future__ import annotations

import os


def is_running(pid: int) -> bool:
    """True unless the process is known to be gone. Where that cannot be told (Windows),
    True: callers then wait for the file to be old enough instead."""
    if pid <= 0:
        return False
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def owner(text: str) -> int:
    """The pid written at the end of a name like `...-pid1234`, or 0."""
    head, sep, tail = text.rpartition("-pid")
    return int(tail) if sep and tail.isdigit() else 0
