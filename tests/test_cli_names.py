"""File names that are one file on another system, names Windows keeps for itself, and
names that are not UTF-8: said with the file and the fix, never a false "done" and never
a traceback, in validate, preview, pack, import and at start-up."""

import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from trainer.cli import main


def png(width: int = 2, height: int = 2) -> bytes:
    raw = b"".join(b"\0" + b"\0" * width * 3 for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def said(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return captured.out + captured.err


def test_pack_refuses_names_that_differ_only_in_case(pack, tmp_path, capsys):
    (pack / "X.png").write_bytes(png())
    (pack / "x.png").write_bytes(png())
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    err = said(capsys)
    assert "X.png" in err and "x.png" in err and "store og små bokstaver" in err
    assert not (tmp_path / "p.zip").exists()


@pytest.mark.parametrize("name", ["con.md", "Aux.png", "lpt1.txt", "COM3.md"])
def test_pack_refuses_names_windows_keeps(pack, tmp_path, capsys, name):
    (pack / name).write_bytes(png())
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    assert "Windows" in said(capsys)
    assert not (tmp_path / "p.zip").exists()


@pytest.mark.parametrize("name", ["nul", "bilde. ", "bilde.png."])
def test_pack_leaves_out_a_file_that_is_no_content_whatever_its_name(pack, tmp_path, capsys, name):
    # Not a content file (no .md, .png ... ending): left out and named, as every such file
    # is, so it cannot make a name Windows refuses; validate says nothing of it either.
    (pack / name).write_bytes(png())
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 0
    assert f"hoppet over {name}: ikke en innholdsfil" in said(capsys)
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        assert not [entry for entry in archive.namelist() if entry.endswith(name)]


@pytest.mark.parametrize("name", ["p/con.md", "p/01-modul/aux.png", "p/bilde.png."])
def test_import_refuses_names_windows_keeps(tmp_path, data_dir, capsys, name):
    archive = tmp_path / "p.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("p/pack.md", "---\ntype: pack\nid: p\ntitle: P\nlang: nb\nversion: 1\n---\n")
        handle.writestr(name, "x")
    assert main(["import", str(archive)]) == 1
    assert "Windows" in said(capsys)


def not_utf8(pack: Path) -> Path:
    module = next(pack.glob("*/module.md")).parent
    bad = Path(module / "03-q\udce6.md")
    bad.write_text("---\ntype: page\nid: q\ntitle: Q\n---\nTekst.\n", "utf-8")
    (module / "bilde-\udcf8.png").write_bytes(png())
    return bad


def test_validate_names_a_file_name_that_is_not_utf8(pack, capsys):
    not_utf8(pack)
    assert main(["validate", str(pack)]) == 1
    out = capsys.readouterr().out
    assert "03-q\ufffd.md" in out and "bilde-\ufffd.png" in out and "UTF-8" in out and "gi filen nytt navn" in out


def test_pack_names_a_file_name_that_is_not_utf8(pack, tmp_path, capsys):
    not_utf8(pack)
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    assert "UTF-8" in said(capsys)


def test_list_and_start_up_go_on_with_a_file_name_that_is_not_utf8(pack, capsys):
    not_utf8(pack)
    assert main(["--content", str(pack), "list"]) == 0
    assert "pakke" in capsys.readouterr().out


def test_preview_smoke_names_a_file_name_that_is_not_utf8(pack, capsys):
    not_utf8(pack)
    code = main(["preview", str(pack), "--smoke"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and code in (0, 1)


def test_a_pack_whose_id_windows_keeps_is_not_made(pack, tmp_path, capsys):
    manifest = pack / "pack.md"
    manifest.write_text("\n".join("id: con" if line.startswith("id:") else line
                                  for line in manifest.read_text("utf-8").splitlines()) + "\n", "utf-8")
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    assert "pakkens id 'con' er et navn Windows holder av for seg selv" in said(capsys)
    assert not (tmp_path / "p.zip").exists()
