"""Reading one content file: bytes to text, YAML front matter to a dict with line numbers."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from trainer.course import limits
from trainer.course.model import ContentError
from trainer.errors import bad_name_message, badly_encoded, os_reason
from trainer.i18n import _

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class SourceFile:
    path: Path
    meta: dict
    key_lines: dict[str, int]  # front-matter key -> line number, for messages
    body: list[tuple[int, str]]  # (line number, text) of every body line
    raw: bytes
    # A top-level value as the author wrote it (without quotes): YAML reads `version: 1.10`
    # as the number 1.1, and the digits the author wrote are the version.
    written: dict[str, str] = field(default_factory=dict)


def read_text(path: Path) -> tuple[str, bytes]:
    if badly_encoded(str(path)):
        raise ContentError(path, 0, bad_name_message(path))
    try:
        # Looked at before opening: opening a named pipe (FIFO) saved as x.md waits for a
        # writer for ever; it and any other special file are refused.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise ContentError(path, 0, _("this is not an ordinary file (a pipe or a device); only files can be read"))
        with path.open("rb") as file:
            # Never more than the limit (and one byte to know it was passed): a 50 MB
            # file is refused without reading it into memory.
            raw = file.read(limits.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ContentError(path, 0, _("cannot read the file: {reason}").format(reason=os_reason(error, reading=True))) from None
    if len(raw) > limits.MAX_FILE_BYTES:
        raise ContentError(path, 1, _("the file is bigger than {size} kB: split it into several files").format(size=limits.MAX_FILE_BYTES // 1000))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            path, line, _("the file is not UTF-8; save it as UTF-8 in your editor")
        ) from None
    if not text.strip():
        raise ContentError(path, 1, _("the file is empty"))
    return text, raw


def _yaml_hint(problem: str) -> str:
    """YAML's own words are for programmers; say what usually went wrong instead."""
    if "mapping values are not allowed" in problem:
        return _("a colon inside a value; put the whole text in quotes, for example title: \"Part 1: Roles\"")
    if problem == "tab" or "found character '\\t'" in problem or "tab character" in problem:
        return _("use spaces, not tabs, for indentation")
    if "could not find expected ':'" in problem:
        return _("a line has no colon; every line should be 'key: value'")
    if "did not find expected ',' or ']'" in problem or "expected ',' or ']'" in problem:
        return _("a list in [ ] is not closed with ], or two of its items have no comma between them")
    if "did not find expected ',' or '}'" in problem or "expected ',' or '}'" in problem:
        return _("a part in curly brackets is not closed, or two of its items have no comma between them")
    if "found unexpected end of stream" in problem or "while scanning a quoted scalar" in problem:
        return _("a quote is not closed: end the text with the same quote mark it begins with")
    if "cannot start any token" in problem:
        return _("a value begins with a character YAML keeps for itself (such as @ or %): put the whole value in quotes")
    if "expected <block end>" in problem or "expected <block mapping start>" in problem \
            or "did not find expected key" in problem or "did not find expected '-' indicator" in problem:
        return _("the lines are not evenly indented: a key belongs at the start of its line, a list item under it")
    if "found undefined alias" in problem or "while scanning an alias" in problem or "while scanning an anchor" in problem:
        return _("a value begins with * or &, which YAML keeps for itself: put the whole value in quotes")
    return _("invalid YAML")  # YAML's own words follow as the problem's second line


# `type:page` at the start of a line: YAML needs a space after the colon, and without one
# reads the line as text, so it names a later line and speaks of something else.
_NO_SPACE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s/].*)$")
_CURLY_QUOTES = "“”‘’„‚"


def _plain_mistake(yaml_lines: list[str], line: int) -> tuple[int, str] | None:
    """The usual typing mistakes, told at their own line: a missing space after a key's
    colon, and curly quotes (which YAML does not read as quotes) near the line YAML names."""
    for index, text in enumerate(yaml_lines):
        found = _NO_SPACE.match(text)
        if found:
            return index + 2, _("write a space after the colon: {key}: {value}").format(
                key=found.group("key"), value=found.group("value").strip())
    for index in (line - 2, line - 3):
        if 0 <= index < len(yaml_lines) and any(mark in yaml_lines[index] for mark in _CURLY_QUOTES):
            return index + 2, _("curly quotes (“ ” or ‘ ’) are not read as quotes: use straight ones, "
                                "for example title: \"Part 1: Roles\"")
    return None


# YAML names the line where it gave up; for these it is the line after the mistake, and the
# context mark is the line the author must fix (an unclosed quote, a missing colon).
_CONTEXT_IS_THE_PLACE = ("while scanning a simple key", "while scanning a quoted scalar",
                         "while parsing a flow sequence", "while parsing a flow mapping")


def _yaml_error_line(error, yaml_lines: list[str]) -> tuple[int, str]:
    """The file line to point at, and the problem in YAML's words (a tab in an indent is
    named as such: libyaml calls it 'a character that cannot start any token')."""
    problem = str(getattr(error, "problem", None) or "")
    mark = getattr(error, "problem_mark", None)
    context = getattr(error, "context_mark", None)
    if context is not None and getattr(error, "context", None) in _CONTEXT_IS_THE_PLACE:
        mark = context
    index = mark.line if mark is not None else 0
    near = [i for i in (index, index - 1) if 0 <= i < len(yaml_lines)]
    for i in near:
        indent = yaml_lines[i][: len(yaml_lines[i]) - len(yaml_lines[i].lstrip())]
        if "\t" in indent:
            return i + 2, "tab"
    return index + 2, problem  # the front matter starts on the file's second line


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
    return parse_source(path, text, raw)


def parse_source(path: Path, text: str, raw: bytes) -> SourceFile:
    """The same as `read_source`, for text already read (a pack.md inside a zip)."""
    beyond = limits.problems(text)
    if beyond:
        line, message = beyond[0]
        raise ContentError(path, line, message)
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(
            path, 1, _("the file has no front matter: it must begin with a line '---'")
        )
    end = None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            end = index
            break
    if end is None:
        raise ContentError(path, 1, _("the front matter does not end with a line '---'"))
    yaml_text = "\n".join(lines[1:end])
    try:
        # Parse once (the node gives line numbers, the data comes from the same node), with
        # libyaml when present: YAML parsing is most of the time it takes to load content.
        loader = _Loader(yaml_text)
        try:
            node = loader.get_single_node()
            alias = _alias_line(node) if node is not None else None
            if alias is not None:
                raise ContentError(path, alias, _("the front matter repeats a value with a YAML anchor and alias ('&name', '*name'); write the value out each time"))
            meta = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        line, problem = _yaml_error_line(error, lines[1:end])
        mistake = _plain_mistake(lines[1:end], line) if problem != "tab" else None
        if mistake is not None:
            raise ContentError(path, mistake[0], _("the front matter cannot be read: {yaml_hint}").format(
                yaml_hint=mistake[1])) from None
        hint = _yaml_hint(problem)
        detail = f"YAML: {problem}" if hint == _("invalid YAML") and problem else ""
        raise ContentError(path, line, _("the front matter cannot be read: {yaml_hint}").format(yaml_hint=hint),
                           detail) from None
    except (ValueError, TypeError, RecursionError) as error:
        raise ContentError(path, 2, _("the front matter cannot be read: {error}").format(error=error)) from None
    if not isinstance(meta, dict):
        mistake = _plain_mistake(lines[1:end], 0)
        if mistake is not None:
            raise ContentError(path, mistake[0], _("the front matter cannot be read: {yaml_hint}").format(
                yaml_hint=mistake[1]))
        raise ContentError(path, 2, _("the front matter must be a list of 'key: value' lines"))
    key_lines: dict[str, int] = {}
    written: dict[str, str] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key, line = str(key_node.value), key_node.start_mark.line + 2
            if isinstance(value_node, yaml.ScalarNode):
                written[key] = str(value_node.value)
            if key in key_lines:  # YAML keeps the last one without a word: one of the two is a mistake
                raise ContentError(path, line, _("the key '{key}' is written twice (also on line {line}); keep one of them").format(
                    key=key, line=key_lines[key]))
            key_lines[key] = line
    meta = {str(k): v for k, v in meta.items()}
    body = [(number + 1, lines[number]) for number in range(end + 1, len(lines))]
    return SourceFile(path, meta, key_lines, body, raw, written)
