"""Knowing when the author saved: QFileSystemWatcher for the files and folders of the
preview, and a one-second check of their sizes and times for what it misses.

Editors that save by writing a new file and renaming it over the old one make the watcher
forget the path, so every folder is watched too and the paths are added again after each
reload; a network drive may report nothing at all, which the check every second catches."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 150  # editors write in bursts; wait for the last one
POLL_MS = 1000
# As the content walk (trainer.course.loader.MAX_WALK_ENTRIES): a folder with more is not
# a content folder (the check says so); watching it all would stall every second's poll.
MAX_WATCHED = 20_000


def watched_paths(target: Path) -> set[str]:
    """A folder with every file and folder under it (hidden ones left out), or a file and
    its folder."""
    wanted: set[str] = set()
    if target.is_dir():
        for folder, dirs, names in os.walk(target):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            wanted.add(folder)
            wanted.update(os.path.join(folder, name) for name in names if not name.startswith("."))
            if len(wanted) > MAX_WATCHED:
                break
    else:
        wanted.add(str(target))
        wanted.add(str(target.parent))
    return wanted


def fingerprint(target: Path) -> str:
    parts = []
    for path in sorted(watched_paths(target)):
        try:
            info = os.stat(path)
        except OSError:
            continue
        parts.append(f"{path}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


class FileWatch(QObject):
    """Emits `changed` once after a burst of saves under the target."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.target: Path | None = None
        self._fingerprint_target: Path | None = None
        self._fingerprint = ""
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        self.watcher.directoryChanged.connect(self._on_file_changed)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.changed)
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._on_poll)
        self.poll.start()

    def watch(self, target: Path, fingerprint_of: Path | None = None) -> None:
        """Watch `target` from now on (again after each reload: see the module's note)."""
        self.target = target
        wanted = watched_paths(target)
        current = set(self.watcher.files()) | set(self.watcher.directories())
        gone = sorted(current - wanted)
        if gone:
            self.watcher.removePaths(gone)
        missing = sorted(p for p in wanted - current if os.path.exists(p))
        if missing:
            self.watcher.addPaths(missing)
        self._fingerprint_target = fingerprint_of or target
        self._fingerprint = fingerprint(self._fingerprint_target)

    def settle(self) -> None:
        """A reload starts now: saves before it are in it; saves during it come as new."""
        self.debounce.stop()

    def stop(self) -> None:
        self.poll.stop()
        self.debounce.stop()

    def _on_file_changed(self, _path: str) -> None:
        self.debounce.start()

    def _on_poll(self) -> None:
        if self.target is not None and not self.debounce.isActive() \
                and fingerprint(self._fingerprint_target) != self._fingerprint:
            self.changed.emit()
