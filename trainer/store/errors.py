"""What can be wrong with the progress database, in kinds that say what to do about it.
No sqlite-utils here: start-up uses these before (and often without) importing it."""

from __future__ import annotations

from pathlib import Path

from trainer.errors import STORAGE, TrainerError
from trainer.i18n import _


class StorageError(TrainerError):
    """The database cannot be used; the message says why in plain words, SQLite's own
    words (if any) are the detail."""

    kind = STORAGE


class NewerDatabaseError(StorageError):
    """Made by a newer version of the app: left untouched."""


class CorruptDatabaseError(StorageError):
    """Not a database, truncated or damaged: kept aside, never deleted."""


class UnwritableError(StorageError):
    """The folder or file cannot be written (permissions, read-only media)."""


class ReadOnlyError(UnwritableError):
    """The file can be read but not written: what it holds is shown, nothing new is saved."""


class BusyError(StorageError):
    """Another program holds the database longer than the busy timeout."""


class DiskFullError(StorageError):
    """Writing failed for lack of space (or a write error from the disk)."""


def classify(error: Exception, path: Path) -> StorageError:
    """Turn SQLite's words into the kind of trouble, so callers can say what to do."""
    text = str(error).lower()
    detail = f"SQLite: {error}"
    if "locked" in text or "busy" in text:
        return BusyError(_("The progress file {path} is in use by another program").format(path=path), detail)
    if "readonly" in text or "unable to open" in text or "permission" in text:
        return UnwritableError(_("The progress file {path} cannot be written to").format(path=path), detail)
    if "disk is full" in text or "disk i/o error" in text:
        return DiskFullError(_("The progress file {path} cannot save").format(path=path), detail)
    return CorruptDatabaseError(_("The progress file {path} is damaged").format(path=path), detail)
