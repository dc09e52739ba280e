"""Starting the desktop app: Qt application, translations, settings, content and the
database, then the main window. `--smoke` runs the same start-up and exits when idle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The first screen is built without PySide's slow `Qt` namespace: see widgets/qt_values.py.
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trainer import __version__, i18n, paths
from trainer.course.cache import load_cached, read_cached, refreshed
from trainer.course.installed import content_roots
from trainer.course.model import Library
from trainer.store import safety
from trainer.store.errors import DiskFullError
from trainer.ui import errors, storage_notice
from trainer.ui.context import AppContext
from trainer.ui.application import exit_code, make_application, quit_on_interrupt, open_settings
from trainer.ui.tasks import Task, run_in_background
from trainer.ui.widgets.appearance import apply_appearance, install_translators  # noqa: F401 - used by other modules
from trainer.ui.main_window import MainWindow
from trainer.ui.preferences import Preferences


SETTLE_MS = 150
CHECK_AFTER_S = 0.3  # the content check waits this long after the first screen (see _check_content)


def build_window(args, app: QApplication, background: bool = False) -> MainWindow:
    """The main window on the real content and database. With `background`, the database
    opens and the content loads on a worker thread while the window is already shown."""
    preferences = Preferences(open_settings())
    # --lang is for this run only; the settings dialog is what remembers a language. With
    # neither, the system's language (trainer.i18n), as for the command line's messages.
    lang = args.lang or (preferences.get("lang") if preferences.is_saved("lang") else i18n.system_language())
    i18n.set_language(lang)
    install_translators(app, lang)
    apply_appearance(app, preferences.get("theme"), preferences.get("text_size"))
    given = [Path(p).resolve() for p in args.content or []]
    roots = content_roots(given)
    path = paths.database_path()
    restore = getattr(args, "restore_backup", False)
    content_lang = preferences.get("content_lang") or lang
    if background:
        # Start the slow work first, so it runs while the window is being built. Its
        # result arrives through the event loop, after the window exists.
        built: list[MainWindow] = []
        loader = run_in_background(lambda: _open_everything(path, restore, roots, check_first=False, backup=False),
                                   on_done=lambda result: _finish(built[0], result, path, args.smoke),
                                   on_failed=lambda error: _failed(app, error, args.smoke, built[0]), name="start-up")
        context = AppContext(db=None, library=Library(roots=roots), lang=content_lang, assets=paths.assets_dir(),
                             roots=roots, given_content=given)
        window = MainWindow(context, preferences, loading=True)
        window.loader = loader
        built.append(window)
        return window
    opened, library, _unchecked = _open_everything(path, restore, roots)
    opened = _explain(opened, path, args.smoke)
    context = AppContext(db=opened.db, library=library, lang=content_lang, assets=paths.assets_dir(), roots=roots,
                         given_content=given)
    window = MainWindow(context, preferences)
    window.loader = None
    _mark_persistence(window, opened)
    return window


def _open_everything(path, restore: bool, roots, check_first: bool = True, backup: bool = True):
    """The slow part of start-up, safe to run off the UI thread: no widgets here. Without
    `check_first`, a cached library is used as it is, and the fingerprint it was made from
    is returned to be checked against the files once the window is ready ("" when the
    library was just checked or loaded). Without `backup`, the start-up backup is left to
    the caller (see `_take_backup`)."""
    opened = safety.open_safely(path, restore=restore, backup=backup)
    _clean_killed_imports()
    library, unchecked = (None, "") if check_first else read_cached(roots, paths.cache_dir())
    if library is None:
        library, unchecked = load_cached(roots, paths.cache_dir()), ""
    _log_problems(library)
    return opened, library, unchecked


def _clean_killed_imports() -> None:
    """A pack import killed half-way leaves its staging folder in the data folder. Listing
    the folder is cheap; the pack module (and its parsers) is imported only if one is there."""
    try:
        names = os.listdir(paths.data_dir())
    except OSError:
        return
    if any(name.startswith(".import-") for name in names):
        from trainer.course.packs import clean_staging

        clean_staging(paths.user_content_dir())


def _explain(opened, path, smoke: bool):
    if opened.problem is not None:
        errors.log.warning("database at start-up: %s (%s)", type(opened.problem).__name__, opened.detail)
        if smoke:
            print(opened.message(), file=sys.stderr)  # no one to answer a dialog
        else:
            from trainer.ui import startup_notice

            opened = startup_notice.explain(opened, path)
    elif smoke and opened.message():  # --restore-backup with nothing to restore, or a damage not undone
        print(opened.message(), file=sys.stderr)
    return opened


def _mark_persistence(window: MainWindow, opened) -> None:
    """While answers are not being saved, the window says so for as long as it is open;
    the first write that fails later does the same (trainer.ui.storage_notice)."""
    errors.storage_failure_handler = lambda error: storage_notice.take_over(window, error)
    if not opened.persistent or isinstance(opened.problem, DiskFullError):
        from trainer.ui.startup_notice import notice_text

        storage_notice.not_saving(window, notice_text(opened))


def _finish(window: MainWindow, result, path, smoke: bool) -> None:
    opened, library, unchecked = result
    if opened.problem is not None and window.isVisible():
        window.show_loading_screen()  # the question about the database is not asked over an empty window
    opened = _explain(opened, path, smoke)
    window.context.db = opened.db
    _mark_persistence(window, opened)
    if opened.persistent and opened.problem is None:
        window.backup = _take_backup(window, path, smoke)
    window.set_library(library)
    if unchecked:
        window.content_check = _check_content(window, unchecked)


def _take_backup(window: MainWindow, path, smoke: bool) -> Task:
    """The start-up backup, on a worker while the first screen is built and shown: its
    copy and fsync mostly wait on the disk, and the learner need not wait for them. It
    took 75-90 ms of wall time (under 10 ms of CPU) of a returning learner's start-up
    while other work kept the disk busy, 6-9 ms on a quiet disk (where the benchmark's
    A/B, 11 runs each, saw no difference). Quitting waits for it. A disk with no room for
    it is said as at start-up."""
    def on_done(backed_up) -> None:
        if backed_up.problem is not None:
            _mark_persistence(window, _explain(backed_up, path, smoke))

    def on_failed(error: BaseException) -> None:  # the older backups stand; say why in the log
        errors.log.error("the start-up backup failed", exc_info=error)

    return run_in_background(lambda: safety.start_up_backup(path), on_done, on_failed, parent=window,
                             name="start-up-backup")


def _check_content(window: MainWindow, unchecked: str) -> Task:
    """Compare every content file with the cached course, off the UI thread, and show the
    new content if anything changed. Quitting calls it off (`cancel`): there is no one to
    show it to, and the next start checks again."""
    roots = list(window.context.roots)
    show = _content_changed(window, roots)

    def on_done(library) -> None:
        if library is not None:
            show(library)

    def on_failed(error: BaseException) -> None:  # the cached course stays on screen; log why
        errors.log.error("checking the content against its files failed", exc_info=error)

    def check():
        # The first screen is shown first: looking at every file is Python work that held
        # back its first paint (a 1,000-module course: startup_1000_vs_10 1.21 -> 1.0x).
        if task.cancelled.wait(CHECK_AFTER_S):
            return None  # the app is quitting
        return refreshed(roots, paths.cache_dir(), unchecked, task.cancelled)

    task = Task(check, on_done, on_failed, parent=window, name="content-check", wait_on_quit=False)
    return task.start()


def _content_changed(window: MainWindow, roots: list):
    def show(library) -> None:
        if list(window.context.roots) != roots:
            return  # a pack was imported or removed meanwhile: the window has newer content already
        errors.log.info("content changed since the cache was made: showing the new version")
        _log_problems(library)
        window.replace_library(library)
    return show


def _failed(app: QApplication, error: BaseException, smoke: bool, window: MainWindow | None = None) -> None:
    """Start-up itself failed: say so (and log it) and quit, rather than load for ever."""
    if window is not None and window.isVisible():
        window.show_loading_screen()  # not an empty window behind the message
    # With --smoke, said on the error output ("start-up failed", which stays as it is in
    # every language: scripts and tests look for it); else in a message (trainer.ui.errors).
    sys.excepthook(type(error), error, error.__traceback__)
    QTimer.singleShot(0, lambda: app.exit(1))  # also when this comes before the event loop runs


def _log_problems(library) -> None:
    for problem in library.errors:
        errors.log.warning("content problem: %s", problem)


def run_app(args, on_first_screen=None) -> int:
    """The app. `on_first_screen()` is called once the window shows its first screen (the
    command line resumes the garbage collector there, see `trainer.cli.main`)."""
    if args.smoke and sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application(look=False)  # build_window sets the learner's look
    quit_on_interrupt(app)
    errors.install(smoke=args.smoke)
    window = build_window(args, app, background=True)
    if on_first_screen is not None:
        window.ready.connect(on_first_screen)
    # A loading screen that flashes for a few milliseconds helps no one: give the worker a
    # moment, and if it is done, the window opens straight on its first screen.
    settled = window.loader.wait(SETTLE_MS)
    window.fit_to_screen()
    if settled:
        # Delivered once the window is shown, so the first screen is built into a window
        # that has been laid out and polished already, rather than shown with it: 10 M
        # fewer of the 1,023 M instructions of a returning learner's start-up (valgrind).
        # Only the worker's result, nothing else yet: a paint of the still empty window
        # would come first.
        app.sendPostedEvents(window.loader)
    if args.smoke:
        # Healthy means: content loaded, database open, window shown, event queue empty
        # (a zero timer fires once everything queued before it has been handled), as the
        # bare program the start-up benchmark compares with.
        def healthy() -> None:
            if window.backup is not None and not window.backup.done:  # its outcome belongs to the check
                window.backup.wait()
                app.processEvents()
            if errors.smoke_failed:
                return  # an unexpected error has ended the run (trainer.ui.errors)
            print(f"Faresignaler {__version__}: smoke ok")
            app.exit(0)

        if window.loaded:
            QTimer.singleShot(0, healthy)
        else:
            window.ready.connect(lambda: QTimer.singleShot(0, healthy))
    code = app.exec()
    for task in (window.loader, window.backup):
        if task is not None:
            task.wait()
    _leave(window)
    return exit_code(app, 1 if errors.smoke_failed else code)


def _leave(window: MainWindow) -> None:
    """Everything is saved as it happens: write the settings and close the database."""
    window.preferences.save()
    if window.content_check is not None:
        window.content_check.cancel()
    if window.context.db is not None:
        window.context.db.conn.close()
