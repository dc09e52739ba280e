"""Shown while the course loads in the background, the worker that loads it, and the
check of the cached course against its files once the window is ready. The workers run
pure Python (no widgets) and report back by signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


class LoadingScreen(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        label = QLabel(self.tr("Loading the course…"), objectName="subtitle")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the number of files is not known in advance
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(420)
        self.bar.setAccessibleName(self.tr("Loading the course"))
        # Centred by stretches rather than alignment flags: this screen is shown first,
        # and touching Qt's enum namespace costs about 30 ms the first time.
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)


class ContentLoader(QThread):
    """Runs the slow start-up work (a plain function, no widgets) and hands back its
    result, or the exception if it failed (a bug: bad content and a damaged database are
    reported in the result), so that the window never waits for ever."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, work, parent=None):
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the UI thread to show
            self.failed.emit(error)
            return
        self.loaded.emit(result)


class ContentCheck(QObject):
    """Looks at every content file to see whether the cached course is still current, after
    start-up and off the UI thread, and hands over a fresh library if a file changed. A
    daemon thread, not a QThread: quitting never waits for it and never has to stop it."""

    changed = Signal(object)

    def __init__(self, roots, cache_dir, known: str, parent=None):
        super().__init__(parent)
        self.roots, self.cache_dir, self.known = list(roots), cache_dir, known
        self.thread = threading.Thread(target=self._run, name="content-check", daemon=True)
        self.stopping = threading.Event()

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Call the check off: after quitting there is no one to show new content to, and
        the next start checks again."""
        self.stopping.set()

    def _run(self) -> None:
        from trainer.course.cache import refreshed
        from trainer.ui.errors import log

        try:
            fresh = refreshed(self.roots, self.cache_dir, self.known, self.stopping)
        except Exception:  # noqa: BLE001 - the cached course stays on screen; log why
            log.exception("checking the content against its files failed")
            return
        if fresh is not None:
            try:
                self.changed.emit(fresh)
            except RuntimeError:
                pass  # the window closed meanwhile


def run_busy(parent, text: str, work):
    """Run `work` (plain Python, no widgets) on a worker thread and return its result, or
    raise its exception. Meanwhile the window keeps painting and, if it takes more than a
    moment, a busy dialog says what is happening and holds off other input."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # installing half a pack is not an option
    dialog.setWindowTitle(parent.window().windowTitle() if parent is not None else "")
    dialog.setMinimumDuration(400)  # quick work shows no dialog at all
    dialog.setValue(0)
    outcome: dict = {}
    loop = QEventLoop()
    worker = ContentLoader(work)
    worker.loaded.connect(lambda result: (outcome.setdefault("result", result), loop.quit()))
    worker.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    worker.start()
    loop.exec()  # the results arrive queued, so this also works if the worker is done first
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
