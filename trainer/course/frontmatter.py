"""Reading one content file: bytes to text, YAML front matter to a dict with line numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from trainer.course import limits
from trainer.course.model import ContentError


@dataclass(frozen=True)
class SourceFile:
    path: Path
    meta: dict
    key_lines: dict[str, int]  # front-matter key -> line number, for messages
    body: list[tuple[int, str]]  # (line number, text) of every body line
    raw: bytes


def read_text(path: Path) -> tuple[str, bytes]:
    try:
        with path.open("rb") as file:
            # Never more than the limit (and one byte to know it was passed): a 50 MB
            # file is refused without reading it into memory.
            raw = file.read(limits.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ContentError(path, 1, f"filen kan ikke leses ({error.strerror})") from None
    if len(raw) > limits.MAX_FILE_BYTES:
        raise ContentError(path, 1, f"filen er større enn {limits.MAX_FILE_BYTES // 1000} kB: del den opp i flere filer")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            path, line, "filen er ikke UTF-8; lagre den som UTF-8 i redigeringsprogrammet"
        ) from None
    if not text.strip():
        raise ContentError(path, 1, "filen er tom")
    return text, raw


def _yaml_hint(problem: str) -> str:
    """YAML's own words are for programmers; say what usually went wrong instead."""
    if "mapping values are not allowed" in problem:
        return "et kolon inne i en verdi; sett hele teksten i anførselstegn, for eksempel title: \"Del 1: Roller\""
    if "found character '\\t'" in problem or "tab" in problem:
        return "bruk mellomrom, ikke tabulator, til innrykk"
    if "could not find expected ':'" in problem:
        return "en linje mangler kolon; hver linje skal være 'nøkkel: verdi'"
    return f"ugyldig YAML ({problem})" if problem else "ugyldig YAML"


def _alias_line(node) -> int | None:
    """A YAML alias (`*name`) repeats a value; nested, a 1 kB file becomes gigabytes as
    soon as a value is turned into text. Front matter has no use for them: refuse any,
    before a value is built. The composed graph shares the aliased node, so seeing one
    node twice is an alias; the walk stops there, so it is linear in the file. Returns
    the front-matter line of the first alias, or None."""
    seen: set[int] = set()
    todo = [node]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            return current.start_mark.line + 2
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                todo.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
    return None


def read_source(path: Path) -> SourceFile:
    """Split a file into front matter and body; raise ContentError on anything broken,
    and on anything beyond the limits that keep every page quick to show."""
    text, raw = read_text(path)
    beyond = limits.problems(text)
    if beyond:
        line, message = beyond[0]
        raise ContentError(path, line, message)
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(
            path, 1, "filen mangler front matter: den må begynne med en linje '---'"
        )
    end = None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            end = index
            break
    if end is None:
        raise ContentError(path, 1, "front matter er ikke avsluttet med en linje '---'")
    yaml_text = "\n".join(lines[1:end])
    try:
        # Parse once (the node gives line numbers, the data comes from the same node), with
        # libyaml when present: YAML parsing is most of the time it takes to load content.
        loader = _Loader(yaml_text)
        try:
            node = loader.get_single_node()
            alias = _alias_line(node) if node is not None else None
            if alias is not None:
                raise ContentError(path, alias, "front matter gjentar en verdi med et YAML-anker og -alias ('&navn', '*navn'); skriv verdien ut hver gang")
            meta = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 2
        problem = str(getattr(error, "problem", None) or "")
        raise ContentError(path, line, f"front matter kan ikke leses: {_yaml_hint(problem)}") from None
    except (ValueError, TypeError, RecursionError) as error:
        raise ContentError(path, 2, f"front matter kan ikke leses: {error}") from None
    if not isinstance(meta, dict):
        raise ContentError(path, 2, "front matter må være en liste av 'nøkkel: verdi'-linjer")
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _value in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    meta = {str(k): v for k, v in meta.items()}
    body = [(number + 1, lines[number]) for number in range(end + 1, len(lines))]
    return SourceFile(path, meta, key_lines, body, raw)
