"""Programmes for presenter mode: a Markdown file that lists what to show at a parent
evening, section by section, with planned minutes and presenter notes.

A section is a `##` heading followed by a short list of `Key: value` lines (module, parts,
minutes), optional text of its own and `> [!NOTE]` presenter notes. The keys may be
written in Norwegian or English, so a file reads naturally in either language."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from trainer.course import blocks as md
from trainer.course.frontmatter import SourceFile
from trainer.course.meta import Collector, check_keys, front_matter_line, int_value, string_list, suggest, text_value
from trainer.course.model import PartRef, Problem, Programme, ProgrammeSection  # noqa: F401 - re-exported
from trainer.i18n import _

MODULE_KEYS = ("modul", "module")
PARTS_KEYS = ("deler", "del", "parts", "part")
MINUTES_KEYS = ("minutter", "minutes")
ALL_KEYS = MODULE_KEYS + PARTS_KEYS + MINUTES_KEYS

_KEY_LINE = re.compile(r"^(?P<key>[A-Za-zÆØÅæøå]+)[ \t]*:[ \t]*(?P<value>.*)$")
_MINUTES = re.compile(r"^(?P<number>\d+)(?:[ \t]*(?:min|minutter|minutes|minutt|minute))?\.?$", re.IGNORECASE)


def _clean_id(text: str) -> str:
    return text.strip().strip("`").strip()


def parse_part_refs(value: str, line: int) -> tuple[PartRef, ...]:
    refs = []
    for raw in value.split(","):
        raw = _clean_id(raw)
        if not raw:
            continue
        part_id, _hash, question = raw.partition("#")
        refs.append(PartRef(_clean_id(part_id), _clean_id(question), line))
    return tuple(refs)


def _key_of(head: str) -> tuple[str, str, str] | None:
    """`Modul: demo` -> ("modul", "demo", "Modul")."""
    match = _KEY_LINE.match(head.strip())
    if not match:
        return None
    return match.group("key").lower(), match.group("value").strip(), match.group("key")


def _parse_section(section: md.Section, report: Collector) -> ProgrammeSection:
    module_id, module_line, minutes, parts = "", 0, 0, ()
    seen_minutes = False
    text_lines: list[md.Line] = []
    notes = []
    used: set[int] = set()
    for block in md.split_blocks(section.lines):
        if block.kind == "note":
            notes.append(md.join(block.lines))
            used.update(n for n, _ in block.lines)
            used.add(block.line)
            continue
        if block.kind != "item":
            continue
        found = _key_of(block.head)
        if found is None:
            continue
        key, value, written = found
        if key not in ALL_KEYS:
            close = difflib.get_close_matches(key, ALL_KEYS, n=1, cutoff=0.75)
            if close:
                report.error(block.line, _("unknown key '{written}' in the part (did you mean '{capitalize}'?)").format(written=written, capitalize=close[0].capitalize()))
                used.update(n for n, _ in block.lines)
            continue  # an ordinary list item of the section's own text
        used.update(n for n, _ in block.lines)
        if key in MODULE_KEYS:
            module_id, module_line = _clean_id(value), block.line
            if not module_id:
                report.error(block.line, _("'Module:' lacks a module id"))
        elif key in PARTS_KEYS:
            parts = parse_part_refs(value, block.line)
            if not parts:
                report.error(block.line, _("'Parts:' lacks part ids; write them with commas between, or remove the line"))
        else:
            seen_minutes = True
            match = _MINUTES.match(value)
            if match:
                minutes = int(match.group("number"))
            else:
                report.error(block.line, _("the minutes must be a whole number, not '{value}'").format(value=value))
    for number, text in section.lines:
        if number not in used:
            text_lines.append((number, text))
    text = md.join(text_lines).strip()
    if parts and not module_id:
        report.error(section.line, _("the part '{title}' has 'Parts:' but no 'Module:'").format(title=section.title))
    if not module_id and not text and not parts:
        report.error(section.line, _("the part '{title}' shows nothing: write '- Module: id' or some text").format(title=section.title))
    if not seen_minutes:
        report.error(section.line, _("the part '{title}' has no minutes: write for example '- Minutes: 5'").format(title=section.title))
    elif minutes == 0 and (module_id or text):
        report.error(section.line, _("the part '{title}' has 0 minutes").format(title=section.title))
    if not notes:
        report.warn(section.line, _("the part '{title}' has no presenter's note (> [!NOTE])").format(title=section.title))
    return ProgrammeSection(
        title=section.title,
        module_id=module_id,
        parts=parts,
        minutes=minutes,
        text=text,
        notes="\n\n".join(notes),
        line=section.line,
        module_line=module_line,
    )


def parse_programme(source: SourceFile, report: Collector) -> Programme:
    check_keys(source, "programme", report)
    intro, sections = md.split_sections(source.body)
    intro_blocks = md.split_blocks(intro)
    intro_notes = [b for b in intro_blocks if b.kind == "note"]
    skip = {n for b in intro_notes for n, _ in b.lines} | {b.line for b in intro_notes}
    parsed = tuple(_parse_section(section, report) for section in sections)
    if not sections:
        report.error(1, _("the programme has no parts: every part begins with '## Title'"))
    minutes = int_value(source, "minutes", 0, report)
    if isinstance(source.meta.get("minutes"), int) and minutes == 0:  # ("abc" is said once, as not a number)
        report.error(source.key_lines.get("minutes", 1), _("'minutes' must be more than 0"))
    planned = sum(s.minutes for s in parsed)
    if minutes and planned and planned != minutes:
        report.warn(
            source.key_lines.get("minutes", 1),
            _("the parts add up to {planned} minutes, but 'minutes' is {minutes}").format(planned=planned, minutes=minutes),
        )
    return Programme(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        lang=text_value(source, "lang"),
        minutes=minutes,
        summary=text_value(source, "summary"),
        intro=md.join([(n, t) for n, t in intro if n not in skip]).strip(),
        intro_notes="\n\n".join(md.join(b.lines) for b in intro_notes),
        sections=parsed,
        handout=string_list(source, "handout", report) if "handout" in source.meta else (),
        path=source.path,
    )


# ---------------------------------------------------------------- checks across files


def _problem(path: Path, line: int, message: str, warning: bool = False) -> Problem:
    return Problem(path, line, message, warning)


def check_programme(programme: Programme, library) -> list:
    """Every module, part and question a programme names must exist in its language."""
    problems = []
    path = programme.path
    available = {m.id: m for m in library.modules if m.lang == programme.lang}
    for section in programme.sections:
        if not section.module_id:
            continue
        module = available.get(section.module_id)
        line = section.module_line or section.line
        if module is None:
            problems.append(_problem(
                path, line,
                _("the part '{title}' refers to the module '{module_id}', which does not exist in {lang}{hint}").format(title=section.title, module_id=section.module_id, lang=programme.lang, hint=suggest(section.module_id, available)),
            ))
            continue
        part_ids = [p.id for p in module.parts]
        for ref in section.parts:
            part = module.part(ref.part_id)
            if part is None:
                problems.append(_problem(
                    path, ref.line,
                    _("the module '{id}' has no part '{part_id}'{hint}").format(id=module.id, part_id=ref.part_id, hint=suggest(ref.part_id, part_ids)),
                ))
            elif ref.question and part.kind != "quiz":
                problems.append(_problem(
                    path, ref.line, _("'{part_id}' is not a quiz, so '#{question}' cannot be used").format(part_id=ref.part_id, question=ref.question),
                ))
            elif ref.question and not any(q.id == ref.question for q in part.questions):
                ids = [q.id for q in part.questions]
                problems.append(_problem(
                    path, ref.line,
                    _("the quiz '{part_id}' has no question '{question}'{hint}").format(part_id=ref.part_id, question=ref.question, hint=suggest(ref.question, ids)),
                ))
    for reference in programme.handout:
        handout_line = front_matter_line(path, "handout", reference)
        module_id, _slash, part_id = reference.partition("/")
        module = available.get(module_id)
        if module is None:
            problems.append(_problem(
                path, handout_line,
                _("'handout' refers to the module '{module_id}', which does not exist in {lang}{hint}").format(module_id=module_id, lang=programme.lang, hint=suggest(module_id, available)),
            ))
        elif part_id:
            part = module.part(part_id)
            if part is None or part.kind != "page":
                pages = [p.id for p in module.parts if p.kind == "page"]
                problems.append(_problem(
                    path, handout_line,
                    _("'handout' refers to '{reference}', but the module has no page '{part_id}'{hint}").format(reference=reference, part_id=part_id, hint=suggest(part_id, pages)),
                ))
    return problems



def _shape(programme: Programme) -> list[tuple]:
    return [(s.module_id, tuple(str(r) for r in s.parts), s.minutes) for s in programme.sections]


def check_programmes(library, source_language: str = "nb") -> list:
    """Each programme on its own, duplicate ids, and translations that must keep the
    same modules, parts and minutes as the source language."""
    problems = []
    seen: dict[tuple[str, str], Programme] = {}
    by_id: dict[str, dict[str, Programme]] = {}
    for programme in library.programmes:
        key = (programme.lang, programme.id)
        if key in seen:
            problems.append(_problem(
                programme.path, front_matter_line(programme.path, "id"),
                _("the programme id '{id}' is used more than once for the language {lang} (also in {other})").format(
                    id=programme.id, lang=programme.lang, other=seen[key].path),
            ))
        seen.setdefault(key, programme)
        by_id.setdefault(programme.id, {})[programme.lang] = programme
        problems.extend(check_programme(programme, library))
    for versions in by_id.values():
        if len(versions) < 2:
            continue
        source_lang = source_language if source_language in versions else sorted(versions)[0]
        expected = _shape(versions[source_lang])
        for lang, programme in versions.items():
            if lang == source_lang:
                continue
            if _shape(programme) != expected or programme.handout != versions[source_lang].handout:
                problems.append(_problem(
                    programme.path, 1,
                    _("the translation ({lang}) of the programme does not have the same modules, parts and minutes as the {source_lang} version").format(lang=lang, source_lang=source_lang),
                ))
    return problems


def programme_errors(library, programme: Programme, problems=None) -> list[str]:
    """What keeps a programme from being shown, as `trainer validate` words it (a module
    or part it names that cannot be found, say: such a section would show nothing), from
    `problems` or else the library's, in line order."""
    if problems is None:
        problems = library.problems
    wanted = Path(programme.path).resolve()
    found = [p for p in problems if not p.warning and Path(p.path).resolve() == wanted]
    return list(dict.fromkeys(str(p) for p in sorted(found, key=lambda p: p.line)))  # each once
