"""-o is checked in one place before any work: a folder, a folder that is not there."""

import pytest

from trainer.cli import main


@pytest.mark.parametrize("command", [
    ["certificate", "--profile", "Kari", "--course", "laerer"],
    ["handout"],
    ["export", "--profile", "Kari", "--format", "csv"],
])
def test_an_existing_folder_as_output_is_said_as_such(tmp_path, data_dir, capsys, command):
    folder = tmp_path / "ut"
    folder.mkdir()
    assert main([*command, "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"kan ikke skrive '{folder}': det er en mappe, ikke en fil" in err
    assert "QPainter" not in err and "lov" not in err


@pytest.mark.parametrize("command", [["handout"], ["certificate", "--profile", "Kari", "--course", "laerer"]])
def test_a_missing_folder_for_the_output_is_named(tmp_path, data_dir, capsys, command):
    assert main([*command, "-o", str(tmp_path / "finnes-ikke" / "x.pdf")]) == 1
    assert f"mappen '{tmp_path / 'finnes-ikke'}' finnes ikke" in capsys.readouterr().err
