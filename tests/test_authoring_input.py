"""What officers' editors write (often on Windows) reaches the checks as they meant it, or
is named: endings other than .md, empty folders, unclosed comments, chart cells that are
no plain numbers, image paths with %20, links and zip errors. Never a silent "0 errors"."""

import zipfile

import pytest

from trainer.cli import main


def _copy_page(module, name, ident):
    text = (module / "02-tall.md").read_text("utf-8").replace("id: tall", f"id: {ident}")
    (module / name).write_text(text, "utf-8")
    return module / name


def test_an_upper_case_ending_is_read_as_markdown_everywhere(pack, capsys):
    module = pack / "01-modul"
    upper = _copy_page(module, "05-UPPER.MD", "stor")
    upper.write_text(upper.read_text("utf-8").replace("type: page", "type: page\ncolour: red"), "utf-8")
    # The page is read (its unknown key is found) whether the file, its module or the pack is named.
    for target in (upper, module, pack):
        assert main(["validate", str(target)]) == 1, target
        out, _err = capsys.readouterr()
        assert str(upper) + ":" in out, target


def test_markdown_under_another_ending_is_named_with_the_name_to_give_it(pack, capsys):
    module = pack / "01-modul"
    _copy_page(module, "06-x.markdown", "x")
    _copy_page(module, "07-y.md.txt", "y")
    (module / "README.markdown").write_text("Notes for the authors.\n", "utf-8")  # as README.md it is skipped: no word
    assert main(["validate", str(pack)]) == 0
    out, _err = capsys.readouterr()
    assert out.splitlines() == [
        f"{module / '06-x.markdown'}: advarsel: filen blir ikke lest: innholdsfiler må slutte på .md (gi den navnet '06-x.md')",
        f"{module / '07-y.md.txt'}: advarsel: filen blir ikke lest: innholdsfiler må slutte på .md (gi den navnet '07-y.md')",
    ]
    assert main(["pack", str(pack), "-o", str(pack.parent / "p.zip")]) == 0
    assert "gi den navnet '07-y.md'" in capsys.readouterr().out


def test_a_single_file_with_another_ending_is_refused_as_such(pack, capsys):
    page = _copy_page(pack / "01-modul", "06-x.markdown", "x")
    assert main(["validate", str(page)]) == 1
    out, _err = capsys.readouterr()
    assert out == f"{page}: filen blir ikke lest: innholdsfiler må slutte på .md (gi den navnet '06-x.md')\n"
    assert "module.md" not in out


def test_an_empty_folder_has_nothing_to_check(tmp_path, data_dir, capsys):
    empty = tmp_path / "tom"
    empty.mkdir()
    assert main(["validate", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"trainer validate: det er ingenting å sjekke i '{empty}': mappen har ingen innholdsfiler (.md)"
    (empty / "notat.markdown").write_text("---\ntype: page\n---\n", "utf-8")
    assert main(["--lang", "en", "validate", str(empty)]) == 1
    out, err = capsys.readouterr()
    assert "rename it to 'notat.md'" in out
    assert err.splitlines()[-1] == f"trainer validate: there is nothing to check in '{empty}': it has no content files (.md)"


NOTE = "<!-- TODO: sjekk tallet med politiet"


def test_an_unclosed_comment_is_an_error_at_its_line_and_never_shown(pack, capsys):
    from trainer.course.render import render_markdown

    page = pack / "01-modul" / "02-tall.md"
    text = page.read_text("utf-8").replace("Distriktets egne tall", f"Distriktets {NOTE}\negne tall")
    page.write_text(text, "utf-8")
    line = text.splitlines().index(f"Distriktets {NOTE}") + 1
    assert main(["validate", str(page)]) == 1
    out, _err = capsys.readouterr()
    assert out == (f"{page}:{line}: en kommentar '<!--' blir aldri lukket med '-->': skriv '-->' der notatet slutter "
                   "(et notat inne i et avsnitt må slutte i det avsnittet)\n")
    assert main(["pack", str(pack), "-o", str(pack.parent / "p.zip")]) == 1
    capsys.readouterr()
    html = render_markdown(f"Før.\n\n{NOTE}\n\nEtter, med `<!--` i kode.\n\n- punkt {NOTE}\n- neste")
    assert "TODO" not in html and "sjekk" not in html
    assert html == ("<p>Før.</p>\n<p>Etter, med <code>&lt;!--</code> i kode.</p>\n"
                    "<ul>\n<li>punkt</li>\n<li>neste</li>\n</ul>")


@pytest.mark.parametrize("text", [
    "<!-- a note\nover lines -->\n\nText.",
    "<!--\nA\n\nB\n-->\n\nText.",
    "Text <!-- inline --> and more.",
    "`<!--` is how a comment starts.",
    "Text.\n\n    <!-- code, shown as written",
    "Tekst.\n<!-- TODO\n\nmer -->\n\nEtter.",  # straight after a line of text: a block of its own
])
def test_closed_comments_and_code_are_no_error(text):
    from trainer.course.blocks import unclosed_comment

    assert unclosed_comment(list(enumerate(text.splitlines(), 1))) is None


@pytest.mark.parametrize("text, line", [
    ("Text.\n\n<!-- TODO\n\nMore.", 3),
    ("Text <!-- a\n\nb --> after", 1),  # inside a paragraph it must close there
    ("<!-- a -->\n\n- item <!-- b", 3),
])
def test_unclosed_comments_are_found_at_their_line(text, line):
    from trainer.course.blocks import unclosed_comment

    assert unclosed_comment(list(enumerate(text.splitlines(), 1))) == line


def test_a_chart_cell_that_is_no_plain_number_is_an_error_at_its_row(pack, capsys):
    from trainer.course.loader import load_library

    page = pack / "01-modul" / "02-tall.md"
    text = page.read_text("utf-8")
    text = text.replace("| Kommune A | 120 | 135 | 90 |", "| Kommune A | ca. 300 | 1.234 | 45 % |")
    text = text.replace("| Kommune B | 45 | 52 | 30 |", "| Kommune B | 1 234 | 12,5 | 30* |")
    page.write_text(text, "utf-8")
    row = text.splitlines().index("| Kommune A | ca. 300 | 1.234 | 45 % |") + 1
    assert main(["validate", str(page)]) == 1
    out, _err = capsys.readouterr()
    assert out.splitlines() == [
        f"{page}:{row}: 'ca. 300' er ikke et tall: skriv bare sifre, for eksempel 1234, 1 234, 12,5 eller 45 %; "
        "'–' eller en tom celle betyr ingen tall",
        f"{page}:{row}: '1.234' er uklart: tusen skrives 1234 eller 1 234, en desimal 1,5 eller 1.5",
    ]
    figure = next(p for p in load_library([pack]).modules[0].parts if p.id == "tall").figures[0]
    assert figure.rows[:2] == (("Kommune A", (None, None, 45.0)), ("Kommune B", (1234.0, 12.5, 30.0)))


def test_an_image_path_with_percent_escapes_is_found(pack, capsys):
    module = pack / "01-modul"
    (module / "mitt bilde.png").write_bytes(__import__("base64").b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="))
    page = module / "02-tall.md"
    page.write_text(page.read_text("utf-8") + "\n\n![Kart](mitt%20bilde.png)\n", "utf-8")
    assert main(["validate", str(page)]) == 0, capsys.readouterr().out
    from trainer.course.render import render_markdown

    html = render_markdown("![Kart](mitt%20bilde.png)", module, [pack])
    assert (module / "mitt bilde.png").as_uri() in html


def test_pack_names_every_link_at_once(pack, tmp_path, capsys):
    (pack / "01-modul" / "lenke.png").symlink_to(tmp_path)
    (pack / "lenke-mappe").symlink_to(tmp_path)
    assert main(["pack", str(pack), "-o", str(tmp_path / "p.zip")]) == 1
    out, _err = capsys.readouterr()
    assert out.splitlines() == [
        f"{pack / '01-modul' / 'lenke.png'}: '01-modul/lenke.png' er en lenke; lenker kan ikke være med i en innholdspakke",
        f"{pack / 'lenke-mappe'}: 'lenke-mappe' er en lenke; lenker kan ikke være med i en innholdspakke",
    ]


def test_pack_says_when_it_replaces_a_zip(pack, tmp_path, capsys):
    target = tmp_path / "p.zip"
    assert main(["pack", str(pack), "-o", str(target)]) == 0
    assert " i stedet for " not in capsys.readouterr().out
    assert main(["pack", str(pack), "-o", str(target)]) == 0
    assert capsys.readouterr().out.startswith(f"skrev {target} i stedet for filen som lå der («")
    assert zipfile.is_zipfile(target)


@pytest.mark.parametrize("command", [["handout"], ["certificate", "--profile", "Ada", "--course", "laerer"]])
def test_a_pdf_command_refuses_another_ending(command, tmp_path, data_dir, capsys):
    assert main([*command, "-o", str(tmp_path / "ark.txt")]) == 2
    assert capsys.readouterr().err == f"trainer {command[0]}: '{tmp_path / 'ark.txt'}' må slutte på .pdf\n"
    assert not (tmp_path / "ark.txt").exists()


def test_new_refuses_a_file_it_would_never_read(tmp_path, data_dir, capsys):
    target = tmp_path / "scenario.markdown"
    assert main(["new", "scenario", str(target)]) == 2
    assert capsys.readouterr().err == f"trainer new: '{target}' må slutte på .md\n"
    assert not target.exists()
    assert main(["new", "scenario", str(tmp_path / "Scenario.MD")]) == 0
    folder = tmp_path / "02-modul.v2"  # an existing folder: the file goes inside it, as before
    folder.mkdir()
    assert main(["new", "scenario", str(folder)]) == 0
    assert [path.suffix for path in folder.iterdir()] == [".md"]


def test_a_file_that_is_no_content_is_not_asked_to_be_renamed(pack, tmp_path, capsys):
    picture = pack / "01-modul" / "bilde.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert main(["validate", str(picture)]) == 1
    assert capsys.readouterr().out == f"{picture}: dette er ingen innholdsfil: bare filer som slutter på .md, blir sjekket\n"


def test_import_of_a_zip_that_cannot_be_read_says_so(pack, tmp_path, capsys, monkeypatch):
    import errno

    target = tmp_path / "p.zip"
    assert main(["pack", str(pack), "-o", str(target)]) == 0
    capsys.readouterr()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(zipfile.ZipFile, "__init__", refused)
    assert main(["import", str(target)]) == 1
    assert capsys.readouterr().out == f"{target}: kan ikke lese filen: ingen tilgang\n"
