"""Checks of the paths a command is given, shared by the commands in trainer.cli and
trainer.cli_authoring (here, so that neither imports the other for them)."""

from __future__ import annotations

import sys


def refused_targets(command: str, targets) -> bool:
    """Folders no command should walk (the whole disk, /proc): said, and True."""
    from trainer.errors import system_folder_problem

    problems = [system_folder_problem(t) for t in targets]
    for problem in filter(None, problems):
        print(f"trainer {command}: {problem}", file=sys.stderr)
    return any(problems)


def restore_if_asked(args) -> None:
    """--restore-backup with a command that opens the progress database on its own (import,
    present): the restore happens first, and what it did is said, as with list or export."""
    if not getattr(args, "restore_backup", False):
        return
    from trainer import paths
    from trainer.store import safety

    path = paths.database_path()
    if not path.exists():
        return
    opened = safety.open_safely(path, restore=True, backup=False)
    message = opened.message()
    if message:
        print(f"trainer: {message}", file=sys.stderr)
    if opened.db is not None:
        opened.db.conn.close()
