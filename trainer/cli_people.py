"""`trainer list` (what is installed and who uses it: the ids the other commands take) and
`trainer profile add|rename|delete`, so that a newcomer needs no window to begin."""

from __future__ import annotations

import sys

from trainer import paths
from trainer.errors import TrainerError
from trainer.i18n import _


class ProfileError(TrainerError):
    """A profile name the command cannot use; said as it is, exit code 1."""


def _database(create: bool, restore: bool = False):
    """The progress database, opened with the app's care; None when there is none yet and
    none is wanted (listing never creates one). With `restore` (--restore-backup), the
    newest whole backup replaces a damaged file, as at the app's start."""
    from trainer.store import safety

    path = paths.database_path()
    if not create and not path.exists() and not restore:
        return None
    opened = safety.open_safely(path, restore=restore, backup=False)
    message = opened.message()
    if message:
        print(f"trainer: {message}", file=sys.stderr)
    if opened.problem is not None:
        if not opened.persistent:
            raise ProfileError(_("the profiles cannot be changed now; nothing is saved"))
    return opened.db


def run_list(args) -> int:
    from trainer.course.installed import content_roots
    from trainer.course.cache import load_cached
    from trainer.store import progress

    library = load_cached(content_roots(args.content), paths.cache_dir())
    rows: list[str] = []

    def section(title: str, items: list[tuple[str, str, str]]) -> None:
        rows.append(title)
        if not items:
            rows.append("  " + _("(none)"))
        for ident, lang, name in sorted(items):
            rows.append(f"  {ident:<24} {lang:<3} {name}".rstrip())
        rows.append("")

    section(_("Courses (id, language, title):"), [(c.id, c.lang, c.title) for c in library.courses])
    section(_("Programmes (id, language, title):"), [(p.id, p.lang, p.title) for p in library.programmes])
    section(_("Content packs (id, language, title, version):"),
            [(p.id, p.lang, f"{p.title} ({p.version})") for p in library.packs])
    db = _database(create=False, restore=args.restore_backup)
    profiles = progress.list_profiles(db) if db is not None else []
    rows.append(_("Profiles:"))
    if not profiles:
        rows.append("  " + _("(none; add one with: trainer profile add NAME)"))
    rows.extend(f"  {p.name}" for p in profiles)
    print("\n".join(rows))
    return 0


def run_profile(args) -> int:
    import sqlite3

    from trainer.store.errors import BusyError, classify

    try:
        return _change_profile(args)
    except sqlite3.Error as error:
        problem = classify(error, paths.database_path())
        if isinstance(problem, BusyError):  # the app (or another command) is saving right now
            raise ProfileError(_("the progress file is busy: another program is saving in it (is the app open?). "
                                 "Nothing was changed; try again in a moment."), problem.detail) from None
        raise problem from None


def _change_profile(args) -> int:
    from trainer.store import erase, progress

    db = _database(create=True, restore=args.restore_backup)
    name = args.name.strip()
    if args.action == "add":
        name = progress.profile_name(args.name)
        existing = progress.find_profile(db, name)
        if existing is not None:  # "ÅSE ØDEGÅRD" finds "Åse Ødegård": name the one that is there
            raise ProfileError(_("there is already a profile called '{name}'").format(name=existing.name))
        progress.create_profile(db, name)
        print(_("added the profile '{name}'").format(name=name))
        return 0
    profile = progress.find_profile(db, name)
    if profile is None:
        names = ", ".join(p.name for p in progress.list_profiles(db)) or _("none")
        raise ProfileError(_("there is no profile called '{name}' (profiles: {names})").format(name=name, names=names))
    if args.action == "rename":
        new_name = progress.profile_name(args.new_name)
        other = progress.find_profile(db, new_name)
        if other is not None and other.id != profile.id:
            raise ProfileError(_("there is already a profile called '{name}'").format(name=other.name))
        progress.rename_profile(db, profile.id, new_name)
        print(_("renamed the profile '{old}' to '{new}'").format(old=profile.name, new=new_name))
        return 0
    erase.delete_profile(db, profile.id)
    print(_("deleted the profile '{name}' and its progress").format(name=profile.name))
    return 0
