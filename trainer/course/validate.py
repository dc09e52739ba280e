"""Checks that need the whole model: links between steps, ids across files, courses that
name modules, images on disk, and translations that must match their source language."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from trainer.course.images import image_problem
from trainer.course.meta import suggest
from trainer.course.model import Library, Module, Problem
from trainer.course.part_types import Page, Quiz, Scenario
from trainer.course.programme import check_programmes
from trainer.course.render import image_references
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
            report.error(path, line, f"steg-id '{step_id}' er brukt {count} ganger")
    used_tags = set()
    for step in scenario.steps:
        for choice in step.choices:
            used_tags.update(choice.tags)
            if not choice.target:
                report.error(path, choice.line, f"valget '{choice.text}' peker ikke til noe steg")
            elif scenario.step(choice.target) is None:
                report.error(
                    path,
                    choice.line,
                    f"valget '{choice.text}' peker til steget '{choice.target}', som ikke finnes"
                    f"{suggest(choice.target, ids)}",
                )
            if not choice.feedback:
                report.warn(path, choice.line, f"valget '{choice.text}' har ingen tilbakemelding")
            for tag in choice.tags:
                if tag not in scenario.tags:
                    report.error(
                        path,
                        choice.line,
                        f"merket '#{tag}' er ikke beskrevet under 'tags' i front matter"
                        f"{suggest(tag, scenario.tags)}",
                    )
        if step.is_ending and not step.body.strip():
            report.warn(path, step.line, f"slutten '{step.id}' har ingen oppsummering")
    for tag in scenario.tags:
        if tag not in used_tags:
            report.warn(path, 1, f"merket '{tag}' står under 'tags', men ingen valg bruker det")
    if scenario.steps and not scenario.endings:
        report.error(path, 1, "scenarioet har ingen slutt: minst ett steg må være uten valg")
    reachable = reachable_steps(scenario)
    for step in scenario.steps:
        if step.id and step.id not in reachable:
            report.error(path, step.line, f"steget '{step.id}' kan ikke nås fra start")
    if scenario.endings:
        stuck = dead_ends(scenario)
        for step in scenario.steps:
            broken_link = any(scenario.step(c.target) is None for c in step.choices)
            if step.id in stuck and step.id in reachable and not broken_link:
                report.error(path, step.line, f"fra steget '{step.id}' kommer man aldri til en slutt")


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
            f"det riktige svaret er det lengste i {quality.longest_right} av {quality.single_questions} "
            "ett-svar-spørsmål, så det kan gjettes ut fra lengden (høyst halvparten)",
        )
    if quality.truefalse_unbalanced:
        report.warn(
            quiz.path,
            quiz.line,
            f"quizen har {quality.true_statements} sanne og {quality.false_statements} usanne påstander "
            "(høyst én i forskjell)",
        )
    if quality.feedback_missing:
        report.warn(
            quiz.path,
            quiz.line,
            f"bare {quality.wrong_with_feedback} av {quality.wrong_options} gale svar har tilbakemelding "
            "(gi hvert galt svar en '> ' linje rykket inn under svaret)",
        )


def check_quiz(quiz: Quiz, report: Report) -> None:
    path = quiz.path
    ids = [q.id for q in quiz.questions if q.id]
    for question_id, count in Counter(ids).items():
        if count > 1:
            line = [q.line for q in quiz.questions if q.id == question_id][1]
            report.error(path, line, f"spørsmåls-id '{question_id}' er brukt {count} ganger")
    for question in quiz.questions:
        line = question.line
        correct = sum(o.correct for o in question.options)
        if question.kind in ("single", "multiple", "truefalse"):
            if question.pairs or question.order:
                report.error(path, line, "dette spørsmålet trenger svar som '- [ ] svar' og '- [x] riktig svar'")
            elif len(question.options) < 2:
                report.error(path, line, "spørsmålet trenger minst to svaralternativer")
            elif correct == 0:
                report.error(path, line, "spørsmålet har ikke noe riktig svar: merk det riktige med '- [x]'")
            elif question.kind in ("single", "truefalse") and correct > 1:
                report.error(path, line, "spørsmålet har flere riktige svar, men er merket som ett-svar-spørsmål")
            if question.kind == "truefalse" and len(question.options) != 2:
                report.error(path, line, "et sant/usant-spørsmål har nøyaktig to svar")
        elif question.kind == "matching":
            if len(question.pairs) < 2:
                report.error(path, line, "et koblingsspørsmål trenger minst to par '- venstre -> høyre'")
            for side, values in (("venstre", [p[0] for p in question.pairs]), ("høyre", [p[1] for p in question.pairs])):
                for value, count in Counter(values).items():
                    if count > 1:
                        report.error(path, line, f"'{value}' står {count} ganger på {side} side")
        elif question.kind == "ordering":
            if len(question.order) < 2:
                report.error(path, line, "et rekkefølgespørsmål trenger minst to nummererte steg")
            for value, count in Counter(question.order).items():
                if count > 1:
                    report.error(path, line, f"'{value}' står {count} ganger i rekkefølgen")
        if not question.explanation:
            report.warn(path, line, "spørsmålet har ingen forklaring (en '> ' linje etter svarene)")
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


def check_images(module: Module, roots: list[Path], report: Report) -> None:
    """Every image the renderer would be asked for (inline or reference-style, never one
    written inside code), found on disk and safe to draw."""
    checked: dict[Path, str | None] = {}
    for part in module.parts:
        for text in _markdown_of(part):
            for ref in image_references(text, part.path.parent, roots, paths.assets_dir()):
                src = ref.src
                if ref.found is None:
                    line = _line_of(part.path, src)
                    if "://" in src or src.startswith("//"):
                        report.error(part.path, line, f"bildet '{src}' ligger på nettet og vises aldri: legg det i modulmappen")
                    elif not src:
                        report.error(part.path, line, "et bilde mangler adresse")
                    else:
                        report.error(part.path, line, f"bildet '{src}' finnes ikke i innholdsmappen")
                    continue
                if ref.found not in checked:
                    try:
                        checked[ref.found] = image_problem(ref.found.read_bytes())
                    except OSError as error:
                        checked[ref.found] = f"bildet kan ikke leses ({error.strerror})"
                if checked[ref.found]:
                    report.error(part.path, _line_of(part.path, src), f"bildet '{src}': {checked[ref.found]}")


def check_module(module: Module, roots: list[Path], report: Report) -> None:
    if not module.parts:
        report.error(module.path, 1, "modulen har ingen sider, scenarioer eller quizer")
    ids = [p.id for p in module.parts]
    for part_id, count in Counter(ids).items():
        if part_id and count > 1:
            second = [p for p in module.parts if p.id == part_id][1]
            report.error(second.path, 1, f"id '{part_id}' er brukt {count} ganger i modulen")
    for part in module.parts:
        if isinstance(part, Scenario):
            check_scenario(part, report)
        elif isinstance(part, Quiz):
            check_quiz(part, report)
    check_images(module, roots, report)


def _shape(module: Module) -> list[tuple]:
    """The structure a translation must keep: ids, targets and answer keys, not words."""
    shape = []
    for part in module.parts:
        if isinstance(part, Scenario):
            for step in part.steps:
                shape.append(("step", part.id, step.id, tuple(c.target for c in step.choices), tuple(tuple(c.tags) for c in step.choices)))
        elif isinstance(part, Quiz):
            for q in part.questions:
                shape.append(("question", part.id, q.id, q.kind, tuple(o.correct for o in q.options), len(q.pairs), len(q.order)))
        else:
            shape.append(("page", part.id))
    return shape


def check_translations(library: Library, report: Report) -> None:
    by_id: dict[str, dict[str, Module]] = {}
    for module in library.modules:
        by_id.setdefault(module.id, {})[module.lang] = module
    for versions in by_id.values():
        if len(versions) < 2:
            continue
        source_lang = SOURCE_LANGUAGE if SOURCE_LANGUAGE in versions else sorted(versions)[0]
        source = versions[source_lang]
        expected = _shape(source)
        for lang, module in versions.items():
            if lang == source_lang:
                continue
            got = _shape(module)
            if got == expected:
                continue
            missing = [s for s in expected if s not in got]
            extra = [s for s in got if s not in expected]
            detail = []
            if missing:
                detail.append("mangler " + ", ".join("/".join(map(str, s[1:3])) for s in missing[:5]))
            if extra:
                detail.append("har i tillegg " + ", ".join("/".join(map(str, s[1:3])) for s in extra[:5]))
            if not detail:
                detail.append("rekkefølgen eller svarene er ulike")
            report.error(
                module.path,
                1,
                f"oversettelsen ({lang}) har ikke samme oppbygning som {source_lang}-versjonen: "
                + "; ".join(detail),
            )


def check_courses(library: Library, report: Report) -> None:
    seen: Counter = Counter()
    for course in library.courses:
        seen[(course.lang, course.id)] += 1
        if seen[(course.lang, course.id)] == 2:
            report.error(course.path, 1, f"kurs-id '{course.id}' er brukt flere ganger for språket {course.lang}")
        available = {m.id: m for m in library.modules if m.lang == course.lang}
        quiz_ids = set()
        for module_id in course.module_ids:
            module = available.get(module_id)
            if module is None:
                report.error(
                    course.path,
                    1,
                    f"kurset viser til modulen '{module_id}', som ikke finnes på {course.lang}"
                    f"{suggest(module_id, available)}",
                )
            else:
                quiz_ids.update(q.id for q in module.quizzes)
        for quiz_id in course.pass_rule.quizzes:
            if quiz_id not in quiz_ids:
                report.error(course.path, 1, f"beståttregelen nevner quizen '{quiz_id}', som ikke er i kurset{suggest(quiz_id, quiz_ids)}")
        for _module, quiz in library.course_quizzes(course):
            if 0 < len(quiz.questions) < COUNTED_QUIZ_MIN_QUESTIONS:
                report.warn(
                    course.path,
                    1,
                    f"quizen '{quiz.id}' teller for kurset, men har bare {len(quiz.questions)} spørsmål "
                    f"(minst {COUNTED_QUIZ_MIN_QUESTIONS}, ellers krever beståttgrensen at alt er riktig)",
                )
        if not course.module_ids:
            report.error(course.path, 1, "kurset har ingen moduler")


def validate_library(library: Library) -> list[Problem]:
    report = Report()
    counts = Counter((m.lang, m.id) for m in library.modules)
    flagged = set()
    for module in library.modules:
        key = (module.lang, module.id)
        if counts[key] > 1 and key in flagged:
            report.error(module.path, 1, f"modul-id '{module.id}' er brukt av flere moduler på {module.lang}")
        flagged.add(key)
        check_module(module, library.roots, report)
    check_courses(library, report)
    check_translations(library, report)
    report.problems.extend(check_programmes(library, SOURCE_LANGUAGE))
    return report.problems
