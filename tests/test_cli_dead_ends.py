"""No dead ends: every mistake a newcomer can make on the command line ends in one clear
line in the user's language and a non-zero exit code, never a traceback or a false
"done". Run as the user runs them: `python -m trainer` in a subprocess."""

import configparser
import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


def run(*args, cwd, data=None, env=None, display=False):
    environment = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    if not display:
        environment["QT_QPA_PLATFORM"] = "offscreen"
    if data is not None:
        environment["TRAINER_DATA_DIR"] = str(data)
    environment.update(env or {})
    environment = {k: v for k, v in environment.items() if v is not None}
    result = subprocess.run([sys.executable, "-m", "trainer", *args], capture_output=True, text=True, cwd=cwd,
                            timeout=120, env=environment)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def work(tmp_path):
    (tmp_path / "a-file").write_text("not a folder", "utf-8")
    return tmp_path


@pytest.fixture
def pack_zip(work):
    assert run("new", "pack", "p", cwd=work, data=work / "data").returncode == 0
    assert run("pack", "p", "-o", "p.zip", cwd=work, data=work / "data").returncode == 0
    return work / "p.zip"


def test_a_data_folder_that_is_a_file_is_refused_in_one_line(work, pack_zip):
    result = run("--data-dir", "a-file", "import", "p.zip", cwd=work)
    assert result.returncode == 1
    assert one_line(result) == f"trainer import: datamappen '{work / 'a-file'}' er en fil, ikke en mappe"
    english = run("--lang", "en", "--data-dir", "a-file", "import", "p.zip", cwd=work)
    assert one_line(english) == f"trainer import: the data folder '{work / 'a-file'}' is a file, not a folder"


@pytest.mark.parametrize("target, reason", [
    ("a-file/x.zip", "en del av stien er en fil, ikke en mappe"),
    ("/proc/x.zip", "mappen finnes ikke eller tar ikke imot nye filer"),
])
def test_pack_to_a_place_that_cannot_be_written(work, pack_zip, target, reason):
    result = run("pack", "p", "-o", target, cwd=work, data=work / "data")
    assert result.returncode == 1
    assert one_line(result) == f"trainer pack: kan ikke skrive '{target}': {reason}"


@pytest.mark.parametrize("target, reason", [
    ("folder", "det er en mappe, ikke en fil"),
    ("/proc/x.pdf", "mappen finnes ikke eller tar ikke imot nye filer"),
])
def test_a_handout_that_cannot_be_written_is_not_reported_as_done(work, target, reason):
    (work / "folder").mkdir()
    result = run("handout", "-o", target + ("/" if target == "folder" else ""), cwd=work, data=work / "data")
    assert result.returncode == 1
    assert result.stdout == ""  # no "(2 sider)"
    assert one_line(result) == f"trainer handout: kan ikke skrive '{target}': {reason}"


def test_handout_names_the_programmes_it_knows(work):
    result = run("handout", "no-such", cwd=work, data=work / "data")
    assert result.returncode == 2
    assert one_line(result) == ("trainer handout: finner ikke programmet 'no-such' "
                                "(programmer med utdelingsark: foreldremote, foreldremote-kort)")


def test_a_handout_page_count_is_counted_in_words(work):
    result = run("handout", "foreldremote", "-o", "ark.pdf", cwd=work, data=work / "data")
    assert result.returncode == 0
    pages = int(result.stdout.split("(")[1].split()[0])
    assert result.stdout.strip() == f"ark.pdf ({pages} {'side' if pages == 1 else 'sider'})"


def test_a_missing_content_folder_is_an_error(work):
    result = run("--content", "DOES-NOT-EXIST", "--smoke", cwd=work, data=work / "data")
    assert result.returncode == 2
    assert one_line(result) == "trainer: finner ikke innholdsmappen 'DOES-NOT-EXIST'"
    assert "smoke ok" not in result.stdout


def test_the_health_check_fails_when_the_data_folder_cannot_be_used(work):
    result = run("--data-dir", "a-file", "--smoke", cwd=work)
    assert result.returncode == 1
    assert one_line(result) == f"trainer: datamappen '{work / 'a-file'}' er en fil, ikke en mappe"
    inside = run("--data-dir", "a-file/data", "--smoke", cwd=work)
    assert inside.returncode == 1
    assert one_line(inside) == (f"trainer: datamappen '{work / 'a-file' / 'data'}' kan ikke lages: "
                                "en del av stien er en fil, ikke en mappe")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_the_health_check_fails_when_the_data_folder_is_read_only(work):
    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("--data-dir", str(locked), "--smoke", cwd=work)
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    assert "kan ikke skrives til" in one_line(result)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is how Linux names a screen")
def test_no_screen_is_said_in_one_line_with_how_to_start(work):
    environment = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}
    result = run(cwd=work, data=work / "data", env=environment, display=True)
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith("trainer: fant ingen skjerm")
    assert "xvfb-run trainer" in line and "QT_QPA_PLATFORM=offscreen" in line
    english = run("--lang", "en", "present", cwd=work, data=work / "data", env=environment, display=True)
    assert english.returncode == 1 and one_line(english).startswith("trainer: no screen was found")


def test_lang_on_the_command_line_is_for_that_run_only(work):
    data = work / "data"
    assert run("--lang", "en", "--smoke", cwd=work, data=data).returncode == 0
    settings = configparser.ConfigParser()
    settings.read(data / "settings.ini")
    assert settings.get("General", "lang", fallback=None) is None
    later = run("handout", "no-such", cwd=work, data=data)
    assert "finner ikke programmet" in later.stderr


def test_the_saved_language_is_used_when_no_option_is_given(work):
    data = work / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlang=en\n", "utf-8")
    result = run("handout", "no-such", cwd=work, data=data)
    assert one_line(result).startswith("trainer handout: cannot find the programme 'no-such'")
    assert run("--lang", "nb", "handout", "no-such", cwd=work, data=data).stderr.startswith("trainer handout: finner")


def test_abbreviated_options_choose_the_language_and_folder_as_written_out(work):
    """argparse takes "--la en" for "--lang en" and "--data D" for "--data-dir D", but the
    run went on in Norwegian and read the language saved in another folder."""
    data = work / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlang=en\n", "utf-8")
    assert one_line(run("--la", "en", "handout", "no-such", cwd=work, data=work / "other")).startswith(
        "trainer handout: cannot find the programme")
    assert one_line(run("--data", str(data), "handout", "no-such", cwd=work, data=work / "other")).startswith(
        "trainer handout: cannot find the programme")
    assert run("--la", "nb", "--data-dir", str(data), "handout", "no-such", cwd=work).stderr.startswith(
        "trainer handout: finner")
    # The parser's own words too: its help, and what it says is wrong.
    assert run("--l", "en", "--help", cwd=work, data=work / "other").stdout.startswith("usage: trainer")
    assert run("--data", str(data), "--help", cwd=work, data=work / "other").stdout.startswith("usage: trainer")
    assert run("--la", "en", "handout", "--bogus", cwd=work, data=work / "other").stderr.splitlines()[-1] == (
        "trainer: error: unrecognized arguments: --bogus")


def test_the_new_files_language_is_not_the_runs(work):
    """After `trainer new`, --lang is the language of the file it writes; the run still
    speaks the saved language."""
    result = run("new", "module", "m1", "--lang", "en", cwd=work, data=work / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("skrev ")
    assert "lang: en" in (work / "m1" / "module.md").read_text("utf-8")


def test_the_early_look_knows_every_option_of_a_run():
    """`cli.GLOBAL_OPTIONS` is what the early look reads abbreviations against: the same
    long options as the parser's."""
    from trainer import cli

    parser = cli._parser(with_commands=False)
    assert {name for action in parser._actions for name in action.option_strings if name.startswith("--")} == set(
        cli.GLOBAL_OPTIONS)


def test_the_system_language_comes_last(work):
    english = run("handout", "no-such", cwd=work, data=work / "data", env={"LANGUAGE": "en_GB"})
    assert one_line(english).startswith("trainer handout: cannot find")


def test_argparse_speaks_the_users_language(work):
    norwegian = run("export", "--profile", "Kari", "--format", "pdf", cwd=work, data=work / "data")
    assert norwegian.returncode == 2
    assert norwegian.stderr.startswith("bruk: trainer export")
    assert norwegian.stderr.splitlines()[-1] == ("trainer export: feil: argument --format: ugyldig valg: 'pdf' "
                                                 "(velg blant 'csv', 'json', 'xapi')")
    english = run("--lang", "en", "validate", "--no-such", cwd=work, data=work / "data")
    assert english.stderr.startswith("usage: trainer")
    assert english.stderr.splitlines()[-1] == "trainer: error: unrecognized arguments: --no-such"
    helped = run("--lang", "en", "--help", cwd=work, data=work / "data")
    assert "show this help message and exit" in helped.stdout and "list the installed courses" in helped.stdout
    assert "vis denne hjelpeteksten" in run("--help", cwd=work, data=work / "data").stdout


def test_global_options_work_after_the_command(work):
    data = work / "elsewhere"
    assert run("profile", "add", "Kari", "--data-dir", str(data), cwd=work).returncode == 0
    assert (data / "progress.db").is_file()
    listed = run("list", "--data-dir", str(data), "--lang", "en", cwd=work)
    assert "Profiles:\n  Kari" in listed.stdout
    missing = run("present", "no-such", "--data-dir", str(data), "--content", "nowhere", cwd=work)
    assert (missing.returncode, one_line(missing)) == (2, "trainer present: finner ikke innholdsmappen 'nowhere'")


def test_list_shows_ids_and_languages(work):
    result = run("list", cwd=work, data=work / "data")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Kurs (id, språk, tittel):"
    assert any(line.split()[:2] == ["laerer", "nb"] for line in lines)
    assert any(line.split()[:2] == ["foreldremote", "en"] for line in lines)
    assert "Innholdspakker (id, språk, tittel, versjon):" in lines
    assert lines[-2:] == ["Profiler:", "  (ingen; legg til en med: trainer profile add NAVN)"]
    assert not (work / "data" / "progress.db").exists()  # listing creates nothing


def test_profiles_without_the_app(work):
    data = work / "data"
    assert run("profile", "add", "Kari", cwd=work, data=data).stdout == "la til profilen 'Kari'\n"
    twice = run("profile", "add", "kari", cwd=work, data=data)
    assert (twice.returncode, one_line(twice)) == (1, "trainer profile: det finnes allerede en profil som heter 'Kari'")
    run("profile", "add", "Åse Ødegård", cwd=work, data=data)
    shouted = run("profile", "add", "ÅSE ØDEGÅRD", cwd=work, data=data)  # NOCASE folded a to z only
    assert (shouted.returncode, one_line(shouted)) == (1, "trainer profile: det finnes allerede en profil som heter 'Åse Ødegård'")
    assert run("profile", "delete", "åse  ødegård", cwd=work, data=data).returncode == 0
    renamed = run("profile", "rename", "Kari", "Kari N.", cwd=work, data=data)
    assert renamed.stdout == "ga profilen 'Kari' det nye navnet 'Kari N.'\n"
    assert "  Kari N." in run("list", cwd=work, data=data).stdout.splitlines()
    unknown = run("profile", "delete", "Ola", cwd=work, data=data)
    assert (unknown.returncode, one_line(unknown)) == (1, "trainer profile: fant ingen profil som heter 'Ola' (profiler: Kari N.)")
    deleted = run("profile", "delete", "Kari N.", cwd=work, data=data)
    assert deleted.stdout == "slettet profilen 'Kari N.' og fremdriften dens\n"
    assert run("list", cwd=work, data=data).stdout.splitlines()[-1].startswith("  (ingen;")
    assert run("export", "--profile", "Kari N.", "--format", "json", cwd=work, data=data).returncode == 1
    long = run("profile", "add", "x" * 61, cwd=work, data=data)
    assert (long.returncode, one_line(long)) == (1, "trainer profile: et navn kan ha høyst 60 tegn (dette har 61)")
    assert run("profile", "add", "Kari\nNordmann", cwd=work, data=data).stdout == "la til profilen 'Kari Nordmann'\n"


def test_a_quiz_never_taken_is_not_taken_not_zero_percent(work):
    data = work / "data"
    run("profile", "add", "Kari", cwd=work, data=data)
    refused = run("certificate", "--profile", "Kari", "--course", "laerer", "-o", "k.pdf", cwd=work, data=data)
    assert refused.returncode == 1
    line = one_line(refused)
    assert "ikke tatt, krever" in line and "beste 0 %" not in line
    english = run("--lang", "en", "certificate", "--profile", "Kari", "--course", "laerer", "-o", "k.pdf",
                  cwd=work, data=data)
    assert "not taken, needs" in one_line(english)


def test_a_reader_that_stops_early_gets_no_traceback(work):
    """`trainer list | head -1`: the pipe closes before everything is written."""
    environment = {**os.environ, "PYTHONPATH": IMPORT_ROOT, "TRAINER_DATA_DIR": str(work / "data")}
    listing = subprocess.Popen([sys.executable, "-m", "trainer", "list"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=environment, cwd=work)
    listing.stdout.close()  # the reader is gone before anything is written
    error = listing.stderr.read().decode()
    listing.wait(timeout=60)
    assert "Traceback" not in error and "BrokenPipe" not in error, error
