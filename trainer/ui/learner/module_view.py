"""One module: its parts in a list on the left, the current part on the right, and
previous/next. The place in the module is saved whenever it changes."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from trainer.course.model import Module
from trainer.course.part_types import Page, Quiz, Scenario
from trainer.store import progress
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.context import AppContext
from trainer.ui.learner.quiz_player import QuizPlayer
from trainer.ui.learner.scenario_player import ScenarioPlayer


class ModuleView(QWidget):
    back_requested = Signal()
    module_completed = Signal(str)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.module: Module | None = None
        self._entered_at = time.monotonic()

        self.back_button = QPushButton(self.tr("◀  &Overview"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.title = QLabel(objectName="title")
        self.title.setWordWrap(True)
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Parts of the module"))
        self.parts.setMaximumWidth(340)
        self.parts.setMinimumWidth(200)
        self.parts.setWordWrap(True)
        self.parts.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.parts.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Qt measures wrapped items once, before a scroll bar narrows the list; measure
        # each item ourselves whenever the visible width changes, so no title is cut.
        self.parts.viewport().installEventFilter(self)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.currentRowChanged.connect(self._on_part_selected)
        self.stack = QStackedWidget()
        self.page_view = ContentView()
        self.page_view.setAccessibleName(self.tr("Reading page"))
        self.scenario_player = ScenarioPlayer(context)
        self.quiz_player = QuizPlayer(context)
        for widget in (self.page_view, self.scenario_player, self.quiz_player):
            self.stack.addWidget(widget)
        self.scenario_player.ending_reached.connect(lambda _ending: self.refresh_part_states())
        self.quiz_player.finished.connect(lambda _percent, _passed: self.refresh_part_states())
        self.previous_button = QPushButton(self.tr("◀  &Previous"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.previous_button.setShortcut("Alt+Left")
        self.next_button = QPushButton(objectName="primary")
        self.next_button.clicked.connect(lambda: self.go(1))
        self.next_button.setShortcut("Alt+Right")

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        body = QHBoxLayout()
        body.addWidget(self.parts)
        body.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

    def open(self, module: Module) -> None:
        self.module = module
        self.title.setText(module.title)
        self._entered_at = time.monotonic()
        saved = progress.module_progress(self.context.db, self.context.profile.id, module.id)
        self.parts.blockSignals(True)
        self.parts.clear()
        kinds = {"page": self.tr("Read"), "scenario": self.tr("Scenario"), "quiz": self.tr("Quiz")}
        for part in module.parts:
            item = QListWidgetItem(f"{part.title}\n{self._part_state(part, kinds[part.kind])}")
            item.setData(Qt.ItemDataRole.UserRole, part.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{part.title}, {kinds[part.kind]}")
            self.parts.addItem(item)
        self.parts.blockSignals(False)
        self._fit_part_items()
        start = 0
        if saved.part_id:
            start = next((i for i, p in enumerate(module.parts) if p.id == saved.part_id), 0)
        if self.parts.currentRow() == start:
            self._on_part_selected(start)
        else:
            self.parts.setCurrentRow(start)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parts.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_part_items()
        return super().eventFilter(watched, event)

    def _fit_part_items(self) -> None:
        width = self.parts.viewport().width() - 16
        if width <= 0:
            return
        metrics = QFontMetrics(self.parts.font())
        for row in range(self.parts.count()):
            item = self.parts.item(row)
            rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, rect.height() + 14))

    def _part_state(self, part, kind_label: str) -> str:
        """The part's kind, with a mark once a scenario ending or a quiz score exists."""
        db, profile = self.context.db, self.context.profile
        if isinstance(part, Scenario) and progress.endings_reached(db, profile.id, self.module.id, part.id):
            return f"{kind_label}  ✓"
        if isinstance(part, Quiz):
            best = progress.best_score(db, profile.id, self.module.id, part.id)
            if best is not None:
                return f"{kind_label}  ·  {best} %" + ("  ✓" if best >= part.pass_percent else "")
        return kind_label

    def refresh_part_states(self) -> None:
        kinds = {"page": self.tr("Read"), "scenario": self.tr("Scenario"), "quiz": self.tr("Quiz")}
        for row, part in enumerate(self.module.parts if self.module else ()):
            self.parts.item(row).setText(f"{part.title}\n{self._part_state(part, kinds[part.kind])}")
        self._fit_part_items()

    def current_part(self):
        row = self.parts.currentRow()
        if self.module is None or not 0 <= row < len(self.module.parts):
            return None
        return self.module.parts[row]

    def _on_part_selected(self, row: int) -> None:
        if self.module is None or not 0 <= row < len(self.module.parts):
            return
        part = self.module.parts[row]
        progress.save_position(self.context.db, self.context.profile.id, self.module.id, part.id)
        if isinstance(part, Page):
            self.page_view.show_markdown(part.body, part.path.parent, self.context.roots, self.context.assets,
                                         figures=part.figures, heading=part.title)
            self.stack.setCurrentWidget(self.page_view)
        elif isinstance(part, Scenario):
            self.scenario_player.load(self.module, part)
            self.stack.setCurrentWidget(self.scenario_player)
        elif isinstance(part, Quiz):
            self.quiz_player.load(self.module, part)
            self.stack.setCurrentWidget(self.quiz_player)
        # The main action belongs to the quiz or scenario while one is on screen.
        self.next_button.setObjectName("primary" if isinstance(part, Page) else "")
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)
        last = row == len(self.module.parts) - 1
        self.previous_button.setEnabled(row > 0)
        self.next_button.setText(self.tr("&Finish module  ✓") if last else self.tr("&Next  ▶"))

    def go(self, delta: int) -> None:
        if self.module is None:
            return
        row = self.parts.currentRow() + delta
        if row >= len(self.module.parts):
            self.save_time()
            progress.mark_completed(self.context.db, self.context.profile.id, self.module.id)
            self.module_completed.emit(self.module.id)
            return
        if row >= 0:
            self.parts.setCurrentRow(row)

    def save_time(self) -> None:
        """Add the time since the module was opened (or last saved) to its total."""
        if self.module is None or self.context.profile is None:
            return
        elapsed = int(time.monotonic() - self._entered_at)
        self._entered_at = time.monotonic()
        progress.add_time(self.context.db, self.context.profile.id, self.module.id, elapsed)

    def _on_back_clicked(self) -> None:
        self.save_time()
        self.back_requested.emit()
