"""The problems of the file the author is looking at, one line each with its line number,
exactly as the content check reports them (the preview and `trainer validate` share one
checking path: trainer.course.targets.check_target)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from trainer.ui.widgets import theme


class ProblemList(QListWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems in this file"))
        self.setWordWrap(True)
        self.setMaximumHeight(150)
        self.hide()

    def show_problems(self, problems) -> None:
        self.clear()
        colours = theme.current()
        for problem in sorted(problems, key=lambda p: p.line):
            where = self.tr("Line %1").replace("%1", str(problem.line)) if problem.line else self.tr("File")
            kind = self.tr("warning") if problem.warning else self.tr("error")
            text = f"{'⚠' if problem.warning else '✖'} {where} ({kind}): {problem.message}"
            if problem.detail:
                text += f"\n    {problem.detail}"
            entry = QListWidgetItem(text)
            entry.setForeground(QBrush(QColor(colours.text if problem.warning else colours.wrong)))
            entry.setToolTip(str(problem))
            self.addItem(entry)
        self.setVisible(bool(problems))
