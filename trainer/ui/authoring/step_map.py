"""The map of a scenario's steps for authors: every step with every choice and where it
leads, the start and the endings, and the steps that cannot be reached from the start or
never lead to an ending. Marks are words and symbols, not colour alone. Each step has a
link that plays the scenario from there; a choice's target links to that step's place
in the map."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from trainer.course.part_types import Scenario
from trainer.course.validate import dead_ends, reachable_steps
from trainer.ui.widgets import theme


class StepMap(QTextBrowser):
    step_activated = Signal(str)  # step id: play from here

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setAccessibleName(self.tr("Map of the steps"))
        self.scenario: Scenario | None = None
        self.unreachable: set[str] = set()
        self.stuck: set[str] = set()
        self.broken_links: list[tuple[str, int]] = []  # (step id, choice index)
        self.current = ""

    def show_scenario(self, scenario: Scenario) -> None:
        self.scenario = scenario
        reachable = reachable_steps(scenario)
        self.unreachable = {s.id for s in scenario.steps if s.id not in reachable}
        self.stuck = dead_ends(scenario)  # with no ending at all, every step is one
        self.broken_links = [
            (step.id, index) for step in scenario.steps for index, choice in enumerate(step.choices)
            if scenario.step(choice.target) is None
        ]
        self._render()

    def mark_current(self, step_id: str) -> None:
        """Highlight the step the player shows, so the author sees where they are."""
        if step_id != self.current:
            self.current = step_id
            self._render()

    def marks(self, step) -> list[str]:
        found = []
        if self.scenario is not None and step is self.scenario.start:
            found.append("▶ " + self.tr("start"))
        if step.is_ending:
            found.append("■ " + self.tr("ending"))
        if step.id in self.unreachable:
            found.append("⚠ " + self.tr("cannot be reached from the start"))
        if step.id in self.stuck:
            found.append("✖ " + self.tr("dead end: no way on to an ending"))
        return found

    def _render(self) -> None:
        scenario = self.scenario
        if scenario is None:
            self.clear()
            return
        colours = theme.current()
        position = self.verticalScrollBar().value()
        blocks = []
        for number, step in enumerate(scenario.steps, 1):
            problem = step.id in self.unreachable or step.id in self.stuck or not step.id
            colour = colours.wrong if problem else colours.text
            background = f" bgcolor='{colours.window}'" if step.id == self.current else ""
            title = escape(step.title or self.tr("(no title)"))
            ident = f"{{#{escape(step.id)}}}" if step.id else escape(self.tr("(no id)"))
            marks = " · ".join(escape(m) for m in self.marks(step))
            rows = [
                f"<a name='step-{escape(step.id)}'></a><b style='color:{colour}'>{number}. {title}</b> "
                f"<span style='color:{colours.muted}'>{ident}</span>",
            ]
            if marks:
                rows.append(f"<br><span style='color:{colour}'>{marks}</span>")
            for index, choice in enumerate(step.choices, 1):
                target = scenario.step(choice.target)
                # The mark as the author wrote it, so they can see it was read.
                tags = " ".join([f"#{escape(t)}" for t in choice.tags] + ["{recommended}"] * choice.recommended)
                tags = f" <span style='color:{colours.muted}'>{tags}</span>" if tags else ""
                if target is None:
                    where = (f"<span style='color:{colours.wrong}'>⚠ "
                             + escape(self.tr("leads to the missing step '%1'").replace("%1", choice.target))
                             + "</span>")
                else:
                    where = f"→ <a href='goto:{escape(target.id)}'>{escape(target.title)}</a>"
                rows.append(f"<br>&nbsp;&nbsp;&nbsp;{index}. {escape(choice.text)}{tags}"
                            f"<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{where}")
            if step.id:
                play = self.tr("Play from this step")
                rows.append(f"<br><a href='play:{escape(step.id)}'>▶ {escape(play)}</a>")
            blocks.append(f"<table width='100%' cellpadding='6'{background}><tr><td>{''.join(rows)}</td></tr></table>")
        self.setHtml("".join(blocks))
        self.verticalScrollBar().setValue(position)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind, _, step_id = url.toString().partition(":")
        if kind == "play":
            self.step_activated.emit(step_id)
        elif kind == "goto":
            self.scrollToAnchor(f"step-{step_id}")
