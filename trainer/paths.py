"""Every location the app uses. Nothing else in the package knows where files live.

Built-in content and assets sit at the top of the source tree for authors, inside the
package once installed (see pyproject.toml), and beside the executable when frozen by
PyInstaller. User data goes to the platform's data folder unless `--data-dir` or
TRAINER_DATA_DIR points elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Faresignaler"
ENV_DATA_DIR = "TRAINER_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent
_data_dir_override: Path | None = None


def _resource_dir(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    inside_package = _PACKAGE_DIR / name
    if inside_package.is_dir():
        return inside_package
    return _PACKAGE_DIR.parent / name  # running from a source checkout


def builtin_content_dir() -> Path:
    return _resource_dir("content")


def assets_dir() -> Path:
    return _resource_dir("assets")


def docs_dir() -> Path:
    """The authoring guide (docs/*.md), shipped with the app so Help can open it."""
    return _resource_dir("docs")


def authoring_guide(lang: str = "nb") -> Path:
    """The guide in the UI's language: authoring.md (Norwegian) or authoring.en.md."""
    english = docs_dir() / "authoring.en.md"
    return english if lang == "en" and english.is_file() else docs_dir() / "authoring.md"


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "trainer" / "i18n"
    return _PACKAGE_DIR / "i18n"


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Used by `--data-dir`; wins over the environment variable."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _data_dir_override is not None:
        return _data_dir_override
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # imported late: only needed when no folder was given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path() -> Path:
    return data_dir() / "progress.db"


def settings_path() -> Path:
    """The app's settings (QSettings' ini format, trainer.ui.preferences); the command line
    reads the language from it before Qt is loaded (trainer.i18n.saved_language)."""
    return data_dir() / "settings.ini"


def user_content_dir() -> Path:
    """Installed content packs; never the installation itself."""
    return data_dir() / "content"


def cache_dir() -> Path:
    """Parsed content, rebuilt whenever a content file changes; safe to delete."""
    return data_dir() / "cache"


def log_path() -> Path:
    return data_dir() / "faresignaler.log"
