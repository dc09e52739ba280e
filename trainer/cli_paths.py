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
