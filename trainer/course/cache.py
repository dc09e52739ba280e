"""A cache of the loaded content for start-up. Parsing hundreds of Markdown files takes
longer than starting the whole window, so the parsed library is kept in the data folder
and reused while no content file has changed (same names, sizes and modification times).
Any change, a new app version, or an unreadable cache means a fresh load.

Two things keep start-up independent of how much content is installed:
- each module's parts (pages, scenarios, quizzes) are stored as a packed blob and
  unpacked the first time the module's parts are used, so start-up builds only the
  index of modules, courses and programmes;
- the app shows the cached library at once and checks it against the files afterwards,
  in the background (`read_cached`, then `refreshed`): looking at every file of a large
  course costs more than the rest of start-up. A change found there replaces the library
  moments later. `load_cached` is the check-first way, for everything else."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from trainer import __version__

CACHE_FORMAT = 6  # 3: programme and pack classes in the model; 4: packed parts; 5: part_types; 6: quiz_index


class PackedParts(Sequence):
    """A module's parts as stored in the cache: unpickled on first use, then kept."""

    __slots__ = ("_blob", "_parts")

    def __init__(self, blob: bytes):
        self._blob = blob
        self._parts = None

    @classmethod
    def pack(cls, parts) -> PackedParts:
        return cls(pickle.dumps(tuple(parts), protocol=pickle.HIGHEST_PROTOCOL))

    def unpacked(self) -> tuple:
        parts = self._parts
        if parts is None:  # two threads may both unpack; either result is the same
            parts = self._parts = pickle.loads(self._blob)
        return parts

    def __getitem__(self, index):
        return self.unpacked()[index]

    def __len__(self) -> int:
        return len(self.unpacked())

    def __iter__(self):
        return iter(self.unpacked())

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, PackedParts)) and self.unpacked() == tuple(other)

    def __hash__(self) -> int:
        return hash(self.unpacked())

    def __repr__(self) -> str:
        return repr(self.unpacked())

    def __reduce__(self):
        return PackedParts, (self._blob,)


class Stopped(Exception):
    """The check was called off (the app is quitting)."""


def fingerprint(roots: list[Path], stop=None) -> str:
    """Changes when any file under the roots is added, removed, renamed, resized or
    modified (or with a new app version or cache format). `stop`, a threading.Event, calls
    the walk off between folders."""
    seen: list[tuple[str, int, int]] = []
    for root in roots:
        if os.path.isfile(root):  # a single file given as content, e.g. a programme of one's own
            try:
                info = os.stat(root)
                seen.append((str(root), info.st_size, info.st_mtime_ns))
            except OSError:
                continue
        else:
            _list_files(str(root), seen, stop)
    seen.sort()
    text = f"{__version__}:{CACHE_FORMAT}:{[str(r) for r in roots]}:{seen}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _list_files(folder: str, seen: list, stop=None) -> None:
    if stop is not None and stop.is_set():
        raise Stopped
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    with entries:
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    _list_files(entry.path, seen, stop)
                else:
                    info = entry.stat()
                    seen.append((entry.path, info.st_size, info.st_mtime_ns))
            except OSError:
                continue  # vanished while we looked: the next start sees the change


def _cache_file(cache_dir: Path, roots: list[Path]) -> Path:
    key = hashlib.sha256("\n".join(str(r) for r in roots).encode()).hexdigest()[:16]
    return cache_dir / f"content-{key}.pickle"


def read_cached(roots: list[Path], cache_dir: Path):
    """The cached library for these roots and the fingerprint it was made from, without
    looking at the content files; (None, "") if there is no usable cache."""
    roots = [Path(r) for r in roots]
    try:
        with open(_cache_file(cache_dir, roots), "rb") as handle:
            stored = pickle.load(handle)
        if stored.get("format") == (__version__, CACHE_FORMAT):
            return stored["library"], stored["fingerprint"]
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache just means a fresh load
        pass
    return None, ""


def refreshed(roots: list[Path], cache_dir: Path, known: str, stop=None):
    """A freshly loaded library if any content file changed since fingerprint `known`,
    else None (also when `stop` is set before the files are all seen). Safe to run off
    the UI thread."""
    roots = [Path(r) for r in roots]
    try:
        current = fingerprint(roots, stop)
    except Stopped:
        return None
    if current == known:
        return None
    return _load_and_store(roots, cache_dir, current)


def load_cached(roots: list[Path], cache_dir: Path):
    """The library for these roots, from the cache when nothing changed."""
    roots = [Path(r) for r in roots]
    current = fingerprint(roots)
    library, known = read_cached(roots, cache_dir)
    if library is not None and known == current:
        return library
    return _load_and_store(roots, cache_dir, current)


def _load_and_store(roots: list[Path], cache_dir: Path, current: str):
    from trainer.course.loader import load_library  # imports the parsers only when needed

    library = load_library(roots)
    stored = dataclasses.replace(library, modules=[
        dataclasses.replace(module, parts=PackedParts.pack(module.parts)) for module in library.modules])
    target = _cache_file(cache_dir, roots)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump({"format": (__version__, CACHE_FORMAT), "fingerprint": current, "library": stored},
                        handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)  # never a half-written cache
    except OSError:
        pass  # a read-only data folder only costs speed
    return library
