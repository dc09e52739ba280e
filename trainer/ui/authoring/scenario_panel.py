"""A scenario in the preview: the learner's player beside the map of its steps, so the
author can start from any step and see what cannot be reached or never ends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from trainer.ui.authoring.step_map import StepMap
from trainer.ui.learner.scenario_player import ScenarioPlayer
from trainer.ui.widgets.wrapped_label import WrappedLabel


class PreviewScenarioPlayer(ScenarioPlayer):
    """The learner's scenario player, able to start at any step for the author, with the
    choices in the order they are written."""

    shuffle_choices = False

    def play_from(self, step_id: str) -> None:
        if self.scenario is None:
            return
        self._start_new_run()
        step = self.scenario.step(step_id) or self.scenario.start
        self._show_step(step, record_end=True)

    def load(self, module, scenario) -> None:
        """Reloading after a save stays on the step the author was looking at."""
        same = self.scenario is not None and self.scenario.path == scenario.path and self.step is not None
        current = self.step.id if same else ""
        super().load(module, scenario)
        step = scenario.step(current) if current else None
        if step is not None and (self.step is None or self.step.id != current):
            self._show_step(step, record_end=False)


class ScenarioPanel(QSplitter):
    def __init__(self, context, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.player = PreviewScenarioPlayer(context)
        self.step_map = StepMap()
        self.step_map.step_activated.connect(self.play_from)
        self.player.step_shown.connect(self.step_map.mark_current)
        self.play_start_button = QPushButton(self.tr("Play from the &start"))
        self.play_start_button.clicked.connect(lambda: self.play_from(""))
        self.map_summary = WrappedLabel(objectName="muted")
        map_panel = QWidget()
        map_layout = QVBoxLayout(map_panel)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_title = QLabel(self.tr("Map of the steps"))
        map_title.setStyleSheet("font-weight: 600;")
        map_layout.addWidget(map_title)
        map_layout.addWidget(self.map_summary)
        map_layout.addWidget(self.step_map, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.play_start_button)
        buttons.addStretch(1)
        map_layout.addLayout(buttons)
        self.addWidget(self.player)
        self.addWidget(map_panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)

    def show_scenario(self, module, scenario) -> None:
        self.step_map.show_scenario(scenario)
        self._update_map_summary()
        if scenario.steps:
            self.player.load(module, scenario)
        self.player.setVisible(bool(scenario.steps))

    def play_from(self, step_id: str) -> None:
        if self.player.scenario is None:
            return
        self.player.play_from(step_id or self.player.scenario.start.id)

    def _update_map_summary(self) -> None:
        scenario = self.step_map
        steps = len(scenario.scenario.steps) if scenario.scenario else 0
        text = self.tr("%n step(s).", "", steps)
        if scenario.unreachable:
            text += " " + self.tr("Cannot be reached: %1.").replace("%1", ", ".join(sorted(scenario.unreachable)))
        if scenario.stuck:
            text += " " + self.tr("Dead ends: %1.").replace("%1", ", ".join(sorted(scenario.stuck)))
        if not scenario.unreachable and not scenario.stuck and not scenario.broken_links:
            text += " " + self.tr("Every step can be reached and leads to an ending.")
        self.map_summary.setText(text)
