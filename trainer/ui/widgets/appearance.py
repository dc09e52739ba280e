"""The app's language and look, changeable while it runs: translators (the app's own and
Qt's for built-in dialogs), palette, style sheet and text size."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from trainer import paths
from trainer.ui.widgets import theme

_installed: list[QTranslator] = []


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """The app's own translation (source strings are English) and Qt's for built-in dialogs.
    Those of an earlier language are removed first, so the language can change at run time."""
    while _installed:
        app.removeTranslator(_installed.pop())
    loaded = _installed
    # English is the source language; its .qm holds only the plural forms ("%n step(s)"),
    # which Qt leaves as written without a translation.
    own = QTranslator(app)
    if own.load(str(paths.translations_dir() / f"faresignaler_{lang}.qm")):
        app.installTranslator(own)
        loaded.append(own)
    # Qt's own dialogs in the app's language: our bokmål for the Qt strings the app shows
    # (PySide6 ships only nynorsk, which mixed "Lagra" and "Filnamn" into bokmål screens),
    # else Qt's translation for the language if PySide6 has one.
    qt = QTranslator(app)
    if lang != "en" and (qt.load(str(paths.translations_dir() / f"qtbase_{lang}.qm"))
                         or qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        app.installTranslator(qt)
        loaded.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal if lang == "nb" else QLocale.Language.English))
    return loaded


_base_point_size: list[float] = []


def apply_appearance(app: QApplication, theme_name: str | None = None, text_size: int | None = None) -> None:
    """Palette, style sheet and font size for the chosen theme and text size."""
    if theme_name is not None or text_size is not None:
        theme.configure(theme_name or "light", text_size or 100)
    if not _base_point_size:
        _base_point_size.append(app.font().pointSizeF())
    font = app.font()
    font.setPointSizeF(_base_point_size[0] * theme.scale())
    app.setFont(font)
    app.setPalette(theme.palette())
    app.setStyleSheet(theme.stylesheet())


