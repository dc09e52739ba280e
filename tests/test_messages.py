"""The gettext catalogue: every message the code writes through `_` or `ngettext` has its
bokmål translation with the same placeholders, nothing in the catalogue is left over, and
the catalogue compiles to what gettext reads (as the build does)."""

import ast
import gettext
import io
import re
import string
from pathlib import Path

import argparse
import pytest

import trainer
from trainer import i18n

PACKAGE = Path(trainer.__file__).resolve().parent


def messages_in(path: Path) -> set[str]:
    """msgids as the catalogue keys them: 'singular\\0plural' for ngettext."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        args = node.args
        if name == "_" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.add(args[0].value)
        elif name == "ngettext" and len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
            found.add(args[0].value + "\0" + args[1].value)
    return found


def code_messages() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        found |= messages_in(path)
    return found


def catalogue() -> dict[str, str]:
    entries = i18n.parse_po(i18n.po_path("nb").read_text("utf-8"))
    entries.pop("", None)
    return entries


def fields(text: str) -> set[str]:
    named = {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}
    return named | set(re.findall(r"%\(\w+\)\w|%[sr]", text))


def test_every_message_has_its_bokmal_translation():
    missing = sorted(code_messages() - set(catalogue()))
    assert missing == [], "translate these in trainer/i18n/faresignaler_nb.po"


def test_the_catalogue_holds_only_messages_that_are_used():
    argparse_words = messages_in(Path(argparse.__file__))
    unused = sorted(set(catalogue()) - code_messages() - argparse_words)
    assert unused == []


def test_translations_keep_the_placeholders():
    wrong = []
    for msgid, msgstr in catalogue().items():
        for source, target in zip(msgid.split("\0") * 2, msgstr.split("\0")):
            if fields(source) != fields(target):
                wrong.append((source, target))
    assert wrong == []


def test_the_compiled_catalogue_is_what_gettext_reads():
    entries = catalogue()
    compiled = gettext.GNUTranslations(io.BytesIO(i18n.compile_po(i18n.po_path("nb").read_text("utf-8"))))
    assert compiled.gettext("usage: ") == "bruk: "
    assert compiled.ngettext("{n} module", "{n} modules", 1) == "{n} modul"
    assert compiled.ngettext("{n} module", "{n} modules", 2) == "{n} moduler"
    for msgid, msgstr in entries.items():
        if "\0" not in msgid:
            assert compiled.gettext(msgid) == msgstr


@pytest.mark.parametrize("environment, expected", [
    ({"LANG": "nb_NO.UTF-8"}, "nb"), ({"LANG": "en_GB.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "nb"),
    ({"LANGUAGE": "en", "LANG": "nb_NO.UTF-8"}, "en"), ({"LC_ALL": "nn_NO.UTF-8", "LANG": "en_US"}, "nb"), ({}, "nb"),
])
def test_the_system_language(monkeypatch, environment, expected):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.system_language() == expected


def test_the_choice_is_the_option_then_the_saved_setting_then_the_system(tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    settings = tmp_path / "settings.ini"
    assert i18n.choose_language(None, settings) == "en"
    settings.write_text("[General]\nlang=nb\n", "utf-8")
    assert i18n.choose_language(None, settings) == "nb"
    assert i18n.choose_language("en", settings) == "en"


def test_no_function_hides_the_translation_function():
    """`a, _, b = text.partition(...)` inside a function makes `_` local there, and every
    `_("...")` in that function fails. Throwaway names must be other names."""
    hidden = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        if not any(isinstance(n, ast.ImportFrom) and n.module == "trainer.i18n" and any(a.name == "_" for a in n.names)
                   for n in tree.body):
            continue
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            stack = list(ast.iter_child_nodes(function))
            while stack:
                node = stack.pop()
                if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.FunctionDef, ast.Lambda)):
                    continue
                if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                    hidden.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
                stack.extend(ast.iter_child_nodes(node))
    assert hidden == []


NORWEGIAN = re.compile(r"[æøåÆØÅ]|\b(ikke|finnes|og|som|kan|har|fra|til|svarte|mappen|filen|pakken)\b")


def test_the_english_core_speaks_no_norwegian(tmp_path):
    """Sync, storage, pack and content errors, as the English app and command line show them."""
    from trainer.course import packs, templates
    from trainer.errors import data_folder_problem, os_reason
    from trainer.store import errors as store_errors, safety, sync

    i18n.set_language("en")
    texts = []
    for address in ("lrs.example.org", "http://lrs.example.org/xAPI", "http://"):
        with pytest.raises(sync.SyncError) as raised:
            sync.target(address)
        texts.append(str(raised.value))
    texts.append(str(store_errors.classify(Exception("database is locked"), tmp_path / "p.db")))
    texts.append(str(store_errors.classify(Exception("file is not a database"), tmp_path / "p.db")))
    broken = tmp_path / "progress.db"
    broken.write_bytes(b"broken" * 1000)
    texts.append(safety.open_safely(broken).message())
    (tmp_path / "a-file").write_text("x", "utf-8")
    texts.append(data_folder_problem(tmp_path / "a-file"))
    texts.append(os_reason(NotADirectoryError(20, "Not a directory")))
    with pytest.raises(packs.PackError) as refused:
        packs.build_zip(tmp_path, tmp_path / "x.zip", [])
    texts.extend(str(p) for p in refused.value.problems)
    with pytest.raises(templates.TemplateError) as refused_template:
        templates.create("module", tmp_path / "a-file", "en", set())
    texts.append(str(refused_template.value))
    for text in texts:
        assert text and not NORWEGIAN.search(text), text


def test_a_catalogue_cut_short_is_compiled_again(tmp_path, monkeypatch):
    """A full disk while the .mo was written left it empty: the next run read it and crashed."""
    import shutil

    shutil.copy(i18n.po_path("nb"), tmp_path / "faresignaler_nb.po")
    (tmp_path / "faresignaler_nb.mo").write_bytes(b"")  # newer than the .po, and empty
    monkeypatch.setattr(i18n, "FOLDER", tmp_path)
    assert i18n._load("nb").gettext("usage: ") == "bruk: "
    assert (tmp_path / "faresignaler_nb.mo").stat().st_size > 1000  # written whole this time
