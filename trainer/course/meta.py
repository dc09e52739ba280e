"""Front-matter keys and the small helpers every content parser shares: collecting
problems with their line, checking keys, and reading typed values."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parsers import this module; it must not pull in YAML itself
    from trainer.course.frontmatter import SourceFile
from trainer.course.model import Problem
from trainer.i18n import _

# Keys each kind of file takes: (required, optional).
KEYS: dict[str, tuple[set[str], set[str]]] = {
    "module": (
        {"type", "id", "title", "lang", "audience", "minutes"},
        {"version", "summary", "content_warning"},
    ),
    "page": ({"type", "id", "title"}, {"notes"}),
    "scenario": ({"type", "id", "title"}, {"tags", "content_warning", "notes"}),
    "quiz": ({"type", "id", "title"}, {"pass", "notes"}),
    "course": ({"type", "id", "title", "lang", "modules"}, {"summary", "minutes", "pass", "organisation"}),
    "contact": ({"type", "lang", "title"}, set()),
    "programme": ({"type", "id", "title", "lang", "minutes"}, {"summary", "handout"}),
    "pack": ({"type", "id", "title", "lang", "version"}, {"authors", "organisation", "licence"}),
}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


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
    return _(" (did you mean '{word}'?)").format(word=close[0]) if close else ""


# Keys whose value is one text. A list or indented lines under one of them used to be
# dropped (or joined) without a word; now they are an error that says the expected form.
TEXT_KEYS = {"id", "title", "lang", "summary", "content_warning", "notes", "organisation", "licence"}


def front_matter_line(path: Path, key: str, item: str | None = None) -> int:
    """The line of `key:` in a file's front matter or, with `item`, the line of that item
    in the key's list (flow `[a, b]` or block `- a`); 1 when it cannot be found. Read
    again from the file, only when a problem is reported."""
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    key_pattern = re.compile(rf"^{re.escape(key)}\s*:")
    item_pattern = re.compile(rf"(?<![\w-]){re.escape(item)}(?![\w-])") if item else None
    for number in range(1, len(lines)):
        if lines[number].strip() in ("---", "..."):
            break
        if not key_pattern.match(lines[number]):
            continue
        if item_pattern is None:
            return number + 1
        if item_pattern.search(lines[number].split(":", 1)[1]):
            return number + 1
        for below in range(number + 1, len(lines)):
            text = lines[below]
            if text.strip() in ("---", "...") or (text[:1].strip() and not text.startswith("-")):
                break  # the next key
            if item_pattern.search(text):
                return below + 1
        return number + 1
    return 1


def nested_key_line(path: Path, key: str, subkey: str) -> int:
    """The line of `subkey:` indented under `key:` in a file's front matter (`tags:` then
    `  signal: ...`), or the line of `key:` when it is written on that line ({a: b}) or
    cannot be found; 1 when `key:` cannot be found either. Read again from the file, only
    when a problem is reported."""
    line = front_matter_line(path, key)
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return line
    sub_pattern = re.compile(rf"^\s+['\"]?{re.escape(subkey)}['\"]?\s*:")
    for below in range(line, len(lines)):  # `line` is 1-based: this starts on the line after it
        text = lines[below]
        if text.strip() in ("---", "...") or (text[:1].strip() and not text.startswith("#")):
            break  # the next key, or the end of the front matter
        if sub_pattern.match(text):
            return below + 1
    return line


def check_keys(source: SourceFile, kind: str, report: Collector) -> None:
    required, optional = KEYS[kind]
    for key in sorted(required - source.meta.keys()):
        report.error(1, _("the front matter lacks the key '{key}'").format(key=key))
    for key in source.meta:
        if key not in required | optional:
            line = source.key_lines.get(key, 1)
            report.error(line, _("unknown key '{key}'{hint}").format(key=key, hint=suggest(key, required | optional)))
    for key in sorted(TEXT_KEYS & source.meta.keys()):
        value, line = source.meta[key], source.key_lines.get(key, 1)
        if isinstance(value, list):
            example = ", ".join(str(v) for v in value)
            report.error(line, _("'{key}' must be one text, not a list: write it on one line, for example "
                                 "{key}: {example}").format(key=key, example=example))
        elif isinstance(value, dict):
            report.error(line, _("'{key}' must be one text, not indented 'key: value' lines: write the whole text "
                                 "on the line of '{key}:', in quotes if it has a colon").format(key=key))
        elif key == "lang" and isinstance(value, bool):
            # `lang: no` is YAML's "no", a false: the language code is lost before it is read.
            report.error(line, _("'lang' must be nb or en: YAML reads '{written}' as a yes or no; write lang: nb "
                                 "(or, for English, lang: en)").format(written=source.written.get(key, value)))
        elif value is not None and not isinstance(value, str):
            # `id: 2025` is a number to YAML (and `title: yes` a yes): in quotes it is the text written.
            written = source.written.get(key, str(value))
            if isinstance(value, bool):
                message = _("'{key}: {written}' is read as a yes or a no, not as text: put it in quotes, for example "
                            "{key}: \"{written}\"")
            else:
                message = _("'{key}: {written}' is read as a number or a date, not as text: put it in quotes, for "
                            "example {key}: \"{written}\"")
            report.error(line, message.format(key=key, written=written))
        elif not isinstance(value, str) or (key in ("id", "title", "lang") and not value.strip()):
            report.error(line, _("'{key}' must be a text").format(key=key))
    ident = source.meta.get("id")
    if isinstance(ident, str) and not ID_PATTERN.match(ident):
        report.error(
            source.key_lines.get("id", 1),
            _("the id '{ident}' may only have small letters a-z, digits, '-' and '_'").format(ident=ident),
        )


def text_value(source: SourceFile, key: str, default: str = "") -> str:
    value = source.meta.get(key, default)
    return value.strip() if isinstance(value, str) else default


def int_value(source: SourceFile, key: str, default: int, report: Collector) -> int:
    value = source.meta.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        report.error(source.key_lines.get(key, 1), _("'{key}' must be a whole number").format(key=key))
        return default
    return value


def string_list(source: SourceFile, key: str, report: Collector) -> tuple[str, ...]:
    value = source.meta.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        report.error(source.key_lines.get(key, 1), _("'{key}' must be a list of texts").format(key=key))
        return ()
    return tuple(v.strip() for v in value)


