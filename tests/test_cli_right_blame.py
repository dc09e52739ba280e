"""Messages blame the right thing: a file is not 'not found', a link loop is not 'not
found', a folder where the progress file should be is named, a file:// image is not 'on
the internet', and a failed install names where it could not write."""

import os
from pathlib import Path

import pytest

from trainer.cli import main


def test_pack_of_a_file_says_it_is_a_file(tmp_path, data_dir, capsys):
    (tmp_path / "tom.md").write_text("x")
    assert main(["pack", str(tmp_path / "tom.md")]) == 2
    assert "er en fil; en innholdspakke lages av en mappe" in capsys.readouterr().err


def test_validate_of_a_device_says_so(data_dir, capsys):
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    assert main(["validate", "/dev/null"]) == 2
    assert "'/dev/null' er en enhet i systemet" in capsys.readouterr().err


def test_validate_of_a_link_loop_says_so(tmp_path, data_dir, capsys):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    assert main(["validate", str(tmp_path / "a")]) == 1
    err = capsys.readouterr().err
    assert "går i ring" in err and "finner ikke" not in err


def test_a_folder_where_the_progress_file_should_be_is_named(tmp_path, capsys):
    (tmp_path / "data" / "progress.db").mkdir(parents=True)
    assert main(["--data-dir", str(tmp_path / "data"), "list"]) == 1
    assert f"'{tmp_path / 'data' / 'progress.db'}' er en mappe, men den må være fremdriftsfilen" in capsys.readouterr().err


def test_a_file_url_image_is_not_said_to_be_on_the_internet(demo_content, capsys):
    page = next((demo_content / "nb" / "demo").glob("module.md"))
    page.write_text(page.read_text("utf-8") + "\n\n![Kart](file:///tmp/kart.png)\n", "utf-8")
    assert main(["validate", str(demo_content / "nb")]) == 1
    out = capsys.readouterr().out
    assert "plasseringen på denne datamaskinen" in out and "nettet" not in out


def test_not_allowed_to_write_says_where():
    import errno

    from trainer.errors import unwritable

    error = unwritable("/srv/ut/rapport.csv", PermissionError(errno.EACCES, "Permission denied", "/srv/ut"))
    assert str(error) == "kan ikke skrive '/srv/ut/rapport.csv': '/srv/ut': du har ikke lov til å skrive der"
