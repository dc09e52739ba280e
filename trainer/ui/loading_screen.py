"""Shown while the course loads in the background (see trainer.ui.app and trainer.ui.tasks)."""

from __future__ import annotations

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
