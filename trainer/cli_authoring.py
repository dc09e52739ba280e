"""The commands for authors: `new` writes a starting file, `preview` opens the live
preview (the only one that loads Qt), `pack` builds a content pack's zip and `import`
installs one. Messages are plain Norwegian; exit codes are those of `validate`: 0 done,
1 refused (with the reasons), 2 wrong usage."""

from __future__ import annotations

import os
import sys
from pathlib import Path

KINDS = ("module", "scenario", "quiz", "programme", "pack")


def add_parsers(commands) -> None:
    new = commands.add_parser(
        "new", help="skriv en kommentert startfil: module, scenario, quiz, programme eller pack",
        description="Skriv en gyldig startfil med forklaringer i kommentarer, som du så redigerer. "
        "For en innholdspakke lages en mappe med pack.md, et kurs og en eksempelmodul.",
    )
    new.add_argument("kind", choices=KINDS, metavar="TYPE", help="module, scenario, quiz, programme eller pack")
    new.add_argument("path", metavar="PATH", help="filen eller mappen som skal lages")
    new.add_argument("--lang", dest="template_lang", choices=["nb", "en"], default=None,
                     help="språket i startfilen (nb eller en; standard nb)")

    preview = commands.add_parser(
        "preview", help="forhåndsvis en fil eller mappe; oppdateres hver gang du lagrer",
        description="Åpne et vindu som viser innholdet slik appen viser det, med problemene og linjenumrene. "
        "Vinduet oppdateres når du lagrer i ditt eget redigeringsprogram.",
    )
    preview.add_argument("path", metavar="PATH", help="fil eller mappe")

    pack = commands.add_parser(
        "pack", help="sjekk en innholdspakke og lag en zip-fil av den",
        description="Sjekk innholdspakken i MAPPE (med pack.md) og skriv innholdsfilene til en zip-fil. "
        "Uten -o lagres den som ID-VERSJON.zip i mappen du står i.",
    )
    pack.add_argument("folder", metavar="MAPPE", help="pakkemappen, med pack.md øverst")
    pack.add_argument("-o", "--output", metavar="FIL.zip", help="hvor zip-filen skal lagres")

    install = commands.add_parser(
        "import", help="sjekk og installer en innholdspakke (zip-fil eller mappe)",
        description="Sjekk en innholdspakke og installer den i brukerens innholdsmappe (aldri i installasjonen). "
        "En eldre utgave av samme pakke erstattes; fremdriften beholdes.",
    )
    install.add_argument("source", metavar="FIL.zip|MAPPE", help="zip-filen eller mappen med pakken")


def context_roots(args) -> list[Path]:
    from trainer.course.installed import content_roots

    return content_roots(getattr(args, "content", None))


def _print_problems(problems) -> None:
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem)


def run_new(args) -> int:
    from trainer.course import templates
    from trainer.course.loader import load_library

    lang = args.template_lang or args.lang or "nb"
    library = load_library(context_roots(args))
    taken = ({m.id for m in library.modules} | {c.id for c in library.courses}
             | {p.id for p in library.programmes})
    try:
        written = templates.create(args.kind, Path(args.path), lang, taken)
    except templates.TemplateError as error:
        print(f"trainer new: {error}", file=sys.stderr)
        return 1
    for path in written.paths:
        print(f"skrev {path}")
    if written.hint:
        print(f"merk: {written.hint}", file=sys.stderr)
    print(f"Åpne filen i redigeringsprogrammet ditt, og se resultatet mens du skriver med: "
          f"trainer preview {written.main}", file=sys.stderr)
    return 0


def run_preview(args) -> int:
    target = Path(args.path)
    if not target.exists():
        print(f"trainer preview: finner ikke '{target}'", file=sys.stderr)
        return 2
    if args.smoke and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed for a smoke run
    from trainer.ui.authoring.preview_window import run_preview as open_preview  # Qt is loaded only here

    return open_preview(target, args.lang, smoke=args.smoke)


def run_pack(args) -> int:
    from trainer.course import packs

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"trainer pack: finner ikke mappen '{folder}'", file=sys.stderr)
        return 2
    if args.output and not args.output.lower().endswith(".zip"):
        print(f"trainer pack: '{args.output}' må slutte på .zip", file=sys.stderr)
        return 2
    try:
        built = packs.build_zip(folder, Path(args.output) if args.output else None, context_roots(args))
    except packs.PackError as error:
        _print_problems(error.problems)
        print(f"trainer pack: pakken er ikke laget: {len(error.problems)} feil må rettes først", file=sys.stderr)
        return 1
    _print_problems(built.warnings)
    for name in built.skipped:
        print(f"hoppet over {name}: ikke en innholdsfil", file=sys.stderr)
    manifest = built.manifest
    print(f"skrev {built.output} («{manifest.title}», versjon {manifest.version}, {built.files} filer)")
    return 0


def run_import(args) -> int:
    from trainer.course import packs
    from trainer.store import content_updates

    source = Path(args.source)
    if not source.exists():
        print(f"trainer import: finner ikke '{source}'", file=sys.stderr)
        return 2
    if source.is_file() and source.suffix.lower() != ".zip":
        print(f"trainer import: '{source}' er verken en zip-fil eller en mappe", file=sys.stderr)
        return 2
    try:
        imported = content_updates.import_pack(source, getattr(args, "content", None))
    except packs.PackError as error:
        _print_problems(error.problems)
        print("trainer import: pakken er ikke installert; ingenting er endret", file=sys.stderr)
        return 1
    result = imported.installed
    _print_problems(result.warnings)
    for name in result.skipped:
        print(f"hoppet over {name}: ikke en innholdsfil", file=sys.stderr)
    print(describe_install(result))
    if imported.progress_error is not None:
        print(f"merk: fremdriften kunne ikke oppdateres ({imported.progress_error}); pakken er installert")
    elif imported.reopened:
        people = len({r.profile_id for r in imported.reopened})
        print(f"{people} profil(er) hadde fullført en endret modul; den står nå som påbegynt, "
              "og svarene deres er tatt vare på")
    return 0


def describe_install(result) -> str:
    return _describe_versions(result) + "".join(
        f"\n\nPakken erstatter kontaktkortet ({card.lang}). Det nye kortet, «{card.title}»:\n{card.body.strip()}"
        for card in getattr(result, "contacts", ()))


def _describe_versions(result) -> str:
    manifest = result.manifest
    if result.previous is None:
        return f"installerte «{manifest.title}» (versjon {manifest.version}) i {result.folder}"
    if result.previous.version == manifest.version and not result.changed_modules:
        return f"installerte «{manifest.title}» (versjon {manifest.version}) på nytt i {result.folder}; ingenting er endret"
    text = (f"oppdaterte «{manifest.title}» fra versjon {result.previous.version} til {manifest.version} "
            f"i {result.folder}")
    if result.changed_modules:
        text += f"; endrede moduler: {', '.join(sorted(result.changed_modules))}"
    else:
        text += "; ingen moduler er endret, så all fremdrift er som før"
    return text
