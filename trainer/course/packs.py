"""Content packs: a folder with `pack.md` (the manifest) holding modules, courses,
programmes, a contact card and images, shared as a zip.

Building checks the pack and writes a zip of its content files. Importing looks at every
entry of a zip (or file of a folder) before anything is written: paths outside the pack,
absolute paths, links, too many files and too many bytes are refused. Only then is the
pack unpacked into a staging folder beside the installed packs, checked like `trainer
validate` among the installed content, and moved into place in one rename. Nothing here
touches the installation or the learners' progress; the caller records which modules
changed (see trainer.store.content_updates)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import struct
import tempfile
import time
import zipfile
import zlib

from dataclasses import dataclass, field
from pathlib import Path

from trainer.course.frontmatter import parse_source, read_source
from trainer.processes import is_running, owner
from trainer.course.installed import pack_folders
from trainer.course.loader import load_library
from trainer.course.manifest import MANIFEST_NAME, PackManifest, parse_manifest, version_of
from trainer.course.meta import Collector, front_matter_line
from trainer.course.model import ContactCard, ContentError, Library, Problem
from trainer.course.scope import inside, load_scoped
from trainer.errors import PACK, TrainerError, bad_name_message, badly_encoded, os_reason, shown
from trainer.i18n import _

# What may travel in a pack. Anything else in the folder (notes, office files, the zip
# itself) is left out and named, so the author knows.
CONTENT_SUFFIXES = (".md", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".txt")
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """A sane pack: the built-in course is under 200 files and 1 MB."""

    files: int = 2000
    file_bytes: int = 50 * MB
    total_bytes: int = 200 * MB


DEFAULT_LIMITS = Limits()


class PackError(TrainerError):
    """The pack was refused; `problems` says why, each with its place."""

    kind = PACK

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def _refuse(path: Path, message: str, line: int = 0) -> PackError:
    return PackError([Problem(Path(path), line, message)])


def _mb(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{max(1, round(size / 1024))} kB"


# ---------------------------------------------------------------- checking a pack folder


@dataclass
class PackCheck:
    folder: Path
    manifest: PackManifest | None
    problems: list[Problem]
    library: Library

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def check_pack(folder: Path, context: list[Path]) -> PackCheck:
    """Everything `trainer validate` says about the pack's files, among the installed
    content, plus what makes a folder a pack."""
    folder = Path(folder).resolve()
    scoped = load_scoped(folder, context)
    library = scoped.library
    problems = list(scoped.problems)
    manifests = [m for m in library.packs if inside(m.path, folder)]
    manifest = next((m for m in manifests if m.path == folder / MANIFEST_NAME), None)
    for other in manifests:
        if other is not manifest:
            problems.append(Problem(other.path, 1, _("pack.md belongs at the top of the pack's folder, and only once")))
    if manifest is None:
        problems.append(Problem(folder, 0, _("the folder has no pack.md: make it with 'trainer new pack FOLDER'")))
        return PackCheck(folder, None, problems, library)
    if manifest.id.split(".", 1)[0].lower() in WINDOWS_RESERVED:
        # The zip's folder and the installed folder are named by the id: "con" cannot be
        # unpacked on Windows, and import refuses it; so the pack is not made either.
        problems.append(Problem(manifest.path, front_matter_line(manifest.path, "id"), _(
            "the pack's id '{id}' is a name Windows keeps for itself; choose another id").format(id=manifest.id)))
    modules = [m for m in library.modules if inside(m.path, folder)]
    owned = (modules + [c for c in library.courses if inside(c.path, folder)]
             + [p for p in library.programmes if inside(p.path, folder)]
             + [c for c in library.contacts if inside(c.path, folder)])
    if not owned and not scoped.broken:
        problems.append(Problem(manifest.path, 1, _("the pack has no modules, courses, programmes or contact cards")))
    elif manifest.lang and owned and not any(item.lang == manifest.lang for item in owned):
        problems.append(Problem(manifest.path, 1, _("the pack has no content in the language '{lang}' (see 'lang')").format(lang=manifest.lang),
                                warning=True))
    in_courses = {(c.lang, m) for c in library.courses for m in c.module_ids}
    for module in modules:
        if (module.lang, module.id) not in in_courses:
            problems.append(Problem(
                module.path, 1,
                _("the module '{id}' is in no course, so it is not shown in the course overview (put its id under 'modules:' in a course)").format(id=module.id),
                warning=True,
            ))
    return PackCheck(folder, manifest, problems, library)


# ---------------------------------------------------------------- which files travel


# Names Windows keeps for devices (in any case, with any ending: "con.md", "Aux.png"): such
# a file cannot be made there, so a pack holding one cannot be unpacked on Windows.
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def _portable_name_problem(name: str) -> str | None:
    """What keeps a path inside a pack from being a file on every system, or None."""
    if badly_encoded(name):
        return bad_name_message(name)
    for part in name.split("/"):
        if part.split(".", 1)[0].strip().lower() in WINDOWS_RESERVED:
            return _("'{name}': '{part}' is a name Windows keeps for itself; rename it").format(name=name, part=part)
        if part.endswith((".", " ")):
            return _("'{name}' ends in a dot or a space, which Windows drops; rename it").format(name=name)
    if any(ord(ch) < 32 for ch in name) or any(ch in name for ch in ':*?"<>|'):
        return _("'{name}' has characters that cannot be used in file names").format(name=name)
    if len(name) > 1000 or any(len(part.encode("utf-8")) > 255 for part in name.split("/")):
        return _("'{value}…' has too long a name").format(value=name[:80])
    return None


def same_name_key(relative: str) -> str:
    """Names that are one file on Windows and macOS give the same key: case, and the two
    Unicode forms of å (macOS writes names decomposed)."""
    import unicodedata

    return unicodedata.normalize("NFC", relative).casefold()


def _skipped(relative: str) -> bool:
    """Hidden files and folders, and macOS's zip leftovers, are never unpacked."""
    parts = relative.split("/")
    return parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts)


def _is_content(relative: str) -> bool:
    return relative.lower().endswith(CONTENT_SUFFIXES)


@dataclass
class FileList:
    files: list[tuple[str, Path]] = field(default_factory=list)  # (path in the pack, file on disk)
    skipped: list[str] = field(default_factory=list)  # left out: not content files


def folder_files(folder: Path, limits: Limits = DEFAULT_LIMITS) -> FileList:
    """The content files of a pack folder; refuses links, special files and sizes above
    the limits before anything is copied."""
    folder = Path(folder)
    listing = FileList()
    total = 0
    count = 0
    links: list[Problem] = []  # links and folders that cannot be read: all named at once
    seen: dict[str, str] = {}  # a name in one case and Unicode form -> the name as found

    def unreadable(error: OSError) -> None:
        # A folder left out would make a pack without it, and "done" would be false.
        links.append(Problem(Path(error.filename or folder), 0, _("cannot read the folder: {reason}").format(
            reason=os_reason(error, reading=True))))

    for current, dirs, names in os.walk(folder, onerror=unreadable, followlinks=False):
        base = Path(current)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        for name in dirs:
            if (base / name).is_symlink():
                links.append(Problem(base / name, 0, _("'{as_posix}' is a link; links cannot be part of a content pack").format(as_posix=(base / name).relative_to(folder).as_posix())))
        for name in sorted(names):
            path = base / name
            relative = path.relative_to(folder).as_posix()
            # What stays out is left out before anything is checked: a 60 MB video or an
            # editor's lock link (Emacs's dangling `.#04-quiz.md`) must not stop the pack.
            if _skipped(relative):
                continue
            if not _is_content(relative):
                listing.skipped.append(relative)
                continue
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                links.append(Problem(path, 0, _("'{relative}' is a link; links cannot be part of a content pack").format(relative=relative)))
                continue
            if not stat.S_ISREG(info.st_mode):
                raise _refuse(path, _("'{relative}' is not an ordinary file").format(relative=relative))
            count += 1
            total += info.st_size
            if count > limits.files:
                raise _refuse(folder, _("the folder has more than {files} files; a content pack can have at most {files}").format(files=limits.files))
            if info.st_size > limits.file_bytes:
                raise _refuse(path, _("'{relative}' is {mb}; one file can be at most {mb2}").format(relative=relative, mb=_mb(info.st_size), mb2=_mb(limits.file_bytes)))
            if total > limits.total_bytes:
                raise _refuse(folder, _("the files add up to more than {mb}; a content pack can be at most {mb}").format(mb=_mb(limits.total_bytes)))
            problem = _portable_name_problem(relative)
            if problem:
                raise _refuse(path, problem)
            # X.png and x.png (or å written two ways) are one file on Windows and macOS:
            # the zip would be refused at import, so the pack is refused now.
            key = same_name_key(relative)
            if key in seen:
                raise _refuse(path, _("'{relative}' and '{other}' differ only in capital letters; on Windows and macOS "
                                      "they would be one file: rename one of them").format(relative=relative, other=seen[key]))
            seen[key] = relative
            listing.files.append((relative, path))
    if links:  # every one at once: the author fixes them all before the next try
        raise PackError(links)
    return listing


# ---------------------------------------------------------------- building a zip


@dataclass
class Built:
    manifest: PackManifest
    output: Path
    files: int
    skipped: list[str]
    warnings: list[Problem]
    replaced: bool = False  # a file of that name was there before and is now this pack


ZIP_TIME = (2000, 1, 1, 0, 0, 0)  # fixed: the same pack gives the same zip


def build_zip(folder: Path, output: Path | None, context: list[Path], limits: Limits = DEFAULT_LIMITS) -> Built:
    """Check the pack and write its content files to a zip, inside a folder named after
    the pack's id. Raises PackError with every error when the pack is not valid."""
    folder = Path(folder).resolve()
    listing = folder_files(folder, limits)
    check = check_pack(folder, context)
    if check.errors or check.manifest is None:
        raise PackError(check.errors)
    manifest = check.manifest
    version = re.sub(r"[^A-Za-z0-9._-]+", "-", manifest.version) or "1"
    output = Path(output) if output else Path.cwd() / f"{manifest.id}-{version}.zip"
    output = output.resolve()
    entries = [(rel, path) for rel, path in listing.files if path.resolve() != output]
    replaced = output.exists()
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".part")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for relative, path in entries:
                info = zipfile.ZipInfo(f"{manifest.id}/{relative}", date_time=ZIP_TIME)
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                try:
                    data = path.read_bytes()
                except OSError as error:  # reading, not writing: said as such
                    raise _refuse(path, _("cannot read the file: {reason}").format(reason=os_reason(error, reading=True))) from None
                archive.writestr(info, data)
        os.replace(temporary, output)
    finally:
        if temporary.exists():
            temporary.unlink()
    return Built(manifest, output, len(entries), listing.skipped, check.warnings, replaced)


# ---------------------------------------------------------------- looking at a zip


def _declared_entries(path: Path) -> int | None:
    """The number of entries a zip's end record declares, read before the (possibly
    huge) central directory is parsed."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 65_557))
            tail = handle.read()
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    total = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if total == 0xFFFF:
        at64 = tail.rfind(b"PK\x06\x06", 0, at)
        if at64 >= 0 and len(tail) >= at64 + 40:
            return struct.unpack("<Q", tail[at64 + 32:at64 + 40])[0]
    return total


@dataclass
class ZipPlan:
    prefix: str  # the folder inside the zip that holds pack.md ("" or "name/")
    entries: list[tuple[zipfile.ZipInfo, str]]  # (entry, path inside the pack) to unpack
    skipped: list[str]


def inspect_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> ZipPlan:
    """Every entry of the zip, checked before anything is written. Raises PackError."""
    path = Path(path)
    declared = _declared_entries(path)
    if declared is not None and declared > 2 * limits.files:
        raise _refuse(path, _("the zip file has {declared} files; a content pack can have at most {files}").format(declared=declared, files=limits.files))
    try:
        archive = zipfile.ZipFile(path)
    except OSError as error:  # the file is there but cannot be read: not "damaged"
        raise _refuse(path, _("cannot read the file: {reason}").format(reason=os_reason(error, reading=True))) from None
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        raise _refuse(path, _("the file is not a zip file, or it is damaged")) from None
    with archive:
        infos = archive.infolist()
    seen: set[str] = set()
    files: list[tuple[zipfile.ZipInfo, str]] = []
    total = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        if "\x00" in name:
            raise _refuse(path, _("'{name}' has an invalid name").format(name=repr(name)))
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
            raise _refuse(path, _("'{name}' is an absolute path; everything in a content pack must be inside the pack's folder").format(name=name))
        parts = [part for part in name.split("/") if part not in ("", ".")]
        if ".." in parts:
            raise _refuse(path, _("'{name}' points out of the pack's folder").format(name=name))
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise _refuse(path, _("'{name}' is a link; links cannot be part of a content pack").format(name=name))
        is_folder = name.endswith("/") or kind == stat.S_IFDIR
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _refuse(path, _("'{name}' is not an ordinary file").format(name=name))
        if info.flag_bits & 0x1:
            raise _refuse(path, _("'{name}' is encrypted; a content pack cannot have a password").format(name=name))
        if not parts:
            continue
        relative = "/".join(parts)
        key = same_name_key(relative)
        if key in seen:
            raise _refuse(path, _("'{relative}' appears more than once in the zip file").format(relative=relative))
        seen.add(key)
        if is_folder:
            continue
        problem = _portable_name_problem(relative)
        if problem:
            raise _refuse(path, problem)
        if info.file_size > limits.file_bytes:
            raise _refuse(path, _("'{relative}' becomes {mb} unpacked; one file can be at most {mb2}").format(relative=relative, mb=_mb(info.file_size), mb2=_mb(limits.file_bytes)))
        total += info.file_size
        files.append((info, relative))
    if len(files) > limits.files:
        raise _refuse(path, _("the zip file has {n} files; a content pack can have at most {files}").format(n=len(files), files=limits.files))
    if total > limits.total_bytes:
        raise _refuse(path, _("the zip file becomes {mb} unpacked; a content pack can be at most {mb2}").format(mb=_mb(total), mb2=_mb(limits.total_bytes)))
    relatives = {relative for _info, relative in files}
    if MANIFEST_NAME in relatives:
        prefix = ""
    else:
        tops = {relative.split("/", 1)[0] for _info, relative in files if not _skipped(relative)}
        top = next(iter(tops)) if len(tops) == 1 else None
        if top is None or f"{top}/{MANIFEST_NAME}" not in relatives:
            raise _refuse(path, _("the zip file has no pack.md at the top (or in one folder at the top); make the pack with 'trainer pack FOLDER'"))
        prefix = top + "/"
    plan = ZipPlan(prefix, [], [])
    for info, relative in files:
        if _skipped(relative):
            continue
        if not relative.startswith(prefix):
            plan.skipped.append(relative)
            continue
        inner = relative[len(prefix):]
        if _is_content(inner):
            plan.entries.append((info, inner))
        else:
            plan.skipped.append(inner)
    return plan


def _unpack(path: Path, plan: ZipPlan, into: Path, limits: Limits) -> None:
    """Write the planned entries; sizes are counted again while writing, so a zip whose
    headers lie is stopped too."""
    total = 0
    into = into.resolve()
    with zipfile.ZipFile(path) as archive:
        for info, inner in plan.entries:
            target = (into / inner).resolve()
            if not target.is_relative_to(into):  # never: inspect_zip refused these already
                raise _refuse(path, _("'{filename}' points out of the pack's folder").format(filename=info.filename))
            target.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            try:
                with archive.open(info) as source, open(target, "xb") as sink:
                    while True:
                        chunk = source.read(64 * 1024)
                        if not chunk:
                            break
                        written += len(chunk)
                        total += len(chunk)
                        if written > info.file_size or written > limits.file_bytes or total > limits.total_bytes:
                            raise _refuse(path, _("'{filename}' is bigger unpacked than the zip file says").format(filename=info.filename))
                        sink.write(chunk)
            except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, ValueError):
                raise _refuse(path, _("'{filename}' cannot be unpacked: the zip file is damaged").format(filename=info.filename)) from None


# ---------------------------------------------------------------- installing


@dataclass
class Installed:
    manifest: PackManifest
    folder: Path
    previous: PackManifest | None  # the version it replaced, if any
    changed_modules: dict[str, tuple[str, str]]  # module id -> (old, new) content version
    added_modules: list[str]
    removed_modules: list[str]
    warnings: list[Problem]
    skipped: list[str]
    # The contact cards the pack brings: each replaces the card in its language (the
    # police's phone numbers), so the import says so and shows them.
    contacts: tuple[ContactCard, ...] = ()


def read_manifest(folder: Path) -> PackManifest | None:
    path = Path(folder) / MANIFEST_NAME
    try:
        source = read_source(path)
    except ContentError:
        return None
    if source.meta.get("type") != "pack":
        return None
    return parse_manifest(source, Collector(path))


def peek_manifest(source: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, str, str] | None:
    """(id, title, version) of a pack folder or zip, read without unpacking anything, so
    that the app can ask before replacing an installed pack. None when it cannot tell."""
    source = Path(source)
    if source.is_dir():
        manifest = read_manifest(source)
        return (manifest.id, manifest.title, manifest.version) if manifest else None
    try:
        plan = inspect_zip(source, limits)
        entry = next((info for info, inner in plan.entries if inner == MANIFEST_NAME), None)
        if entry is None or entry.file_size > MB:
            return None
        with zipfile.ZipFile(source) as archive:
            raw = archive.read(entry)
        # The same reader as every content file: limits checked and YAML aliases refused
        # before any value is used (a 1 kB pack.md could otherwise expand to gigabytes here).
        source_file = parse_source(Path(MANIFEST_NAME), raw.decode("utf-8-sig"), raw)
        meta = source_file.meta
    except Exception:  # noqa: BLE001 - a question we cannot ask is not an error; install says why
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("id"), str):
        return None
    return meta["id"], str(meta.get("title", meta["id"])), version_of(source_file, Collector(Path(MANIFEST_NAME)))


def _versions(library: Library) -> dict[tuple[str, str], str]:
    return {(m.id, m.lang): m.content_version for m in library.modules}


def _shown_as(problems: list[Problem], staged: Path, origin: Path) -> list[Problem]:
    """Problems found in the staging folder, told with the place the author knows."""
    shown = []
    for problem in problems:
        path = problem.path
        if inside(path, staged):
            relative = path.relative_to(staged)
            path = origin / relative if str(relative) != "." else origin
        shown.append(Problem(path, problem.line, problem.message, problem.warning))
    return shown


STAGING_PREFIX = ".import-"
STALE_STAGING_SECONDS = 3600  # far longer than any import takes (where a process cannot be asked)


def clean_staging(packs_dir: Path) -> list[Path]:
    """Remove the staging folders of imports that were killed (at the next start or
    import), returning them. An import killed between moving the old copy of a pack aside
    and putting the new one in its place gets the old copy back first."""
    packs_dir = Path(packs_dir)
    removed = []
    try:
        found = list(packs_dir.parent.glob(STAGING_PREFIX + "*"))
    except OSError:
        return removed
    for staging in found:
        try:
            old_enough = time.time() - staging.stat().st_mtime >= STALE_STAGING_SECONDS
            if not staging.is_dir() or (is_running(owner(staging.name)) and not old_enough):
                continue
            old, new = staging / "old", staging / "pack"
            if old.is_dir() and new.is_dir():
                manifest = read_manifest(old)
                back = packs_dir / (manifest.id if manifest else "")
                if manifest and not back.exists():
                    os.replace(old, back)
            shutil.rmtree(staging)
            removed.append(staging)
        except OSError:
            continue  # tried again next time
    return removed


def version_key(version: str) -> tuple[int, ...] | None:
    """A version as numbers to compare ("1.10" after "1.9", "2025-10" after "2025-9"), or
    None when it is not made of numbers (then no order is assumed)."""
    parts = re.split(r"[.\-_]", str(version).strip().lstrip("vV"))
    if not parts or not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


def is_older(new: str, old: str) -> bool:
    new_key, old_key = version_key(new), version_key(old)
    return new_key is not None and old_key is not None and new_key < old_key


@contextlib.contextmanager
def _staged(source: Path, packs_dir: Path, context: list[Path], limits: Limits):
    """Copy or unpack the pack into a staging folder beside the installed packs and check
    it there; yields (staging, staged, origin, skipped, check) with no errors in `check`;
    the staging folder is gone afterwards. Raises PackError."""
    source = Path(source)  # as given: problems name the file the way the user did
    packs_dir = Path(packs_dir)
    if source.is_dir():
        listing = folder_files(source, limits)
        plan, origin = None, source
        skipped = listing.skipped
    else:
        plan = inspect_zip(source, limits)  # everything refused here is refused before writing
        listing, origin = None, source / plan.prefix.rstrip("/") if plan.prefix else source
        skipped = plan.skipped
    packs_dir.mkdir(parents=True, exist_ok=True)
    clean_staging(packs_dir)
    # The pid in the name lets the next start or import tell a killed import from a running one.
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, suffix=f"-pid{os.getpid()}", dir=packs_dir.parent))
    try:
        staged = staging / "pack"
        staged.mkdir()
        if plan is not None:
            _unpack(source, plan, staged, limits)
        else:
            for relative, path in listing.files:
                target = staged / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    shutil.copyfile(path, target)
                except OSError as error:
                    if error.filename != str(path):
                        raise
                    raise _refuse(path, _("cannot read the file: {reason}").format(reason=os_reason(error, reading=True))) from None
        check = check_pack(staged, context)
        if check.errors or check.manifest is None:
            raise PackError(_shown_as(check.errors, staged, origin))
        yield staging, staged, origin, skipped, check
    except OSError as error:
        where = error.filename or source  # which file or folder: "not allowed to write there" says nothing alone
        raise _refuse(source, _("the pack could not be installed: cannot write '{path}': {reason}").format(
            path=shown(where), reason=os_reason(error))) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass
class Checked:
    """A pack that would install, and the installed version it would replace (or None)."""

    manifest: PackManifest
    previous: PackManifest | None

    @property
    def older(self) -> bool:
        return self.previous is not None and is_older(self.manifest.version, self.previous.version)

    @property
    def same_version(self) -> bool:
        return self.previous is not None and self.previous.version == self.manifest.version


def check_before_install(source: Path, packs_dir: Path, context: list[Path], limits: Limits = DEFAULT_LIMITS) -> Checked:
    """Everything `install` checks, without installing: so the app asks about replacing the
    installed version only for a pack that would install. Raises PackError."""
    with _staged(source, packs_dir, context, limits) as (_staging, _staged_folder, _origin, _skipped, check):
        target = Path(packs_dir) / check.manifest.id
        return Checked(check.manifest, read_manifest(target) if target.is_dir() else None)


def install(source: Path, packs_dir: Path, context: list[Path], limits: Limits = DEFAULT_LIMITS,
            allow_older: bool = False) -> Installed:
    """Check and install a pack (a zip or a folder) into `packs_dir/<id>`, replacing an
    older copy of the same pack. An older version over a newer one is refused unless
    `allow_older` (going back puts the learners' changed modules in progress again).
    Raises PackError, and then nothing has changed."""
    source = Path(source)
    packs_dir = Path(packs_dir)
    with _staged(source, packs_dir, context, limits) as (staging, staged, origin, skipped, check):
        manifest = check.manifest
        target = packs_dir / manifest.id
        previous = read_manifest(target) if target.is_dir() else None
        if previous is not None and is_older(manifest.version, previous.version) and not allow_older:
            raise _refuse(origin, _("this is version {new} of «{title}», older than the installed version {old}; nothing "
                                    "is changed. To go back to it on purpose, import it with --allow-older").format(
                new=manifest.version, old=previous.version, title=manifest.title))
        old = _versions(load_library([target])) if target.is_dir() else {}
        staged_library = load_library([staged])
        new = _versions(staged_library)
        changed: dict[str, tuple[str, str]] = {}
        for key, version in new.items():
            if key in old and old[key] != version:
                changed.setdefault(key[0], (old[key], version))
        added = sorted({k[0] for k in new} - {k[0] for k in old})
        removed = sorted({k[0] for k in old} - {k[0] for k in new})
        if target.exists() or target.is_symlink():
            os.replace(target, staging / "old")
        try:
            os.replace(staged, target)
        except OSError:
            if (staging / "old").exists():
                os.replace(staging / "old", target)
            raise
        final = read_manifest(target) or manifest
        warnings = _shown_as(check.warnings, staged, origin)
        if previous is not None and previous.version == manifest.version and changed:
            # Two editions under one number: no one can tell which one a school has.
            warnings.append(Problem(origin / MANIFEST_NAME, 1, _(
                "the content has changed, but the version is still {version}: raise 'version' in pack.md "
                "so that the editions can be told apart").format(version=manifest.version), warning=True))
        contacts = tuple(card._replace(path=target / card.path.relative_to(staged))
                         for card in staged_library.contacts)
        return Installed(final, target, previous, changed, added, removed, warnings, skipped, contacts)


# ---------------------------------------------------------------- listing and removing


@dataclass(frozen=True)
class InstalledPack:
    name: str  # the folder's name, the pack's id when it was installed by import
    folder: Path
    manifest: PackManifest | None  # None for a folder copied in by hand without pack.md

    @property
    def title(self) -> str:
        return self.manifest.title if self.manifest and self.manifest.title else self.name

    @property
    def version(self) -> str:
        return self.manifest.version if self.manifest else ""


def installed_packs(packs_dir: Path) -> list[InstalledPack]:
    found = [InstalledPack(folder.name, folder, read_manifest(folder)) for folder in pack_folders(packs_dir)]
    return sorted(found, key=lambda p: (p.title.casefold(), p.name))


def remove(name: str, packs_dir: Path) -> InstalledPack:
    """Delete an installed pack's folder. Learners' progress is not touched: it comes back
    if the pack is installed again."""
    packs_dir = Path(packs_dir)
    if not name or "/" in name or "\\" in name or name in (".", "..") or name.startswith("."):
        raise _refuse(packs_dir / name, _("'{name}' is not the name of an installed pack").format(name=name))
    folder = packs_dir / name
    if not folder.is_dir() or folder.parent.resolve() != packs_dir.resolve():
        names = ", ".join(p.name for p in installed_packs(packs_dir)) or "ingen"
        raise _refuse(packs_dir / name, _("the pack '{name}' is not installed (installed: {names})").format(name=name, names=names))
    pack = InstalledPack(name, folder, read_manifest(folder))
    # Out of the content folder in one rename, so a half-deleted pack is never loaded.
    trash = packs_dir.parent / f".removing-{name}-{time.time_ns()}"
    try:
        if folder.is_symlink():
            folder.unlink()
        else:
            os.replace(folder, trash)
            shutil.rmtree(trash, ignore_errors=True)
    except OSError as error:
        raise _refuse(folder, _("the pack could not be removed: '{path}': {value}").format(
            path=shown(error.filename or folder), value=os_reason(error))) from None
    return pack
