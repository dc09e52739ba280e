"""Content to projector slides: one idea per slide, never scrolled.

A page becomes slides at its headings, at a labelled paragraph that follows another
("**The reality:** ..." comes on the click after "**The myth:** ...", so the hall can
guess first) and in groups of at most
about WORDS words; a figure table becomes a chart slide; a scenario step becomes a
situation slide with its choices and a reveal slide for the chosen choice; a quiz question
becomes an ask slide and an answer slide. Whether a slide fits is decided by the UI (Qt
text layout); `paginate` splits any slide that still does not fit, at block boundaries
first and at sentence boundaries last. Type never gets smaller to make room."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from trainer.course import blocks as md
from trainer.course.grading import recommended_choices
from trainer.course.model import Library, Module
from trainer.course.part_types import Figure, Page, Question, Quiz, Scenario, Step
from trainer.course.programme import Programme, ProgrammeSection

WORDS = 35  # words of body text on a slide: what a hall reads in the time a presenter speaks
CHART_LEAD_WORDS = 20  # a lead-in this short shares its chart's slide
KINDS = ("title", "text", "chart", "warning", "step", "reveal", "question", "answer", "end")

# Where a paragraph may be cut into two slides: after a full stop, ! or ?. Never after a
# colon: what it introduces (a list, "112 ...", the reality after "The myth:") belongs with it.
_SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+(?=[«\"“(\[*]?[A-ZÆØÅ0-9])")
# A full stop that ends an abbreviation ends no sentence: "f.eks. Snapchat", "tlf. 02800",
# "lov 9. juni 2023 nr. 30" must not be cut there, on a slide or on the handout. "nr."/"no."
# only before a number: "No. The police ..." in English feedback is a sentence of its own.
# Those that end a list ("osv.", "m.m.", "etc.") mostly end the sentence too: not listed.
_ABBREVIATIONS = frozenset((
    "f.eks.", "bl.a.", "dvs.", "ca.", "jf.", "jfr.", "ev.", "evt.", "inkl.", "ekskl.", "tlf.", "kl.",
    "pkt.", "ref.", "e.g.", "i.e.", "cf.", "approx.", "tel.", "dr.", "mr.", "mrs.", "ms.", "prof.",
    "st.", "vs.",
))
_ABBREVIATIONS_BEFORE_NUMBER = frozenset(("nr.", "no.", "s.", "p.", "pp.", "art.", "kap.", "ch.", "kr."))
# A link's address is looked for within 500 characters: an unbounded look from every "](" made
# a hostile page (thousands of unclosed "](") take minutes to split into slides.
_INLINE_MARKUP = re.compile(r"[*_`]|\]\([^)\n]{0,500}\)|!\[|\[")
_MARKUP = re.compile(r"[>#|]|" + _INLINE_MARKUP.pattern)  # and the marks of quotes, headings and tables
# What begins a line of a quote, a heading or a list item, and a table's rule line.
_LINE_MARKS = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|[-+*]\s+|\d{1,9}[.)]\s+)?")
_RULE_LINE = re.compile(r"[\s|:-]+")
# An author's comment, closed or not (the renderer hides both: trainer.course.mdext).
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_LABEL = re.compile(r"^\*\*[^*\n]{1,60}:\*\*")  # "**Virkeligheten:** ..." starts a new slide


@dataclass(frozen=True)
class SlideChoice:
    """A scenario choice or a quiz option, shown numbered so the hall can vote."""

    text: str  # Markdown, one line
    feedback: str = ""  # Markdown
    correct: bool | None = None  # quiz options only
    target: str = ""  # scenario choices: the step it leads to
    recommended: bool = False  # scenario choices: see grading.recommended_choices
    index: int = -1  # its place as written (the hall sees them in `shown_order`)


@dataclass(frozen=True)
class Slide:
    kind: str  # one of KINDS
    heading: str
    blocks: tuple[str, ...] = ()  # Markdown pieces, the points where a slide may split
    notes: str = ""
    section: int = -1  # index into the programme's sections; -1 for the title and end slides
    module_id: str = ""
    part_id: str = ""
    item_id: str = ""  # scenario step or quiz question
    choices: tuple[SlideChoice, ...] = ()
    chosen: int = -1  # reveal and answer slides: the choice shown as taken
    by_hall: bool = False  # reveal slides: the hall chose it (a vote or a number key), not the default way on
    tied: bool = False  # reveal slides: the hand count was a tie, so the story goes on the default way
    figure: Figure | None = None
    base: Path | None = None  # folder that images resolve against
    warns: str = ""  # warning slides: "module" or "scenario", what S skips
    piece: int = 0  # 0 for the first slide of a split, then 1, 2, ...

    @property
    def key(self) -> tuple:
        """Identity that survives re-splitting at another size or another path."""
        return (self.section, self.module_id, self.part_id, self.item_id, self.kind if self.kind != "text" else "", self.heading)

    def markdown(self) -> str:
        return join_blocks(self.blocks)


# ---------------------------------------------------------------- Markdown pieces


def is_item(block: str) -> bool:
    return bool(md.item_marker(block))


def join_blocks(blocks: Iterable[str]) -> str:
    text = ""
    previous = ""
    for block in blocks:
        if not text:
            text = block
        elif is_item(block) and is_item(previous) and md.item_marker(block)[-1] == md.item_marker(previous)[-1]:
            text += "\n" + block
        else:
            text += "\n\n" + block
        previous = block
    return text


def _lines(text: str) -> list[md.Line]:
    return [(number, line) for number, line in enumerate(text.splitlines(), 1)]


@dataclass(frozen=True)
class _Unit:
    kind: str  # "block", "heading" or "chart"
    text: str
    figure: Figure | None = None


def units_of(text: str, figures: tuple[Figure, ...] = ()) -> list[_Unit]:
    """Paragraphs, list items, quotes, code and tables; headings and charts stand apart.
    Read through the shared block model, so a chart or heading inside code stays code."""
    units: list[_Unit] = []
    chart_index = 0
    for block in md.split_blocks(_lines(text)):
        if block.kind == "note":
            continue
        if block.kind == "quote":
            units.append(_Unit("block", "\n".join("> " + t for _n, t in block.lines)))
        elif block.kind == "heading":
            units.append(_Unit("heading", block.head))
        elif block.kind == "chart":
            figure = figures[chart_index] if chart_index < len(figures) else None
            chart_index += 1
            if figure is not None:
                units.append(_Unit("chart", "", figure))
        else:
            units.append(_Unit("block", md.join(block.lines)))
    return units


def plain_text(markdown: str) -> str:
    """A Markdown piece's words in one line, as a reader reads them: without the marks that
    begin a quote, a heading or a list item, a table's bars and rule line, and what
    `plain_inline` leaves out. The next slide's line on the projector is made with it."""
    lines = (_LINE_MARKS.sub("", line) for line in _COMMENT.sub("", markdown).splitlines()
             if not _RULE_LINE.fullmatch(line))
    return plain_inline(" ".join(lines).replace("|", " "))


def plain_inline(markdown: str) -> str:
    """Inline Markdown's words in one line: without authors' comments, emphasis, code marks,
    link addresses and the brackets of links and images. A choice's words are inline
    Markdown, so "10. trinn" keeps its number (the renderer shows it, too)."""
    return " ".join(_INLINE_MARKUP.sub("", _COMMENT.sub("", markdown)).split())


def word_count(block: str) -> int:
    """Words the hall reads: markup and list numbers do not count."""
    return len(_MARKUP.sub(" ", md.ITEM.sub("", block)).split())


def slide_words(slide: "Slide") -> int:
    """Words of body text on a slide; numbered choices are counted apart (they are read
    out while the hall votes)."""
    return sum(word_count(b) for b in slide.blocks)


def is_lead(block: str) -> bool:
    """A lead-in ("Three things:", "**What made the difference:**") introduces what follows."""
    return not is_item(block) and _MARKUP.sub("", block).rstrip().endswith(":")


def is_label(block: str) -> bool:
    return bool(_LABEL.match(block))


def group_blocks(blocks: list[str]) -> list[list[str]]:
    """Greedy grouping into slides of one idea and at most WORDS words; a labelled
    paragraph after another starts a slide of its own, and a lead-in that ends with a colon stays with
    what follows."""
    groups: list[list[str]] = []
    current: list[str] = []
    words = 0
    for index, block in enumerate(blocks):
        size = word_count(block)
        if current:
            lead = is_lead(current[-1])
            limit = WORDS
            if is_lead(block):
                # A lead-in brings its list along: start afresh if both do not fit here.
                size_with_list = size + sum(word_count(b) for b in _list_after(blocks, index))
                if words + size_with_list > WORDS:
                    limit = 0
            # A labelled paragraph after another ("**Myten:**", then "**Virkeligheten:**")
            # comes on the next click, so the hall can think before it is told.
            after_label = is_label(block) and any(is_label(b) for b in current)
            if after_label or (words + size > limit and not lead):
                groups.append(current)
                current, words = [], 0
        current.append(block)
        words += size
    if current:
        groups.append(current)
    return groups


def short_blocks(blocks: Iterable[str]) -> list[str]:
    """Paragraphs of more than WORDS words cut at sentence ends into pieces that fit."""
    result: list[str] = []
    pending = list(blocks)
    while pending:
        block = pending.pop(0)
        halves = split_sentences(block) if word_count(block) > WORDS else None
        if halves:
            pending[:0] = list(halves)
        else:
            result.append(block)
    return result


def _list_after(blocks: list[str], index: int) -> list[str]:
    items = []
    for block in blocks[index + 1:]:
        if not is_item(block):
            break
        items.append(block)
    return items


# ---------------------------------------------------------------- splitting


def split_sentences(block: str) -> tuple[str, str] | None:
    """A paragraph in two halves at the sentence boundary nearest its middle."""
    if is_item(block) or block.startswith(("|", ">")):
        return None
    # Never cut where the second half would read as a list item ("677. From 2020 ...").
    cuts = [m.start() for m in _SENTENCE_END.finditer(block)
            if not is_item(block[m.end():]) and not _ends_abbreviation(block[:m.start()], block[m.end():])]
    if not cuts:
        return None
    middle = len(block) / 2
    cut = min(cuts, key=lambda c: abs(c - middle))
    return block[:cut].rstrip(), block[cut:].lstrip()


def _ends_abbreviation(before: str, after: str) -> bool:
    words = before.split()
    word = words[-1].lower().lstrip("(«\"“*") if words else ""
    return word in _ABBREVIATIONS or (word in _ABBREVIATIONS_BEFORE_NUMBER and after[:1].isdigit())


def _halve(blocks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if len(blocks) >= 2:
        total = sum(word_count(b) for b in blocks)
        best, best_gap, running = 1, None, 0
        for index in range(1, len(blocks)):
            running += word_count(blocks[index - 1])
            gap = abs(total / 2 - running)
            if is_lead(blocks[index - 1]):
                gap += total  # never split right after a lead-in if there is another way
            if best_gap is None or gap < best_gap:
                best, best_gap = index, gap
        return blocks[:best], blocks[best:]
    if len(blocks) == 1:
        halves = split_sentences(blocks[0])
        if halves:
            return (halves[0],), (halves[1],)
    return None


def split_slide(slide: Slide) -> list[Slide] | None:
    """Two or more smaller slides that together show the same thing, or None when the
    slide cannot be split further."""
    if slide.kind in ("step", "question"):
        # The situation (or the question's lead-in) moves to a slide of its own before
        # the choices; the last paragraph stays with the choices as long as it fits.
        if not slide.blocks:
            return None
        keep = slide.blocks[-1:] if len(slide.blocks) > 1 else ()
        before = slide.blocks[: len(slide.blocks) - len(keep)]
        lead = replace(slide, kind="text", blocks=before, choices=(), piece=slide.piece)
        return [lead, replace(slide, blocks=keep, piece=slide.piece + 1)]
    if slide.kind == "chart" and slide.blocks:
        # The chart needs its room: its lead-in goes onto a slide just before it.
        return [replace(slide, kind="text", figure=None), replace(slide, blocks=(), piece=slide.piece + 1)]
    if slide.kind in ("warning", "chart"):
        return None
    if slide.kind in ("reveal", "answer") and slide.blocks:
        halves = ((), slide.blocks)  # the feedback goes whole onto the next slide, not cut up
    else:
        halves = _halve(slide.blocks)
    if halves is None:
        return None
    first, rest = halves
    # The first half keeps what makes the slide what it is (the title, the revealed
    # choice, the marked answers); the rest continues on a plain text slide.
    return [
        replace(slide, blocks=first),
        replace(slide, kind="text", blocks=rest, choices=(), chosen=-1, piece=slide.piece + 1),
    ]


def paginate(slides: Iterable[Slide], fits: Callable[[Slide], bool], depth: int = 8) -> list[Slide]:
    """Split every slide that does not fit, or says more than WORDS words, until it is
    short enough (or cannot be split more)."""
    result: list[Slide] = []
    for slide in slides:
        if depth <= 0 or (fits(slide) and slide_words(slide) <= WORDS):
            result.append(slide)
            continue
        pieces = split_slide(slide)
        if pieces is None:
            result.append(slide)  # the UI reports it; tests make sure this never happens
            continue
        result.extend(paginate(pieces, fits, depth - 1))
    # Number the pieces of each slide in order, so a piece can be found again.
    numbered, count = [], {}
    for slide in result:
        identity = slide.key
        numbered.append(replace(slide, piece=count.get(identity, 0)))
        count[identity] = count.get(identity, 0) + 1
    return numbered


# ---------------------------------------------------------------- content to slides


def _notes(*texts: str) -> str:
    return "\n\n".join(t.strip() for t in texts if t and t.strip())


def text_slides(heading: str, text: str, figures: tuple[Figure, ...] = (), **common) -> list[Slide]:
    """A page (or any Markdown) as text and chart slides, grouped by heading and idea."""
    slides: list[Slide] = []
    pending: list[str] = []

    def flush(title: str) -> None:
        for group in group_blocks(short_blocks(pending)):
            slides.append(Slide("text", title, tuple(group), **common))
        pending.clear()

    current = heading
    for unit in units_of(text, figures):
        if unit.kind == "heading":
            flush(current)
            current = unit.text
        elif unit.kind == "chart":
            # A short lead-in goes above its chart, not alone on an almost empty slide.
            lead = ()
            if len(pending) == 1 and word_count(pending[0]) <= CHART_LEAD_WORDS:
                lead = (pending.pop(),)
            flush(current)
            slides.append(Slide("chart", current, lead, figure=unit.figure, **common))
        else:
            pending.append(unit.text)
    flush(current)
    return slides


def page_slides(page: Page, section: int, module: Module, section_notes: str = "") -> list[Slide]:
    heading = module.title if page.id == "intro" else page.title
    return text_slides(
        heading, page.body, page.figures, notes=_notes(page.notes, section_notes), section=section,
        module_id=module.id, part_id=page.id, base=page.path.parent,
    )


def _choice_line(text: str) -> str:
    return " ".join(text.split())


def shown_order(part_id: str, item_id: str, count: int) -> tuple[int, ...]:
    """The written index of each choice or option in the order the hall sees them: the
    same at every showing of the content, so a presenter can prepare it, but not the
    written order. Written first, the recommended choice stood first at 50 of the
    built-in course's 54 steps and the right answer second in 15 of its 20 questions with
    three answers: a hall soon learns to vote by the number."""
    order = list(range(count))
    random.Random(f"{part_id}/{item_id}").shuffle(order)
    return tuple(order)


def in_written_order(slide: Slide, shown: tuple) -> tuple:
    """Values given for each of `slide`'s choices in the order the hall saw them (hand
    counts), in the order the choices are written: what is stored must not depend on the
    showing."""
    written = [None] * len(shown)
    for choice, value in zip(slide.choices, shown):
        written[choice.index] = value
    return tuple(written)


def step_slides(scenario: Scenario, step: Step, section: int, module: Module, section_notes: str = "",
                chosen: int | None = None, by_hall: bool = False, tied: bool = False) -> list[Slide]:
    """A scenario step: its situation with the choices (in `shown_order`), then the reveal
    of the choice with the written index `chosen` (`by_hall`: the hall chose it; else it
    is the way the story goes on when nobody voted, or `tied`: when the hall was split).
    An ending is a text slide with its summary."""
    body = step.body
    if step is scenario.start and scenario.intro:
        body = scenario.intro + "\n\n" + body
    common = dict(section=section, module_id=module.id, part_id=scenario.id, item_id=step.id,
                  base=scenario.path.parent)
    notes = _notes(step.notes, section_notes)
    if step.is_ending:
        return text_slides(step.title, body, notes=notes, **common) or [Slide("text", step.title, notes=notes, **common)]
    blocks = tuple(u.text for u in units_of(body) if u.kind == "block")
    recommended = recommended_choices(scenario, step)
    order = shown_order(scenario.id, step.id, len(step.choices))
    choices = tuple(SlideChoice(_choice_line(step.choices[index].text), step.choices[index].feedback, None,
                                step.choices[index].target, index in recommended, index) for index in order)
    slides = [Slide("step", step.title, blocks, notes=notes, choices=choices, **common)]
    if chosen is not None and 0 <= chosen < len(choices):
        shown = order.index(chosen)
        feedback = tuple(u.text for u in units_of(choices[shown].feedback) if u.kind == "block")
        slides.append(Slide("reveal", step.title, feedback, notes=notes, choices=choices, chosen=shown,
                            by_hall=by_hall, tied=tied and not by_hall, **common))
    return slides


def _shuffled(items: tuple[str, ...]) -> list[str]:
    """A fixed order that is never the right one: the hall must still think."""
    order = sorted(items, key=lambda s: (len(s) * 7919 + sum(map(ord, s))) % 1009)
    if list(order) == list(items) and len(items) > 1:
        order = order[1:] + order[:1]
    return order


def _letters(count: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(count)]


def question_slides(quiz: Quiz, question: Question, section: int, module: Module, section_notes: str = "",
                    chosen: int = -1) -> list[Slide]:
    """Ask, then reveal the answer with its explanation."""
    common = dict(section=section, module_id=module.id, part_id=quiz.id, item_id=question.id,
                  base=quiz.path.parent)
    notes = _notes(question.notes, section_notes)
    prompt = [u.text for u in units_of(question.prompt) if u.kind == "block"]
    explanation = [u.text for u in units_of(question.explanation) if u.kind == "block"]
    if question.options:
        choices = tuple(SlideChoice(_choice_line(question.options[index].text), question.options[index].feedback,
                                    question.options[index].correct, index=index)
                        for index in (range(len(question.options)) if question.kind == "truefalse"  # true, then false
                                      else shown_order(quiz.id, question.id, len(question.options))))
        feedback = []
        if 0 <= chosen < len(choices) and choices[chosen].feedback:
            feedback = [u.text for u in units_of(choices[chosen].feedback) if u.kind == "block"]
        return [
            Slide("question", question.title, tuple(prompt), notes=notes, choices=choices, **common),
            Slide("answer", question.title, tuple(feedback + explanation), notes=notes, choices=choices,
                  chosen=chosen, **common),
        ]
    if question.pairs:
        letters = _letters(len(question.pairs))
        rights = _shuffled(tuple(right for _left, right in question.pairs))
        ask = [f"- **{letter}** {left}" for letter, (left, _r) in zip(letters, question.pairs)]
        ask += [f"{number}. {right}" for number, right in enumerate(rights, 1)]
        answer = [f"- **{left}** → {right}" for left, right in question.pairs]
    else:
        letters = _letters(len(question.order))
        ask = [f"- **{letter}** {item}" for letter, item in zip(letters, _shuffled(question.order))]
        answer = [f"{number}. {item}" for number, item in enumerate(question.order, 1)]
    return [
        Slide("question", question.title, tuple(prompt + ask), notes=notes, **common),
        Slide("answer", question.title, tuple(answer + explanation), notes=notes, **common),
    ]


def section_warning(heading: str, index: int, section: ProgrammeSection, module: Module,
                    parts: list[tuple[object, tuple[str, ...]]], warned: set[str]) -> Slide | None:
    """At most one content warning per part of the programme, before it begins: the
    module's (the first time the module is shown), or else its scenario's. `warned`
    holds the modules already warned about."""
    blocks: list[str] = []
    warns, part_id = "", ""
    if module.content_warning and module.id not in warned:
        warned.add(module.id)
        blocks += [f"**{module.title}**", module.content_warning]
        warns = "module"
    for part, _questions in parts:
        if isinstance(part, Scenario) and part.content_warning and not warns:
            # A module's warning covers its scenarios too; only one warning slide per part.
            blocks += [f"**{part.title}**", part.content_warning]
            warns, part_id = "scenario", part.id
    if not blocks:
        return None
    return Slide("warning", heading, tuple(blocks), notes=section.notes, section=index, module_id=module.id,
                 part_id=part_id, warns=warns)


# ---------------------------------------------------------------- a whole programme


ChoiceFor = Callable[[int, str, Step], int]
TIED = -2  # what a ChoiceFor answers when the hall's hands were split evenly between its favourites


def way_on(scenario: Scenario, step: Step) -> int:
    """The choice the story follows when the hall has not chosen: the first recommended
    one (see grading.recommended_choices), or the first choice when none is."""
    recommended = recommended_choices(scenario, step)
    return recommended[0] if recommended else 0


def scenario_path(scenario: Scenario, choose: Callable[[Step], int]) -> list[tuple[Step, int | None, bool]]:
    """(step, choice, chosen by the hall) from the start to an ending, taking
    `choose(step)` at each (-1: nobody chose, so the story goes on along `way_on`);
    never loops."""
    path: list[tuple[Step, int | None, bool]] = []
    seen: set[str] = set()
    step = scenario.start if scenario.steps else None
    while step is not None and step.id not in seen:
        seen.add(step.id)
        if step.is_ending:
            path.append((step, None, False))
            break
        index = choose(step)
        by_hall = 0 <= index < len(step.choices)
        if not by_hall:
            index = way_on(scenario, step)
        if step.choices[index].target in seen:
            fresh = [i for i, c in enumerate(step.choices) if c.target not in seen]
            if fresh and fresh[0] != index:
                index, by_hall = fresh[0], False  # the hall's choice would go round in a circle
        path.append((step, index, by_hall))
        step = scenario.step(step.choices[index].target)
    return path


def section_parts(section: ProgrammeSection, module: Module) -> list[tuple[object, tuple[str, ...]]]:
    """(part, question ids) to show; a quiz named twice with '#question' is merged."""
    if not section.parts:
        return [(part, ()) for part in module.parts]
    found: list[tuple[object, tuple[str, ...]]] = []
    for ref in section.parts:
        part = module.part(ref.part_id)
        if part is None:
            continue
        if ref.question and found and found[-1][0] is part:
            found[-1] = (part, found[-1][1] + (ref.question,))
        else:
            found.append((part, (ref.question,) if ref.question else ()))
    return found


def programme_slides(programme: Programme, library: Library, warning_heading: str = "Content warning",
                     choose: ChoiceFor | None = None, chosen_answer: Callable[[int, str, str], int] | None = None,
                     ) -> list[Slide]:
    """Every slide of a programme in order, before fitting. `choose(section, scenario id,
    step)` is the hall's choice at each step of a scenario, or -1 when it made none (TIED
    when its count was a tie: the story goes on as without a vote, and the reveal says so);
    `chosen_answer(section, quiz id, question id)` the option the hall picked (or -1);
    both by the number the hall saw (see `shown_order`)."""
    choose = choose or (lambda _s, _p, _step: -1)
    chosen_answer = chosen_answer or (lambda _s, _p, _q: -1)
    slides: list[Slide] = [Slide("title", programme.title, tuple(
        u.text for u in units_of(programme.intro or programme.summary) if u.kind == "block"),
        notes=programme.intro_notes, base=programme.path.parent)]
    warned: set[str] = set()
    for index, section in enumerate(programme.sections):
        module = library.module(section.module_id, programme.lang) if section.module_id else None
        parts = section_parts(section, module) if module is not None else []
        if module is not None:
            # The warning comes before anything of the part is shown, its own text included.
            warning = section_warning(warning_heading, index, section, module, parts, warned)
            if warning is not None:
                slides.append(warning)
        if section.text:
            slides += text_slides(section.title, section.text, notes=section.notes, section=index,
                                  base=programme.path.parent)
        for part, questions in parts:
            if isinstance(part, Page):
                slides += page_slides(part, index, module, section.notes)
            elif isinstance(part, Scenario):
                def hall_choice(step, part=part, index=index) -> int:
                    """The hall's choice by the number it saw, as the choice's written index."""
                    shown = choose(index, part.id, step)
                    order = shown_order(part.id, step.id, len(step.choices))
                    return order[shown] if 0 <= shown < len(order) else -1

                for step, chosen, by_hall in scenario_path(part, hall_choice):
                    tied = not by_hall and not step.is_ending and choose(index, part.id, step) == TIED
                    slides += step_slides(part, step, index, module, section.notes, chosen, by_hall, tied)
            elif isinstance(part, Quiz):
                for question in part.questions:
                    if questions and question.id not in questions:
                        continue
                    slides += question_slides(part, question, index, module, section.notes,
                                              chosen_answer(index, part.id, question.id))
    if any(s.kind == "warning" and past_warning(slides, i) == len(slides) for i, s in enumerate(slides)):
        # Skipping what a warning is about must land somewhere that is not that content:
        # a programme that ends with it gets a quiet last slide, its title again.
        slides.append(Slide("end", programme.title, base=programme.path.parent))
    return slides


def past_warning(slides: list[Slide], index: int) -> int:
    """The index just past everything the warning at `index` warns about: the rest of its
    part of the programme, and for a module's warning the module's slides that follow."""
    warning = slides[index]
    index += 1
    while index < len(slides):
        other = slides[index]
        if not (other.section == warning.section or (warning.warns == "module" and other.module_id == warning.module_id)):
            break
        index += 1
    return index


def every_slide(programme: Programme, library: Library, warning_heading: str = "Content warning") -> list[Slide]:
    """The slides of every path: each step with each choice revealed, each question with
    each option picked. Used to check that everything fits, whatever the hall chooses."""
    slides = programme_slides(programme, library, warning_heading)
    for index, section in enumerate(programme.sections):
        module = library.module(section.module_id, programme.lang) if section.module_id else None
        if module is None:
            continue
        for part, questions in section_parts(section, module):
            if isinstance(part, Scenario):
                for step in part.steps:
                    for choice in range(max(1, len(step.choices))):
                        # The marks differ in length: the hall's, the way on, a tied count.
                        for by_hall, tied in ((True, False), (False, False), (False, True)):
                            slides += step_slides(part, step, index, module, section.notes, choice, by_hall, tied)
            elif isinstance(part, Quiz):
                for question in part.questions:
                    if questions and question.id not in questions:
                        continue
                    for option in range(len(question.options)):
                        slides += question_slides(part, question, index, module, section.notes, option)[1:]
    return slides
