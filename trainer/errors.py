"""The core's one error vocabulary. Every error the core lets out is a `TrainerError` of
one of four kinds, already in the user's words (gettext) with the library's own detail,
if any, kept apart as a second line. The command line turns them into output in one
place (`trainer.cli.report_error`), the windows in one place (`trainer.ui.errors.message_for`).

No imports beyond the standard library: start-up and every layer use this."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from trainer.i18n import _

CONTENT, STORAGE, PACK, NETWORK = "content", "storage", "pack", "network"


class TrainerError(Exception):
    """Something the user can act on. `str()` is the one line to show; `detail` is what
    the library said (SQLite, YAML, zip, the network), shown under it when there is one."""

    kind = CONTENT

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def lines(self) -> list[str]:
        return [self.message] + ([self.detail] if self.detail else [])


class WriteError(TrainerError):
    """A file or folder the user named cannot be written."""

    kind = STORAGE


def shown(path) -> str:
    """A path as it can be printed: a name that is not valid UTF-8 (a zip made on Windows,
    unpacked on Linux) holds stand-ins Python cannot print; they are shown as '\ufffd'."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


def badly_encoded(name: str) -> bool:
    """A file name that is not valid UTF-8 (Python keeps its bytes as stand-ins)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def bad_name_message(path) -> str:
    """The one wording for a file name that is not valid UTF-8, and what to do."""
    return _("the name of '{name}' is not valid UTF-8 (a zip made on another system?): rename the file, "
             "for example without æ, ø and å").format(name=shown(Path(path).name))


def os_reason(error: OSError, reading: bool = False) -> str:
    """What went wrong with a file or folder, in plain words ("is a file", not "File
    exists"; never the system's English inside a Norwegian sentence), for writing or, with
    `reading`, for reading."""
    reasons = {
        errno.ENOTDIR: _("a part of the path is a file, not a folder"),
        errno.EISDIR: _("it is a folder, not a file"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.ELOOP: _("it is a link that points to itself"),
        errno.EBUSY: _("it is in use by another program"),
        errno.ETXTBSY: _("it is in use by another program"),
        errno.EMFILE: _("too many files are open; close some programs and try again"),
        errno.ENFILE: _("too many files are open; close some programs and try again"),
        errno.ENXIO: _("the device is not there (a memory stick taken out?)"),
        errno.ENODEV: _("the device is not there (a memory stick taken out?)"),
    }
    if reading:
        reasons.update({
            errno.EACCES: _("no permission"),
            errno.EPERM: _("no permission"),
            errno.ENOENT: _("it does not exist"),
            errno.EIO: _("the disk could not be read"),
            errno.ELOOP: _("it is a link that points to itself"),
        })
    else:
        reasons.update({
            errno.EEXIST: _("a part of the path is a file, not a folder"),  # mkdir where a file is
            errno.ENOENT: _("the folder does not exist or takes no new files"),
            errno.EACCES: _("you are not allowed to write there"),
            errno.EPERM: _("you are not allowed to write there"),
            errno.EROFS: _("the disk is read-only"),
            errno.ENOSPC: _("the disk is full"),
            errno.EDQUOT: _("the disk is full"),
            errno.EFBIG: _("the file would be too big for this disk"),
            errno.EIO: _("the disk could not be written"),
        })
    if error.errno in reasons:
        return reasons[error.errno]
    # Never the system's English inside the sentence: its code, which a helper can look up.
    code = errno.errorcode.get(error.errno) if isinstance(error.errno, int) else None
    return _("the system refused ({detail})").format(detail=code or type(error).__name__)


def unwritable(path, error: OSError) -> WriteError:
    """A file that cannot be written, said in one line."""
    where = error.filename if isinstance(error.filename, str) else None
    if where and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) \
            and os.path.abspath(where) != os.path.abspath(str(path)):  # "not allowed to write there": where
        return WriteError(_("cannot write '{path}': '{where}': {reason}").format(path=path, where=where, reason=os_reason(error)))
    return WriteError(_("cannot write '{path}': {reason}").format(path=path, reason=os_reason(error)))


def output_problem(path) -> WriteError | None:
    """Why a file named with -o cannot be written, checked before any work (the one check
    for every command's -o): a folder, a missing folder, or a folder this user may not
    write in. None when the file can be written (an existing file is replaced)."""
    path = Path(path)
    if path.is_dir():
        return unwritable(path, OSError(errno.EISDIR, "folder"))
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not folder.is_dir():
        return unwritable(path, OSError(errno.ENOTDIR, "not a folder"))
    if not folder.exists():
        return WriteError(_("cannot write '{path}': the folder '{folder}' does not exist").format(path=path, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        return WriteError(_("cannot write '{path}': you are not allowed to write in the folder '{folder}'").format(
            path=path, folder=folder))
    if path.exists() and not os.access(path, os.W_OK):
        return WriteError(_("cannot write '{path}': the file is write-protected").format(path=path))
    return None


class ReadError(TrainerError):
    """A file or folder the user named cannot be read."""


def unreadable(path, error: OSError) -> ReadError:
    return ReadError(_("cannot read '{path}': {reason}").format(path=path, reason=os_reason(error, reading=True)))


def exists(path) -> bool:
    """`Path.exists`, but a folder on the way that cannot be read, or a link that goes
    round in a loop, is said so (as a ReadError), not taken for "not there"."""
    try:
        if Path(path).exists():
            return True
        if os.path.islink(path):  # a link to nothing, or one in a loop: what stat says of it
            os.stat(path)
        return False
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.islink(path):
            raise ReadError(_("cannot read '{path}': it is a link to something that is not there").format(path=path)) from None
        raise unreadable(path, error) from None


def data_folder_problem(folder) -> str | None:
    """Why the data folder cannot be used, in plain words, or None when it can: it must be
    (or become) a folder that this user may write in."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        return _("the data folder '{path}' is a file, not a folder").format(path=folder)
    database = folder / "progress.db"
    if database.is_dir():  # (a copy gone wrong): the progress file cannot be made there
        return _("'{path}' is a folder, but it must be the progress file: move or rename that folder").format(path=database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _("the data folder '{path}' cannot be made: {reason}").format(path=folder, reason=os_reason(error))
    if not os.access(folder, os.W_OK | os.X_OK):
        return _("the data folder '{path}' is not writable: you are not allowed to write there").format(path=folder)
    return None


# Folders of the system itself: walking them never ends (/proc) or reads devices (/dev).
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev", "/run")


def system_folder_problem(path) -> str | None:
    """Why a folder named as content is surely not one (the whole disk, /proc ...), or
    None. Checked before any walk: `trainer validate /` walked /proc for ever."""
    try:
        real = os.path.realpath(path)
    except (OSError, ValueError):
        return None
    if os.path.dirname(real) == real:  # "/", "C:\"
        return _("'{path}' is the whole disk, not a content folder: name the folder that holds the content").format(path=path)
    if os.name != "nt" and any(real == folder or real.startswith(folder + "/") for folder in SYSTEM_FOLDERS):
        if not os.path.isdir(real):  # /dev/null
            return _("'{path}' is a device of the system, not a content file").format(path=path)
        return _("'{path}' is a folder of the system, not a content folder: name the folder that holds the content").format(path=path)
    return None
