"""The command line, run as a user would run it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer
from trainer import __version__
from trainer.cli import main


# Subprocesses import the same trainer package as this test run (installed or source).
IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def run(*args, cwd=None, env=None):
    pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, cwd=cwd,
        env={**os.environ, "PYTHONPATH": pythonpath, **(env or {})}, timeout=120,
    )


def test_version(tmp_path):
    result = run("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"Faresignaler {__version__}")


def test_validate_clean_content_exits_0(demo_content, capsys):
    assert main(["validate", str(demo_content)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2 moduler, 2 kurs: 0 feil, 0 advarsler" in captured.err


def test_validate_prints_every_problem_and_exits_1(demo_content, capsys):
    scenario = demo_content / "nb" / "demo" / "03-scenario.md"
    scenario.write_text(scenario.read_text("utf-8").replace("(#samtale) #nye-ting", "(#samtal) #nye-ting"), "utf-8")
    quiz = demo_content / "nb" / "demo" / "04-quiz.md"
    quiz.write_text(quiz.read_text("utf-8").replace("- [x] Bestilleren", "- [ ] Bestilleren"), "utf-8")
    assert main(["validate", str(demo_content / "nb")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert f"{scenario}:16: valget 'Spør rolig hvor skoene kommer fra' peker til steget 'samtal', som ikke finnes (mente du 'samtale'?)" in lines
    assert f"{quiz}:8: spørsmålet har ikke noe riktig svar: merk det riktige med '- [x]'" in lines


def test_warnings_do_not_fail(demo_content, capsys):
    quiz = demo_content / "nb" / "demo" / "04-quiz.md"
    quiz.write_text(quiz.read_text("utf-8").replace("> Bestilleren betaler.\n", ""), "utf-8")
    assert main(["validate", str(demo_content / "nb")]) == 0
    assert "advarsel: spørsmålet har ingen forklaring" in capsys.readouterr().out


def test_wrong_usage_exits_2(tmp_path):
    assert run("validate", str(tmp_path / "finnes-ikke")).returncode == 2
    assert run("--no-such-option").returncode == 2


def test_validate_without_path_checks_installed_content(tmp_path):
    result = run("validate", cwd=tmp_path, env={"TRAINER_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 feil" in result.stderr


def test_smoke_starts_the_real_app_and_exits_0(tmp_path):
    result = run("--data-dir", str(tmp_path / "data"), "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "smoke ok" in result.stdout
    assert (tmp_path / "data" / "progress.db").is_file()


def test_entry_point_works_from_any_folder(tmp_path):
    script = Path(sys.executable).with_name("trainer")
    if not script.exists():
        pytest.skip("the trainer script is installed only by pip install")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.stdout.strip() == f"Faresignaler {__version__}"


def _learner_with_results(data_dir_path, passed: bool):
    """Kari in a fresh data folder, with the demo quiz passed or not."""
    from trainer.store import db as store_db
    from trainer.store import progress

    database = store_db.connect(data_dir_path / "progress.db")
    profile = progress.create_profile(database, "Kari Nordmann")
    attempt = progress.start_attempt(database, profile.id, "demo", "quiz-demo", "v")
    progress.record_answer(database, attempt, "betaler", 0, True, "v")
    progress.finish_attempt(database, attempt, 5 if passed else 2, 5, 75)
    progress.mark_completed(database, profile.id, "demo")
    database.conn.close()


def test_certificate_refused_then_made(tmp_path, demo_content):
    data = tmp_path / "data"
    _learner_with_results(data, passed=False)
    out = tmp_path / "bevis.pdf"
    common = ["--data-dir", str(data), "--content", str(demo_content)]
    refused = run(*common, "certificate", "--profile", "Kari Nordmann", "--course", "demokurs", "-o", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert "har ikke bestått «Demokurs» ennå. Gjenstår: Quiz: demo: beste 40 %, krever 75 %" in refused.stderr

    from trainer.store import db as store_db
    from trainer.store import progress

    database = store_db.connect(data / "progress.db")
    attempt = progress.start_attempt(database, 1, "demo", "quiz-demo", "v")
    progress.finish_attempt(database, attempt, 5, 5, 75)
    database.conn.close()
    made = run(*common, "certificate", "--profile", "kari nordmann", "--course", "demokurs", "-o", str(out),
               env={"QT_QPA_PLATFORM": "offscreen"})
    assert made.returncode == 0, made.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Title" in pdf
    text = _pdf_text(out)
    assert "Kari Nordmann" in text and "Demokurs" in text and "KURSBEVIS" in text
    assert "Demomodul" in text and "100 %" in text


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == 595  # A4 in points
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_export_formats_and_unknown_profile(tmp_path, demo_content):
    data = tmp_path / "data"
    _learner_with_results(data, passed=True)
    common = ["--data-dir", str(data), "--content", str(demo_content)]
    csv_out = run(*common, "export", "--profile", "Kari Nordmann", "--format", "csv")
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("record,module_id,module_title")
    json_file = tmp_path / "kari.json"
    assert run(*common, "export", "--profile", "Kari Nordmann", "--format", "json", "-o", str(json_file)).returncode == 0
    import json as json_module

    assert json_module.loads(json_file.read_text("utf-8"))["profile"]["name"] == "Kari Nordmann"
    statements = json_module.loads(run(*common, "export", "--profile", "Kari Nordmann", "--format", "xapi").stdout)
    assert {s["verb"]["display"]["en-US"] for s in statements} >= {"answered", "passed", "completed"}
    missing = run(*common, "export", "--profile", "Per", "--format", "csv")
    assert missing.returncode == 1 and "fant ingen profil som heter 'Per' (profiler: Kari Nordmann)" in missing.stderr
    assert run(*common, "export", "--profile", "Kari Nordmann", "--format", "pdf").returncode == 2


def test_export_for_excel_is_opt_in(tmp_path, demo_content):
    """--excel gives the app's spreadsheet form; without it the CSV is as scripts know it."""
    data = tmp_path / "data"
    _learner_with_results(data, passed=True)
    common = ["--data-dir", str(data), "--content", str(demo_content), "--lang", "nb"]
    target = tmp_path / "kari.csv"
    assert run(*common, "export", "--profile", "Kari Nordmann", "--format", "csv", "--excel", "-o",
               str(target)).returncode == 0
    data_bytes = target.read_bytes()
    assert data_bytes.startswith(b"\xef\xbb\xbfNavn;Type;Modul;") and "Kari Nordmann;".encode() in data_bytes
    refused = run(*common, "export", "--profile", "Kari Nordmann", "--format", "json", "--excel")
    assert refused.returncode == 1 and "--excel gjelder --format csv" in refused.stderr


def test_opening_the_app_parses_the_same_without_the_subcommand_parsers():
    from trainer.cli import COMMANDS, _arguments, _parser

    subcommands = next(a for a in _parser()._actions if a.dest == "command").choices
    assert set(COMMANDS) == set(subcommands), "a new command must be listed in COMMANDS"
    for argv in ([], ["--smoke"], ["--lang", "en", "--data-dir", "d", "--content", "a", "--content", "b"],
                 ["--restore-backup"], ["--content", "validate"]):
        assert vars(_arguments(argv)) == vars(_parser().parse_args(argv)), argv
    with pytest.raises(SystemExit):
        _arguments(["--no-such-option"])
