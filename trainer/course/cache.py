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

The cache is JSON, never a pickle: the data folder may be shared (TRAINER_DATA_DIR), and
a pickle planted there would run code at the next start. Reading it can only build the
model's own dataclasses, by name from a fixed list of modules, with the values stored."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from trainer import __version__

# 3: programme and pack classes in the model; 4: packed parts; 5: part_types; 6: JSON; 7: quiz_index;
# 8: read through the fence-aware block model and the content limits (a cache made before
# could hold a file the limits now refuse)
CACHE_FORMAT = 8
# The only modules whose dataclasses a cache may name. A new module of model types
# belongs here (a test fails when a library holds a type the cache cannot store).
MODEL_MODULES = ("trainer.course.model", "trainer.course.part_types", "trainer.course.blocks")


class CacheFormatError(ValueError):
    """The cache holds something the model does not: it is not used."""


def _encode(value):
    """The value as JSON data: a dataclass as {"C": "module:Name", "F": [its fields]},
    a path as {"P": text}, a dict as {"D": [[key, value], ...]}; lists and tuples as arrays."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if isinstance(value, PackedParts):
        return {"B": value._text}
    if isinstance(value, Path):
        return {"P": str(value)}
    if isinstance(value, dict):
        return {"D": [[_encode(k), _encode(v)] for k, v in value.items()]}
    kind = type(value)
    if dataclasses.is_dataclass(value) and kind.__module__ in MODEL_MODULES:
        return {"C": f"{kind.__module__}:{kind.__qualname__}",
                "F": [_encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init]}
    raise CacheFormatError(f"cannot store {kind.__module__}.{kind.__qualname__} in the cache")


_classes: dict[str, type] = {}


def _model_class(name: str) -> type:
    kind = _classes.get(name)
    if kind is None:
        module_name, _, qualname = name.partition(":")
        if module_name not in MODEL_MODULES:
            raise CacheFormatError(f"not a model type: {name}")
        module = sys.modules.get(module_name) or importlib.import_module(module_name)
        kind = getattr(module, qualname, None)
        if not (isinstance(kind, type) and dataclasses.is_dataclass(kind) and kind.__module__ == module_name):
            raise CacheFormatError(f"not a model type: {name}")
        _classes[name] = kind
    return kind


def _tuples(value):
    return tuple(_tuples(item) for item in value) if type(value) is list else value


def _decode_object(obj: dict):
    """json's object_hook: inner objects come first, arrays are still lists."""
    if "C" in obj:
        kind = _model_class(obj["C"])
        if kind.__name__ == "Library":  # the one model type that holds lists
            return kind(*obj["F"])
        return kind(*(_tuples(v) for v in obj["F"]))
    if "P" in obj:
        return Path(obj["P"])
    if "B" in obj:
        return PackedParts(obj["B"])
    if "D" in obj:
        return {_tuples(k): _tuples(v) for k, v in obj["D"]}
    raise CacheFormatError(f"unknown object in the cache: {sorted(obj)[:3]}")


def dumps(value) -> str:
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str):
    return _tuples(json.loads(text, object_hook=_decode_object))


class PackedParts(Sequence):
    """A module's parts as stored in the cache (JSON text): decoded on first use, then kept."""

    __slots__ = ("_text", "_parts")

    def __init__(self, text: str):
        if not isinstance(text, str):
            raise CacheFormatError("packed parts must be text")
        self._text = text
        self._parts = None

    @classmethod
    def pack(cls, parts) -> PackedParts:
        return cls(dumps(tuple(parts)))

    def unpacked(self) -> tuple:
        parts = self._parts
        if parts is None:  # two threads may both unpack; either result is the same
            parts = self._parts = tuple(loads(self._text))
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
        return PackedParts, (self._text,)


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
    return cache_dir / f"content-{key}.json"


def read_cached(roots: list[Path], cache_dir: Path):
    """The cached library for these roots and the fingerprint it was made from, without
    looking at the content files; (None, "") if there is no usable cache."""
    roots = [Path(r) for r in roots]
    try:
        with open(_cache_file(cache_dir, roots), encoding="utf-8") as handle:
            head = handle.readline()  # the format and fingerprint come first: an old cache is not decoded
            if json.loads(head) == [__version__, CACHE_FORMAT]:
                fingerprint_, library = handle.readline().strip(), loads(handle.read())
                if type(library).__name__ == "Library":
                    return library, json.loads(fingerprint_)
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
    target = _cache_file(cache_dir, roots)
    try:
        stored = dataclasses.replace(library, modules=[
            dataclasses.replace(module, parts=PackedParts.pack(module.parts)) for module in library.modules])
        text = "\n".join((json.dumps([__version__, CACHE_FORMAT]), json.dumps(current), dumps(stored)))
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, target)  # never a half-written cache
    except (OSError, CacheFormatError):
        pass  # a read-only data folder only costs speed (a test keeps every model type storable)
    return library
