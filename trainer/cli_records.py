"""The record commands: certificate, export and sync. They reuse the store and the
content core; only `certificate` loads Qt (for its PDF writer)."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from trainer import paths
from trainer.errors import TrainerError, unwritable
from trainer.i18n import _, language


class CommandError(TrainerError):
    """Wrong input from the user; the message is printed as it is and the exit code is 1."""


def _open(args):
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.store import safety

    # The same care as the app: a damaged file is kept aside and said so, never deleted.
    opened = safety.open_safely(paths.database_path(), restore=args.restore_backup, backup=False)
    message = opened.message()  # also a damage not yet undone, or a restore that had nothing to do
    if message:
        print(f"trainer: {message}", file=sys.stderr)
    return opened.db, load_library(content_roots(args.content))


def _profile(db, name: str):
    from trainer.store import progress

    profile = progress.find_profile(db, name)
    if profile is None:
        names = ", ".join(p.name for p in progress.list_profiles(db)) or _("none")
        raise CommandError(_("there is no profile called '{name}' (profiles: {names})").format(name=name, names=names))
    return profile


def _course(library, course_id: str, lang: str | None):
    matches = [c for c in library.courses if c.id == course_id and (lang is None or c.lang == lang)]
    if not matches:
        known = ", ".join(sorted({c.id for c in library.courses}))
        raise CommandError(_("cannot find the course '{id}' (courses: {known})").format(id=course_id, known=known))
    return sorted(matches, key=lambda c: c.lang != "nb")[0]


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise unwritable(output, error) from None
    print(_("wrote {path}").format(path=output), file=sys.stderr)


def run_export(args) -> int:
    from trainer.store import export, xapi

    db, library = _open(args)
    profile = _profile(db, args.profile)
    lang = language()
    if getattr(args, "excel", False) and args.format != "csv":
        raise CommandError(_("--excel is for --format csv"))
    if getattr(args, "excel", False):
        text = "\ufeff" + export.to_spreadsheet(db, profile.id, library, lang)  # written as UTF-8: utf-8-sig
    elif args.format == "csv":
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
        raise CommandError(_("{reason}. Nothing is lost: what was not sent is sent next time.").format(
            reason=error), getattr(error, "detail", "")) from None
    print(_("sent {sent} new statements ({already} were sent before)").format(
        sent=result.sent, already=result.already_sent))
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
            (_("{quiz}: best {best} %, needs {needed} %") if q.best_percent is not None
             else _("{quiz}: not taken, needs {needed} %")).format(
                quiz=q.title, best=q.best_percent, needed=q.needed_percent)
            for q in refused.standing.remaining
        )
        raise CommandError(_("{name} has not passed «{course}» yet. Still to do: {missing}").format(
            name=profile.name, course=course.title, missing=missing)) from None
    from trainer.ui.records.certificate_pdf import write_certificate  # Qt is needed only here

    try:
        write_certificate(certificate, Path(args.output))
    except OSError as error:
        raise unwritable(args.output, error) from None
    print(_("wrote the certificate to {path}").format(path=args.output), file=sys.stderr)
    return 0
