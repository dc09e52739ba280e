"""Shown while the course loads in the background, and the worker that loads it. The
worker runs pure Python (no widgets) and reports back by signal."""

from __future__ import annotations

from PySide6.QtCore import QThread, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class LoadingScreen(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        label = QLabel(self.tr("Loading the course…"), objectName="subtitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the number of files is not known in advance
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(420)
        self.bar.setAccessibleName(self.tr("Loading the course"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class ContentLoader(QThread):
    """Runs the slow start-up work (a plain function, no widgets) and hands back its result."""

    loaded = Signal(object)

    def __init__(self, work, parent=None):
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        self.loaded.emit(self.work())
