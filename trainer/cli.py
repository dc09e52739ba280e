"""The `trainer` command. Qt is imported only by the commands that open a window, so
that `validate` and friends start fast and work on a machine without a screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import __version__, paths


def _parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--content", metavar="DIR", action="append", default=[],
                        help="les innhold fra denne mappen i stedet for det innebygde kurset")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    validate = commands.add_parser(
        "validate", help="sjekk innhold og vis alle problemer som fil:linje: melding",
        description="Sjekk innholdsfiler. Uten sti sjekkes alt installert innhold. "
        "Avslutter med 0 når alt er i orden og 1 når noe er feil.",
    )
    validate.add_argument("paths", nargs="*", metavar="PATH", help="fil eller mappe")
    validate.add_argument("--quiet", "-q", action="store_true", help="vis bare feil, ikke advarsler")
    return parser


def content_roots(extra: list[str] | None = None) -> list[Path]:
    """The built-in course plus installed content packs, or the folders given."""
    if extra:
        return [Path(p).resolve() for p in extra]
    roots = [paths.builtin_content_dir()]
    packs = paths.user_content_dir()
    if packs.is_dir():
        roots.extend(sorted(p for p in packs.iterdir() if p.is_dir()))
    return roots


def run_validate(args) -> int:
    from trainer.course.loader import load_library

    targets = [Path(p) for p in args.paths] or content_roots(args.content)
    missing = [t for t in targets if not t.exists()]
    if missing:
        for target in missing:
            print(f"trainer validate: finner ikke '{target}'", file=sys.stderr)
        return 2
    library = load_library(targets)
    problems = library.problems
    shown = [p for p in problems if not (args.quiet and p.warning)]
    for problem in sorted(shown, key=lambda p: (str(p.path), p.line)):
        print(problem)
    errors = len(library.errors)
    warnings = len(problems) - errors
    modules = len(library.modules)
    summary = f"{modules} moduler, {len(library.courses)} kurs: {errors} feil, {warnings} advarsler"
    print(summary, file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if args.command == "validate":
        return run_validate(args)
    from trainer.ui.app import run_app  # Qt is loaded only here

    return run_app(args)
