"""The authors' commands, run as an officer would: new, validate, pack, import, preview.
Exit codes are those of validate (0 done, 1 refused with reasons, 2 wrong usage), messages
are plain Norwegian, and nothing ever ends in a traceback."""

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import trainer
from trainer.cli import _parser, main

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)
README = Path(__file__).resolve().parents[1] / "README.md"  # the checkout, not the installed package


def run(*args, cwd, data):
    pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
    result = subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, cwd=cwd, timeout=120,
        env={**os.environ, "PYTHONPATH": pythonpath, "TRAINER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "arbeid"
    folder.mkdir()
    return folder


def test_new_writes_once_and_refuses_to_overwrite(work, data_dir, capsys):
    assert main(["new", "module", str(work / "01-min-modul")]) == 0
    out, err = capsys.readouterr()
    assert out == f"skrev {work / '01-min-modul' / 'module.md'}\n"
    assert f"trainer preview {work / '01-min-modul'}" in err
    assert main(["new", "scenario", str(work / "01-min-modul" / "02-scenario.md"), "--lang", "en"]) == 0
    assert "Ask who the friend is" in (work / "01-min-modul" / "02-scenario.md").read_text("utf-8")
    capsys.readouterr()
    assert main(["new", "module", str(work / "01-min-modul")]) == 1
    assert "finnes allerede; velg et annet navn (ingenting er skrevet)" in capsys.readouterr().err
    assert main(["validate", str(work / "01-min-modul")]) == 0


def test_new_without_a_module_folder_says_where_the_file_belongs(work, data_dir, capsys):
    assert main(["new", "quiz", str(work / "quiz.md")]) == 0
    assert "merk: Filen ligger ikke i en modulmappe" in capsys.readouterr().err


def test_wrong_usage_exits_2(work, tmp_path):
    data = tmp_path / "data"
    assert run("new", "lesson", "x.md", cwd=work, data=data).returncode == 2
    assert run("new", "quiz", "x.md", "--lang", "sv", cwd=work, data=data).returncode == 2
    missing = run("pack", "finnes-ikke", cwd=work, data=data)
    assert (missing.returncode, missing.stderr.strip()) == (2, "trainer pack: finner ikke mappen 'finnes-ikke'")
    (work / "p").mkdir()
    not_zip = run("pack", "p", "-o", "p.tar", cwd=work, data=data)
    assert (not_zip.returncode, not_zip.stderr.strip()) == (2, "trainer pack: 'p.tar' må slutte på .zip")
    missing = run("import", "borte.zip", cwd=work, data=data)
    assert (missing.returncode, missing.stderr.strip()) == (2, "trainer import: finner ikke 'borte.zip'")
    (work / "notat.txt").write_text("x", "utf-8")
    text = run("import", "notat.txt", cwd=work, data=data)
    assert (text.returncode, text.stderr.strip()) == (2, "trainer import: 'notat.txt' er verken en zip-fil eller en mappe")
    preview = run("preview", "borte.md", cwd=work, data=data)
    assert (preview.returncode, preview.stderr.strip()) == (2, "trainer preview: finner ikke 'borte.md'")


def test_validate_refuses_a_misplaced_or_unknown_recommended_mark_with_its_line(work, tmp_path):
    """The scenario template with an unknown mark after a choice, and `{recommended}` in an
    ending: each named by file and line, in the language asked for."""
    data = tmp_path / "data"
    assert run("new", "module", "01-modul", "--lang", "en", cwd=work, data=data).returncode == 0
    assert run("new", "scenario", "01-modul/03-scenario.md", "--lang", "en", cwd=work, data=data).returncode == 0
    scenario = work / "01-modul" / "03-scenario.md"
    text = scenario.read_text("utf-8")
    text = text.replace("(#senere)\n", "(#senere) {recomended}\n", 1)
    text = text.replace("That is the most important\n", "That is the most important {recommended}\n", 1)
    scenario.write_text(text, "utf-8")
    lines = text.splitlines()
    unknown = next(n for n, line in enumerate(lines, 1) if "{recomended}" in line)
    ending = next(n for n, line in enumerate(lines, 1) if "important {recommended}" in line)
    checked = run("--lang", "en", "validate", "01-modul", cwd=work, data=data)
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        f"01-modul/03-scenario.md:{unknown}: unknown mark '{{recomended}}' after the choice: "
        "the only mark a choice can have is '{recommended}'",
        f"01-modul/03-scenario.md:{ending}: '{{recommended}}' marks a choice, but the ending 'god-slutt' has no choices: remove it",
    ]


def test_the_officer_flow_on_the_command_line(work, tmp_path):
    data = tmp_path / "data"
    made = run("new", "pack", "vestfold", cwd=work, data=data)
    assert made.returncode == 0 and made.stdout.splitlines()[0] == "skrev vestfold/pack.md"
    assert run("validate", "vestfold", cwd=work, data=data).stderr.strip() == "1 modul, 1 kurs: 0 feil, 0 advarsler"

    scenario = work / "vestfold" / "01-modul" / "03-scenario.md"
    scenario.write_text(scenario.read_text("utf-8").replace("(#senere)", "(#seinere)", 1), "utf-8")
    broken = run("validate", "vestfold", cwd=work, data=data)
    assert broken.returncode == 1
    line = next(n for n, text in enumerate(scenario.read_text("utf-8").splitlines(), 1) if "(#seinere)" in text)
    assert (f"vestfold/01-modul/03-scenario.md:{line}: valget 'La det ligge, det er jo bare sko' peker til steget "
            "'seinere', som ikke finnes (mente du 'senere'?)") in broken.stdout.splitlines()
    refused = run("pack", "vestfold", cwd=work, data=data)
    assert refused.returncode == 1 and not list(work.glob("*.zip"))
    assert "trainer pack: pakken er ikke laget: 1 feil må rettes først" in refused.stderr
    scenario.write_text(scenario.read_text("utf-8").replace("(#seinere)", "(#senere)"), "utf-8")

    (work / "vestfold" / "notater.docx").write_bytes(b"word")
    built = run("pack", "vestfold", cwd=work, data=data)
    assert built.returncode == 0, built.stdout + built.stderr
    assert built.stdout.strip() == f"skrev {work / 'vestfold-1.zip'} («Vestfold», versjon 1, 6 filer)"
    assert "hoppet over notater.docx: ikke en innholdsfil" in built.stderr

    installed = run("import", "vestfold-1.zip", cwd=work, data=data)
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.strip() == f"installerte «Vestfold» (versjon 1) i {data / 'content' / 'vestfold'}"
    everything = run("validate", cwd=work, data=data)
    assert everything.returncode == 0 and "21 moduler, 7 kurs" in everything.stderr
    preview = run("--smoke", "preview", "vestfold", cwd=work, data=data)
    assert (preview.returncode, preview.stdout.strip()) == (0, "preview ok (7 filer, 0 problemer)"), preview.stderr
    again = run("import", "vestfold-1.zip", cwd=work, data=data)
    assert again.stdout.strip().endswith("på nytt i " + str(data / "content" / "vestfold") + "; ingenting er endret")


def test_import_reopens_completed_modules_that_changed(work, tmp_path):
    data = tmp_path / "data"
    run("new", "pack", "vestfold", cwd=work, data=data)
    run("pack", "vestfold", "-o", "v1.zip", cwd=work, data=data)
    assert run("import", "v1.zip", cwd=work, data=data).returncode == 0
    from trainer.store import db as store_db
    from trainer.store import progress

    database = store_db.connect(data / "progress.db")
    kari = progress.create_profile(database, "Kari")
    progress.mark_completed(database, kari.id, "vestfold-modul")
    database.conn.close()
    page = work / "vestfold" / "01-modul" / "02-tall.md"
    page.write_text(page.read_text("utf-8").replace("| 120 |", "| 125 |"), "utf-8")
    manifest = work / "vestfold" / "pack.md"
    manifest.write_text(manifest.read_text("utf-8").replace("version: 1", "version: 2"), "utf-8")
    run("pack", "vestfold", "-o", "v2.zip", cwd=work, data=data)
    updated = run("import", "v2.zip", cwd=work, data=data)
    assert updated.returncode == 0
    assert updated.stdout.splitlines() == [
        f"oppdaterte «Vestfold» fra versjon 1 til 2 i {data / 'content' / 'vestfold'}; endrede moduler: vestfold-modul",
        "1 profil hadde fullført en endret modul; den står nå som påbegynt, og svarene er tatt vare på",
    ]
    database = store_db.connect(data / "progress.db")
    assert progress.module_progress(database, kari.id, "vestfold-modul").status == "in_progress"
    database.conn.close()


def test_a_hostile_zip_is_refused_with_its_reason(work, tmp_path):
    data = tmp_path / "data"
    with zipfile.ZipFile(work / "farlig.zip", "w") as archive:
        archive.writestr("p/pack.md", "---\ntype: pack\nid: p\ntitle: P\nlang: nb\nversion: 1\n---\n")
        archive.writestr("p/../../../.bashrc", "rm -rf ~")
    refused = run("import", "farlig.zip", cwd=work, data=data)
    assert refused.returncode == 1
    assert refused.stdout.strip() == "farlig.zip: 'p/../../../.bashrc' peker ut av pakkemappen"
    assert refused.stderr.strip() == "trainer import: pakken er ikke installert; ingenting er endret"
    assert not (data / "content").exists()


def test_authoring_commands_do_not_load_qt(work, tmp_path):
    code = (
        "import sys, trainer.cli\n"
        "for argv in (['new', 'pack', 'p'], ['pack', 'p', '-o', 'p.zip'], ['import', 'p.zip'], ['validate', 'p']):\n"
        "    assert trainer.cli.main(argv) == 0, argv\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'PySide6 was loaded'\n"
    )
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "TRAINER_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=work)
    assert result.returncode == 0, result.stderr


def test_every_command_is_in_the_readme():
    parser = _parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    table = README.read_text("utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `trainer (\w+)", table, re.M))
    assert set(commands) <= documented, sorted(set(commands) - documented)
