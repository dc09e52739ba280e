"""`trainer web`: the self-paced course as a static web site, or with --scorm as a
package for a school's learning platform. Exit 0 written, 1 refused (with the reason)."""

from __future__ import annotations

import sys
from pathlib import Path

from trainer import paths


def add_parser(commands) -> None:
    web = commands.add_parser(
        "web", help="lag kurset som nettsted (mappe) eller som SCORM-pakke til læringsplattformen",
        description="Skriv kurset som et nettsted som virker fra disk og fra en webserver, uten nett. "
        "Med --scorm skrives en SCORM 1.2-pakke (zip) som læringsplattformen tar inn som et kurs. "
        "Uten KURS tas alle kursene med, på alle språkene de finnes på.",
    )
    web.add_argument("courses", nargs="*", metavar="KURS", help="kursets id, for eksempel laerer")
    web.add_argument("-o", "--output", required=True, metavar="MAPPE|FIL.zip",
                     help="mappen nettstedet skrives til, eller zip-filen med --scorm")
    web.add_argument("--scorm", action="store_true", help="skriv en SCORM 1.2-pakke (zip) i stedet for en mappe")


def run_web(args) -> int:
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.web.data import WebExportError
    from trainer.web.export import build_site, write_folder, write_scorm

    roots = content_roots(getattr(args, "content", None))
    library = load_library(roots)
    try:
        site = build_site(library, list(args.courses), roots, paths.assets_dir(), scorm=args.scorm)
        for refused in site.refused_images:
            print(f"trainer web: bildet er ikke tatt med: {refused}", file=sys.stderr)
        output = Path(args.output)
        if args.scorm:
            write_scorm(site, output)
        else:
            write_folder(site, output)
    except WebExportError as error:
        print(f"trainer web: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"trainer web: kunne ikke skrive '{args.output}': {error.strerror or error}", file=sys.stderr)
        return 1
    courses = ", ".join(sorted({f"{c.title} ({c.lang})" for c in site.courses}))
    size = f"{site.size / 1_000_000:.1f} MB"
    if args.scorm:
        print(f"Skrev SCORM 1.2-pakken {output} ({size}): {courses}. Last den opp som et kurs i læringsplattformen.")
    else:
        print(f"Skrev nettstedet til {output} ({len(site.files)} filer, {size}): {courses}. "
              f"Åpne {output / 'index.html'} i en nettleser, eller legg mappen på en webserver.")
    return 0
