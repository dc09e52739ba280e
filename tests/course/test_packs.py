"""Content packs: checking, building, installing, updating and removing, and every way a
zip or folder is refused before anything is written."""

import os
import stat
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest

from trainer import paths
from trainer.course import packs, templates
from trainer.course.loader import load_library

BUILTIN = paths.builtin_content_dir()


@pytest.fixture
def pack_folder(tmp_path) -> Path:
    folder = tmp_path / "work" / "vestfold"
    templates.create("pack", folder, "nb")
    return folder


@pytest.fixture
def packs_dir(tmp_path) -> Path:
    return tmp_path / "data" / "content"


def build(folder: Path, tmp_path: Path, name="vestfold.zip") -> Path:
    return packs.build_zip(folder, tmp_path / name, [BUILTIN]).output


def context(packs_dir: Path) -> list[Path]:
    installed = sorted(p for p in packs_dir.iterdir() if p.is_dir()) if packs_dir.is_dir() else []
    return [BUILTIN, *installed]


def messages(error: pytest.ExceptionInfo) -> list[str]:
    return [p.message for p in error.value.problems]


# ---------------------------------------------------------------- checking


def test_a_new_pack_checks_clean(pack_folder):
    check = packs.check_pack(pack_folder, [BUILTIN])
    assert check.problems == [] and check.manifest.id == "vestfold"
    assert check.manifest.authors == ("Ola Nordmann",) and check.manifest.licence == "CC BY 4.0"


def test_pack_problems_say_where(pack_folder):
    (pack_folder / "pack.md").unlink()
    check = packs.check_pack(pack_folder, [BUILTIN])
    assert [(p.path, p.line, p.message) for p in check.errors] == [
        (pack_folder, 0, "mappen har ingen pack.md: lag den med 'trainer new pack MAPPE'")]


def test_a_module_outside_every_course_is_a_warning(pack_folder):
    course = pack_folder / "kurs.md"
    text = course.read_text("utf-8").replace("modules: [vestfold-modul]", "modules: [faresignaler]")
    course.write_text(text.replace("quizzes: [quiz]", "quizzes: [quiz-faresignaler]"), "utf-8")
    check = packs.check_pack(pack_folder, [BUILTIN])
    assert check.errors == []
    (warning,) = check.warnings
    assert warning.path == pack_folder / "01-modul" / "module.md"
    assert warning.message.startswith("modulen 'vestfold-modul' er ikke med i noe kurs")


def test_a_pack_may_use_built_in_modules_but_not_their_ids(pack_folder):
    course = pack_folder / "kurs.md"
    course.write_text(course.read_text("utf-8").replace("[vestfold-modul]", "[faresignaler, vestfold-modul]"), "utf-8")
    assert packs.check_pack(pack_folder, [BUILTIN]).problems == []
    module = pack_folder / "01-modul" / "module.md"
    module.write_text(module.read_text("utf-8").replace("id: vestfold-modul", "id: faresignaler"), "utf-8")
    errors = packs.check_pack(pack_folder, [BUILTIN]).errors
    assert any(p.path == module and "modul-id 'faresignaler' er brukt av flere moduler på nb" in p.message for p in errors)


def test_manifest_keys_are_checked(pack_folder):
    manifest = pack_folder / "pack.md"
    text = manifest.read_text("utf-8").replace("version: 1", "version: [1]").replace("licence:", "license:")
    manifest.write_text(text, "utf-8")
    found = {p.message for p in packs.check_pack(pack_folder, [BUILTIN]).errors}
    assert "'version' må være et nummer eller en kort tekst, for eksempel 1, 1.2 eller 2025-10" in found
    assert "ukjent nøkkel 'license' (mente du 'licence'?)" in found


# ---------------------------------------------------------------- building


def test_build_writes_content_files_under_the_pack_id(pack_folder, tmp_path):
    (pack_folder / "notater.docx").write_bytes(b"word")
    (pack_folder / ".DS_Store").write_bytes(b"mac")
    built = packs.build_zip(pack_folder, tmp_path / "ut.zip", [BUILTIN])
    assert built.skipped == ["notater.docx"] and built.files == 6
    with zipfile.ZipFile(built.output) as archive:
        assert sorted(archive.namelist()) == [
            "vestfold/01-modul/02-tall.md", "vestfold/01-modul/03-scenario.md", "vestfold/01-modul/04-quiz.md",
            "vestfold/01-modul/module.md", "vestfold/kurs.md", "vestfold/pack.md"]
    again = packs.build_zip(pack_folder, tmp_path / "igjen.zip", [BUILTIN])
    assert again.output.read_bytes() == built.output.read_bytes()  # the same pack, the same zip


def test_build_names_the_zip_after_id_and_version(pack_folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert packs.build_zip(pack_folder, None, [BUILTIN]).output == tmp_path / "vestfold-1.zip"


def test_build_refuses_an_invalid_pack(pack_folder, tmp_path):
    scenario = pack_folder / "01-modul" / "03-scenario.md"
    scenario.write_text(scenario.read_text("utf-8").replace("(#samtale)", "(#samtal)"), "utf-8")
    with pytest.raises(packs.PackError) as error:
        packs.build_zip(pack_folder, tmp_path / "ut.zip", [BUILTIN])
    assert all(p.path == scenario and p.line > 0 for p in error.value.problems)
    assert "valget 'Spør hvem vennen er' peker til steget 'samtal'" in messages(error)[0]
    assert not (tmp_path / "ut.zip").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_build_refuses_links(pack_folder, tmp_path):
    (tmp_path / "hemmelig.txt").write_text("x", "utf-8")
    os.symlink(tmp_path / "hemmelig.txt", pack_folder / "lenke.txt")
    with pytest.raises(packs.PackError) as error:
        packs.build_zip(pack_folder, tmp_path / "ut.zip", [BUILTIN])
    assert messages(error) == ["'lenke.txt' er en lenke; lenker kan ikke være med i en innholdspakke"]


# ---------------------------------------------------------------- installing


def test_install_from_zip_into_the_packs_folder(pack_folder, packs_dir, tmp_path):
    zipped = build(pack_folder, tmp_path)
    result = packs.install(zipped, packs_dir, [BUILTIN])
    assert result.folder == packs_dir / "vestfold" and result.previous is None
    assert result.added_modules == ["vestfold-modul"] and result.changed_modules == {}
    assert sorted(p.name for p in packs_dir.parent.iterdir()) == ["content"]  # no staging left behind
    library = load_library(context(packs_dir))
    assert library.errors == []
    assert library.module("vestfold-modul", "nb") is not None
    assert [c.id for c in library.courses_in("nb")][-1] == "vestfold-kurs"
    (listed,) = packs.installed_packs(packs_dir)
    assert (listed.name, listed.title, listed.version) == ("vestfold", "Vestfold", "1")


def test_install_from_a_folder(pack_folder, packs_dir):
    (pack_folder / "notater.docx").write_bytes(b"word")
    result = packs.install(pack_folder, packs_dir, [BUILTIN])
    assert result.skipped == ["notater.docx"]
    assert not (packs_dir / "vestfold" / "notater.docx").exists()
    assert (packs_dir / "vestfold" / "01-modul" / "03-scenario.md").is_file()


def test_never_into_the_installation(pack_folder, packs_dir, tmp_path):
    before = sorted(str(p) for p in BUILTIN.rglob("*"))
    packs.install(build(pack_folder, tmp_path), packs_dir, [BUILTIN])
    assert sorted(str(p) for p in BUILTIN.rglob("*")) == before


def test_a_pack_replaces_the_contact_card_and_adds_a_chart(pack_folder, packs_dir, tmp_path):
    (pack_folder / "kontakt.md").write_text(
        "---\ntype: contact\nlang: nb\ntitle: Kontakt Vestfold\n---\n\n**Ring 02800** og spør etter forebygger.\n", "utf-8")
    result = packs.install(build(pack_folder, tmp_path), packs_dir, [BUILTIN])
    library = load_library(context(packs_dir))
    assert library.contact("nb").title == "Kontakt Vestfold"
    # the import says that the card is replaced, and shows the new one
    assert [(c.lang, c.title, c.path) for c in result.contacts] == [("nb", "Kontakt Vestfold", result.folder / "kontakt.md")]
    from trainer.cli_authoring import describe_install

    told = describe_install(result)
    assert "erstatter kontaktkortet (nb)" in told and "«Kontakt Vestfold»" in told and "**Ring 02800** og spør" in told
    assert library.contact("en").title == load_library([BUILTIN]).contact("en").title  # other languages keep theirs
    (figure,) = library.module("vestfold-modul", "nb").part("tall").figures
    assert figure.title == "Registrerte saker (eksempeltall)"
    assert [label for label, _values in figure.charted()] == ["Kommune A", "Kommune B"]


def test_an_update_tells_which_modules_changed(pack_folder, packs_dir, tmp_path):
    packs.install(build(pack_folder, tmp_path, "v1.zip"), packs_dir, [BUILTIN])
    second = pack_folder.parent / "01-annen"
    templates.create("module", pack_folder / "02-annen", "nb")
    course = pack_folder / "kurs.md"
    course.write_text(course.read_text("utf-8").replace("[vestfold-modul]", "[vestfold-modul, annen]"), "utf-8")
    manifest = pack_folder / "pack.md"
    manifest.write_text(manifest.read_text("utf-8").replace("version: 1", "version: 2"), "utf-8")
    result = packs.install(build(pack_folder, tmp_path, "v2.zip"), packs_dir, context(packs_dir))
    assert (result.previous.version, result.manifest.version) == ("1", "2")
    assert result.changed_modules == {} and result.added_modules == ["annen"]
    page = pack_folder / "01-modul" / "02-tall.md"
    page.write_text(page.read_text("utf-8").replace("| 120 |", "| 121 |"), "utf-8")
    old_version = load_library([packs_dir / "vestfold"]).module("vestfold-modul", "nb").content_version
    result = packs.install(build(pack_folder, tmp_path, "v3.zip"), packs_dir, context(packs_dir))
    new_version = load_library([packs_dir / "vestfold"]).module("vestfold-modul", "nb").content_version
    assert result.changed_modules == {"vestfold-modul": (old_version, new_version)}
    assert not second.exists()


def test_a_pack_that_fails_is_refused_with_reasons_and_the_old_one_stays(pack_folder, packs_dir, tmp_path):
    packs.install(build(pack_folder, tmp_path, "good.zip"), packs_dir, [BUILTIN])
    installed_before = sorted(str(p.relative_to(packs_dir)) for p in packs_dir.rglob("*"))
    quiz = pack_folder / "01-modul" / "04-quiz.md"
    quiz.write_text(quiz.read_text("utf-8").replace("- [x] En grunn til å snakke sammen", "- [ ] En grunn"), "utf-8")
    # Built by hand: `trainer pack` would refuse it already.
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        for path in sorted(pack_folder.rglob("*.md")):
            archive.write(path, "vestfold/" + path.relative_to(pack_folder).as_posix())
    with pytest.raises(packs.PackError) as error:
        packs.install(bad, packs_dir, context(packs_dir))
    (problem,) = error.value.problems
    assert problem.path == bad / "vestfold" / "01-modul" / "04-quiz.md" and problem.line == 20
    assert problem.message == "spørsmålet har ikke noe riktig svar: merk det riktige med '- [x]'"
    assert sorted(str(p.relative_to(packs_dir)) for p in packs_dir.rglob("*")) == installed_before
    assert sorted(p.name for p in packs_dir.parent.iterdir()) == ["content"]


def test_remove_deletes_only_the_pack(pack_folder, packs_dir, tmp_path):
    packs.install(build(pack_folder, tmp_path), packs_dir, [BUILTIN])
    (packs_dir / "handlaget").mkdir()  # a folder copied in by hand, without pack.md
    listed = packs.installed_packs(packs_dir)
    assert [(p.name, p.manifest is not None) for p in listed] == [("handlaget", False), ("vestfold", True)]
    removed = packs.remove("vestfold", packs_dir)
    assert removed.title == "Vestfold" and not (packs_dir / "vestfold").exists()
    assert [p.name for p in packs.installed_packs(packs_dir)] == ["handlaget"]
    assert sorted(p.name for p in packs_dir.parent.iterdir()) == ["content"]
    for name in ("vestfold", "../data", ".", ""):
        with pytest.raises(packs.PackError):
            packs.remove(name, packs_dir)
    assert (packs_dir / "handlaget").is_dir()


# ---------------------------------------------------------------- hostile zips


def make_zip(path: Path, entries: list, pack=True) -> Path:
    """entries: (name, data) or (ZipInfo, data)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if pack:
            archive.writestr("p/pack.md", "---\ntype: pack\nid: p\ntitle: P\nlang: nb\nversion: 1\n---\n")
            archive.writestr("p/kontakt.md", "---\ntype: contact\nlang: nb\ntitle: K\n---\n\nRing 112.\n")
        for name, data in entries:
            archive.writestr(name, data)
    return path


def symlink_entry(name: str, target: str):
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target


def patch_sizes(path: Path, name: str, size: int) -> None:
    """Say in the central directory that `name` unpacks to `size` bytes."""
    data = bytearray(path.read_bytes())
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        name_length = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + name_length].decode() == name:
            data[at + 24:at + 28] = struct.pack("<I", size)
        at += 4
    path.write_bytes(bytes(data))


def mark_encrypted(path: Path, name: str) -> None:
    """Set the 'encrypted' flag of `name` in its local and central headers."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, name_at, length_at in ((b"PK\x03\x04", 6, 30, 26), (b"PK\x01\x02", 8, 46, 28)):
        at = 0
        while (at := data.find(signature, at)) >= 0:
            length = struct.unpack("<H", data[at + length_at:at + length_at + 2])[0]
            if data[at + name_at:at + name_at + length].decode() == name:
                data[at + flag_at] |= 0x1
            at += 4
    path.write_bytes(bytes(data))


HOSTILE = {
    "outside": ([("p/../../evil.md", "x")], "'p/../../evil.md' peker ut av pakkemappen"),
    "outside-backslash": ([("p\\..\\..\\evil.md", "x")], "peker ut av pakkemappen"),
    "absolute": ([("/etc/evil.md", "x")], "'/etc/evil.md' er en absolutt sti"),
    "drive": ([("C:/Windows/evil.md", "x")], "er en absolutt sti"),
    "link": ([symlink_entry("p/lenke.md", "/etc/passwd")], "'p/lenke.md' er en lenke"),
    "encrypted": ([("p/hemmelig.md", "x")], "'p/hemmelig.md' er kryptert"),
    "duplicate": ([("p/A.md", "x"), ("p/a.md", "y")], "'p/a.md' står flere ganger i zip-filen"),
    "bad-name": ([("p/a:b.md", "x")], "har tegn som ikke kan brukes i filnavn"),
}


@pytest.fixture
def watch_writes(monkeypatch):
    """Records whether the importer ever made its staging folder (its first write)."""
    made = []
    real = tempfile.mkdtemp

    def spy(*args, **kwargs):
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(packs.tempfile, "mkdtemp", spy)
    return made


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_zips_are_refused_before_anything_is_written(case, tmp_path, packs_dir, watch_writes):
    entries, expected = HOSTILE[case]
    zipped = make_zip(tmp_path / f"{case}.zip", entries)
    if case == "encrypted":
        mark_encrypted(zipped, "p/hemmelig.md")
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    (problem,) = error.value.problems
    assert expected in problem.message and problem.path == zipped
    assert watch_writes == [] and not packs_dir.exists()
    assert not (tmp_path / "evil.md").exists() and not (tmp_path.parent / "evil.md").exists()


def test_too_many_files_is_refused(tmp_path, packs_dir, watch_writes):
    small = packs.Limits(files=5)
    zipped = make_zip(tmp_path / "mange.zip", [(f"p/{i}.md", "x") for i in range(4)])
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN], small)
    assert messages(error) == ["zip-filen har 6 filer; en innholdspakke kan ha høyst 5"]
    # A central directory too long to read is refused from the zip's end record alone.
    zipped = make_zip(tmp_path / "svaert-mange.zip", [(f"p/{i}.md", "") for i in range(20)])
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN], small)
    assert messages(error) == ["zip-filen har 22 filer; en innholdspakke kan ha høyst 5"]
    assert watch_writes == []


def test_too_large_is_refused_from_the_headers(tmp_path, packs_dir, watch_writes):
    zipped = make_zip(tmp_path / "stor.zip", [("p/bilde.png", b"\0" * 10)])
    patch_sizes(zipped, "p/bilde.png", 60 * packs.MB)
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    assert messages(error) == ["'p/bilde.png' blir 60 MB utpakket; én fil kan være høyst 50 MB"]
    zipped = make_zip(tmp_path / "stor2.zip", [(f"p/{i}.png", b"\0" * 10) for i in range(5)])
    for i in range(5):
        patch_sizes(zipped, f"p/{i}.png", 45 * packs.MB)
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    assert messages(error) == ["zip-filen blir 225 MB utpakket; en innholdspakke kan være høyst 200 MB"]
    assert watch_writes == []


def test_a_real_zip_bomb_is_refused(tmp_path, packs_dir, watch_writes):
    zipped = make_zip(tmp_path / "bombe.zip", [("p/bilde.png", b"\0" * (51 * packs.MB))])
    assert zipped.stat().st_size < packs.MB
    with pytest.raises(packs.PackError, match="én fil kan være høyst 50 MB"):
        packs.install(zipped, packs_dir, [BUILTIN])
    assert watch_writes == []


def test_a_zip_whose_headers_lie_is_stopped_while_unpacking(tmp_path, packs_dir):
    zipped = make_zip(tmp_path / "lyver.zip", [("p/bilde.png", b"\0" * 200_000)])
    patch_sizes(zipped, "p/bilde.png", 100)
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    assert "zip-filen" in messages(error)[0]
    assert not packs_dir.exists() or list(packs_dir.iterdir()) == []
    assert sorted(p.name for p in packs_dir.parent.iterdir()) in ([], ["content"])


def test_not_a_zip_and_no_manifest(tmp_path, packs_dir, watch_writes):
    (tmp_path / "tekst.zip").write_text("ikke en zip", "utf-8")
    with pytest.raises(packs.PackError) as error:
        packs.install(tmp_path / "tekst.zip", packs_dir, [BUILTIN])
    assert messages(error) == ["filen er ikke en zip-fil, eller den er skadet"]
    zipped = make_zip(tmp_path / "uten.zip", [("a/x.md", "x"), ("b/y.md", "y")], pack=False)
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    assert messages(error)[0].startswith("zip-filen har ingen pack.md øverst")
    assert watch_writes == []


def test_mac_leftovers_and_other_files_are_left_out(tmp_path, packs_dir):
    zipped = make_zip(tmp_path / "mac.zip", [("__MACOSX/p/._pack.md", "x"), ("p/.DS_Store", "x"), ("p/virus.exe", "MZ")])
    result = packs.install(zipped, packs_dir, [BUILTIN])
    assert result.skipped == ["virus.exe"]
    assert sorted(p.name for p in (packs_dir / "p").iterdir()) == ["kontakt.md", "pack.md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_a_folder_with_a_link_is_refused_before_copying(pack_folder, packs_dir, watch_writes):
    os.symlink("/etc", pack_folder / "etc")
    with pytest.raises(packs.PackError) as error:
        packs.install(pack_folder, packs_dir, [BUILTIN])
    assert messages(error) == ["'etc' er en lenke; lenker kan ikke være med i en innholdspakke"]
    assert watch_writes == [] and not packs_dir.exists()


def test_the_pack_id_decides_the_folder_never_the_zip(tmp_path, packs_dir):
    zipped = make_zip(tmp_path / "navn.zip", [], pack=False)
    with zipfile.ZipFile(zipped, "a") as archive:
        archive.writestr("pack.md", "---\ntype: pack\nid: ../../ut\ntitle: P\nlang: nb\nversion: 1\n---\n")
        archive.writestr("kontakt.md", "---\ntype: contact\nlang: nb\ntitle: K\n---\n\nRing 112.\n")
    with pytest.raises(packs.PackError) as error:
        packs.install(zipped, packs_dir, [BUILTIN])
    assert "id '../../ut' kan bare ha små bokstaver a-z, tall, '-' og '_'" in messages(error)
    assert not (tmp_path / "ut").exists()
    assert not packs_dir.exists() or list(packs_dir.iterdir()) == []


def test_raw_html_in_a_pack_is_not_run_and_remote_images_are_refused(pack_folder, packs_dir, tmp_path):
    from trainer.course.render import render_markdown

    page = pack_folder / "01-modul" / "02-tall.md"
    edit = page.read_text("utf-8") + '\n<script>alert(1)</script><iframe src="https://evil.example/"></iframe>\n'
    page.write_text(edit + "\n![kart](https://evil.example/kart.png)\n", "utf-8")
    with pytest.raises(packs.PackError) as error:
        packs.build_zip(pack_folder, tmp_path / "ut.zip", [BUILTIN])
    (problem,) = error.value.problems
    assert (problem.path, problem.line) == (page, len(edit.splitlines()) + 2)
    assert problem.message == "bildet 'https://evil.example/kart.png' ligger på nettet og vises aldri: legg det i modulmappen"
    page.write_text(edit, "utf-8")
    packs.install(build(pack_folder, tmp_path), packs_dir, [BUILTIN])
    installed = load_library(context(packs_dir)).module("vestfold-modul", "nb").part("tall")
    html = render_markdown(installed.body, installed.path.parent, context(packs_dir))
    assert "<script" not in html and "<iframe" not in html and "evil.example" not in html


def _dead_pid() -> int:
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _killed_import(data: Path, name: str, with_old: Path | None = None, recent: bool = False) -> Path:
    """A staging folder as an import killed half-way leaves it: an hour and more ago, or
    (`recent`) just now, by a process that is gone."""
    staging = data / f".import-{name}-pid{_dead_pid() if recent else 0}"
    (staging / "pack").mkdir(parents=True)
    (staging / "pack" / "pack.md").write_text("---\nid: x\n---\n", "utf-8")
    if with_old is not None:
        os.replace(with_old, staging / "old")  # killed between moving the old copy aside and the new one in
    if not recent:
        os.utime(staging, (0, 0))
    return staging


def test_a_killed_import_is_cleaned_up_by_the_next_import(pack_folder, packs_dir, tmp_path):
    packs.install(pack_folder, packs_dir, [BUILTIN])
    [installed] = packs.installed_packs(packs_dir)
    plain = _killed_import(packs_dir.parent, "plain")
    just_now = _killed_import(packs_dir.parent, "just-now", recent=True)
    half_way = _killed_import(packs_dir.parent, "half-way", with_old=installed.folder)
    running = packs_dir.parent / f".import-still-running-pid{os.getpid()}"  # another import, just started
    running.mkdir()
    assert not installed.folder.exists()
    other = tmp_path / "work" / "agder"
    templates.create("pack", other, "nb")
    manifest = other / "pack.md"
    manifest.write_text(manifest.read_text("utf-8").replace("id: agder", "id: agder-2"), "utf-8")
    packs.install(other, packs_dir, context(packs_dir))
    assert not plain.exists() and not just_now.exists() and not half_way.exists() and running.exists()
    assert installed.folder.is_dir() and (installed.folder / "pack.md").is_file()  # the old copy is back
    assert sorted(p.name for p in packs_dir.iterdir()) == sorted([installed.name, "agder-2"])


def test_a_killed_import_is_cleaned_up_at_the_next_start(tmp_path):
    import subprocess
    import sys

    import trainer

    data = tmp_path / "data"
    data.mkdir()
    staging = _killed_import(data, "killed", recent=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(trainer.__file__).resolve().parent.parent)}
    result = subprocess.run([sys.executable, "-m", "trainer", "--data-dir", str(data), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not staging.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_files_left_out_anyway_do_not_stop_the_pack(pack_folder, tmp_path, capsys):
    # A film too big for a pack, and Emacs's lock file (a dangling hidden link), are not
    # content: `pack` leaves them out as `validate` does, instead of refusing the folder.
    from trainer.cli import main

    with (pack_folder / "01-modul" / "film.mp4").open("wb") as film:
        film.truncate(packs.DEFAULT_LIMITS.file_bytes + 10 * packs.MB)  # sparse: no real 60 MB written
    os.symlink("ola@maskin.12345:1700000000", pack_folder / "01-modul" / ".#04-quiz.md")
    assert main(["validate", str(pack_folder)]) == 0
    built = packs.build_zip(pack_folder, tmp_path / "ut.zip", [BUILTIN])
    assert "01-modul/film.mp4" in built.skipped
    with zipfile.ZipFile(built.output) as archive:
        assert not [n for n in archive.namelist() if "film" in n or ".#" in n]
