"""What `trainer validate PATH ...` checks: the paths an author names, each loaded the way
it is meant to be used. Above both `scope` (a file or folder among the installed content)
and `packs` (what makes a folder a pack), which know nothing of this module."""

from __future__ import annotations

from pathlib import Path

from trainer.course.frontmatter import read_source
from trainer.course.loader import load_library
from trainer.course.model import ContentError, Library, Problem
from trainer.course.packs import check_pack
from trainer.course.scope import inside, is_pack_folder, load_scoped


CONTEXT_TYPES = ("course", "programme")


def _file_type(path: Path) -> str | None:
    try:
        value = read_source(path).meta.get("type")
    except ContentError:
        return None
    return value if isinstance(value, str) else None


def pack_folder_of(path: Path) -> Path | None:
    """The pack folder a path is (or lies in), if any."""
    path = Path(path).resolve()
    for folder in (path, *path.parents):
        if is_pack_folder(folder):
            return folder
    return None


def load_for_validation(targets: list[Path], context: list[Path]) -> Library:
    """What `trainer validate PATH ...` reports: the problems and the content in the given
    paths. A pack (or anything in one), a course and a programme name other content, so
    they are checked among the installed content (a pack with its own checks); a file in
    a module folder is checked as part of its module; anything else on its own."""
    plain: list[Path] = []
    library = Library()
    for given in targets:
        target = Path(given).resolve()
        pack = pack_folder_of(target)
        if pack is not None:
            check = check_pack(pack, context)
            found, problems = check.library, check.problems
        elif target.is_file() and _file_type(target) in CONTEXT_TYPES:
            result = load_scoped(target, context)
            found, problems = result.library, result.problems
        elif target.is_file() and (target.parent / "module.md").is_file():
            result = load_scoped(target, [])
            found, problems = result.library, result.problems
        else:
            plain.append(Path(given))
            continue
        if target.is_file():
            def owns(path, wanted=target):
                return Path(path) == wanted
        else:
            def owns(path, wanted=target):
                return inside(Path(path), wanted)
        library.problems.extend(_as_given(p, target, Path(given)) for p in problems if owns(p.path))
        library.modules.extend(m for m in found.modules if owns(m.path) or any(owns(part.path) for part in m.parts))
        library.courses.extend(c for c in found.courses if owns(c.path))
        library.programmes.extend(p for p in found.programmes if owns(p.path))
        library.contacts.extend(c for c in found.contacts if owns(c.path))
        library.packs.extend(p for p in found.packs if owns(p.path))
    if plain:
        loaded = load_library(plain)
        for name in ("problems", "modules", "courses", "programmes", "contacts", "packs"):
            getattr(library, name).extend(getattr(loaded, name))
    return library


def _as_given(problem: Problem, target: Path, given: Path) -> Problem:
    """Name the file the way the author named the path (relative stays relative)."""
    if problem.path == target:
        return Problem(given, problem.line, problem.message, problem.warning)
    if target.is_dir() and problem.path.is_relative_to(target):
        path = given / problem.path.relative_to(target)
        return Problem(path, problem.line, problem.message, problem.warning)
    return problem
