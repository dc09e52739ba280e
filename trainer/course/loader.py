"""Content files to the typed model. Never raises anything but ContentError; problems
that do not stop a file from loading are collected so that all are reported at once."""

from __future__ import annotations

import difflib
import hashlib
import re
from pathlib import Path

from trainer.course import blocks as md
from trainer.course.frontmatter import SourceFile, read_source
from trainer.course.model import (
    AUDIENCES,
    QUESTION_KINDS,
    Choice,
    ContactCard,
    ContentError,
    Course,
    Figure,
    Library,
    Module,
    Option,
    Page,
    PassRule,
    Problem,
    Question,
    Quiz,
    Scenario,
    Step,
)

# Keys each kind of file takes: (required, optional).
KEYS: dict[str, tuple[set[str], set[str]]] = {
    "module": (
        {"type", "id", "title", "lang", "audience", "minutes"},
        {"version", "summary", "content_warning"},
    ),
    "page": ({"type", "id", "title"}, {"notes"}),
    "scenario": ({"type", "id", "title"}, {"tags", "content_warning", "notes"}),
    "quiz": ({"type", "id", "title"}, {"pass", "notes"}),
    "course": ({"type", "id", "title", "lang", "modules"}, {"summary", "minutes", "pass"}),
    "contact": ({"type", "lang", "title"}, set()),
}
PART_TYPES = ("page", "scenario", "quiz")
SKIPPED_FILES = {"readme.md", "license.md", "changelog.md"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

_CHOICE = re.compile(r"^\[(?P<text>.+?)\]\(#(?P<target>[^)\s]*)\)(?P<rest>.*)$")
_TAG = re.compile(r"#([\w-]+)")
_TASK = re.compile(r"^\[(?P<mark>[ xX])\][ \t]+(?P<text>.+)$")
_MATCH = re.compile(r"^(?P<left>.+?)[ \t]+(?:->|→)[ \t]+(?P<right>.+)$")
_CHART = re.compile(r"^\s*<!--\s*chart:\s*(?P<spec>.*?)\s*-->\s*$", re.IGNORECASE)
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


class Collector:
    """Problems found while loading one file."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, warning=True))


def suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (mente du '{close[0]}'?)" if close else ""


def check_keys(source: SourceFile, kind: str, report: Collector) -> None:
    required, optional = KEYS[kind]
    for key in sorted(required - source.meta.keys()):
        report.error(1, f"front matter mangler nøkkelen '{key}'")
    for key in source.meta:
        if key not in required | optional:
            line = source.key_lines.get(key, 1)
            report.error(line, f"ukjent nøkkel '{key}'{suggest(key, required | optional)}")
    for key in ("id", "title", "lang"):
        value = source.meta.get(key)
        if key in source.meta and (not isinstance(value, str) or not value.strip()):
            report.error(source.key_lines.get(key, 1), f"'{key}' må være en tekst")
    ident = source.meta.get("id")
    if isinstance(ident, str) and not ID_PATTERN.match(ident):
        report.error(
            source.key_lines.get("id", 1),
            f"id '{ident}' kan bare ha små bokstaver a-z, tall, '-' og '_'",
        )


def _text(source: SourceFile, key: str, default: str = "") -> str:
    value = source.meta.get(key, default)
    return value.strip() if isinstance(value, str) else default


def _int(source: SourceFile, key: str, default: int, report: Collector) -> int:
    value = source.meta.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        report.error(source.key_lines.get(key, 1), f"'{key}' må være et helt tall")
        return default
    return value


def _string_list(source: SourceFile, key: str, report: Collector) -> tuple[str, ...]:
    value = source.meta.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        report.error(source.key_lines.get(key, 1), f"'{key}' må være en liste av tekster")
        return ()
    return tuple(v.strip() for v in value)


# ---------------------------------------------------------------- pages and figures


def _number(cell: str) -> float | None:
    cleaned = cell.replace("\u00a0", "").replace(" ", "").replace("*", "").replace(",", ".")
    if cleaned in ("", "-", "–", "—"):
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


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
    for index, (number, text) in enumerate(body):
        heading = re.match(r"^#{1,6}\s+(.*)$", text)
        if heading:
            last_heading = md.parse_heading(heading.group(1))[0]
        match = _CHART.match(text)
        if not match:
            continue
        spec = [part.strip() for part in match.group("spec").split(";") if part.strip()]
        kind = spec[0].lower() if spec else ""
        if kind not in ("bar", "line"):
            report.error(number, f"ukjent diagramtype '{kind}': bruk 'bar' eller 'line'")
            continue
        options = {}
        for part in spec[1:]:
            key, _, value = part.partition(":")
            options[key.strip().lower()] = value.strip()
        for key in options:
            if key not in ("rows", "title"):
                report.error(number, f"ukjent valg '{key}' i diagrammet (bruk rows, title)")
        table = []
        for next_number, next_text in body[index + 1 :]:
            if not next_text.strip() and not table:
                continue
            if not next_text.strip().startswith("|"):
                break
            table.append((next_number, next_text))
        if len(table) < 3:
            report.error(number, "diagrammet må stå rett over en tabell med minst én rad")
            continue
        header = _table_cells(table[0][1])
        rows = []
        for row_number, row_text in table[2:]:
            cells = _table_cells(row_text)
            if len(cells) != len(header):
                report.error(
                    row_number,
                    f"raden har {len(cells)} celler, men overskriften har {len(header)}",
                )
                continue
            rows.append((cells[0], tuple(_number(c) for c in cells[1:])))
        chart_rows = tuple(r.strip() for r in options.get("rows", "").split(",") if r.strip())
        labels = {label for label, _ in rows}
        for wanted in chart_rows:
            if wanted not in labels:
                report.error(number, f"diagrammet viser raden '{wanted}', som ikke finnes i tabellen")
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
        report.error(source.body[0][0] if source.body else 1, "siden har ingen tekst")
    return Page(
        id=_text(source, "id"),
        title=_text(source, "title"),
        body=md.join(body),
        figures=parse_figures(source.body, report),
        path=source.path,
        line=1,
        notes=_text(source, "notes") or "\n\n".join(md.join(b.lines) for b in notes),
    )


# ---------------------------------------------------------------- scenarios


def _section_body(section: md.Section, skipped: list[md.Block]) -> str:
    skip = {n for b in skipped for n, _ in b.lines} | {b.line for b in skipped}
    return md.join([(n, t) for n, t in section.lines if n not in skip])


def parse_scenario(source: SourceFile, report: Collector) -> Scenario:
    check_keys(source, "scenario", report)
    tags_meta = source.meta.get("tags", {}) or {}
    if not isinstance(tags_meta, dict):
        report.error(source.key_lines.get("tags", 1), "'tags' må være 'id: navn'-linjer")
        tags_meta = {}
    tags = {str(k): str(v) for k, v in tags_meta.items()}
    intro, sections = md.split_sections(source.body)
    steps = []
    for section in sections:
        if not section.attrs_id:
            report.error(
                section.line,
                f"steget '{section.title}' mangler id: skriv for eksempel "
                "'## Tittel {#mitt-steg}'",
            )
        blocks = md.split_blocks(section.lines)
        choices, used = [], []
        for block in blocks:
            if block.kind != "item":
                continue
            match = _CHOICE.match(block.head)
            if not match:
                continue
            used.append(block)
            choice_tags = tuple(_TAG.findall(match.group("rest")))
            leftover = _TAG.sub("", match.group("rest")).strip()
            if leftover:
                report.error(block.line, f"uventet tekst etter valget: '{leftover}'")
            choices.append(
                Choice(
                    text=match.group("text").strip(),
                    target=match.group("target"),
                    feedback="\n".join(block.quote).strip(),
                    tags=choice_tags,
                    line=block.line,
                )
            )
        notes = [b for b in blocks if b.kind == "note"]
        steps.append(
            Step(
                id=section.attrs_id,
                title=section.title,
                body=_section_body(section, used + notes),
                choices=tuple(choices),
                notes="\n\n".join(md.join(b.lines) for b in notes),
                line=section.line,
            )
        )
    if not steps:
        report.error(1, "scenarioet har ingen steg: hvert steg begynner med '## Tittel {#id}'")
    return Scenario(
        id=_text(source, "id"),
        title=_text(source, "title"),
        intro=md.join(intro),
        steps=tuple(steps),
        tags=tags,
        content_warning=_text(source, "content_warning"),
        path=source.path,
        line=1,
    )


# ---------------------------------------------------------------- quizzes


def _parse_question(section: md.Section, report: Collector) -> Question | None:
    blocks = md.split_blocks(section.lines)
    items = [b for b in blocks if b.kind == "item"]
    notes = [b for b in blocks if b.kind == "note"]
    explanation = [b for b in blocks if b.kind == "quote"]
    prompt = [b for b in blocks if b.kind == "prose"]
    explicit = [c for c in section.classes if c in QUESTION_KINDS]
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
            "svaralternativet er verken '- [ ] svar', '- [x] riktig svar', "
            "'- venstre -> høyre' eller '1. steg'",
        )
    found = [k for k, v in (("options", options), ("pairs", pairs), ("order", order)) if v]
    if len(found) > 1:
        report.error(section.line, "spørsmålet blander ulike typer svarlister")
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
            f"spørsmålet '{section.title}' mangler id: skriv for eksempel "
            "'## Spørsmålet {#sporsmal-1}'",
        )
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
        report.error(1, "quizen har ingen spørsmål: hvert spørsmål begynner med '## Spørsmål {#id}'")
    pass_percent = _int(source, "pass", 80, report)
    if pass_percent > 100:
        report.error(source.key_lines.get("pass", 1), "'pass' er en prosent fra 0 til 100")
    return Quiz(
        id=_text(source, "id"),
        title=_text(source, "title"),
        intro=md.join(intro),
        questions=tuple(questions),
        pass_percent=min(pass_percent, 100),
        path=source.path,
        line=1,
    )


# ---------------------------------------------------------------- modules, courses, cards


def parse_course(source: SourceFile, report: Collector) -> Course:
    check_keys(source, "course", report)
    rule = source.meta.get("pass", {}) or {}
    quizzes: tuple[str, ...] = ()
    percent = 80
    if isinstance(rule, dict):
        for key in rule:
            if key not in ("quizzes", "percent"):
                report.error(source.key_lines.get("pass", 1), f"ukjent nøkkel '{key}' under 'pass'")
        raw_quizzes = rule.get("quizzes", [])
        if raw_quizzes == "all" or raw_quizzes is None:
            raw_quizzes = []
        if isinstance(raw_quizzes, list) and all(isinstance(q, str) for q in raw_quizzes):
            quizzes = tuple(raw_quizzes)
        else:
            report.error(source.key_lines.get("pass", 1), "'pass: quizzes' må være en liste av quiz-id-er")
        raw_percent = rule.get("percent", 80)
        if isinstance(raw_percent, int) and 0 <= raw_percent <= 100:
            percent = raw_percent
        else:
            report.error(source.key_lines.get("pass", 1), "'pass: percent' må være et tall fra 0 til 100")
    else:
        report.error(source.key_lines.get("pass", 1), "'pass' må ha 'quizzes' og 'percent' under seg")
    return Course(
        id=_text(source, "id"),
        title=_text(source, "title"),
        lang=_text(source, "lang"),
        summary=_text(source, "summary") or md.join(source.body),
        minutes=_int(source, "minutes", 0, report),
        module_ids=_string_list(source, "modules", report),
        pass_rule=PassRule(quizzes, percent),
        path=source.path,
    )


def parse_contact(source: SourceFile, report: Collector) -> ContactCard:
    check_keys(source, "contact", report)
    return ContactCard(
        lang=_text(source, "lang"),
        title=_text(source, "title"),
        body=md.join(source.body),
        path=source.path,
    )


PART_PARSERS = {"page": parse_page, "scenario": parse_scenario, "quiz": parse_quiz}


def parse_part(source: SourceFile, report: Collector):
    return PART_PARSERS[source.meta["type"]](source, report)


def _file_type(source: SourceFile, report: Collector) -> str | None:
    kind = source.meta.get("type")
    if kind not in KEYS:
        line = source.key_lines.get("type", 1)
        if kind is None:
            report.error(line, "front matter mangler 'type' (module, page, scenario, quiz, course eller contact)")
        else:
            report.error(line, f"ukjent type '{kind}'{suggest(str(kind), KEYS)}")
        return None
    return kind


def _digest(files: list[Path]) -> str:
    sha = hashlib.sha256()
    for path in sorted(files):
        sha.update(path.name.encode())
        try:
            sha.update(path.read_bytes())
        except OSError:
            pass
    return sha.hexdigest()


def parse_module(folder: Path, source: SourceFile, parts: list, report: Collector, files: list[Path]) -> Module:
    check_keys(source, "module", report)
    audience = _string_list(source, "audience", report)
    for who in audience:
        if who not in AUDIENCES:
            report.error(
                source.key_lines.get("audience", 1),
                f"ukjent målgruppe '{who}'{suggest(who, AUDIENCES)}: bruk teacher, parent eller officer",
            )
    intro_body = md.join(source.body)
    all_parts = list(parts)
    if intro_body.strip():
        # The body of module.md is the module's first reading page.
        all_parts.insert(
            0,
            Page(
                id="intro",
                title=_text(source, "title"),
                body=intro_body,
                figures=parse_figures(source.body, report),
                path=source.path,
                line=source.body[0][0],
            ),
        )
    version = source.meta.get("version", "1")
    return Module(
        id=_text(source, "id"),
        title=_text(source, "title"),
        lang=_text(source, "lang"),
        audience=audience,
        minutes=_int(source, "minutes", 0, report),
        version=str(version),
        summary=_text(source, "summary"),
        content_warning=_text(source, "content_warning"),
        parts=tuple(all_parts),
        folder=folder,
        path=source.path,
        digest=_digest(files),
    )


# ---------------------------------------------------------------- whole folders


def content_files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    found = []
    for path in sorted(root.rglob("*.md")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.name.lower() in SKIPPED_FILES:
            continue
        found.append(path)
    return found


def load_library(roots: list[Path]) -> Library:
    """Load every content file below the given roots (folders or single files)."""
    library = Library(roots=[Path(r) for r in roots])
    for root in library.roots:
        if not root.exists():
            library.problems.append(Problem(root, 0, "finnes ikke"))
            continue
        _load_root(root, library)
    from trainer.course.validate import validate_library  # cross-file checks

    library.problems.extend(validate_library(library))
    return library


def _load_root(root: Path, library: Library) -> None:
    sources: dict[Path, list[SourceFile]] = {}
    module_files: dict[Path, SourceFile] = {}
    for path in content_files(root):
        report = Collector(path)
        try:
            source = read_source(path)
        except ContentError as error:
            library.problems.append(error.problem)
            continue
        kind = _file_type(source, report)
        library.problems.extend(report.problems)
        if kind is None:
            continue
        if kind == "module":
            module_files[path.parent] = source
        elif kind in PART_TYPES:
            sources.setdefault(path.parent, []).append(source)
        elif kind == "course":
            report = Collector(path)
            library.courses.append(parse_course(source, report))
            library.problems.extend(report.problems)
        elif kind == "contact":
            report = Collector(path)
            library.contacts.append(parse_contact(source, report))
            library.problems.extend(report.problems)
    for folder, part_sources in sources.items():
        if folder not in module_files:
            for source in part_sources:
                library.problems.append(
                    Problem(source.path, 1, "mappen har ingen module.md, så filen hører ikke til noen modul")
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
        files = [p for p in folder.iterdir() if p.is_file()]
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


def find_image(src: str, base: Path, roots: list[Path], assets: Path | None) -> Path | None:
    """Where an image reference points, if it is a local file inside the content roots
    or the assets folder. Remote, absolute and other-scheme references are never loaded."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", src) or src.startswith(("/", "\\")):
        return None
    allowed = [r.resolve() for r in roots] + ([assets.resolve()] if assets else [])
    candidates = [(base / src).resolve()]
    if assets is not None and src.startswith("assets/"):
        candidates.append((assets / src[len("assets/"):]).resolve())
    for candidate in candidates:
        inside = any(candidate.is_relative_to(a) for a in allowed)
        if inside and candidate.is_file():
            return candidate
    return None


def image_references(markdown_text: str) -> list[str]:
    return [m.group("src") for m in _IMAGE.finditer(markdown_text)]
