"""`trainer new`: a name too long, a module named as a file, a module id that is already
beside it, hints that copy-paste into a shell, and titles in the author's own letters."""

import shlex

import pytest

from trainer.cli import main


@pytest.mark.parametrize("kind, name", [("quiz", "q" * 300 + ".md"), ("module", "m" * 300), ("pack", "p" * 300),
                                        ("programme", "æ" * 200 + ".md")])
def test_a_name_too_long_is_said_in_words(tmp_path, data_dir, capsys, kind, name):
    assert main(["new", kind, str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert "er for langt" in err and "Traceback" not in err


def test_new_module_named_as_a_file_refuses_with_the_command_to_use(tmp_path, data_dir, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "module", "m.md"]) == 1
    assert "en modul er en mappe med en module.md i: trainer new module m" in capsys.readouterr().err
    assert not (tmp_path / "m.md").exists()
    assert main(["new", "module", "m/module.md"]) == 0  # the module's own file, named: as before


def test_new_module_refuses_an_id_already_beside_it(tmp_path, data_dir, capsys):
    assert main(["new", "module", str(tmp_path / "ids" / "a")]) == 0
    capsys.readouterr()
    assert main(["new", "module", str(tmp_path / "ids" / "b" / "a")]) == 1
    assert f"modulen 'a' finnes allerede i {tmp_path / 'ids' / 'a' / 'module.md'}" in capsys.readouterr().err
    assert not (tmp_path / "ids" / "b" / "a").exists()


def test_printed_hints_copy_paste_into_a_shell(tmp_path, data_dir, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "pack", "min pakke"]) == 0
    hint = capsys.readouterr().err.strip().splitlines()[-1]
    command = hint[hint.index("trainer preview"):]
    assert shlex.split(command) == ["trainer", "preview", "min pakke"]


def test_titles_keep_the_authors_letters(tmp_path, data_dir, capsys):
    assert main(["new", "pack", str(tmp_path / "æøå-pakke")]) == 0
    assert "title: Æøå pakke" in (tmp_path / "æøå-pakke" / "pack.md").read_text("utf-8")
    assert main(["new", "module", str(tmp_path / "03-Første møte")]) == 0
    text = (tmp_path / "03-Første møte" / "module.md").read_text("utf-8")
    assert "title: Første møte" in text and "id: forste-mote" in text
