"""A cache of the loaded content for start-up. Parsing hundreds of Markdown files takes
longer than starting the whole window, so the parsed library is kept in the data folder
and reused while no content file has changed (same names, sizes and modification times).
Any change, a new app version, or an unreadable cache means a fresh load."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from trainer import __version__

CACHE_FORMAT = 3  # 2: Library.packs; 3: programme and pack classes moved to the model


def fingerprint(roots: list[Path]) -> str:
    sha = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    for root in roots:
        sha.update(str(root).encode())
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                try:
                    info = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                sha.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    return sha.hexdigest()


def _cache_file(cache_dir: Path, roots: list[Path]) -> Path:
    key = hashlib.sha256("\n".join(str(r) for r in roots).encode()).hexdigest()[:16]
    return cache_dir / f"content-{key}.pickle"


def load_cached(roots: list[Path], cache_dir: Path):
    """The library for these roots, from the cache when nothing changed."""
    roots = [Path(r) for r in roots]
    current = fingerprint(roots)
    target = _cache_file(cache_dir, roots)
    try:
        with open(target, "rb") as handle:
            stored = pickle.load(handle)
        if stored.get("fingerprint") == current:
            return stored["library"]
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache just means a fresh load
        pass
    from trainer.course.loader import load_library  # imports the parsers only when needed

    library = load_library(roots)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        with open(temporary, "wb") as handle:
            pickle.dump({"fingerprint": current, "library": library}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)  # never a half-written cache
    except OSError:
        pass  # a read-only data folder only costs speed
    return library
