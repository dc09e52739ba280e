"""The parts of a module: reading pages (with figures), branching scenarios (steps and
choices) and quizzes (questions and options). Frozen dataclasses with source lines, like
the rest of the model in `trainer.course.model`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Union

QUESTION_KINDS = ("single", "multiple", "truefalse", "matching", "ordering")


@dataclass(frozen=True)
class Figure:
    """A table of figures that is also drawn as a chart."""

    kind: str  # "bar" or "line"
    title: str
    columns: tuple[str, ...]  # the header cells after the first, e.g. years
    rows: tuple[tuple[str, tuple[float | None, ...]], ...]  # (label, values)
    chart_rows: tuple[str, ...]  # which rows the chart draws; empty means all
    line: int

    def charted(self) -> tuple[tuple[str, tuple[float | None, ...]], ...]:
        if not self.chart_rows:
            return self.rows
        by_label = dict(self.rows)
        return tuple((label, by_label[label]) for label in self.chart_rows if label in by_label)


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    body: str  # Markdown
    figures: tuple[Figure, ...]
    path: Path
    line: int
    notes: str = ""  # presenter notes, never shown to a learner
    kind: str = "page"


@dataclass(frozen=True)
class Choice:
    text: str
    target: str
    feedback: str  # Markdown
    tags: tuple[str, ...]
    line: int
    # The author's mark `{recommended}` after the choice: the presenter's reveal shows it
    # as the recommended choice instead of the one read from the signs (grading).
    recommended: bool = False


ENDING_KINDS = ("poor", "partly", "good")  # worst to best


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    body: str  # Markdown
    choices: tuple[Choice, ...]
    notes: str
    line: int
    # An ending's kind as its author judged it (`## Title {#id .poor}`), one of
    # ENDING_KINDS; "" leaves it to the signs noticed on the way (grading.ending_kind).
    kind: str = ""

    @property
    def is_ending(self) -> bool:
        return not self.choices


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    intro: str  # Markdown before the first step
    steps: tuple[Step, ...]
    tags: dict[str, str]  # tag id -> label in this language
    content_warning: str
    path: Path
    line: int
    kind: str = "scenario"

    @property
    def start(self) -> Step:
        return self.steps[0]

    def step(self, step_id: str) -> Step | None:
        for step in self.steps:
            if step.id == step_id:
                return step
        return None

    @property
    def endings(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.is_ending)


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str
    line: int


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # one of QUESTION_KINDS
    title: str
    prompt: str  # Markdown
    options: tuple[Option, ...] = ()  # single, multiple, truefalse
    pairs: tuple[tuple[str, str], ...] = ()  # matching: (left, right) in the right pairing
    order: tuple[str, ...] = ()  # ordering: items in the right order
    explanation: str = ""
    line: int = 0
    notes: str = ""


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    pass_percent: int
    path: Path
    line: int
    kind: str = "quiz"


Part = Union[Page, Scenario, Quiz]
