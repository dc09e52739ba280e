"""The typed model of course content: the library and what indexes it (courses,
modules, contact cards, programmes, packs). Every object knows its source line so that
the validator can point an author at the exact place. The records are NamedTuples, not
frozen dataclasses: a returning learner's start-up imports this module, and Python 3.11
took 0.6-1.6 ms to make each frozen dataclass (it compiles six generated methods), a
NamedTuple 0.1 ms; the ten records here were 10.5 of the 12.8 ms that start-up spent making
dataclasses. Change one with `record._replace(...)`. The parts of a
module (pages, scenarios, quizzes) are in `trainer.course.part_types`: start-up loads the
index from the cache and a module's parts only when it is opened."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from trainer.errors import CONTENT, TrainerError, shown
from trainer.i18n import _

if TYPE_CHECKING:
    from trainer.course.part_types import Part, Quiz

AUDIENCES = ("teacher", "parent", "officer")


class Problem(NamedTuple):
    """One thing wrong with content, as `path:line: message`, and under it, when a library
    (YAML, zip) had more to say, its own words as `detail`."""

    path: Path
    line: int
    message: str
    warning: bool = False
    detail: str = ""

    def __str__(self) -> str:
        prefix = _("warning: ") if self.warning else ""
        place = f"{shown(self.path)}:{self.line}" if self.line else shown(self.path)  # a folder or a zip has no line
        text = f"{place}: {prefix}{self.message}"
        return text + (f"\n    {self.detail}" if self.detail else "")


class ContentError(TrainerError):
    """The only exception the loader lets out: a content problem with its location."""

    kind = CONTENT

    def __init__(self, path: Path, line: int, message: str, detail: str = ""):
        super().__init__(f"{shown(path)}:{line}: {message}", detail)
        self.problem = Problem(Path(path), line, message, detail=detail)


class QuizEntry(NamedTuple):
    """A quiz as the index knows it: enough for the overview and the pass rule, so that
    neither unpacks a module's parts (that took 15-25 ms of a returning learner's start-up,
    mostly importing the part types)."""

    id: str
    title: str


class Module(NamedTuple):
    id: str
    title: str
    lang: str
    audience: tuple[str, ...]
    minutes: int
    version: str
    summary: str
    content_warning: str
    parts: tuple[Part, ...]
    folder: Path
    path: Path
    digest: str  # changes whenever any file of the module changes
    quiz_index: tuple[QuizEntry, ...] = ()  # the quizzes among `parts`, in order
    # (kind, id) of every part, in order: what the overview's progress needs, without
    # unpacking the parts from the cache (trainer.course.cache)
    part_index: tuple[tuple[str, str], ...] = ()

    def part(self, part_id: str) -> Part | None:
        for part in self.parts:
            if part.id == part_id:
                return part
        return None

    @property
    def quizzes(self) -> tuple[Quiz, ...]:
        from trainer.course.part_types import Quiz

        return tuple(p for p in self.parts if isinstance(p, Quiz))

    @property
    def content_version(self) -> str:
        return f"{self.version}+{self.digest[:12]}"


class PassRule(NamedTuple):
    quizzes: tuple[str, ...]  # quiz ids; empty means every quiz in the course
    min_percent: int


class Course(NamedTuple):
    id: str
    title: str
    lang: str
    summary: str
    minutes: int
    module_ids: tuple[str, ...]
    pass_rule: PassRule
    path: Path
    organisation: str = ""  # who issues the certificate


class ContactCard(NamedTuple):
    lang: str
    title: str
    body: str  # Markdown
    path: Path


# ---------------------------------------------------------------- presenter programmes


class PartRef(NamedTuple):
    """One part of a module to show; `question` picks a single question of a quiz."""

    part_id: str
    question: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.part_id}#{self.question}" if self.question else self.part_id


class ProgrammeSection(NamedTuple):
    title: str
    module_id: str  # "" for a section with only its own text
    parts: tuple[PartRef, ...]  # empty: the whole module
    minutes: int  # planned; 0 when missing (the validator reports it)
    text: str  # Markdown shown on slides of its own, before the module's content
    notes: str  # presenter notes for every slide of the section
    line: int
    module_line: int = 0


class Programme(NamedTuple):
    id: str
    title: str
    lang: str
    minutes: int
    summary: str
    intro: str  # Markdown for the title slide
    intro_notes: str
    sections: tuple[ProgrammeSection, ...]
    handout: tuple[str, ...]  # "module" or "module/part" references for the handout
    path: Path
    line: int = 1
    kind: str = "programme"

    @property
    def planned_minutes(self) -> int:
        return sum(section.minutes for section in self.sections)


# ---------------------------------------------------------------- content packs


class PackManifest(NamedTuple):
    id: str
    title: str
    lang: str
    version: str
    authors: tuple[str, ...]
    organisation: str
    licence: str
    description: str  # Markdown from the body of pack.md
    path: Path

    @property
    def folder(self) -> Path:
        return self.path.parent


@dataclass
class Library:
    """Everything loaded from one or more content roots, with the problems found."""

    courses: list[Course] = field(default_factory=list)
    modules: list[Module] = field(default_factory=list)
    contacts: list[ContactCard] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    packs: list[PackManifest] = field(default_factory=list)
    roots: list[Path] = field(default_factory=list)

    def module(self, module_id: str, lang: str) -> Module | None:
        for module in self.modules:
            if module.id == module_id and module.lang == lang:
                return module
        return None

    def courses_in(self, lang: str) -> list[Course]:
        return [c for c in self.courses if c.lang == lang]

    def programmes_in(self, lang: str) -> list:
        return [p for p in self.programmes if p.lang == lang]

    def programme(self, programme_id: str, lang: str):
        for programme in self.programmes:
            if programme.id == programme_id and programme.lang == lang:
                return programme
        return None

    def contact(self, lang: str) -> ContactCard | None:
        # Later roots (content packs) replace the built-in card.
        found = [c for c in self.contacts if c.lang == lang]
        return found[-1] if found else None

    def course_quizzes(self, course: "Course") -> list[tuple[Module, Quiz]]:
        """The quizzes that the course's pass rule asks for, in course order."""
        return [(module, quiz) for module, entry in self.course_quiz_index(course)
                for quiz in module.quizzes if quiz.id == entry.id]

    def course_quiz_index(self, course: "Course") -> list[tuple[Module, QuizEntry]]:
        """The same from the index, without unpacking any module's parts."""
        wanted = set(course.pass_rule.quizzes)
        found = []
        for module_id in course.module_ids:
            module = self.module(module_id, course.lang)
            if module is None:
                continue
            for quiz in module.quiz_index:
                if not wanted or quiz.id in wanted:
                    found.append((module, quiz))
        return found

    def missing_course_quizzes(self, course: "Course") -> list[tuple[str, str]]:
        """(module id or "", quiz id) of each quiz the pass rule asks for that the course's
        language does not have: each counts as not passed. A module missing in that
        language once dropped its quiz from the rule without a word, and the course
        passed without it. With a rule that names no quiz (every quiz counts), a module
        missing here brings the quizzes it has in another language."""
        if course.pass_rule.quizzes:
            found = {quiz.id for _module, quiz in self.course_quiz_index(course)}
            return [("", quiz_id) for quiz_id in course.pass_rule.quizzes if quiz_id not in found]
        missing = []
        for module_id in course.module_ids:
            if self.module(module_id, course.lang) is None:
                other = next((m for m in self.modules if m.id == module_id), None)
                missing.extend((module_id, quiz.id) for quiz in (other.quiz_index if other else ()))
        return missing

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]
