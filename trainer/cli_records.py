"""The record commands: certificate, export and sync. They reuse the store and the
content core; only `certificate` loads Qt (for its PDF writer)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from trainer import paths


class CommandError(Exception):
    """Wrong input from the user; the message is printed as it is and the exit code is 1."""


def _open(args):
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.store import safety

    # The same care as the app: a damaged file is kept aside and said so, never deleted.
    opened = safety.open_safely(paths.database_path(), restore=args.restore_backup, backup=False)
    if opened.problem is not None:
        print(f"trainer: {opened.message()}", file=sys.stderr)
    return opened.db, load_library(content_roots(args.content))


def _profile(db, name: str):
    from trainer.store import progress

    profile = progress.find_profile(db, name)
    if profile is None:
        names = ", ".join(p.name for p in progress.list_profiles(db)) or "ingen"
        raise CommandError(f"fant ingen profil som heter '{name}' (profiler: {names})")
    return profile


def _course(library, course_id: str, lang: str | None):
    matches = [c for c in library.courses if c.id == course_id and (lang is None or c.lang == lang)]
    if not matches:
        known = ", ".join(sorted({c.id for c in library.courses}))
        raise CommandError(f"fant ikke kurset '{course_id}' (kurs: {known})")
    return sorted(matches, key=lambda c: c.lang != "nb")[0]


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"kan ikke skrive {output}: {error.strerror}") from None
    print(f"skrev {output}", file=sys.stderr)


def run_export(args) -> int:
    from trainer.store import export, xapi

    db, library = _open(args)
    profile = _profile(db, args.profile)
    lang = args.lang or "nb"
    if args.format == "csv":
        text = export.to_csv(db, profile.id, library, lang)
    elif args.format == "json":
        text = export.to_json(db, profile.id, library, lang) + "\n"
    else:
        text = xapi.to_json(db, profile.id, library) + "\n"
    _write(text, args.output)
    return 0


def run_sync(args) -> int:
    from trainer.store import sync

    db, library = _open(args)
    ids = [_profile(db, args.profile).id] if args.profile else None
    password = args.password if args.password is not None else os.environ.get("TRAINER_LRS_PASSWORD")
    try:
        result = sync.sync(db, library, args.lrs, args.user, password, profile_ids=ids, allow_http=args.allow_http)
    except sync.SyncError as error:
        raise CommandError(f"{error}. Ingenting er tapt: det som ikke ble sendt, sendes neste gang.") from None
    print(f"sendt {result.sent} nye oppføringer ({result.already_sent} var sendt fra før)")
    return 0


def run_certificate(args) -> int:
    from trainer.store import records

    db, library = _open(args)
    profile = _profile(db, args.profile)
    course = _course(library, args.course, args.lang)
    try:
        certificate = records.certificate(db, profile.id, course, library, date.today().isoformat())
    except records.NotPassedError as refused:
        missing = "; ".join(
            f"{q.title}: beste {q.best_percent if q.best_percent is not None else 0} %, krever {q.needed_percent} %"
            for q in refused.standing.remaining
        )
        raise CommandError(f"{profile.name} har ikke bestått «{course.title}» ennå. Gjenstår: {missing}") from None
    from trainer.ui.records.certificate_pdf import write_certificate  # Qt is needed only here

    try:
        write_certificate(certificate, Path(args.output))
    except OSError as error:
        raise CommandError(f"kan ikke skrive {args.output}: {error.strerror}") from None
    print(f"skrev kursbevis til {args.output}", file=sys.stderr)
    return 0
