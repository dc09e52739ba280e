"""Shown while the course loads in the background, and the worker that loads it. The
worker runs pure Python (no widgets) and reports back by signal."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
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
