"""The check passes only images the app can show: the one rule (trainer.course.images)
for validate, pack, import, the app's views and the web site."""

import base64
import struct
import zlib
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.course.images import image_problem

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>'


def png(width: int, height: int) -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def jpeg() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    return bytes(data)


BAD = {
    "stor.png": png(5000, 5000),
    "falsk.jpg": b"just some text, not a picture\n",
    "skadet.png": PIXEL[:40] + b"\0\0\0\0" + PIXEL[44:],
    "kuttet.png": PIXEL[:-12],
    "brutt.svg": b"<svg xmlns='http://www.w3.org/2000/svg'><rect",
    "module.md": None,  # the module's own text as an image
    "feil-navn.jpg": PIXEL,  # a PNG named .jpg
}


def with_images(pack: Path, files: dict) -> Path:
    module = next(pack.glob("*/module.md")).parent
    page = module / "05-bilder.md"
    lines = ["---", "type: page", "id: bilder", "title: Bilder", "---", ""]
    for name, data in files.items():
        if data is not None:
            (module / name).write_bytes(data)
        lines += [f"![Bilde {name}]({name})", ""]
    page.write_text("\n".join(lines), "utf-8")
    return page


@pytest.mark.parametrize("name", sorted(BAD))
def test_validate_refuses_an_image_the_app_cannot_show(pack, capsys, name):
    page = with_images(pack, {name: BAD[name]})
    assert main(["validate", str(pack)]) == 1
    out = capsys.readouterr().out
    assert f"{page}:7: bildet '{name}'" in out


def test_images_the_app_shows_pass(pack, capsys):
    with_images(pack, {"a.png": PIXEL, "b.gif": GIF, "c.svg": SVG, "d.jpg": jpeg()})
    assert main(["validate", str(pack)]) == 0, capsys.readouterr().out


def test_pack_and_import_refuse_an_image_the_app_cannot_show(pack, tmp_path, capsys):
    with_images(pack, {"stor.png": BAD["stor.png"]})
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    assert not (tmp_path / "p.zip").exists()
    import zipfile

    with zipfile.ZipFile(tmp_path / "hand.zip", "w") as archive:  # zipped by hand, past the check
        for path in pack.rglob("*"):
            if path.is_file():
                archive.write(path, "pakke/" + path.relative_to(pack).as_posix())
    capsys.readouterr()
    assert main(["import", str(tmp_path / "hand.zip")]) == 1
    assert "stor.png" in capsys.readouterr().out


def test_the_web_site_uses_the_same_rule(tmp_path):
    from trainer.web.data import image_problem as web_problem

    for name, data in BAD.items():
        if data is not None and name.endswith((".png", ".jpg")):
            (tmp_path / name).write_bytes(data)
            assert web_problem(tmp_path / name) == image_problem(data, name), name


def test_a_qt_free_check_agrees_with_qt_on_what_can_be_read():
    from PySide6.QtGui import QImage

    for name, data in BAD.items():
        if data is not None and name != "feil-navn.jpg":
            assert image_problem(data, name) is not None
            if name != "stor.png":
                assert QImage.fromData(data).isNull() or name.endswith(".svg"), name


def test_an_image_problem_is_said_at_the_line_of_the_image(pack, capsys):
    module = next(pack.glob("*/module.md")).parent
    page = module / "05-bilder.md"
    page.write_text("\n".join([
        "---", "type: page", "id: bilder", "title: Bilder", "---", "",       # 1-6
        "Se [kart.png](https://example.org/kart.png) for et større kart.",    # 7: link text names it
        "",
        "![Kart over byen](kart.png)",                                        # 9
        "",
        "![](tom.png)",                                                       # 11
        "",
        "Og en gang til: ![Kart igjen](kart.png)",                            # 13
        "",
    ]), "utf-8")
    assert main(["validate", str(pack)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if "05-bilder.md" in line and "finnes ikke" in line]
    assert [line.split(":")[1] for line in lines] == ["9", "11", "13"], lines


def test_an_image_without_a_description_is_warned_about(pack, capsys):
    page = with_images(pack, {"a.png": PIXEL})
    page.write_text(page.read_text("utf-8").replace("![Bilde a.png](a.png)", "![](a.png)"), "utf-8")
    assert main(["validate", str(pack)]) == 0  # a warning, not an error
    assert f"{page}:7: advarsel: bildet 'a.png' har ingen beskrivelse" in capsys.readouterr().out


@pytest.mark.parametrize("on_disk, written", [("NFD", "NFC"), ("NFC", "NFD")])
def test_an_image_name_is_found_in_either_unicode_form(pack, capsys, on_disk, written):
    import unicodedata

    module = next(pack.glob("*/module.md")).parent
    (module / unicodedata.normalize(on_disk, "få.png")).write_bytes(PIXEL)
    page = module / "05-bilder.md"
    page.write_text("---\ntype: page\nid: bilder\ntitle: Bilder\n---\n\n![Få](" + unicodedata.normalize(written, "få.png")
                    + ")\n", "utf-8")
    assert main(["validate", str(pack)]) == 0, capsys.readouterr().out


def _kart_page(pack: Path, written: str) -> Path:
    module = next(pack.glob("*/module.md")).parent
    (module / "kart.png").write_bytes(PIXEL)
    page = module / "05-bilder.md"
    page.write_text(f"---\ntype: page\nid: bilder\ntitle: Bilder\n---\n\n![Kart]({written})\n", "utf-8")
    return page


def test_an_image_name_with_other_capitals_names_the_file_as_it_is_written(pack, capsys):
    page = _kart_page(pack, "Kart.png")
    assert main(["validate", str(pack)]) == 1
    assert (f"{page}:7: bildet 'Kart.png' finnes ikke: filen heter 'kart.png'. Skriv navnet med de samme store og "
            "små bokstavene som filen") in capsys.readouterr().out


def test_an_image_name_with_other_capitals_fails_also_where_the_disk_ignores_capitals(pack, capsys, monkeypatch):
    # Windows and macOS: `Kart.png` opens kart.png, so is_file() says yes. The name must
    # still be refused: on Linux and the web it shows nothing.
    import os

    real_is_file = Path.is_file

    def ignoring_capitals(self):
        if real_is_file(self):
            return True
        try:
            return any(n.casefold() == self.name.casefold() and real_is_file(self.parent / n)
                       for n in os.listdir(self.parent))
        except OSError:
            return False

    monkeypatch.setattr(Path, "is_file", ignoring_capitals)
    real_resolve = Path.resolve

    def spelt_as_on_disk(self, strict=False):
        # Windows' resolve() gives the name as the disk spells it (GetFinalPathNameByHandle).
        path = real_resolve(self, strict)
        try:
            same = [n for n in os.listdir(path.parent) if n.casefold() == path.name.casefold()]
        except OSError:
            return path
        return path.parent / same[0] if same else path

    for resolve in (real_resolve, spelt_as_on_disk):
        monkeypatch.setattr(Path, "resolve", resolve)
        page = _kart_page(pack, "Kart.png")
        assert main(["validate", str(pack)]) == 1
        assert f"{page}:7: bildet 'Kart.png' finnes ikke: filen heter 'kart.png'" in capsys.readouterr().out
        _kart_page(pack, "kart.png")
        assert main(["validate", str(pack)]) == 0
