"""The one way to run work off the UI thread, after Anki's task manager:

    run_in_background(work, on_done, on_failed)

runs `work()` on a worker thread, then calls `on_done(result)` or `on_failed(error)` on the
UI thread with the value `work` returned or the exception it raised, as they are (no
strings to split). `work` is plain Python: it must never touch a widget, and it opens its
own database connection if it needs one (an SQLite connection belongs to one thread).
Nothing is delivered once the task's parent is gone or the task was cancelled."""

from __future__ import annotations

import sys
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

# Tasks without a parent are kept here until they have delivered their outcome.
_RUNNING: set["Task"] = set()


class Task(QObject):
    # Emitted on the worker thread; this object lives on the UI thread, so Qt queues the
    # call to _deliver there.
    _finished = Signal(bool, object)  # (worked, result or exception)

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                 on_failed: Callable[[BaseException], None] | None = None, parent: QObject | None = None,
                 name: str = "task", wait_on_quit: bool = True):
        super().__init__(parent)
        self.work, self.on_done, self.on_failed = work, on_done, on_failed
        self.worked: bool | None = None  # None until the outcome is delivered
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = threading.Event()
        self._finished.connect(self._deliver)
        # A task that writes (a pack import) keeps the interpreter alive until it is done;
        # one that only reads (the content check) is dropped when the app quits.
        self.thread = threading.Thread(target=self._run, name=name, daemon=not wait_on_quit)
        self._busy = None

    def start(self) -> "Task":
        if self.parent() is None:
            _RUNNING.add(self)
        self.thread.start()
        return self

    def wait(self, timeout_ms: int | None = None) -> bool:
        """Block until the work is done (or the time is up); True when it is done. Its
        outcome is delivered by the event loop, after this returns."""
        self.thread.join(None if timeout_ms is None else timeout_ms / 1000)
        return not self.thread.is_alive()

    @property
    def finished(self) -> bool:
        """The work has ended; its outcome may still wait to be delivered."""
        return self.thread.ident is not None and not self.thread.is_alive()

    @property
    def done(self) -> bool:
        """The outcome has been delivered on the UI thread."""
        return self.worked is not None

    def cancel(self) -> None:
        """Nothing will be delivered. Work that checks `cancelled` may also stop early."""
        self.cancelled.set()

    def show_busy(self, text: str, parent) -> None:
        """A busy dialog, shown only if the work takes more than a moment; while it shows it
        holds off input to the window (installing half a pack is not an option)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(parent.window().windowTitle() if parent is not None else "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work shows no dialog at all
        dialog.setValue(0)
        self._busy = dialog

    def _run(self) -> None:
        try:
            outcome = (True, self.work())
        except Exception as error:  # noqa: BLE001 - handed to the UI thread as it is
            outcome = (False, error)
        try:
            self._finished.emit(*outcome)
        except RuntimeError:
            pass  # the parent (and this task with it) was deleted meanwhile: no one to tell

    def _deliver(self, worked: bool, value) -> None:
        _RUNNING.discard(self)
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None
        if worked:
            self.result = value
        else:
            self.error = value
        self.worked = worked
        if self.cancelled.is_set():
            return
        if worked:
            if self.on_done is not None:
                self.on_done(value)
        elif self.on_failed is not None:
            self.on_failed(value)
        else:
            sys.excepthook(type(value), value, value.__traceback__)  # a bug: logged and shown once


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                      on_failed: Callable[[BaseException], None] | None = None, parent: QObject | None = None,
                      busy: str | None = None, name: str = "task", wait_on_quit: bool = True) -> Task:
    """Start `work` off the UI thread and return its Task. With `busy`, a dialog with that
    text appears over `parent`'s window if the work takes more than a moment."""
    task = Task(work, on_done, on_failed, parent, name, wait_on_quit)
    if busy is not None:
        task.show_busy(busy, parent)
    return task.start()
