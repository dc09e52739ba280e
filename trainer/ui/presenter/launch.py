"""`trainer present` and `trainer handout`: find the programme the user named (an id or
a file), or offer the installed ones, then open presenter mode or print the handout."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from trainer import __version__, paths
from trainer.errors import unwritable
from trainer.i18n import _, language, ngettext
from trainer.course.cache import load_cached
from trainer.course.installed import content_roots
from trainer.course.programme import programme_errors
from trainer.course.targets import check_target


def _is_file_name(name: str) -> bool:
    return name.lower().endswith(".md") or os.sep in name or "/" in name


def _library(args, programme_arg: str | None):
    """The content to present from, and the problems of a programme named by its file (None
    for one named by id: the installed content was checked when it was installed). A
    programme file is loaded the way `trainer validate FILE` checks it: among the installed
    content, and inside a pack folder with that pack's own modules too (as if the pack were
    installed), so a district's evening can be tried before the pack is imported."""
    roots = content_roots(args.content)
    if programme_arg and _is_file_name(programme_arg):
        path = Path(programme_arg).resolve()
        if path.is_file():
            checked = check_target(path, roots)
            return checked.library, checked.problems
    return load_cached(roots, paths.cache_dir()), None  # the app's cache: checked against the files first


def checked_alone(path: Path) -> list:
    """What keeps a file from being read at all (empty, not UTF-8, no front matter)."""
    from trainer.course.frontmatter import read_source
    from trainer.course.model import ContentError

    try:
        read_source(path)
    except ContentError as error:
        return [error.problem]
    return []


def report_programme_errors(programme, errors: list[str], shown: int = 10, handout: bool = False) -> None:
    """Briefly, on stderr: the first errors, and how to see them all."""
    if handout:
        heading = ngettext("trainer handout: the programme '{id}' has {n} error, so no handout is made from it:",
                           "trainer handout: the programme '{id}' has {n} errors, so no handout is made from it:",
                           len(errors))
    else:
        heading = ngettext("trainer present: the programme '{id}' has {n} error and cannot be shown:",
                           "trainer present: the programme '{id}' has {n} errors and cannot be shown:",
                           len(errors))
    print(heading.format(id=programme.id, n=len(errors)), file=sys.stderr)
    for error in errors[:shown]:
        print("  " + error, file=sys.stderr)
    more = len(errors) - shown
    if more > 0:
        print("  " + _("... and {n} more: 'trainer validate {path}' lists every one").format(
            n=more, path=shlex.quote(str(programme.path))), file=sys.stderr)


def not_found(library, name: str | None, problems, handout: bool = False) -> str:
    """Why no programme was found, about what the user named: a file that is there but is
    no programme (a module, not UTF-8, empty) is said as such, not "cannot find"."""
    command = "handout" if handout else "present"
    if name and _is_file_name(name):
        path = Path(name)
        if not path.exists():
            return _("trainer {command}: cannot find the file '{path}'").format(command=command, path=path)
        if path.is_dir():
            return _("trainer {command}: '{path}' is a folder; name a programme file or a programme's id").format(
                command=command, path=path)
        unread = checked_alone(path)
        if unread:
            return _("trainer {command}: '{path}' cannot be read as a programme: {problem}").format(
                command=command, path=path, problem=unread[0].message)
        return _("trainer {command}: '{path}' is not a programme: a programme file has 'type: programme' "
                 "(see 'trainer new programme')").format(command=command, path=path)
    if handout:
        known = ", ".join(sorted({p.id for p in library.programmes if p.handout}))
        if not name:
            return _("trainer handout: the content has no programme with a handout")
        return _("trainer handout: cannot find the programme '{name}' (programmes with a handout: {known})").format(
            name=name, known=known or _("none"))
    known = ", ".join(sorted({p.id for p in library.programmes})) or _("none")
    return _("trainer present: cannot find the programme '{name}' (programmes: {known})").format(name=name, known=known)


def find_programme(library, name: str, lang: str):
    """A programme by file path, or by id (in `lang` first, then Norwegian, then any)."""
    if _is_file_name(name):
        wanted = Path(name).resolve()
        return next((p for p in library.programmes if p.path.resolve() == wanted), None)
    same = [p for p in library.programmes if p.id == name]
    for preferred in (lang, "nb"):
        for programme in same:
            if programme.lang == preferred:
                return programme
    return same[0] if same else None


def _ui_language(args) -> str:
    return language()  # --lang, the saved setting or the system's, chosen by trainer.cli


def _apply_preferred_appearance(app):
    """The user's theme and text size, so the dialogs over the slides (hand count, leave)
    look as they do in the app; the preferences, for the screens the presenter chose."""
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences
    from trainer.ui.widgets.appearance import apply_appearance

    preferences = Preferences(open_settings())
    apply_appearance(app, preferences.get("theme"), preferences.get("text_size"))
    return preferences


def _headless_if_needed() -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_present(args) -> int:
    if args.smoke:
        _headless_if_needed()
    from PySide6.QtCore import QTimer

    from trainer.ui import errors
    from trainer.ui.application import exit_code, make_application, quit_on_interrupt
    from trainer.ui.widgets.appearance import install_translators
    from trainer.ui.presenter.dialogs import choose_programme
    from trainer.ui.presenter.presenter import Presenter

    from trainer.cli_paths import restore_if_asked

    restore_if_asked(args)  # the votes are saved in the progress file
    lang = _ui_language(args)
    library, problems = _library(args, args.programme)
    programme = None
    if args.programme:
        programme = find_programme(library, args.programme, lang)
        if programme is None:
            print(not_found(library, args.programme, problems), file=sys.stderr)
            return 2
        blocking = programme_errors(library, programme, problems)
        if blocking:
            report_programme_errors(programme, blocking)  # before any window opens
            return 1
    elif not library.programmes:
        print(_("trainer present: the content has no programmes"), file=sys.stderr)
        return 1
    app = make_application()
    quit_on_interrupt(app)  # Ctrl-C leaves the presentation as Esc does
    errors.install(smoke=args.smoke)
    install_translators(app, lang)
    preferences = _apply_preferred_appearance(app)
    if programme is None:
        programme = choose_programme(library.programmes, lang, smoke=args.smoke)
        if programme is None:  # closed, or Ctrl-C, or (--smoke) an unexpected error ended it
            return exit_code(app, 1 if errors.smoke_failed else 0)
        blocking = programme_errors(library, programme)
        if blocking:
            report_programme_errors(programme, blocking)
            return 1
    presenter = Presenter(
        programme, library, theme=args.theme, fullscreen=not args.windowed, save_votes=args.save_votes,
        db_opener=_votes_database, assets=paths.assets_dir(), preferences=preferences,
    )
    presenter.finished.connect(app.quit)
    presenter.start()
    if args.smoke:
        def done():
            presenter.leave()  # before "ok": leaving is part of what is checked
            if errors.smoke_failed:
                return  # an unexpected error has ended the run (trainer.ui.errors)
            total = presenter.presentation.total  # "present ok (ID, N" stays as it is in every language
            print(f"Faresignaler {__version__}: " + _("present ok ({id}, {slides})").format(
                id=programme.id, slides=ngettext("{n} slide", "{n} slides", total).format(n=total)))
            app.exit(0)

        QTimer.singleShot(0, done)
    code = app.exec()
    return exit_code(app, 1 if errors.smoke_failed else code)


def _votes_database():
    """Opened only when a hand count is to be saved (`--save-votes`)."""
    from trainer.store.db import connect

    return connect(paths.database_path())


def run_handout(args) -> int:
    _headless_if_needed()
    from trainer.course.handout import build_handout
    from trainer.ui.application import make_application
    from trainer.ui.presenter.handout_pdf import write_handout

    lang = _ui_language(args)
    library, problems = _library(args, args.programme)
    if args.programme:
        programme = find_programme(library, args.programme, lang)
    else:
        with_handout = [p for p in library.programmes if p.handout]
        programme = next((p for p in with_handout if p.lang == lang), with_handout[0] if with_handout else None)
    if programme is None:
        print(not_found(library, args.programme, problems, handout=True), file=sys.stderr)
        return 2 if args.programme else 1
    blocking = programme_errors(library, programme, problems)
    if blocking:  # a sheet for parents from content that is not right, as for the show
        report_programme_errors(programme, blocking, handout=True)
        return 1
    make_application()
    output = Path(args.output or f"{programme.id}-{programme.lang}.pdf")
    try:
        pages = write_handout(build_handout(programme, library), output)  # a HandoutError: cli.report_error
    except OSError as error:
        raise unwritable(output, error) from None
    print(ngettext("{path} ({n} page)", "{path} ({n} pages)", pages).format(path=output, n=pages))
    return 0
