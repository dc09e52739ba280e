"""Importing an older version over a newer one is refused unless asked for with
--allow-older; changed content under the same version number is warned about."""

from pathlib import Path

import pytest

from trainer.cli import main


@pytest.fixture
def pack(tmp_path, data_dir, capsys) -> Path:
    folder = tmp_path / "vp"
    assert main(["new", "pack", str(folder)]) == 0
    capsys.readouterr()
    return folder


def edition(pack: Path, version: str, text: str = "") -> None:
    manifest = pack / "pack.md"
    manifest.write_text("\n".join(
        f"version: {version}" if line.startswith("version:") else line
        for line in manifest.read_text("utf-8").splitlines()) + "\n", "utf-8")
    if text:
        module = pack / "01-modul" / "module.md"
        module.write_text(module.read_text("utf-8") + "\n" + text + "\n", "utf-8")


def test_an_older_version_is_refused_unless_allowed(pack, data_dir, capsys):
    edition(pack, "2")
    assert main(["import", str(pack)]) == 0
    edition(pack, "1", "Eldre tekst.")
    capsys.readouterr()
    assert main(["import", str(pack)]) == 1
    err = capsys.readouterr()
    assert "eldre enn den installerte versjonen 2" in err.out + err.err and "--allow-older" in err.out + err.err
    installed = data_dir / "content" / "vp" / "pack.md"
    assert "version: 2" in installed.read_text("utf-8")
    assert main(["import", "--allow-older", str(pack)]) == 0
    assert "gikk tilbake fra versjon 2 til den eldre versjon 1" in capsys.readouterr().out
    assert "version: 1" in installed.read_text("utf-8")


def test_changed_content_under_the_same_version_is_warned_about(pack, capsys):
    edition(pack, "3")
    assert main(["import", str(pack)]) == 0
    edition(pack, "3", "Ny tekst.")
    capsys.readouterr()
    assert main(["import", str(pack)]) == 0
    captured = capsys.readouterr()
    assert "innholdet er endret, men versjonen er fortsatt 3" in captured.out + captured.err


def test_version_1_10_is_newer_than_1_9_as_written(pack, data_dir, capsys):
    # YAML reads `version: 1.10` as the number 1.1: the edition must keep the digits its
    # author wrote, or a school refuses 1.10 as older than 1.9.
    from trainer.course import packs

    edition(pack, "1.9")
    assert main(["import", str(pack)]) == 0
    edition(pack, "1.10", "Ny utgave.")
    assert packs.read_manifest(pack).version == "1.10"
    assert packs.peek_manifest(pack)[2] == "1.10"
    capsys.readouterr()
    assert main(["import", str(pack)]) == 0
    assert "version: 1.10" in (data_dir / "content" / "vp" / "pack.md").read_text("utf-8")
    assert main(["pack", str(pack), "-o", str(pack.parent / "vp.zip")]) == 0
    assert packs.peek_manifest(pack.parent / "vp.zip")[2] == "1.10"


def test_version_1_2_stays_valid(pack):
    from trainer.course import packs

    edition(pack, "1.2")
    assert packs.read_manifest(pack).version == "1.2"
    assert packs.check_pack(pack, []).errors == []


def test_import_takes_pack_md_as_its_folder_as_the_app_does(pack, data_dir, capsys):
    assert main(["import", str(pack / "pack.md")]) == 0
    assert (data_dir / "content" / "vp" / "pack.md").is_file()
    assert "verken en zip-fil eller en mappe" not in capsys.readouterr().err
