"""Parsing the three kinds of module part: reading pages (with figure tables), branching
scenarios and quizzes. Each parser reads one file's front matter and Markdown body."""

from __future__ import annotations

import re

from trainer.course import blocks as md
from trainer.course.frontmatter import SourceFile
from trainer.course.meta import ID_PATTERN, Collector, check_keys, int_value, text_value
from trainer.course.part_types import (ENDING_KINDS, QUESTION_KINDS, Choice, Figure, Option, Page, Question, Quiz,
                                       Scenario, Step)
from trainer.i18n import _

_CHOICE = re.compile(r"^\[(?P<text>.+?)\]\(#(?P<target>[^)\s]*)\)(?P<rest>.*)$")
_TAG = re.compile(r"#([\w-]+)")
# A mark in curly brackets after a choice's link, like the `{#id}` after a step's heading.
# `{recommended}` is the only one: the same word in every language, as the tags are ids.
_MARK = re.compile(r"\{([^{}\n]*)\}")
RECOMMENDED = "recommended"
_TASK = re.compile(r"^\[(?P<mark>[ xX])\][ \t]+(?P<text>.+)$")
_UNSPACED_TASK = re.compile(r"^\s{0,3}(?:-\[[ xX]\]|-\s*\[[ xX]\](?=[^\s(]))")
_MATCH = re.compile(r"^(?P<left>.+?)[ \t]+(?:->|→)[ \t]+(?P<right>.+)$")



# ---------------------------------------------------------------- pages and figures


NO_FIGURE = ("", "-", "–", "—")
# A point or comma before groups of three digits (1.234, 12,500) is a thousands separator in
# one language and a decimal in the other: refused, rather than read as 1.234 or 12.5.
_UNCLEAR = re.compile(r"^[-+−]?[1-9]\d{0,2}([.,]\d{3})+$")
_PLAIN = re.compile(r"^[-+−]?(\d+([.,]\d+)?|[.,]\d+)$")


def _number(cell: str) -> tuple[float | None, str | None]:
    """A figure cell's value (None for "no figure"), or the reason it is not a number.
    Spaces (1 234), a footnote star (90*) and a percent sign (45 %) are allowed; a decimal
    takes a comma or a point."""
    cleaned = cell.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("*", "")
    if cleaned in NO_FIGURE:
        return None, None
    cleaned = cleaned.removesuffix("%")
    if _UNCLEAR.match(cleaned):
        return None, _("'{cell}' is unclear: a thousand is written 1234 or 1 234, a decimal 1,5 or 1.5").format(cell=cell)
    if not _PLAIN.match(cleaned):
        return None, _("'{cell}' is not a number: write only digits, such as 1234, 1 234, 12,5 or 45 %; "
                       "'–' or an empty cell means no figure").format(cell=cell)
    return float(cleaned.replace(",", ".").replace("−", "-")), None


def _table_cells(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip() for cell in text.split("|")]


def parse_figures(body: list[md.Line], report: Collector) -> tuple[Figure, ...]:
    figures = []
    last_heading = ""
    for block in md.split_blocks(body):
        if block.kind == "heading":
            last_heading = block.head
        if block.kind != "chart":
            continue
        number = block.line
        match = md.CHART.match(block.lines[0][1])
        spec = [part.strip() for part in match.group("spec").split(";") if part.strip()]
        kind = spec[0].lower() if spec else ""
        if kind not in ("bar", "line"):
            report.error(number, _("unknown chart type '{kind}': use 'bar' or 'line'").format(kind=kind))
            continue
        options = {}
        for part in spec[1:]:
            key, _colon, value = part.partition(":")
            options[key.strip().lower()] = value.strip()
        for key in options:
            if key not in ("rows", "title"):
                report.error(number, _("unknown option '{key}' in the chart (use rows, title)").format(key=key))
        table = block.lines[1:]
        if len(table) < 3:
            report.error(number, _("the chart must stand right above a table with at least one row"))
            continue
        header = _table_cells(table[0][1])
        rows = []
        for row_number, row_text in table[2:]:
            cells = _table_cells(row_text)
            if len(cells) != len(header):
                report.error(
                    row_number,
                    _("the row has {n} cells, but the heading has {n2}").format(n=len(cells), n2=len(header)),
                )
                continue
            values = []
            for cell in cells[1:]:
                value, problem = _number(cell)
                if problem:
                    report.error(row_number, problem)
                values.append(value)
            rows.append((cells[0], tuple(values)))
        chart_rows = tuple(r.strip() for r in options.get("rows", "").split(",") if r.strip())
        labels = {label for label, _ in rows}
        for wanted in chart_rows:
            if wanted not in labels:
                report.error(number, _("the chart shows the row '{wanted}', which is not in the table").format(wanted=wanted))
        figures.append(
            Figure(
                kind=kind,
                title=options.get("title") or last_heading,
                columns=tuple(header[1:]),
                rows=tuple(rows),
                chart_rows=chart_rows,
                line=number,
            )
        )
    return tuple(figures)


def parse_page(source: SourceFile, report: Collector) -> Page:
    check_keys(source, "page", report)
    blocks = md.split_blocks(source.body)
    notes = [b for b in blocks if b.kind == "note"]
    note_lines = {n for b in notes for n, _ in b.lines} | {b.line for b in notes}
    body = [(n, t) for n, t in source.body if n not in note_lines]
    if not md.join(body).strip():
        report.error(source.body[0][0] if source.body else 1, _("the page has no text"))
    return Page(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        body=md.join(body),
        figures=parse_figures(source.body, report),
        path=source.path,
        line=1,
        notes=text_value(source, "notes") or "\n\n".join(md.join(b.lines) for b in notes),
    )


# ---------------------------------------------------------------- scenarios


def _section_body(section: md.Section, skipped: list[md.Block]) -> str:
    skip = {n for b in skipped for n, _ in b.lines} | {b.line for b in skipped}
    return md.join([(n, t) for n, t in section.lines if n not in skip])


def _stray_marks(blocks: list[md.Block], choices: list[md.Block]) -> list[int]:
    """Lines of a step where `{recommended}` stands anywhere but after a choice's link
    (in its feedback, in the step's text, on a plain list item): there it would mark
    nothing and be shown as it is. Code and presenter notes may name it freely."""
    found = []
    for block in blocks:
        if block.kind in ("code", "note"):
            continue
        in_head = any(block is choice for choice in choices)
        for number, text in block.lines:
            if in_head and number != block.line and text.strip().startswith(">"):
                in_head = False  # the feedback begins
            if not in_head and any(m.strip().lower() == RECOMMENDED for m in _MARK.findall(text)):
                found.append(number)
    return found


def _check_id(section: md.Section, report: Collector) -> None:
    """A step's or question's id follows the rule of every id (meta.ID_PATTERN): it is
    stored with the learner's answers and written in links, where 'ø' or a capital breaks."""
    if not ID_PATTERN.match(section.attrs_id):
        report.error(section.line, _("the id '{ident}' may only have small letters a-z, digits, '-' and '_'").format(
            ident=section.attrs_id))


def _misplaced_steps(blocks: list[md.Block], report: Collector) -> None:
    """A heading with an id at another level than '## ' (`### Title {#id}`) looks like a
    step but is read as text of the step above it."""
    for block in blocks:
        if block.kind != "heading":
            continue
        heading = md.HEADING.match(block.lines[0][1])
        title, ident, _classes = md.parse_heading(heading.group(2)) if heading else ("", "", ())
        if ident:
            report.error(block.line, _("a step begins with '## ' (two #): write '## {title} {{#{id}}}'").format(
                title=title, id=ident))


def _ending_mark(section, has_choices: bool, report: Collector) -> str:
    """An ending's kind from its heading, `## Title {#id .poor}`: good, partly or poor."""
    kind = ""
    for mark in section.classes:
        if mark.lower() not in ENDING_KINDS:
            report.error(section.line, _(
                "unknown mark '.{mark}' after the step's id: an ending can be marked .good, .partly or .poor"
            ).format(mark=mark))
        elif has_choices:
            report.error(section.line, _(
                "the step '{id}' has choices, so it is no ending: remove '.{mark}' (only an ending has a kind)"
            ).format(id=section.attrs_id, mark=mark))
        elif kind:
            report.error(section.line, _(
                "the ending '{id}' is marked both '.{first}' and '.{second}': an ending has one kind"
            ).format(id=section.attrs_id, first=kind, second=mark.lower()))
        else:
            kind = mark.lower()  # .Poor is .poor
    return kind


def parse_scenario(source: SourceFile, report: Collector) -> Scenario:
    check_keys(source, "scenario", report)
    tags_meta = source.meta.get("tags", {}) or {}
    if not isinstance(tags_meta, dict):
        report.error(source.key_lines.get("tags", 1), _("'tags' must be 'id: name' lines"))
        tags_meta = {}
    tags = {str(k): str(v) for k, v in tags_meta.items()}
    intro, sections = md.split_sections(source.body)
    _misplaced_steps(md.split_blocks(intro), report)
    steps = []
    for section in sections:
        if not section.attrs_id:
            report.error(
                section.line,
                _("the step '{title}' has no id: write for example '## Title {{#my-step}}'").format(title=section.title),
            )
        else:
            _check_id(section, report)
        blocks = md.split_blocks(section.lines)
        _misplaced_steps(blocks, report)
        choices, used = [], []
        for index, block in enumerate(blocks):
            if block.kind == "quote" and index and any(blocks[index - 1] is b for b in used) \
                    and not blocks[index - 1].quote:
                # `> feedback` at the start of the line ends the list: it would be shown as
                # the step's text, before the choice is made.
                report.error(block.line, _("the feedback under a choice must be indented by two spaces, '  > text'; "
                                           "at the start of the line it is shown as the step's text"))
            if block.kind != "item":
                continue
            match = _CHOICE.match(block.head)
            if not match:
                continue
            used.append(block)
            recommended = False
            for mark in _MARK.findall(match.group("rest")):
                if mark.strip().lower() == RECOMMENDED:
                    recommended = True
                else:
                    report.error(block.line, _(
                        "unknown mark '{{{mark}}}' after the choice: the only mark a choice can have is '{{recommended}}'",
                    ).format(mark=mark.strip()))
            rest = _MARK.sub(" ", match.group("rest"))
            choice_tags = tuple(_TAG.findall(rest))
            leftover = _TAG.sub("", rest).strip()
            if leftover:
                report.error(block.line, _("unexpected text after the choice: '{leftover}'").format(leftover=leftover))
            choices.append(
                Choice(
                    text=match.group("text").strip(),
                    target=match.group("target"),
                    feedback="\n".join(block.quote).strip(),
                    tags=choice_tags,
                    line=block.line,
                    recommended=recommended,
                )
            )
        for number in _stray_marks(blocks, used):
            if choices:
                report.error(number, _(
                    "'{{recommended}}' belongs at the end of a choice's line, after the link: - [text](#step) {{recommended}}").format())
            else:
                report.error(number, _(
                    "'{{recommended}}' marks a choice, but the ending '{id}' has no choices: remove it").format(id=section.attrs_id))
        notes = [b for b in blocks if b.kind == "note"]
        steps.append(
            Step(
                id=section.attrs_id,
                title=section.title,
                body=_section_body(section, used + notes),
                choices=tuple(choices),
                notes="\n\n".join(md.join(b.lines) for b in notes),
                line=section.line,
                kind=_ending_mark(section, bool(choices), report),
            )
        )
    if not steps:
        report.error(1, _("the scenario has no steps: every step begins with '## Title {#id}'"))
    return Scenario(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        intro=md.join(intro),
        steps=tuple(steps),
        tags=tags,
        content_warning=text_value(source, "content_warning"),
        path=source.path,
        line=1,
    )


# ---------------------------------------------------------------- quizzes


def _parse_question(section: md.Section, report: Collector) -> Question | None:
    blocks = md.split_blocks(section.lines)
    items = [b for b in blocks if b.kind == "item"]
    notes = [b for b in blocks if b.kind == "note"]
    explanation = [b for b in blocks if b.kind == "quote"]
    prompt = [b for b in blocks if b.kind in md.PROSE_KINDS]
    explicit = [c for c in section.classes if c in QUESTION_KINDS]
    # "-[x] a" or "- [x]a" is read as text, not as an answer: the answer then seems to be
    # missing, so the place of the missing space is said instead.
    unspaced = [(number, text) for number, text in section.lines if _UNSPACED_TASK.match(text)]
    for number, text in unspaced:
        report.error(number, _("'{text}' is not read as an answer: write it as '- [x] answer', with a space after "
                               "the dash and after the bracket").format(text=text.strip()[:40]))
    options, pairs, order = [], [], []
    for item in items:
        if item.marker[0].isdigit():
            order.append(item.head)
            continue
        task = _TASK.match(item.head)
        if task:
            options.append(
                Option(
                    text=task.group("text").strip(),
                    correct=task.group("mark") in "xX",
                    feedback="\n".join(item.quote).strip(),
                    line=item.line,
                )
            )
            continue
        pair = _MATCH.match(item.head)
        if pair:
            pairs.append((pair.group("left").strip(), pair.group("right").strip()))
            continue
        report.error(
            item.line,
            _("the answer is neither '- [ ] answer', '- [x] right answer', '- left -> right' nor '1. step'"),
        )
    for number, text in unspaced:  # counted as the answers they were meant to be: no "no right answer" on top
        mark, rest = re.match(r"^\s*-\s*\[([ xX])\]\s*(.*)$", text).groups()
        options.append(Option(text=rest.strip(), correct=mark in "xX", feedback="", line=number))
    found = [k for k, v in (("options", options), ("pairs", pairs), ("order", order)) if v]
    if len(found) > 1:
        report.error(section.line, _("the question mixes different kinds of answer lists"))
        return None
    if explicit:
        kind = explicit[0]
    elif order:
        kind = "ordering"
    elif pairs:
        kind = "matching"
    else:
        kind = "multiple" if sum(o.correct for o in options) > 1 else "single"
    if not section.attrs_id:
        report.error(
            section.line,
            _("the question '{title}' has no id: write for example '## The question {{#question-1}}'").format(title=section.title),
        )
    else:
        _check_id(section, report)
    return Question(
        id=section.attrs_id,
        kind=kind,
        title=section.title,
        prompt=md.blocks_text(prompt),
        options=tuple(options),
        pairs=tuple(pairs),
        order=tuple(order),
        explanation="\n\n".join(md.join(b.lines) for b in explanation),
        line=section.line,
        notes="\n\n".join(md.join(b.lines) for b in notes),
    )


def parse_quiz(source: SourceFile, report: Collector) -> Quiz:
    check_keys(source, "quiz", report)
    intro, sections = md.split_sections(source.body)
    questions = []
    for section in sections:
        question = _parse_question(section, report)
        if question is not None:
            questions.append(question)
    if not sections:
        report.error(1, _("the quiz has no questions: every question begins with '## Question {#id}'"))
    pass_percent = int_value(source, "pass", 80, report)
    if pass_percent > 100:
        report.error(source.key_lines.get("pass", 1), _("'pass' is a percentage from 0 to 100"))
    return Quiz(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        intro=md.join(intro),
        questions=tuple(questions),
        pass_percent=min(pass_percent, 100),
        path=source.path,
        line=1,
    )


