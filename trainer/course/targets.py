"""What `trainer validate PATH ...` checks: the paths an author names, each loaded the way
it is meant to be used. Above both `scope` (a file or folder among the installed content)
and `packs` (what makes a folder a pack), which know nothing of this module."""

from __future__ import annotations

from pathlib import Path

from trainer.course.frontmatter import read_source
from trainer.course.model import ContentError, Library, Problem
from trainer.course.packs import check_pack
from trainer.course.loader import content_files, is_markdown
from trainer.course.manifest import MANIFEST_NAME
from trainer.course.scope import Scoped, inside, is_dir, is_file, is_pack_folder, load_scoped, loaded_paths, target_of


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


def check_target(given: Path, context: list[Path]) -> Scoped:
    """The one checking path for `trainer validate PATH` and the live preview: the target
    loaded the way it is meant to be used, with every problem in its files. A pack (or
    anything in one), a course and a programme name other content, so they are checked
    among the installed content (a pack with its own checks); a file in a module folder is
    checked as part of its module; anything else on its own."""
    target = Path(given).resolve()
    if is_file(target) and not is_markdown(target.name):
        # Only .md files are content: said of the file named, not "it belongs to no module".
        return load_scoped(target, [])
    pack = pack_folder_of(target)
    if pack is not None:
        check = check_pack(pack, context)
        shown = target_of(target)
        if is_file(shown) and shown.suffix.lower() == ".md" and not is_file(shown.parent / "module.md") \
                and shown != pack / MANIFEST_NAME and _file_type(shown) not in CONTEXT_TYPES + ("contact",):
            loose = load_scoped(shown, context)  # a page, scenario or quiz outside a module folder
            loose.problems = [p for p in check.problems if inside(p.path, shown)] or loose.problems
            return loose
        produced = loaded_paths(check.library)
        broken = [f for f in content_files(shown) if f not in produced] if is_file(shown) or is_dir(shown) else []
        return Scoped(shown, check.library, [p for p in check.problems if inside(p.path, shown)], broken)
    if is_file(target) and _file_type(target) in CONTEXT_TYPES:
        return load_scoped(target, context)
    alone = load_scoped(target, [])
    # Loaded a second time only where it has errors: only an error can come from the missing
    # installed content (every folder with a course was loaded twice: validate_1000_s 1.6 s -> 3.4 s).
    errors = any(not p.warning for p in alone.problems)
    if is_dir(target) and context and errors and (alone.library.courses or alone.library.programmes):
        # A folder of own content whose courses or programmes name installed modules sees
        # the installed content, as its files do one by one. What is wrong only because the
        # installed content is missing is dropped; nothing is added (a copy of an installed
        # module would clash with the original only here, never where the folder is used).
        among = load_scoped(target, context)
        places = {(p.path, p.line) for p in alone.problems}
        alone.problems = [p for p in among.problems if (p.path, p.line) in places]  # (with a hint from the context)
    return alone


def load_for_validation(targets: list[Path], context: list[Path]) -> Library:
    """What `trainer validate PATH ...` reports: the problems and the content in the given
    paths, each checked by `check_target` (as the preview checks it)."""
    library = Library()
    for given in targets:
        target = Path(given).resolve()
        checked = check_target(target, context)
        found = checked.library
        if is_file(target):
            def owns(path, wanted=target):
                return Path(path) == wanted
        else:
            def owns(path, wanted=target):
                return inside(Path(path), wanted)
        library.problems.extend(_as_given(p, target, Path(given)) for p in checked.problems if owns(p.path))
        library.modules.extend(m for m in found.modules if owns(m.path) or any(owns(part.path) for part in m.parts))
        library.courses.extend(c for c in found.courses if owns(c.path))
        library.programmes.extend(p for p in found.programmes if owns(p.path))
        library.contacts.extend(c for c in found.contacts if owns(c.path))
        library.packs.extend(p for p in found.packs if owns(p.path))
    return library


def _as_given(problem: Problem, target: Path, given: Path) -> Problem:
    """Name the file the way the author named the path (relative stays relative)."""
    if problem.path == target:
        return problem._replace(path=given)
    if is_dir(target) and problem.path.is_relative_to(target):
        return problem._replace(path=given / problem.path.relative_to(target))
    return problem
