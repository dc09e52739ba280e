"""Where the presenter is in a programme: the current slide, the path taken through each
scenario, the hall's votes and answers, and the time spent per section. Plain Python, so
the navigation rules are tested without a screen; the presenter windows only draw it."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

from trainer.course.model import Library
from trainer.course.programme import Programme
from trainer.course.slides import TIED, Slide, paginate, past_warning, programme_slides

ItemKey = tuple[int, str, str]  # (section index, part id, step or question id)


class Presentation:
    def __init__(self, programme: Programme, library: Library, warning_heading: str = "Content warning",
                 fits: Callable[[Slide], bool] | None = None):
        self.programme = programme
        self.library = library
        self.warning_heading = warning_heading
        self.fits = fits or (lambda _slide: True)
        self.choices: dict[ItemKey, int] = {}  # the choice taken at a scenario step
        self.answers: dict[ItemKey, int] = {}  # the option the hall picked for a question
        self.votes: dict[ItemKey, tuple[int, ...]] = {}  # hand counts per choice
        self.seconds: dict[int, float] = defaultdict(float)  # time spent per section
        self.slides: list[Slide] = []
        # Where S landed -> the warning it skipped from, by identity and piece (they survive
        # a new split): Back from there returns to the warning, not into what it skipped.
        self.skipped: dict[tuple, tuple] = {}
        self.index = 0
        self.started = False  # the clock runs from the first move away from the title slide
        self.rebuild()

    # ------------------------------------------------------------ building

    def _choice_for(self, section: int, part_id: str, step) -> int:
        """The hall's choice at a step, or -1 when it made none (the story then goes on
        along the recommended choice, and the reveal does not say the hall chose it), or
        TIED when the most hands went to more than one choice (so the story goes on that
        same way, and the reveal says the hall was split: no choice is called the hall's)."""
        key = (section, part_id, step.id)
        if key in self.choices:
            return self.choices[key]
        counts = self.votes.get(key)
        if counts and max(counts) > 0:
            if counts.count(max(counts)) > 1:
                return TIED
            return counts.index(max(counts))  # the hall's favourite
        return -1

    def rebuild(self, fits: Callable[[Slide], bool] | None = None, keep: tuple | None = None) -> None:
        """Split the programme into slides again (after a resize or a new path) and
        stay on the same slide, or go to the slide with identity `keep`."""
        if fits is not None:
            self.fits = fits
        current = self.slides[self.index] if self.slides else None
        # Was the situation (or the question's lead-in) already on slides of its own before
        # the choices? Then the hall has read it, and stays with the choices.
        led = current is not None and self._lead_before(self.index, current)
        raw = programme_slides(
            self.programme, self.library, self.warning_heading,
            choose=self._choice_for,
            chosen_answer=lambda s, p, q: self.answers.get((s, p, q), -1),
        )
        self.slides = paginate(raw, self.fits)
        if keep is not None:
            self.index = self._find(keep, 0, default=self.index)
        elif current is not None:
            self.index = self._find(current.key, current.piece, default=self.index)
            if fits is not None and current.kind in ("step", "question") and not led:
                # At a new size a situation or question that stood with its choices may
                # now begin on a slide of its own: go to where it begins. Not when it
                # stood apart already (any change of projector size would jump back from
                # the choices to the opening text), nor after a hand count.
                while self.index > 0 and self._lead_before(self.index, current):
                    self.index -= 1
        self.index = max(0, min(self.index, len(self.slides) - 1))

    def _lead_before(self, index: int, slide: Slide) -> bool:
        """The slide before `index` is a piece of `slide`'s situation or question lead-in."""
        if index <= 0:
            return False
        before = self.slides[index - 1]
        return before.kind == "text" and (before.section, before.part_id, before.item_id) == \
            (slide.section, slide.part_id, slide.item_id) and bool(slide.item_id)

    def _find(self, key: tuple, piece: int, default: int) -> int:
        same = [i for i, s in enumerate(self.slides) if s.key == key]
        if not same:
            return default
        for i in same:
            if self.slides[i].piece == piece:
                return i
        return same[-1] if piece > 0 else same[0]

    # ------------------------------------------------------------ where we are

    @property
    def current(self) -> Slide:
        return self.slides[self.index]

    @property
    def next_slide(self) -> Slide | None:
        return self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def total(self) -> int:
        return len(self.slides)

    def item_key(self, slide: Slide | None = None) -> ItemKey | None:
        slide = slide or self.current
        if slide.kind in ("step", "reveal", "question", "answer") and slide.item_id:
            return (slide.section, slide.part_id, slide.item_id)
        return None

    # ------------------------------------------------------------ moving

    def forward(self) -> bool:
        if self.index + 1 < len(self.slides):
            self.index += 1
            self.started = True
            # Come to by way of what was skipped: Back goes one slide back again.
            self.skipped.pop((self.current.key, self.current.piece), None)
            return True
        return False

    def back(self) -> bool:
        warning = self.skipped.get((self.current.key, self.current.piece))
        if warning is not None:
            found = self._find(warning[0], warning[1], default=-1)
            if 0 <= found < self.index:
                self.index = found
                return True
        if self.index > 0:
            self.index -= 1
            return True
        return False

    def home(self) -> None:
        self.index = 0

    def end(self) -> None:
        self.index = len(self.slides) - 1

    def go_to(self, number: int) -> bool:
        """Jump to slide `number` (counted from 1); False when there is no such slide."""
        if 1 <= number <= len(self.slides):
            self.index = number - 1
            self.started = self.started or self.index > 0
            return True
        return False

    def skip(self) -> bool:
        """On a content warning: past everything it warns about (the rest of its part of
        the programme, and for a module's warning the module's slides that follow). A
        programme that ends with warned content has an end slide to land on."""
        if self.current.kind != "warning":
            return False
        warning = (self.current.key, self.current.piece)
        self.index = min(past_warning(self.slides, self.index), len(self.slides) - 1)
        self.skipped[(self.current.key, self.current.piece)] = warning
        return True

    def choose(self, number: int) -> bool:
        """The hall picked choice `number` (from 1): reveal what happens with it."""
        slide = self.current
        key = self.item_key()
        if key is None or not slide.choices or not 1 <= number <= len(slide.choices):
            return False
        if slide.kind in ("step", "reveal"):
            self.choices[key] = number - 1
            target_kind = "reveal"
        else:
            self.answers[key] = number - 1
            target_kind = "answer"
        identity = (slide.section, slide.module_id, slide.part_id, slide.item_id, target_kind, slide.heading)
        self.rebuild(keep=identity)
        return True

    def set_votes(self, counts: list[int] | tuple[int, ...]) -> bool:
        key = self.item_key()
        if key is None or not self.current.choices:
            return False
        counts = tuple(max(0, int(c)) for c in counts)[: len(self.current.choices)]
        counts += (0,) * (len(self.current.choices) - len(counts))
        self.votes[key] = counts
        self.rebuild()
        return True

    def votes_for(self, slide: Slide | None = None) -> tuple[int, ...]:
        key = self.item_key(slide)
        return self.votes.get(key, ()) if key else ()

    # ------------------------------------------------------------ time

    def tick(self, seconds: float) -> None:
        """Time passes on the current slide. While the title slide waits for the hall
        to sit down, before the talk has begun, the clock does not run."""
        if self.started:
            self.seconds[self.current.section] += seconds

    @property
    def elapsed(self) -> float:
        return sum(self.seconds.values())

    def section_elapsed(self, section: int | None = None) -> float:
        return self.seconds[self.current.section if section is None else section]

    def section_planned(self, section: int | None = None) -> int:
        """Planned minutes of the section (the title slide has none)."""
        section = self.current.section if section is None else section
        if 0 <= section < len(self.programme.sections):
            return self.programme.sections[section].minutes
        return 0
