"""The `trainer` command. Qt is imported only by the commands that open a window, so
that `validate` and friends start fast and work on a machine without a screen."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from pathlib import Path

from trainer import __version__, paths


# The one list of subcommands: the word, and what runs it ("module:function", imported only
# when that command is used, so that Qt loads only for the commands that open a window).
# Opening the app reads it to know it needs no subcommand parsers; _parser() checks that
# it names exactly the subcommands it builds.
COMMANDS = {
    "validate": "trainer.cli:run_validate",
    "certificate": "trainer.cli_records:run_certificate",
    "export": "trainer.cli_records:run_export",
    "sync": "trainer.cli_records:run_sync",
    "present": "trainer.ui.presenter.launch:run_present",
    "handout": "trainer.ui.presenter.launch:run_handout",
    "new": "trainer.cli_authoring:run_new",
    "preview": "trainer.cli_authoring:run_preview",
    "pack": "trainer.cli_authoring:run_pack",
    "import": "trainer.cli_authoring:run_import",
    "web": "trainer.cli_web:run_web",
}


def _parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Faresignaler: opplæring om rekruttering av barn og unge til vold som "
        "handelsvare (Violence as a Service). Uten underkommando åpnes appen.",
    )
    parser.add_argument("--version", action="version", version=f"Faresignaler {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="mappe for fremdrift og innstillinger "
                        "(ellers TRAINER_DATA_DIR eller brukerens datamappe)")
    parser.add_argument("--lang", choices=["nb", "en"], help="språk i appen (nb eller en)")
    parser.add_argument("--smoke", action="store_true",
                        help="start appen, vent til vinduet er klart, og avslutt (helsesjekk)")
    parser.add_argument("--restore-backup", action="store_true",
                        help="hent inn den nyeste sikkerhetskopien hvis fremdriftsdatabasen er skadet")
    parser.add_argument("--content", metavar="DIR", action="append", default=[],
                        help="les innhold fra denne mappen i stedet for det innebygde kurset (installerte innholdspakker tas fortsatt med)")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    validate = commands.add_parser(
        "validate", help="sjekk innhold og vis alle problemer som fil:linje: melding",
        description="Sjekk innholdsfiler. Uten sti sjekkes alt installert innhold. "
        "Avslutter med 0 når alt er i orden og 1 når noe er feil.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="fil eller mappe")
    validate.add_argument("--quiet", "-q", action="store_true", help="vis bare feil, ikke advarsler")

    certificate = commands.add_parser(
        "certificate", help="lag kursbevis (PDF) når kurset er bestått",
        description="Lag et kursbevis som PDF. Nekter med en forklaring når beståttregelen ikke er oppfylt.",
    )
    certificate.add_argument("--profile", required=True, metavar="NAVN", help="profilens navn")
    certificate.add_argument("--course", required=True, metavar="ID", help="kursets id, for eksempel laerer")
    certificate.add_argument("-o", "--output", required=True, metavar="FIL.pdf", help="hvor PDF-en skal lagres")

    export = commands.add_parser(
        "export", help="eksporter en profils resultater som csv, json eller xapi",
        description="Eksporter alt som er lagret om en profil. Uten -o skrives det til standard ut.",
    )
    export.add_argument("--profile", required=True, metavar="NAVN", help="profilens navn")
    export.add_argument("--format", required=True, choices=["csv", "json", "xapi"], help="filformat")
    export.add_argument("-o", "--output", metavar="FIL", help="filen som skal skrives")

    sync = commands.add_parser(
        "sync", help="send xAPI-oppføringer til en læringsdatabase (LRS)",
        description="Send xAPI-oppføringer (xAPI 1.0.3) til en LRS. Hver oppføring sendes én gang; det som "
        "ikke kommer fram, sendes neste gang. Passordet kan også gis i TRAINER_LRS_PASSWORD.",
    )
    sync.add_argument("--lrs", required=True, metavar="URL", help="LRS-ens adresse, for eksempel https://lrs.skole.no/xAPI")
    sync.add_argument("--user", metavar="BRUKER", help="brukernavn (basic auth)")
    sync.add_argument("--password", metavar="PASSORD", help="passord (basic auth)")
    sync.add_argument("--profile", metavar="NAVN", help="bare denne profilen (ellers alle)")
    sync.add_argument("--allow-http", action="store_true",
                      help="tillat vanlig http til en annen maskin (passord og resultater går ukryptert)")

    present = commands.add_parser(
        "present", help="vis et program på projektor, for eksempel på et foreldremøte",
        description="Presentatørmodus: lysbildene på projektoren, notater og tid på den bærbare. "
        "Uten PROGRAM vises programmene i det installerte innholdet.",
    )
    present.add_argument("programme", nargs="?", metavar="PROGRAM", help="programmets id eller en programfil")
    present.add_argument("--theme", choices=["dark", "light"], default="dark", help="mørkt (standard) eller lyst")
    present.add_argument("--windowed", action="store_true", help="start i et vindu, ikke i fullskjerm")
    present.add_argument("--save-votes", action="store_true",
                         help="lagre håndopprekningene anonymt (bare program, dato og tall)")

    handout = commands.add_parser(
        "handout", help="lag et ark (PDF) til foreldrene: faresignalene, hva de kan gjøre, hvem de ringer",
        description="Lag et utdelingsark på én eller to A4-sider, på programmets språk. Uten PROGRAM "
        "brukes det første programmet med utdelingsark.",
    )
    handout.add_argument("programme", nargs="?", metavar="PROGRAM", help="programmets id eller en programfil")
    handout.add_argument("-o", "--output", metavar="FIL.pdf", help="hvor PDF-en skal lagres")

    from trainer import cli_authoring

    cli_authoring.add_parsers(commands)  # new, preview, pack, import
    from trainer import cli_web

    cli_web.add_parser(commands)
    if set(commands.choices) != set(COMMANDS):
        raise AssertionError(f"COMMANDS and the parsers differ: {sorted(set(commands.choices) ^ set(COMMANDS))}")
    return parser


def run_validate(args) -> int:
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.course.targets import load_for_validation

    targets = [Path(p) for p in args.paths] or content_roots(args.content)
    missing = [t for t in targets if not t.exists()]
    if missing:
        for target in missing:
            print(f"trainer validate: finner ikke '{target}'", file=sys.stderr)
        return 2
    # A pack, a course or a programme is checked among the installed content it names.
    library = load_for_validation(targets, content_roots(args.content)) if args.paths else load_library(targets)
    problems = library.problems
    shown = [p for p in problems if not (args.quiet and p.warning)]
    for problem in sorted(shown, key=lambda p: (str(p.path), p.line)):
        print(problem)
    errors = len(library.errors)
    warnings = len(problems) - errors
    modules = len(library.modules)
    programmes = f", {len(library.programmes)} programmer" if library.programmes else ""
    summary = f"{modules} moduler, {len(library.courses)} kurs{programmes}: {errors} feil, {warnings} advarsler"
    print(summary, file=sys.stderr)
    return 1 if errors else 0


def _arguments(argv: list[str] | None):
    """The parsed command line. Opening the app (no command word, no --help) needs only the
    global options: building the ten subcommands' parsers too took 3-11 ms of a cold start
    (measured with the start-up benchmark's command, 5 runs)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        args, rest = _parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return args
    return _parser().parse_args(argv)  # the full parser also says what is wrong, if anything


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command is not None:
        from trainer.cli_records import CommandError

        module, function = COMMANDS[args.command].split(":")
        try:
            return getattr(importlib.import_module(module), function)(args)
        except CommandError as error:  # wrong input to a record command, said as it is
            print(f"trainer {args.command}: {error}", file=sys.stderr)
            return 1
    # Start-up builds many long-lived objects (Qt's types, the course) and almost no garbage,
    # so the collector waits until the first screen is shown (that saved about 50 ms of a
    # returning learner's start-up: A/B of the benchmark's command, 15 runs each), and then
    # leaves what start-up built out of every later collection.
    gc.disable()
    from trainer.ui.app import run_app  # Qt is loaded only here

    code = run_app(args, on_first_screen=_resume_collector)
    gc.freeze()  # no last sweep over the loaded course at exit: the system reclaims it anyway
    return code


def _resume_collector() -> None:
    gc.freeze()
    gc.enable()
