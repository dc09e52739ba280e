"""The one way to run work off the UI thread: the work runs on a worker thread, its
result or exception comes back as it is, on the UI thread, and only while someone is
there to receive it."""

import sys
import threading
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject

from trainer.ui.tasks import Task, run_in_background


@dataclass(frozen=True)
class Counted:
    sent: int
    already: int


def test_the_result_comes_back_as_it_is_on_the_ui_thread(qtbot):
    seen = []

    def work():
        seen.append(("work", threading.current_thread() is threading.main_thread()))
        return Counted(3, 1)

    task = run_in_background(work, on_done=lambda r: seen.append(("done", threading.current_thread()
                                                                   is threading.main_thread(), r)))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen == [("work", False), ("done", True, Counted(3, 1))]
    assert task.worked is True and task.result == Counted(3, 1)


def test_finished_work_is_told_apart_from_a_delivered_outcome(qtbot):
    release = threading.Event()
    task = Task(lambda: release.wait(5) and "read")
    assert not task.finished, "not started"
    task.start()
    assert not task.finished, "still working"
    release.set()
    assert task.wait(5000)
    assert task.finished and not task.done, "ended; the outcome waits for the event loop"
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.finished and task.result == "read"


def test_an_error_comes_back_as_the_exception_itself(qtbot):
    failures = []
    task = run_in_background(lambda: 1 / 0, on_done=lambda r: pytest.fail("no result"), on_failed=failures.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)
    assert task.worked is False and task.error is failures[0]


def test_an_error_nobody_expects_goes_to_the_excepthook(qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: hooked.append(error))
    task = run_in_background(lambda: {}["missing"])
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError)


def test_nothing_is_delivered_after_cancel(qtbot):
    release = threading.Event()
    delivered = []
    task = Task(lambda: release.wait(5) and "late", on_done=delivered.append)
    task.start()
    task.cancel()
    release.set()
    assert task.wait(5000)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert delivered == [] and task.result == "late"


def test_nothing_is_delivered_once_the_parent_is_gone(qtbot):
    release = threading.Event()
    delivered = []
    parent = QObject()
    task = run_in_background(lambda: release.wait(5), on_done=delivered.append, parent=parent)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=5000)
    release.set()
    assert task.wait(5000)
    qtbot.wait(50)  # anything queued would arrive now
    assert delivered == []


def _alive(obj) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def test_wait_says_whether_the_work_is_done(qtbot):
    release = threading.Event()
    task = run_in_background(lambda: release.wait(5))
    assert task.wait(20) is False
    release.set()
    assert task.wait(5000) is True
    qtbot.waitUntil(lambda: task.done, timeout=5000)
