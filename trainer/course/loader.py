"""Content files to the typed model. Never raises anything but ContentError; problems
that do not stop a file from loading are collected so that all are reported at once."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from trainer.course import blocks as md
from trainer.course.frontmatter import SourceFile, read_source
from trainer.course.meta import KEYS, Collector, check_keys, int_value, nested_key_line, string_list, suggest, text_value
from trainer.course.model import (
    AUDIENCES, ContactCard, ContentError, Course, Library, Module, PassRule, Problem, QuizEntry,
)
from trainer.course.part_types import Page
from trainer.course.validate import validate_library  # cross-file checks
from trainer.course.parts import parse_figures, parse_page, parse_quiz, parse_scenario
from trainer.course.programme import parse_programme
from trainer.course.manifest import parse_manifest
from trainer.errors import bad_name_message, badly_encoded, os_reason, system_folder_problem
from trainer.i18n import _

PART_TYPES = ("page", "scenario", "quiz")
SKIPPED_FILES = {"readme.md", "license.md", "changelog.md"}


# ---------------------------------------------------------------- modules, courses, cards


def parse_course(source: SourceFile, report: Collector) -> Course:
    check_keys(source, "course", report)
    rule = source.meta.get("pass", {}) or {}
    quizzes: tuple[str, ...] = ()
    percent = 80
    if isinstance(rule, dict):
        for key in rule:
            if key not in ("quizzes", "percent"):
                report.error(nested_key_line(source.path, "pass", str(key)), _("unknown key '{key}' under 'pass'").format(key=key))
        raw_quizzes = rule.get("quizzes", [])
        if raw_quizzes == "all" or raw_quizzes is None:
            raw_quizzes = []
        if isinstance(raw_quizzes, list) and all(isinstance(q, str) for q in raw_quizzes):
            quizzes = tuple(raw_quizzes)
        else:
            report.error(nested_key_line(source.path, "pass", "quizzes"), _("'pass: quizzes' must be a list of quiz ids"))
        raw_percent = rule.get("percent", 80)
        if isinstance(raw_percent, int) and 0 <= raw_percent <= 100:
            percent = raw_percent
        else:
            report.error(nested_key_line(source.path, "pass", "percent"), _("'pass: percent' must be a number from 0 to 100"))
    else:
        report.error(source.key_lines.get("pass", 1), _("'pass' must have 'quizzes' and 'percent' under it"))
    return Course(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        lang=text_value(source, "lang"),
        summary=text_value(source, "summary") or md.join(source.body),
        minutes=int_value(source, "minutes", 0, report),
        module_ids=string_list(source, "modules", report),
        pass_rule=PassRule(quizzes, percent),
        path=source.path,
        organisation=text_value(source, "organisation"),
    )


def parse_contact(source: SourceFile, report: Collector) -> ContactCard:
    check_keys(source, "contact", report)
    return ContactCard(
        lang=text_value(source, "lang"),
        title=text_value(source, "title"),
        body=md.join(source.body),
        path=source.path,
    )


PART_PARSERS = {"page": parse_page, "scenario": parse_scenario, "quiz": parse_quiz}


def parse_part(source: SourceFile, report: Collector):
    return PART_PARSERS[source.meta["type"]](source, report)


def _file_type(source: SourceFile, report: Collector) -> str | None:
    kind = source.meta.get("type")
    if not isinstance(kind, str) or kind not in KEYS:
        line = source.key_lines.get("type", 1)
        if kind is None:
            report.error(line, _("the front matter lacks 'type' (module, page, scenario, quiz, course, contact, programme or pack)"))
        else:
            report.error(line, _("unknown type '{kind}'{hint}").format(kind=kind, hint=suggest(str(kind), KEYS)))
        return None
    return kind


def _digest(files: list[tuple[str, bytes]]) -> str:
    sha = hashlib.sha256()
    for name, data in sorted(files):
        sha.update(os.fsencode(name))  # a name that is not UTF-8 counts by its bytes
        sha.update(data)
    return sha.hexdigest()


def parse_module(folder: Path, source: SourceFile, parts: list, report: Collector,
                 files: list[tuple[str, bytes]]) -> Module:
    """`files` is every file of the module as (name, bytes), for its digest."""
    check_keys(source, "module", report)
    audience = string_list(source, "audience", report)
    for who in audience:
        if who not in AUDIENCES:
            report.error(
                source.key_lines.get("audience", 1),
                _("unknown audience '{who}'{hint}: use teacher, parent or officer").format(who=who, hint=suggest(who, AUDIENCES)),
            )
    intro_body = md.join(source.body)
    all_parts = list(parts)
    if intro_body.strip():
        # The body of module.md is the module's first reading page.
        all_parts.insert(
            0,
            Page(
                id="intro",
                title=text_value(source, "title"),
                body=intro_body,
                figures=parse_figures(source.body, report),
                path=source.path,
                line=source.body[0][0],
            ),
        )
    version = source.meta.get("version", "1")
    if isinstance(version, float):  # `version: 1.10` as written, not the number 1.1
        version = source.written.get("version", version)
    return Module(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        lang=text_value(source, "lang"),
        audience=audience,
        minutes=int_value(source, "minutes", 0, report),
        version=str(version),
        summary=text_value(source, "summary"),
        content_warning=text_value(source, "content_warning"),
        parts=tuple(all_parts),
        folder=folder,
        path=source.path,
        digest=_digest(files),
        quiz_index=tuple(QuizEntry(p.id, p.title) for p in all_parts if p.kind == "quiz"),
        part_index=tuple((p.kind, p.id) for p in all_parts),
    )


# ---------------------------------------------------------------- whole folders


# Markdown saved under another ending: read by nothing, so the author is told to rename it
# (Notepad adds .txt to "x.md"; some editors write .markdown).
MISNAMED_ENDINGS = (".md.txt", ".markdown", ".mdown", ".mkd")


def is_markdown(name: str) -> bool:
    """A content file's name: .md in any case (Windows editors write .MD as readily)."""
    return name.lower().endswith(".md")


@dataclass
class Walk:
    files: list[Path] = field(default_factory=list)  # the content files, sorted
    misnamed: list[Path] = field(default_factory=list)  # Markdown under another ending
    unreadable: list[tuple[Path, OSError]] = field(default_factory=list)  # folders that cannot be listed
    refused: str = ""  # why the folder was not walked, or not to its end (a system folder, too many files)


# A content folder holds tens or hundreds of files; a walk that has seen this many entries
# was given the wrong folder (a home folder, a disk) and stops, saying so.
MAX_WALK_ENTRIES = 20_000


def walk_content(root: Path) -> Walk:
    """The content files under a folder, and what an author must hear about: files with
    a Markdown ending other than .md, and folders that cannot be read (left out silently,
    they would make a pack without them)."""
    walk = Walk()
    root = Path(root)
    if root.is_file():
        walk.files.append(root)
        return walk
    found, misnamed = [], []
    walk.refused = system_folder_problem(root) or ""
    if walk.refused:
        return walk

    def refused(error: OSError) -> None:
        walk.unreadable.append((Path(error.filename or root), error))

    seen = 0
    # os.walk on strings: sorting thousands of Path objects is slow.
    for folder, dirs, names in os.walk(root, onerror=refused):
        seen += len(dirs) + len(names)
        if seen > MAX_WALK_ENTRIES:
            walk.refused = _("the folder '{path}' holds more than {n} files and folders; is it the right folder? "
                             "Name the folder that holds the content").format(path=root, n=MAX_WALK_ENTRIES)
            break
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            if is_markdown(name):
                if name.lower() not in SKIPPED_FILES:
                    found.append(os.path.join(folder, name))
            elif name.lower().endswith(MISNAMED_ENDINGS) and rename_hint(Path(name)).lower() not in SKIPPED_FILES:
                misnamed.append(os.path.join(folder, name))  # (README.markdown would be skipped as README.md)
    walk.files = [Path(p) for p in sorted(found)]
    walk.misnamed = [Path(p) for p in sorted(misnamed)]
    walk.unreadable.sort(key=lambda item: str(item[0]))
    return walk


def content_files(root: Path) -> list[Path]:
    return walk_content(root).files


def rename_hint(path: Path) -> str:
    """The name a misnamed Markdown file should have (x.markdown, x.md.txt: x.md)."""
    name = path.name
    ending = next(e for e in MISNAMED_ENDINGS if name.lower().endswith(e))
    return name[: len(name) - len(ending)] + ".md"


def load_library(roots: list[Path]) -> Library:
    """Load every content file below the given roots (folders or single files)."""
    library = Library(roots=[Path(r) for r in roots])
    for root in library.roots:
        try:
            exists = root.exists()
        except OSError as error:  # a folder above it may not be read
            library.problems.append(Problem(root, 0, _("cannot read the folder: {reason}").format(reason=os_reason(error, reading=True))))
            continue
        if not exists:
            library.problems.append(Problem(root, 0, _("does not exist")))
            continue
        _load_root(root, library)
    library.problems.extend(validate_library(library))
    return library


def _load_root(root: Path, library: Library) -> None:
    sources: dict[Path, list[SourceFile]] = {}
    module_files: dict[Path, SourceFile] = {}
    if root.is_file() and not is_markdown(root.name):
        if root.name.lower().endswith(MISNAMED_ENDINGS):
            library.problems.append(Problem(root, 0, _(
                "the file is not read: content files must end in .md (rename it to '{name}')").format(name=rename_hint(root))))
        else:  # a picture, a zip, a Word file: nothing to rename
            library.problems.append(Problem(root, 0, _("this is not a content file: only files ending in .md are checked")))
        return
    walk = walk_content(root)
    if walk.refused:
        library.problems.append(Problem(root, 0, walk.refused))
    for folder, error in walk.unreadable:
        library.problems.append(Problem(folder, 0, _("cannot read the folder: {reason}").format(reason=os_reason(error, reading=True))))
    for path in walk.misnamed:
        library.problems.append(Problem(path, 0, _(
            "the file is not read: content files must end in .md (rename it to '{name}')").format(
            name=rename_hint(path)), warning=True))
    for path in walk.files:
        report = Collector(path)
        try:
            source = read_source(path)
        except ContentError as error:
            library.problems.append(error.problem)
            continue
        kind = _file_type(source, report)
        comment = md.unclosed_comment(source.body)
        if comment is not None:
            report.error(comment, _("a comment '<!--' is never closed with '-->': add '-->' where the note ends "
                                    "(a note inside a paragraph must end in that paragraph)"))
        library.problems.extend(report.problems)
        if kind is None:
            continue
        if kind == "module":
            module_files[path.parent] = source
        elif kind in PART_TYPES:
            sources.setdefault(path.parent, []).append(source)
        else:
            # A file that stands on its own: its parser, and the library list it joins.
            parse, collection = {
                "course": (parse_course, library.courses),
                "contact": (parse_contact, library.contacts),
                "programme": (parse_programme, library.programmes),
                "pack": (parse_manifest, library.packs),
            }[kind]
            report = Collector(path)
            collection.append(parse(source, report))
            library.problems.extend(report.problems)
    for folder, part_sources in sources.items():
        if folder not in module_files:
            for source in part_sources:
                library.problems.append(
                    Problem(source.path, 1, _("the folder has no module.md, so the file belongs to no module"))
                )
    for folder, module_source in module_files.items():
        report = Collector(module_source.path)
        parts = []
        for source in sorted(sources.get(folder, []), key=lambda s: s.path.name):
            part_report = Collector(source.path)
            try:
                parts.append(parse_part(source, part_report))
            except ContentError as error:
                part_report.problems.append(error.problem)
            library.problems.extend(part_report.problems)
        # The Markdown was read already; only other files (images) are read for the digest.
        files = [(s.path.name, s.raw) for s in [module_source, *sources.get(folder, [])]]
        try:
            for other in sorted(folder.iterdir()):
                if badly_encoded(other.name):
                    if not is_markdown(other.name):  # (a .md one is said by the walk)
                        library.problems.append(Problem(other, 0, bad_name_message(other)))
                    continue
                if not is_markdown(other.name) and other.is_file():
                    files.append((other.name, other.read_bytes()))
        except OSError as error:  # a picture that cannot be read: named, not a traceback
            library.problems.append(Problem(Path(error.filename or folder), 0, _("cannot read the file: {reason}").format(
                reason=os_reason(error, reading=True))))
        library.modules.append(parse_module(folder, module_source, parts, report, files))
        library.problems.extend(report.problems)


def load_file(path: Path):
    """One part file on its own (used by the preview); returns (part or None, problems)."""
    report = Collector(path)
    try:
        source = read_source(path)
    except ContentError as error:
        return None, [error.problem]
    kind = _file_type(source, report)
    if kind not in PART_TYPES:
        return None, report.problems
    return parse_part(source, report), report.problems
