"""The authoring guide documents the whole format: every front-matter key of every type,
and every message the checks can print, in both languages. A message added to the code
without a row in the guide fails here."""

import ast
import re
import tomllib
from pathlib import Path

import pytest

from trainer import i18n, paths
from trainer.course.meta import KEYS

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "trainer" / "course"
GUIDES = {"nb": ROOT / "docs" / "authoring.md", "en": ROOT / "docs" / "authoring.en.md"}
# Modules whose messages reach an author (validate, pack, import), and the helpers that
# build a message and hand it to another call.
MESSAGE_MODULES = ("frontmatter", "meta", "loader", "parts", "programme", "validate", "manifest", "packs", "scope")
RETURNED_MESSAGES = {"_portable_name_problem", "_yaml_hint"}
PREFIX = {"_yaml_hint": "the front matter cannot be read: {yaml_hint}"}


def _translated(msgid: str, lang: str) -> str:
    """A message as the check prints it in `lang`, with '…' where the code fills something in."""
    text = i18n.translations(lang).gettext(msgid)
    return re.sub(r"\{\w*\}", "…", text).replace("{{", "{").replace("}}", "}")


def _sample(node, lang: str) -> str:
    """A message as text, with '…' where the code fills something in."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _sample(node.func.value, lang)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
            and isinstance(node.args[0], ast.Constant)):
        return _translated(node.args[0].value, lang)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "…" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _sample(node.left, lang) + _sample(node.right, lang)
    return "…"


def code_messages(lang: str = "nb") -> list[tuple[str, int, str]]:
    found = []
    warning = _translated("warning: ", lang)
    for name in MESSAGE_MODULES:
        tree = ast.parse((COURSE / f"{name}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in RETURNED_MESSAGES:
                prefix = _translated(PREFIX[node.name], lang).rstrip("…") if node.name in PREFIX else ""
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None:
                        values = [ret.value.body, ret.value.orelse] if isinstance(ret.value, ast.IfExp) else [ret.value]
                        for value in values:
                            text = _sample(value, lang)
                            if text.strip("…"):
                                found.append((name, ret.lineno, prefix + text))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            is_warning = False
            if called in ("error", "warn") and isinstance(func, ast.Attribute) and node.args:
                message, is_warning = node.args[-1], called == "warn"
            elif called in ("ContentError", "Problem", "_problem") and len(node.args) >= 3:
                message = node.args[2]
                is_warning = any(k.arg == "warning" and getattr(k.value, "value", False) is True for k in node.keywords) or (
                    len(node.args) > 3 and getattr(node.args[3], "value", False) is True)
            elif called == "_refuse" and len(node.args) >= 2:
                message = node.args[1]
            else:
                continue
            text = _sample(message, lang)
            if text == "…":
                continue  # a helper passing on a message made elsewhere
            found.append((name, node.lineno, (warning if is_warning else "") + text))
    return found


def guide_messages(text: str) -> list[str]:
    """The first column of every table after the heading that starts the message tables."""
    start = re.search(r"^### (Meldinger og hvordan du retter dem|Messages and how to fix them)\s*$", text, re.M)
    end = re.search(r"^## (Alle nøkler|Every key)\s*$", text, re.M)
    assert start and end, "the guide needs its message section and its key reference"
    rows = []
    for line in text[start.end():end.start()].splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cell = line[1:].split(" | ")[0].strip()
            rows.append(cell.replace("`", "").replace("\\|", "|"))
    return rows


def documented(message: str, rows: list[str], warning: str = "advarsel: ") -> bool:
    """Every fixed piece of the message appears, in order, in one row ('...' in the row
    stands for what varies)."""
    pieces = [p.strip() for p in message.split("…") if len(p.strip()) > 1]
    for row in rows:
        if message.startswith(warning) != row.startswith(warning):
            continue
        position = 0
        for piece in pieces:
            at = row.find(piece, position)
            if at < 0:
                break
            position = at + len(piece)
        else:
            return True
    return False


def test_the_extraction_finds_the_messages():
    messages = {text for _module, _line, text in code_messages("nb")}
    assert "filen er tom" in messages
    assert "valget '…' peker til steget '…', som ikke finnes…" in messages
    assert "advarsel: valget '…' har ingen tilbakemelding" in messages
    assert "'…' peker ut av pakkemappen" in messages
    assert "front matter kan ikke leses: bruk mellomrom, ikke tabulator, til innrykk" in messages
    assert len(messages) > 100
    english = {text for _module, _line, text in code_messages("en")}
    assert "the file is empty" in english
    assert "warning: the choice '…' has no feedback" in english
    assert "the front matter cannot be read: use spaces, not tabs, for indentation" in english
    assert len(english) == len(messages)


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_message_in_the_code_is_in_the_guide(lang):
    rows = guide_messages(GUIDES[lang].read_text("utf-8"))
    warning = _translated("warning: ", lang)
    missing = [f"{module}.py:{line}: {text}" for module, line, text in code_messages(lang)
               if not documented(text, rows, warning)]
    assert missing == [], f"add these to the message table in {GUIDES[lang].name}"


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_key_of_every_type_is_in_the_key_reference(lang):
    text = GUIDES[lang].read_text("utf-8")
    reference = text[re.search(r"^## (Alle nøkler|Every key)\s*$", text, re.M).end():]
    sections = dict(re.findall(r"^### `(\w+)`\s*$\n(.*?)(?=^### |\Z)", reference, re.M | re.S))
    assert set(sections) == set(KEYS)
    for kind, (required, optional) in KEYS.items():
        rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| (\w+) \|", sections[kind], re.M)}
        assert set(rows) == required | optional, kind
        yes = {"nb": "ja", "en": "yes"}[lang]
        assert {k for k, v in rows.items() if v == yes} == required, kind


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_the_guide_names_every_authoring_command(lang):
    text = GUIDES[lang].read_text("utf-8")
    for command in ("trainer new module", "trainer new scenario", "trainer new quiz", "trainer new programme",
                    "trainer new pack", "trainer preview", "trainer validate", "trainer pack", "trainer import"):
        assert command in text, command


def test_both_guides_have_the_same_sections():
    def shape(text):
        return [len(m.group(1)) for m in re.finditer(r"^(#{1,4}) ", text, re.M)]

    assert shape(GUIDES["nb"].read_text("utf-8")) == shape(GUIDES["en"].read_text("utf-8"))


def test_the_guide_travels_with_the_installed_package():
    """Help opens the guide from paths.docs_dir(); the package data maps docs/ there as it
    does content/ and assets/, and the desktop build takes it along."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert "trainer.docs" in config["packages"]
    assert config["package-dir"]["trainer.docs"] == "docs"
    assert "*.md" in config["package-data"]["trainer.docs"]
    assert "docs" in (ROOT / "build.spec").read_text("utf-8")
    assert paths.authoring_guide("nb") == paths.docs_dir() / "authoring.md"
    assert paths.authoring_guide("en") == paths.docs_dir() / "authoring.en.md"
    assert paths.authoring_guide("nb").is_file() and paths.authoring_guide("en").is_file()


def test_the_english_guide_quotes_the_english_messages():
    # A message quoted in the English guide is what the check says in English: the
    # bokmål wording there (it once quoted "modul-id '...' er brukt av flere moduler") is
    # a message an English user never sees.
    catalogue = i18n.parse_po(i18n.po_path("nb").read_text("utf-8"))
    filled = lambda text: re.sub(r"\{\w*\}", "...", text)  # noqa: E731 - as the guide writes a filled-in part
    bokmal = [filled(msgstr) for msgid, msgstr in catalogue.items() if msgid and msgid != msgstr]
    english = [filled(msgid) for msgid in catalogue if msgid]
    quoted = []
    for span in re.findall(r"`([^`\n]{15,})`", GUIDES["en"].read_text("utf-8")):
        pattern = re.compile(".*?".join(re.escape(part) for part in re.split(r"\.\.\.|…", span)))
        if any(pattern.search(text) for text in bokmal) and not any(pattern.search(text) for text in english):
            quoted.append(span)
    assert quoted == []
