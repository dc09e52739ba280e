"""Starting the desktop app: Qt application, translations, settings, content and the
database, then the main window. `--smoke` runs the same start-up and exits when idle."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import __version__, paths
from trainer.course.loader import load_library
from trainer.store.db import StorageError, connect
from trainer.ui import errors, theme
from trainer.ui.context import AppContext
from trainer.ui.main_window import MainWindow

LANGUAGES = ("nb", "en")


def open_settings() -> QSettings:
    """Settings live beside the database, so `--data-dir` keeps everything together."""
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """The app's own translation (source strings are English) and Qt's for built-in dialogs."""
    loaded = []
    if lang != "en":
        own = QTranslator(app)
        if own.load(str(paths.translations_dir() / f"faresignaler_{lang}.qm")):
            app.installTranslator(own)
            loaded.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{lang}", "qtbase_nn" if lang == "nb" else ""):
        qt = QTranslator(app)
        if name and qt.load(name, qt_dir):
            app.installTranslator(qt)
            loaded.append(qt)
            break
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal if lang == "nb" else QLocale.Language.English))
    return loaded


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Faresignaler")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(theme.stylesheet())
    icon = paths.assets_dir() / "icon.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def build_window(args, app: QApplication) -> MainWindow | None:
    from trainer.cli import content_roots

    settings = open_settings()
    lang = args.lang or settings.value("lang", "nb")
    if lang not in LANGUAGES:
        lang = "nb"
    install_translators(app, lang)
    roots = content_roots(args.content)
    library = load_library(roots)
    for problem in library.errors:
        errors.log.warning("content problem: %s", problem)
    try:
        db = connect(paths.database_path())
    except StorageError as error:
        message = QApplication.translate("app", "The progress database cannot be opened:\n%1").replace("%1", str(error))
        print(message, file=sys.stderr)
        if not args.smoke:
            QMessageBox.critical(None, "Faresignaler", message)
        return None
    context = AppContext(db=db, library=library, lang=lang, assets=paths.assets_dir(), roots=roots)
    return MainWindow(context, settings)


def run_app(args) -> int:
    if args.smoke and sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    errors.install()
    window = build_window(args, app)
    if window is None:
        return 1
    window.resize(1280, 800)
    window.show()
    if args.smoke:
        # A zero timer fires once the event queue is empty: the window is shown and idle.
        QTimer.singleShot(0, lambda: (print(f"Faresignaler {__version__}: smoke ok"), app.exit(0)))
    return app.exec()
