"""Checks that need the whole model: links between steps, ids across files, courses that
name modules, images on disk, and translations that must match their source language."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from trainer.course.images import MAX_IMAGE_BYTES, image_problem, spelled_differently
from trainer.course.meta import front_matter_line, nested_key_line, suggest
from trainer.course.model import Course, Library, Module, Problem
from trainer.course.part_types import Page, Quiz, Scenario
from trainer.course.programme import check_programmes
from trainer.course.render import image_references
from trainer.errors import os_reason
from trainer.i18n import _
from trainer import paths

SOURCE_LANGUAGE = "nb"

# Quiz quality limits for authors (docs/authoring*.md, "Gode quizer"). A learner who
# learns that the longest answer is right, or that statements are mostly false, passes
# without learning; a wrong answer without feedback leaves the learner guessing why.
LONGEST_RIGHT_MAX_SHARE = 0.5  # of single-choice questions with three or more options
TRUEFALSE_MAX_DIFFERENCE = 1  # between true and false statements
WRONG_FEEDBACK_MIN_SHARE = 1.0  # of wrong options in single- and multiple-choice questions
COUNTED_QUIZ_MIN_QUESTIONS = 5  # with an 80 % pass mark, fewer demands perfection


class Report:
    def __init__(self):
        self.problems: list[Problem] = []

    def error(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message))

    def warn(self, path: Path, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message, warning=True))


def reachable_steps(scenario: Scenario) -> set[str]:
    if not scenario.steps:
        return set()
    seen, todo = set(), [scenario.start.id]
    while todo:
        step = scenario.step(todo.pop())
        if step is None or step.id in seen:
            continue
        seen.add(step.id)
        todo.extend(choice.target for choice in step.choices)
    return seen


def dead_ends(scenario: Scenario) -> set[str]:
    """Steps with choices from which no ending can be reached (the learner is stuck)."""
    can_end = {s.id for s in scenario.steps if s.is_ending}
    changed = True
    while changed:
        changed = False
        for step in scenario.steps:
            if step.id not in can_end and any(c.target in can_end for c in step.choices):
                can_end.add(step.id)
                changed = True
    return {s.id for s in scenario.steps if s.id not in can_end}


def check_scenario(scenario: Scenario, report: Report) -> None:
    path = scenario.path
    ids = [s.id for s in scenario.steps if s.id]
    for step_id, count in Counter(ids).items():
        if count > 1:
            line = [s.line for s in scenario.steps if s.id == step_id][1]
            report.error(path, line, _("the step id '{step_id}' is used {count} times").format(step_id=step_id, count=count))
    used_tags = set()
    for step in scenario.steps:
        for choice in step.choices:
            used_tags.update(choice.tags)
            if not choice.target:
                report.error(path, choice.line, _("the choice '{text}' points to no step").format(text=choice.text))
            elif scenario.step(choice.target) is None:
                report.error(
                    path,
                    choice.line,
                    _("the choice '{text}' points to the step '{target}', which does not exist{hint}").format(text=choice.text, target=choice.target, hint=suggest(choice.target, ids)),
                )
            if not choice.feedback:
                report.warn(path, choice.line, _("the choice '{text}' has no feedback").format(text=choice.text))
            for tag in choice.tags:
                if tag not in scenario.tags:
                    report.error(
                        path,
                        choice.line,
                        _("the tag '#{tag}' is not described under 'tags' in the front matter{hint}").format(tag=tag, hint=suggest(tag, scenario.tags)),
                    )
        if len(step.choices) > 1 and all(choice.recommended for choice in step.choices):
            # Marking several is allowed (two ways can be equally good); marking all says nothing.
            report.warn(path, step.line, _(
                "every choice of the step '{id}' is marked '{{recommended}}': mark only the one you recommend").format(id=step.id))
        if step.is_ending and not step.body.strip():
            report.warn(path, step.line, _("the ending '{id}' has no summary").format(id=step.id))
    for tag in scenario.tags:
        if tag not in used_tags:
            report.warn(path, nested_key_line(path, "tags", tag), _("the tag '{tag}' is under 'tags', but no choice uses it").format(tag=tag))
    if scenario.steps and not scenario.endings:
        report.error(path, 1, _("the scenario has no ending: at least one step must have no choices"))
    reachable = reachable_steps(scenario)
    for step in scenario.steps:
        if step.id and step.id not in reachable:
            report.error(path, step.line, _("the step '{id}' cannot be reached from the start").format(id=step.id))
    if scenario.endings:
        stuck = dead_ends(scenario)
        for step in scenario.steps:
            broken_link = any(scenario.step(c.target) is None for c in step.choices)
            if step.id in stuck and step.id in reachable and not broken_link:
                report.error(path, step.line, _("from the step '{id}' one never reaches an ending").format(id=step.id))


@dataclass(frozen=True)
class QuizQuality:
    """The cues a quiz gives away, counted so that an author (and a test) can see them."""

    single_questions: int  # single-choice questions with three or more options
    longest_right: int  # of those, where the right answer is the one longest option
    true_statements: int
    false_statements: int
    wrong_options: int  # in single- and multiple-choice questions
    wrong_with_feedback: int

    @property
    def longest_cue(self) -> bool:
        return self.single_questions >= 2 and self.longest_right > self.single_questions * LONGEST_RIGHT_MAX_SHARE

    @property
    def truefalse_unbalanced(self) -> bool:
        return abs(self.true_statements - self.false_statements) > TRUEFALSE_MAX_DIFFERENCE

    @property
    def feedback_missing(self) -> bool:
        return self.wrong_options > 0 and self.wrong_with_feedback < self.wrong_options * WRONG_FEEDBACK_MIN_SHARE


def quiz_quality(quiz: Quiz) -> QuizQuality:
    single = longest = true = false = wrong = with_feedback = 0
    for question in quiz.questions:
        options = question.options
        if question.kind == "single" and len(options) >= 3 and sum(o.correct for o in options) == 1:
            single += 1
            right = next(o for o in options if o.correct)
            if all(len(right.text) > len(o.text) for o in options if o is not right):
                longest += 1
        elif question.kind == "truefalse" and len(options) == 2 and sum(o.correct for o in options) == 1:
            # The first option is the statement's "true" answer, as the guide writes it.
            if options[0].correct:
                true += 1
            else:
                false += 1
        if question.kind in ("single", "multiple") and any(o.correct for o in options):
            for option in options:
                if not option.correct:
                    wrong += 1
                    with_feedback += bool(option.feedback)
    return QuizQuality(single, longest, true, false, wrong, with_feedback)


def check_quiz_quality(quiz: Quiz, report: Report) -> None:
    quality = quiz_quality(quiz)
    if quality.longest_cue:
        report.warn(
            quiz.path,
            quiz.line,
            _("the right answer is the longest in {longest_right} of {single_questions} single-answer questions, so it can be guessed from its length (at most half)").format(longest_right=quality.longest_right, single_questions=quality.single_questions),
        )
    if quality.truefalse_unbalanced:
        report.warn(
            quiz.path,
            quiz.line,
            _("the quiz has {true_statements} true and {false_statements} false statements (at most one apart)").format(true_statements=quality.true_statements, false_statements=quality.false_statements),
        )
    if quality.feedback_missing:
        report.warn(
            quiz.path,
            quiz.line,
            _("only {wrong_with_feedback} of {wrong_options} wrong answers have feedback (give every wrong answer a '> ' line indented under it)").format(wrong_with_feedback=quality.wrong_with_feedback, wrong_options=quality.wrong_options),
        )


def check_quiz(quiz: Quiz, report: Report) -> None:
    path = quiz.path
    ids = [q.id for q in quiz.questions if q.id]
    for question_id, count in Counter(ids).items():
        if count > 1:
            line = [q.line for q in quiz.questions if q.id == question_id][1]
            report.error(path, line, _("the question id '{question_id}' is used {count} times").format(question_id=question_id, count=count))
    for question in quiz.questions:
        line = question.line
        correct = sum(o.correct for o in question.options)
        if question.kind in ("single", "multiple", "truefalse"):
            if question.pairs or question.order:
                report.error(path, line, _("this question needs answers like '- [ ] answer' and '- [x] right answer'"))
            elif len(question.options) < 2:
                report.error(path, line, _("the question needs at least two answers"))
            elif correct == 0:
                report.error(path, line, _("the question has no right answer: mark the right one with '- [x]'"))
            elif question.kind in ("single", "truefalse") and correct > 1:
                report.error(path, line, _("the question has more than one right answer, but is marked as a single-answer question"))
            if question.kind == "truefalse" and len(question.options) != 2:
                report.error(path, line, _("a true/false question has exactly two answers"))
        elif question.kind == "matching":
            if len(question.pairs) < 2:
                report.error(path, line, _("a matching question needs at least two pairs '- left -> right'"))
            for side, values in ((_("left"), [p[0] for p in question.pairs]), (_("right"), [p[1] for p in question.pairs])):
                for value, count in Counter(values).items():
                    if count > 1:
                        report.error(path, line, _("'{value}' appears {count} times on the {side} side").format(value=value, count=count, side=side))
        elif question.kind == "ordering":
            if len(question.order) < 2:
                report.error(path, line, _("an ordering question needs at least two numbered steps"))
            for value, count in Counter(question.order).items():
                if count > 1:
                    report.error(path, line, _("'{value}' appears {count} times in the order").format(value=value, count=count))
        if not question.explanation:
            report.warn(path, line, _("the question has no explanation (a '> ' line after the answers)"))
    if quiz.questions:
        check_quiz_quality(quiz, report)


def _markdown_of(part) -> list[str]:
    if isinstance(part, Page):
        return [part.body]
    if isinstance(part, Scenario):
        texts = [part.intro]
        for step in part.steps:
            texts.append(step.body)
            texts.extend(c.feedback for c in step.choices)
        return texts
    texts = [part.intro]
    for q in part.questions:
        texts += [q.prompt, q.explanation] + [o.feedback for o in q.options]
    return texts


def _line_of(path: Path, needle: str) -> int:
    try:
        for number, text in enumerate(path.read_text("utf-8-sig").splitlines(), 1):
            if needle in text:
                return number
    except (OSError, UnicodeDecodeError):
        pass
    return 1


def _image_line(path: Path, src: str, after: int) -> int:
    """The line where an image is written as an image (`![..](src`, or a reference
    definition `[name]: src`) after line `after`, so that link text naming the file, or an
    earlier image, does not take its place; else the first line naming it at all."""
    written = re.compile(r"\]\(\s*<?" + re.escape(src) + r"(?:[\s>)]|$)|^\s{0,3}\[[^\]]+\]:\s*<?" + re.escape(src) + r"(?:[\s>]|$)")
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    for number, text in enumerate(lines, 1):
        if number > after and written.search(text):
            return number
    return _line_of(path, src) if src else 1


def _read_image(path: Path) -> bytes:
    """At most one byte more than an image may be (a 2 GB file is not read to refuse it)."""
    with open(path, "rb") as handle:
        return handle.read(MAX_IMAGE_BYTES + 1)


def check_images(module: Module, roots: list[Path], report: Report) -> None:
    """Every image the renderer would be asked for (inline or reference-style, never one
    written inside code), found on disk and safe to draw."""
    checked: dict[Path, str | None] = {}
    last: dict[tuple[Path, str], int] = {}  # where the same image was last found in a file
    assets = paths.assets_dir()  # once: it looks on disk (1.5 s of 3.4 in validate_1000, asked for each text)
    for part in module.parts:
        for text in _markdown_of(part):
            for ref in image_references(text, part.path.parent, roots, assets):
                src = ref.src
                line = _image_line(part.path, src, last.get((part.path, src), 0))
                last[(part.path, src)] = line
                if ref.found is None:
                    if src.lower().startswith("file:"):
                        report.error(part.path, line, _("the image '{src}' is named by its place on this computer, which no other computer has: put it in the module folder and write its name").format(src=src))
                    elif "://" in src or src.startswith("//"):
                        report.error(part.path, line, _("the image '{src}' is on the internet and is never shown: put it in the module folder").format(src=src))
                    elif not src:
                        report.error(part.path, line, _("an image has no address"))
                    elif (right := spelled_differently(src, part.path.parent, roots, assets)) is not None:
                        # Found on Windows and macOS, which ignore capitals; never on Linux or the web.
                        report.error(part.path, line, _("the image '{src}' is not found: the file is written '{right}'. "
                                                        "Write the name with the same capital letters as the file").format(src=src, right=right))
                    else:
                        report.error(part.path, line, _("the image '{src}' does not exist in the content folder").format(src=src))
                    continue
                if not ref.alt:  # the guide: always write what the image shows (screen readers read it)
                    report.warn(part.path, line, _("the image '{src}' has no description: write what it shows "
                                                   "between the brackets, ![Map of the school](map.png)").format(src=src))
                if ref.found not in checked:
                    try:
                        checked[ref.found] = image_problem(_read_image(ref.found), ref.found.name)
                    except OSError as error:
                        checked[ref.found] = _("the image cannot be read: {reason}").format(reason=os_reason(error, reading=True))
                if checked[ref.found]:
                    report.error(part.path, line, _("the image '{src}': {problem}").format(src=src, problem=checked[ref.found]))


def check_module(module: Module, roots: list[Path], report: Report) -> None:
    if not module.parts:
        report.error(module.path, 1, _("the module has no pages, scenarios or quizzes"))
    ids = [p.id for p in module.parts]
    for part_id, count in Counter(ids).items():
        if part_id and count > 1:
            first, *others = [p for p in module.parts if p.id == part_id]
            for other in others:
                report.error(other.path, front_matter_line(other.path, "id"), _(
                    "the id '{part_id}' is used {count} times in the module (also in {other})").format(
                    part_id=part_id, count=count, other=first.path.name))
    for part in module.parts:
        if isinstance(part, Scenario):
            check_scenario(part, report)
        elif isinstance(part, Quiz):
            check_quiz(part, report)
    check_images(module, roots, report)


def _compare_steps(source: Scenario, part: Scenario, source_lang: str, report: Report) -> None:
    """Step by step, in order: a translation keeps the ids, the choices' targets, tags,
    `{recommended}` marks and the endings' kinds (the hall is told the same in both
    languages)."""
    for index, step in enumerate(part.steps):
        if index >= len(source.steps):
            report.error(part.path, step.line, _("the step '{id}' has no counterpart in {source_lang}").format(
                id=step.id, source_lang=source_lang))
            continue
        original = source.steps[index]
        if step.id != original.id:
            report.error(part.path, step.line, _(
                "the step '{id}' has no counterpart in {source_lang}; {source_lang} has '{other}'").format(
                id=step.id, source_lang=source_lang, other=original.id))
            continue
        targets = [c.target for c in step.choices]
        expected = [c.target for c in original.choices]
        if targets != expected:
            report.error(part.path, step.line, _(
                "the choices of the step '{id}' lead to {targets}; in {source_lang} to {expected}").format(
                id=step.id, targets=", ".join(targets) or "-", source_lang=source_lang,
                expected=", ".join(expected) or "-"))
            continue
        if step.kind != original.kind:
            if not step.kind:
                message = _("the ending '{id}' has no mark here; in {source_lang} it is marked '.{expected}'")
            elif not original.kind:
                message = _("the ending '{id}' is marked '.{kind}' here, but not in {source_lang}")
            else:
                message = _("the ending '{id}' is marked '.{kind}' here; in {source_lang} '.{expected}'")
            report.error(part.path, step.line, message.format(
                id=step.id, kind=step.kind, source_lang=source_lang, expected=original.kind))
        for choice, original_choice in zip(step.choices, original.choices):
            if tuple(choice.tags) != tuple(original_choice.tags):
                report.error(part.path, choice.line, _(
                    "the choice's tags are {tags}; in {source_lang} {expected}").format(
                    tags=" ".join("#" + t for t in choice.tags) or "-", source_lang=source_lang,
                    expected=" ".join("#" + t for t in original_choice.tags) or "-"))
            if choice.recommended and not original_choice.recommended:
                report.error(part.path, choice.line, _(
                    "the choice is marked '{{recommended}}' here, but not in {source_lang}").format(source_lang=source_lang))
            elif original_choice.recommended and not choice.recommended:
                report.error(part.path, choice.line, _(
                    "the choice is marked '{{recommended}}' in {source_lang}, but not here").format(source_lang=source_lang))
    for original in source.steps[len(part.steps):]:
        report.error(part.path, part.line, _("the step '{id}' of {source_lang} is missing here").format(
            id=original.id, source_lang=source_lang))


def _answer_key(question) -> tuple:
    return question.kind, tuple(o.correct for o in question.options), len(question.pairs), len(question.order)


def _compare_questions(source: Quiz, part: Quiz, source_lang: str, report: Report) -> None:
    """Question by question, in order: a translation keeps the ids, kinds and answer keys."""
    for index, question in enumerate(part.questions):
        if index >= len(source.questions):
            report.error(part.path, question.line, _("the question '{id}' has no counterpart in {source_lang}").format(
                id=question.id, source_lang=source_lang))
            continue
        original = source.questions[index]
        if question.id != original.id:
            report.error(part.path, question.line, _(
                "the question '{id}' has no counterpart in {source_lang}; {source_lang} has '{other}'").format(
                id=question.id, source_lang=source_lang, other=original.id))
        elif question.kind != original.kind:
            report.error(part.path, question.line, _(
                "the question '{id}' is of the kind '{kind}'; in {source_lang} '{expected}'").format(
                id=question.id, kind=question.kind, source_lang=source_lang, expected=original.kind))
        elif _answer_key(question) != _answer_key(original):
            report.error(part.path, question.line, _(
                "the question '{id}' has other answers than in {source_lang}: the number of answers "
                "and which are right must be the same").format(id=question.id, source_lang=source_lang))
    for original in source.questions[len(part.questions):]:
        report.error(part.path, part.line, _("the question '{id}' of {source_lang} is missing here").format(
            id=original.id, source_lang=source_lang))


def _compare_modules(source: Module, module: Module, source_lang: str, report: Report) -> None:
    """Say what differs, in the translation's file, at the line that holds it."""
    originals = {part.id: part for part in source.parts}
    ids = {part.id for part in module.parts}
    for part in module.parts:
        original = originals.get(part.id)
        if original is None:
            report.error(part.path, part.line, _("the part '{id}' has no counterpart in {source_lang}{hint}").format(
                id=part.id, source_lang=source_lang, hint=suggest(part.id, set(originals) - ids)))
        elif part.kind != original.kind:
            report.error(part.path, part.line, _("'{id}' is a {kind} here, but a {expected} in {source_lang}").format(
                id=part.id, kind=part.kind, expected=original.kind, source_lang=source_lang))
        elif isinstance(part, Scenario):
            _compare_steps(original, part, source_lang, report)
        elif isinstance(part, Quiz):
            _compare_questions(original, part, source_lang, report)
    for part in source.parts:
        if part.id not in ids:
            report.error(module.path, 1, _("the part '{id}' of {source_lang} has no counterpart here").format(
                id=part.id, source_lang=source_lang))
    if [p.id for p in module.parts] != [p.id for p in source.parts] and ids == set(originals):
        report.error(module.path, 1, _("the parts are in another order than in {source_lang}: {order}").format(
            source_lang=source_lang, order=", ".join(p.id for p in source.parts)))


def check_translations(library: Library, report: Report) -> None:
    by_id: dict[str, dict[str, Module]] = {}
    for module in library.modules:
        by_id.setdefault(module.id, {})[module.lang] = module
    for versions in by_id.values():
        if len(versions) < 2:
            continue
        source_lang = SOURCE_LANGUAGE if SOURCE_LANGUAGE in versions else sorted(versions)[0]
        for lang, module in versions.items():
            if lang != source_lang:
                _compare_modules(versions[source_lang], module, source_lang, report)


def check_courses(library: Library, report: Report) -> None:
    seen: dict[tuple[str, str], Course] = {}
    for course in library.courses:
        first = seen.setdefault((course.lang, course.id), course)
        if first is not course:
            report.error(course.path, front_matter_line(course.path, "id"), _(
                "the course id '{id}' is used more than once for the language {lang} (also in {other})").format(
                id=course.id, lang=course.lang, other=first.path))
        available = {m.id: m for m in library.modules if m.lang == course.lang}
        quiz_ids = set()
        for module_id in course.module_ids:
            module = available.get(module_id)
            if module is None:
                report.error(
                    course.path,
                    front_matter_line(course.path, "modules", module_id),
                    _("the course refers to the module '{module_id}', which does not exist in {lang}{hint}").format(module_id=module_id, lang=course.lang, hint=suggest(module_id, available)),
                )
            else:
                quiz_ids.update(q.id for q in module.quizzes)
        # A quiz file that could not be read is said where it is; the course naming it is
        # not wrong, so it is not said again here.
        unread = {Path(p.path).parent for p in library.problems if not p.warning}
        unread_in_course = any(available[m].folder in unread for m in course.module_ids if m in available)
        for quiz_id in course.pass_rule.quizzes:
            if quiz_id not in quiz_ids and not unread_in_course:
                report.error(course.path, front_matter_line(course.path, "pass", quiz_id), _("the pass rule names the quiz '{quiz_id}', which is not in the course{hint}").format(quiz_id=quiz_id, hint=suggest(quiz_id, quiz_ids)))
        for _module, quiz in library.course_quizzes(course):
            if 0 < len(quiz.questions) < COUNTED_QUIZ_MIN_QUESTIONS:
                report.warn(
                    course.path,
                    1,
                    _("the quiz '{id}' counts for the course, but has only {n} questions (at least {minimum}, else the pass mark demands that all are right)").format(id=quiz.id, n=len(quiz.questions), minimum=COUNTED_QUIZ_MIN_QUESTIONS),
                )
        if not course.module_ids:
            report.error(course.path, front_matter_line(course.path, "modules"), _("the course has no modules"))


def validate_library(library: Library) -> list[Problem]:
    report = Report()
    first: dict[tuple[str, str], Module] = {}
    for module in library.modules:
        key = (module.lang, module.id)
        other = first.setdefault(key, module)
        if other is not module:
            report.error(module.path, front_matter_line(module.path, "id"), _(
                "the module id '{id}' is used by more than one module in {lang} (also in {other})").format(
                id=module.id, lang=module.lang, other=other.path))
        check_module(module, library.roots, report)
    check_courses(library, report)
    check_translations(library, report)
    report.problems.extend(check_programmes(library, SOURCE_LANGUAGE))
    return report.problems
