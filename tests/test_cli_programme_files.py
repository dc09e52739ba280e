"""handout and present with a file that is not a programme say what the file is."""

from pathlib import Path

import pytest

from trainer.cli import main

BUILT_IN_MODULE = Path(__file__).resolve().parent.parent / "content" / "nb" / "01-hva-er-vaas" / "module.md"


@pytest.mark.parametrize("command", ["handout", "present"])
@pytest.mark.parametrize("kind", ["empty", "latin-1", "module", "missing"])
def test_a_file_that_is_no_programme_is_said_as_such(tmp_path, data_dir, capsys, command, kind):
    path = {"empty": tmp_path / "tom.md", "latin-1": tmp_path / "latin.md", "module": BUILT_IN_MODULE,
            "missing": tmp_path / "borte.md"}[kind]
    if kind == "empty":
        path.write_text("")
    elif kind == "latin-1":
        path.write_bytes("---\ntype: programme\ntitle: Foreldrem\xf8te\n---\n".encode("latin-1"))
    extra = ["--smoke"] if command == "present" else ["-o", str(tmp_path / "x.pdf")]
    assert main([command, str(path), *extra]) == 2
    err = capsys.readouterr().err
    expected = {"empty": "kan ikke leses som et program: filen er tom",
                "latin-1": "kan ikke leses som et program: filen er ikke UTF-8",
                "module": "er ikke et program: en programfil har 'type: programme'",
                "missing": f"finner ikke filen '{path}'"}[kind]
    assert expected in err and "finner ikke programmet" not in err


def test_handout_from_content_without_programmes_says_so(tmp_path, data_dir, capsys):
    empty = tmp_path / "tom"
    empty.mkdir()
    assert main(["--content", str(empty), "handout", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "innholdet har ikke noe program med et ark til foreldrene" in err and "''" not in err
