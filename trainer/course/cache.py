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
  moments later. `load_cached` is the check-first way, for everything else.

A first start has no cache yet. For the built-in course the package ships one
(`SHIPPED_INDEX`, written by `write_shipped_index` when the package is built): the same
format, but made from the files' bytes rather than their modification times, which differ
on every installation. It is used only while every built-in file is byte for byte the one
it was made from; then it also becomes the data folder's cache, without parsing anything.
A path under a content root is stored relative to that root, so a cache is the same text
wherever the content lies.

The cache is JSON, never a pickle: the data folder may be shared (TRAINER_DATA_DIR), and
a pickle planted there would run code at the next start. Reading it can only build the
model's own dataclasses, by name from a fixed list of modules, with the values stored.
The shipped index is read by the same rules."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from trainer import __version__, paths
from trainer.i18n import language

# 3: programme and pack classes in the model; 4: packed parts; 5: part_types; 6: JSON; 7: quiz_index;
# 8: read through the fence-aware block model and the content limits (a cache made before
# could hold a file the limits now refuse); 9: paths relative to the content roots; 10: each
# module's packed parts on a line of its own after the index; 11: part_index; 12: a choice's
# `recommended` mark (a cache made before would read every choice as unmarked); 13: an
# ending's kind (.good, .partly, .poor), chart cells, unclosed comments and unreadable
# folders as problems (a cache made before would read every ending as unmarked)
CACHE_FORMAT = 13
# The only modules whose dataclasses a cache may name. A new module of model types
# belongs here (a test fails when a library holds a type the cache cannot store).
MODEL_MODULES = ("trainer.course.model", "trainer.course.part_types", "trainer.course.blocks")
# The built-in course's index, beside its files (pyproject.toml ships it as package data).
SHIPPED_INDEX = "shipped-index.json"


class CacheFormatError(ValueError):
    """The cache holds something the model does not: it is not used."""


Roots = tuple[str, ...]  # the content roots a cache's relative paths belong to, as text


def _roots(roots) -> Roots:
    return tuple(str(Path(root)) for root in roots)


def _encode(value, roots: Roots, prefixes: tuple[str, ...], blobs: list[str]):
    """The value as JSON data: a model record (a NamedTuple or dataclass of MODEL_MODULES)
    as {"C": "module:Name", "F": [its fields]}, a
    path under root i as {"R": [i, "relative/posix"]} and any other path as {"P": text}, a
    dict as {"D": [[key, value], ...]}; lists and tuples as arrays; packed parts as
    {"B": n}, their text being blob n (see `dumps`). `prefixes` are the roots' texts
    ending in a separator."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    kind = type(value)
    if kind is tuple or kind is list:
        return [_encode(item, roots, prefixes, blobs) for item in value]
    names = _field_names(kind)
    if names is not None:
        return {"C": f"{kind.__module__}:{kind.__qualname__}",
                "F": [_encode(getattr(value, name), roots, prefixes, blobs) for name in names]}
    if isinstance(value, (tuple, list)):
        return [_encode(item, roots, prefixes, blobs) for item in value]
    if isinstance(value, PackedParts):
        if value._roots != roots:  # packed against other roots: its paths would resolve wrongly
            value = PackedParts.pack(value.unpacked(), roots)
        blobs.append(value.text)
        return {"B": len(blobs) - 1}
    if isinstance(value, Path):
        text = str(value)
        for index, prefix in enumerate(prefixes):
            if text.startswith(prefix):
                relative = text[len(prefix):]
                return {"R": [index, relative if os.sep == "/" else relative.replace(os.sep, "/")]}
            if text == roots[index]:
                return {"R": [index, ""]}
        return {"P": text}
    if isinstance(value, dict):
        return {"D": [[_encode(k, roots, prefixes, blobs), _encode(v, roots, prefixes, blobs)] for k, v in value.items()]}
    raise CacheFormatError(f"cannot store {kind.__module__}.{kind.__qualname__} in the cache")


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields a model record is made from, in order; None for any other type."""
    if kind.__module__ not in MODEL_MODULES:
        return None
    if issubclass(kind, tuple) and hasattr(kind, "_fields"):  # a NamedTuple (trainer.course.model)
        return kind._fields
    if dataclasses.is_dataclass(kind):
        return tuple(f.name for f in dataclasses.fields(kind) if f.init)
    return None


_classes: dict[str, type] = {}


def _model_class(name: str) -> type:
    kind = _classes.get(name)
    if kind is None:
        module_name, _, qualname = name.partition(":")
        if module_name not in MODEL_MODULES:
            raise CacheFormatError(f"not a model type: {name}")
        module = sys.modules.get(module_name) or importlib.import_module(module_name)
        kind = getattr(module, qualname, None)
        if not (isinstance(kind, type) and kind.__module__ == module_name and _field_names(kind) is not None):
            raise CacheFormatError(f"not a model type: {name}")
        _classes[name] = kind
    return kind


def _tuples(value):
    if type(value) is not list:
        return value
    return tuple([_tuples(item) if type(item) is list else item for item in value])  # no call per string


def _decoder(roots: Roots, text: str | bytes, blobs: list[tuple[int, int]]):
    """json's object_hook for a cache of these roots, whose packed parts lie in `text` at
    `blobs` (start, end): inner objects come first, arrays are still lists."""
    count = len(roots)
    # The texts the relative paths are joined to: one string join per path is what decoding
    # an absolute path cost before.
    prefixes = tuple(os.path.join(root, "") for root in roots)

    def decode(obj: dict):
        if "C" in obj:
            kind = _model_class(obj["C"])
            if kind.__name__ == "Library":  # the one model type that holds lists
                return kind(*obj["F"])
            return kind(*[_tuples(v) if type(v) is list else v for v in obj["F"]])
        if "R" in obj:
            index, relative = obj["R"]
            if type(index) is not int or not 0 <= index < count or type(relative) is not str:
                raise CacheFormatError("a path in the cache names no content root")
            return Path(prefixes[index] + relative) if relative else Path(roots[index])
        if "P" in obj:
            return Path(obj["P"])
        if "B" in obj:
            number = obj["B"]
            if type(number) is not int or not 0 <= number < len(blobs):
                raise CacheFormatError("packed parts that the cache does not hold")
            return PackedParts(text, roots, *blobs[number])
        if "D" in obj:
            return {_tuples(k): _tuples(v) for k, v in obj["D"]}
        raise CacheFormatError(f"unknown object in the cache: {sorted(obj)[:3]}")
    return decode


def dumps(value, roots=()) -> str:
    """The value as cache text; paths under `roots` are stored relative to them. The text
    is a line of JSON, then the text of each module's packed parts on a line of its own
    (JSON has no raw line breaks). Start-up decodes only the first line: the parts, most
    of the text, are kept as they are until used. As strings inside the first line they
    made reading the index of 1,000 modules take 45 ms instead of 15."""
    roots = _roots(roots)
    prefixes = tuple(os.path.join(root, "") for root in roots)
    blobs: list[str] = []
    data = _encode(value, roots, prefixes, blobs)
    return "\n".join([json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False), *blobs])


def _lines(text: str | bytes) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` after the first: where the packed parts lie. The
    text is not copied: a module's parts are cut out of it when first used. With the file
    read as bytes and only its first line decoded, reading the index of 1,000 modules took
    27 ms instead of 35 (median of 25 reads each)."""
    newline = "\n" if isinstance(text, str) else b"\n"
    found = []
    start = text.find(newline) + 1
    while start:
        end = text.find(newline, start)
        found.append((start, len(text) if end < 0 else end))
        start = end + 1
    return found


def loads(text: str | bytes, roots=()):
    """The value of cache text made by `dumps` (or its UTF-8 bytes: then only the first line
    is decoded now, and each module's parts when first used); relative paths are resolved
    against `roots`, which may lie elsewhere than those it was made with."""
    roots = _roots(roots)
    end = text.find("\n" if isinstance(text, str) else b"\n")
    first = text if end < 0 else text[:end]
    return _tuples(json.loads(first, object_hook=_decoder(roots, text, _lines(text))))


class PackedParts(Sequence):
    """A module's parts as stored in the cache (JSON text, or where it lies in the text of
    the whole cache): decoded on first use, then kept. It keeps the content roots its paths
    are relative to."""

    __slots__ = ("_source", "_start", "_end", "_roots", "_parts")

    def __init__(self, text: str | bytes, roots: Roots = (), start: int = 0, end: int | None = None):
        if not isinstance(text, (str, bytes)):
            raise CacheFormatError("packed parts must be text")
        self._source, self._start, self._end = text, start, len(text) if end is None else end
        self._roots = roots
        self._parts = None

    @property
    def text(self) -> str:
        text = self._source
        if not (self._start == 0 and self._end == len(text)):
            text = text[self._start:self._end]
        return text if isinstance(text, str) else text.decode("utf-8")

    @classmethod
    def pack(cls, parts, roots: Roots = ()) -> PackedParts:
        roots = _roots(roots)
        return cls(dumps(tuple(parts), roots), roots)

    def unpacked(self) -> tuple:
        parts = self._parts
        if parts is None:  # two threads may both unpack; either result is the same
            parts = self._parts = tuple(loads(self.text, self._roots))
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
        return PackedParts, (self.text, self._roots)


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


def content_fingerprint(root: Path) -> str:
    """Changes when any file under the root is added, removed, renamed or has other bytes
    (or with a new app version or cache format); the same on every installation, as
    modification times and the system's path separator are not. The shipped index itself
    is left out."""
    digest = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    found = []
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            found.append((os.path.relpath(path, root).replace(os.sep, "/"), path))
    for name, path in sorted(found):
        if name == SHIPPED_INDEX:
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        encoded = name.encode("utf-8", "surrogateescape")
        digest.update(b"%d:%s:%d:" % (len(encoded), encoded, len(data)))
        digest.update(data)
    return digest.hexdigest()


def code_fingerprint() -> str | None:
    """A hash of the content core's own source (this package), or None where there is no
    source to read (a frozen desktop build, whose index is written with the build). A
    shipped index made by other code is not used: a changed parser or model could read
    it wrongly, and in a source checkout the version and the cache format are not bumped
    at every change."""
    package = Path(__file__).resolve().parent
    sources = sorted(package.rglob("*.py"))
    if not sources:
        return None
    digest = hashlib.sha256()
    for source in sources:
        try:
            data = source.read_bytes()
        except OSError:
            return None
        name = source.relative_to(package).as_posix().encode()
        digest.update(b"%d:%s:%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()


def _cache_file(cache_dir: Path, roots: list[Path]) -> Path:
    """One cache for each set of roots and each language: the problems a cache holds are
    worded in the language of the run that made it (an English run showed a programme's
    errors in bokmål)."""
    key = hashlib.sha256("\n".join([*(str(r) for r in roots), language()]).encode()).hexdigest()[:16]
    return cache_dir / f"content-{key}.json"


def _head() -> str:
    return json.dumps([__version__, CACHE_FORMAT])


def _read(path: Path, roots: list[Path], accept=None):
    """The library in a cache file, the fingerprint it was made from and the library's
    text as UTF-8 bytes (for a copy); (None, "", b"") for a missing, old or damaged file.
    `accept`, asked whether the fingerprint the file names will do, is asked only once the
    file's format is right; for a fingerprint it refuses the library is not decoded. Read
    as bytes: the parts of each module, most of the file, are decoded when first used."""
    try:
        with open(path, "rb") as handle:
            head = handle.readline()  # the format and fingerprint come first: an old cache is not decoded
            if json.loads(head) == [__version__, CACHE_FORMAT]:
                made_from = json.loads(handle.readline())
                if accept is None or accept(made_from):
                    text = handle.read()
                    library = loads(text, roots)
                    if type(library).__name__ == "Library":
                        return library, made_from, text
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache just means a fresh load
        pass
    return None, "", b""


def read_cached(roots: list[Path], cache_dir: Path):
    """The cached library for these roots and the fingerprint it was made from, without
    looking at the content files; (None, "") if there is no usable cache."""
    roots = [Path(r) for r in roots]
    path = _cache_file(cache_dir, roots)
    library, made_from, _text = _read(path, roots)
    if library is None:
        return None, ""
    try:
        os.utime(path)  # used now: pruning keeps the caches last used (_prune)
    except OSError:
        pass  # a read-only data folder: nothing is pruned there either
    return library, made_from


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
    """The library loaded afresh, and kept in the cache: from the shipped index when it
    was made from exactly these files, else parsed."""
    library, text = _shipped(roots)
    if library is None:
        from trainer.course.loader import load_library  # imports the parsers only when needed

        library = load_library(roots)
    try:
        if text is None:
            text = dumps(_packed(library, roots), roots)
        else:  # the shipped index's text is this cache's: its paths are relative
            text = text.decode("utf-8")
        _write(_cache_file(cache_dir, roots), "\n".join((_head(), json.dumps(current), text)))
        _prune(cache_dir)
    except (OSError, CacheFormatError, UnicodeEncodeError):
        # A read-only data folder only costs speed (a test keeps every model type storable);
        # so does a file name that is not UTF-8 (said as a problem; it cannot be stored as text).
        pass
    return library


def _packed(library, roots: list[Path]):
    roots = _roots(roots)
    return dataclasses.replace(library, modules=[
        module._replace(parts=PackedParts.pack(module.parts, roots)) for module in library.modules])


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.replace(temporary, target)  # never a half-written cache


KEPT_CACHES = 8  # sets of content folders and languages (about 0.5 MB each for the built-in course)
LEFT_TEMPORARY_S = 3600  # a temporary file this old was left by a write that was killed


def _prune(cache_dir: Path) -> None:
    """Remove the caches of all but the KEPT_CACHES most recently used sets of roots (a
    cache's time is set when it is written or read): each new set of installed packs or
    preview folder makes a cache of its own, and nothing else ever removes one. A cache
    removed while still in use only costs its next start a fresh load. Another process
    may prune at the same time."""
    try:
        entries = [(entry.stat().st_mtime, entry.path) for entry in os.scandir(cache_dir)
                   if entry.name.startswith("content-") and entry.is_file()]
    except OSError:
        return
    caches = sorted((entry for entry in entries if entry[1].endswith(".json")), reverse=True)
    left = [entry for entry in entries if entry[1].endswith(".tmp") and entry[0] < time.time() - LEFT_TEMPORARY_S]
    for _mtime, path in caches[KEPT_CACHES:] + left:
        try:
            os.remove(path)
        except OSError:
            pass  # gone already, or not ours to remove: it costs only disk space


def _shipped(roots: list[Path]):
    """The built-in course from its shipped index and the index's text, when the roots are
    the built-in course alone, its files are byte for byte those the index was made from
    and it holds no problems; (None, None) otherwise."""
    builtin = paths.builtin_content_dir()
    if roots != [builtin]:
        return None, None
    index = builtin / SHIPPED_INDEX
    if not index.is_file():
        return None, None
    def made_from_these(made_from) -> bool:
        """The same files, and the same code where its source can be read."""
        if not (isinstance(made_from, list) and len(made_from) == 2):
            return False
        code = code_fingerprint()
        return made_from[0] == content_fingerprint(builtin) and (code is None or made_from[1] == code)

    library, _made_from, text = _read(index, roots, accept=made_from_these)
    if library is None or library.problems:
        # Problems are worded in the language of the build that wrote the index, and a
        # run in the other language would show them so: parse instead (the built-in
        # course has none, so its first start keeps the index).
        return None, None
    return library, text


def write_shipped_index(root: Path | None = None) -> Path:
    """Parse the built-in course (or the course under `root`, as a build sees it) and write
    its index beside it, for `_shipped`. Run by setup.py's build_py for an installation."""
    from trainer.course.loader import load_library

    root = Path(root) if root is not None else paths.builtin_content_dir()
    made_from = [content_fingerprint(root), code_fingerprint()]
    library = load_library([root])
    target = root / SHIPPED_INDEX
    _write(target, "\n".join((_head(), json.dumps(made_from), dumps(_packed(library, [root]), [root]))))
    return target
