"""Content that could stall or trick the app is refused by the validator, with its line,
and the renderer shows anything that slips past quickly (issue 18)."""

import base64
import time
from pathlib import Path

import pytest

from trainer.course import limits
from trainer.course.loader import load_library

MODULE = "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n"
PAGE = "---\ntype: page\nid: p\ntitle: P\n---\n\n"
GOOD = "---\ntype: page\nid: a\ntitle: A\n---\n\nEn side som er i orden.\n"


def problems_for(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    library = load_library([tmp_path])
    return [f"{p.path.relative_to(tmp_path)}:{p.line}: {p.message}" for p in library.problems]


def page(tmp_path, body: str | bytes, **extra) -> list[str]:
    content = PAGE.encode() + body if isinstance(body, bytes) else PAGE + body
    return problems_for(tmp_path, {"m/module.md": MODULE, "m/a.md": GOOD, "m/p.md": content, **extra})


# ---------------------------------------------------------------- limits


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(tmp_path):
    found = page(tmp_path, ("Et avsnitt.\n\n" * 10_000))
    assert found == ["m/p.md:1: filen er større enn 50 kB: del den opp i flere filer"]


def test_a_50_mb_single_line_is_refused_at_once(tmp_path):
    started = time.perf_counter()
    found = page(tmp_path, b"x" * 50_000_000)
    assert found == ["m/p.md:1: filen er større enn 50 kB: del den opp i flere filer"]
    assert time.perf_counter() - started < 10


def test_a_too_long_line_is_refused_with_its_line(tmp_path):
    found = page(tmp_path, "Kort.\n\n" + "a" * 6000 + "\n")
    assert found == ["m/p.md:9: linjen har 6000 tegn; en linje kan ha høyst 5000: del den opp"]


def test_too_many_lines_are_refused(tmp_path):
    found = page(tmp_path, "a\n\n" * 600)
    assert found == ["m/p.md:1001: filen har 1207 linjer; den kan ha høyst 1000: del den opp i flere filer"]


def test_a_long_run_without_blank_lines_is_refused(tmp_path):
    found = page(tmp_path, "".join(f"- punkt {i}\n" for i in range(250)))
    assert found == ["m/p.md:207: mer enn 200 linjer uten en tom linje imellom: sett inn tomme linjer, "
                     "eller del listen eller tabellen opp"]


def test_deep_list_nesting_is_refused_with_its_line(tmp_path):
    found = page(tmp_path, "".join("    " * depth + "- x\n" for depth in range(20)))
    assert found == ["m/p.md:18: lister eller sitater ligger mer enn 10 nivåer inni hverandre"]


def test_deep_quote_nesting_is_refused(tmp_path):
    found = page(tmp_path, "".join(">" * depth + " x\n" for depth in range(1, 15)))
    assert found == ["m/p.md:17: lister eller sitater ligger mer enn 10 nivåer inni hverandre"]


def test_deep_html_nesting_is_refused(tmp_path):
    found = page(tmp_path, "Tekst\n\n" + "<span>" * 25 + "x" + "</span>" * 25 + "\n")
    assert found == ["m/p.md:9: HTML-elementer ligger mer enn 20 nivåer inni hverandre"]


def test_many_unclosed_tags_in_a_long_file_are_refused(tmp_path):
    found = page(tmp_path, "\n\n".join(["<a <b <c " * 8] * 60))
    assert found == ["m/p.md:1: filen har 1440 HTML-merker på 4473 tegn, mer enn appen kan vise raskt: "
                     "skriv med Markdown, eller del filen opp"]


def test_ordinary_nesting_and_html_pass():
    text = "- a\n    - b\n        - c\n\n> sitat\n>> svar\n\nH<sub>2</sub>O og <sup>1</sup>\n"
    assert limits.problems(text) == []


def test_the_built_in_course_is_within_every_limit():
    from trainer import paths

    for path in paths.builtin_content_dir().rglob("*.md"):
        assert limits.problems(path.read_text("utf-8")) == [], path


# ---------------------------------------------------------------- YAML aliases


BOMB = "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 9))


def test_yaml_aliases_are_refused_before_any_value_is_used(tmp_path):
    started = time.perf_counter()
    found = problems_for(tmp_path, {
        "m/module.md": MODULE, "m/a.md": GOOD,
        "m/p.md": f"---\ntype: page\nid: p\ntitle: P\na0: &a0 [x, x, x, x, x, x, x, x, x]\n{BOMB}---\n\nTekst\n",
    })
    assert found == ["m/p.md:5: front matter gjentar en verdi med et YAML-anker og -alias ('&navn', '*navn'); "
                     "skriv verdien ut hver gang"]
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("value", ["type: &t page\nid: *t", "base: &b {x: 1}\nid:\n  <<: *b"])
def test_every_alias_is_refused(tmp_path, value):
    found = problems_for(tmp_path, {"m/module.md": MODULE, "m/a.md": GOOD, "m/p.md": f"---\n{value}\ntitle: P\n---\n\nTekst\n"})
    assert len(found) == 1 and "YAML-anker og -alias" in found[0]


def test_the_import_dialog_reads_pack_md_without_expanding_aliases(tmp_path):
    """The app's import dialog reads pack.md (its title, version) before the pack is checked:
    it goes through the same reader, so the bomb is refused there too."""
    from trainer.course.frontmatter import read_source
    from trainer.course.model import ContentError

    manifest = tmp_path / "pack.md"
    manifest.write_text(f"---\ntype: pack\nid: p\ntitle: P\na0: &a0 [x, x, x, x, x, x, x, x, x]\n{BOMB}"
                        "version: *a8\n---\n", "utf-8")
    with pytest.raises(ContentError, match="YAML-anker"):
        read_source(manifest)


def test_the_import_dialog_peeks_into_a_zip_without_expanding_aliases(tmp_path):
    """Before asking "replace the installed pack?", the app reads id, title and version from
    the zip's pack.md: the title was turned into text before any check (gigabytes)."""
    import zipfile

    from trainer.course.packs import peek_manifest

    bomb = (f"---\ntype: pack\nid: p\na0: &a0 [x, x, x, x, x, x, x, x, x]\n{BOMB}title: *a8\n"
            "version: '1'\n---\n")
    good = "---\ntype: pack\nid: p\ntitle: Pakke\nversion: '1'\nlang: nb\n---\n"
    for name, text in (("bomb.zip", bomb), ("good.zip", good)):
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            archive.writestr("p/pack.md", text)
    started = time.perf_counter()
    assert peek_manifest(tmp_path / "bomb.zip") is None
    assert time.perf_counter() - started < 5
    assert peek_manifest(tmp_path / "good.zip") == ("p", "Pakke", "1")


# ---------------------------------------------------------------- images

# A whole 1x1 PNG: the check reads an image to the end, so a header alone is not one.
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_reference_style_images_are_checked(tmp_path):
    found = page(tmp_path, "![a][finnes]\n\n![b][mangler]\n\n[finnes]: ok.png\n[mangler]: borte.png\n",
                 **{"m/ok.png": PIXEL})
    assert found == ["m/p.md:12: bildet 'borte.png' finnes ikke i innholdsmappen"]


def test_an_image_written_in_code_is_not_checked(tmp_path):
    assert page(tmp_path, "Skriv `![beskrivelse](bilde.png)` for et bilde.\n\n    ![x](kode.png)\n") == []


SVG_OUTSIDE = [
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/secret.png"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<image xlink:href="../../../home/x/photo.jpg"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(file:///x.svg#p)"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "other.css";</style></svg>',
    '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#shape"/></svg>',
]


@pytest.mark.parametrize("svg", SVG_OUTSIDE)
def test_an_svg_that_refers_outside_itself_is_refused(tmp_path, svg):
    found = page(tmp_path, "![tegning](t.svg)\n", **{"m/t.svg": svg})
    assert len(found) == 1 and found[0].startswith("m/p.md:7: bildet 't.svg': SVG-bildet viser til noe utenfor seg selv")


def test_an_svg_named_png_is_checked_as_an_svg(tmp_path):
    found = page(tmp_path, "![tegning](t.png)\n", **{"m/t.png": SVG_OUTSIDE[0]})
    assert len(found) == 1 and "SVG-bildet viser til noe utenfor seg selv ('/etc/secret.png')" in found[0]


def test_a_self_contained_svg_passes(tmp_path):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
           '<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use xlink:href="#g"/>'
           '<image href="data:image/png;base64,iVBORw0KGgo="/></svg>')
    assert page(tmp_path, "![tegning](t.svg)\n", **{"m/t.svg": svg}) == []


def test_a_compressed_svg_is_refused(tmp_path):
    import gzip

    found = page(tmp_path, "![tegning](t.svgz)\n", **{"m/t.svgz": gzip.compress(SVG_OUTSIDE[0].encode())})
    assert found == ["m/p.md:7: bildet 't.svgz': komprimerte SVG-bilder (svgz) støttes ikke; lagre bildet som vanlig SVG"]
