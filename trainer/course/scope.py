"""An author's file or folder, loaded among the installed content.

A district's course may list built-in modules and a programme may show them, so a pack
or a module in the making is checked together with the built-in course and the other
installed packs; only the problems inside the author's own files are theirs to fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trainer.course.frontmatter import read_source
from trainer.course.loader import content_files, load_file, load_library
from trainer.course.manifest import MANIFEST_NAME
from trainer.course.model import ContentError, Library, Problem
from trainer.course.validate import Report, check_quiz, check_scenario


def is_file(path: Path) -> bool:
    """`Path.is_file`, false (not a traceback) where a folder on the way cannot be read:
    the loader then names that folder."""
    try:
        return Path(path).is_file()
    except OSError:
        return False


def is_dir(path: Path) -> bool:
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def target_of(path: Path) -> Path:
    """What to load for a path: a file in a module folder means the module, `pack.md` the
    pack; a folder and any other file (course, programme, contact card) stand for themselves."""
    path = Path(path).resolve()
    if is_dir(path):
        return path
    if path.name == MANIFEST_NAME:
        return path.parent
    if path.suffix.lower() == ".md" and is_file(path.parent / "module.md"):
        return path.parent
    return path


def pack_id_of(folder: Path) -> str | None:
    """The id in a folder's pack.md, if it has a readable one."""
    manifest = Path(folder) / MANIFEST_NAME
    if not is_file(manifest):
        return None
    try:
        value = read_source(manifest).meta.get("id")
    except ContentError:
        return None
    return value if isinstance(value, str) else None


def roots_for(target: Path, context: list[Path]) -> list[Path]:
    """The roots to load: the context, without the parts the target replaces, plus the
    target. A context root that holds the target is loaded whole instead."""
    target = Path(target).resolve()
    own_pack = pack_id_of(target) if is_dir(target) else None
    roots: list[Path] = []
    covered = False
    for root in context:
        root = Path(root).resolve()
        if target == root or target.is_relative_to(root):
            covered = True
        elif root.is_relative_to(target):
            continue  # the target holds this root already
        elif own_pack and is_dir(root) and pack_id_of(root) == own_pack:
            continue  # the installed copy of the pack being checked
        if root not in roots:
            roots.append(root)
    if not covered:
        roots.append(target)
    return roots


def is_pack_folder(path: Path) -> bool:
    return is_dir(path) and is_file(Path(path) / MANIFEST_NAME)


def inside(path: Path, target: Path) -> bool:
    path = Path(path)
    return path == target or path.is_relative_to(target)


@dataclass
class Scoped:
    """The target loaded among its context."""

    target: Path
    library: Library  # everything loaded, context included
    problems: list[Problem]  # only those in the target's files
    broken: list[Path] = field(default_factory=list)  # target files that gave nothing to show
    loose_part: object | None = None  # a page, scenario or quiz file outside any module folder

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def owns(self, path: Path) -> bool:
        return inside(path, self.target)


def loaded_paths(library: Library) -> set[Path]:
    found = set()
    for module in library.modules:
        found.add(module.path)
        found.update(part.path for part in module.parts)
    for group in (library.courses, library.contacts, library.programmes, library.packs):
        found.update(item.path for item in group)
    return found


def load_scoped(path: Path, context: list[Path]) -> Scoped:
    target = target_of(path)
    if is_file(target) and target.suffix.lower() == ".md" and not is_file(target.parent / "module.md"):
        try:
            part, part_problems = load_file(target)
        except ContentError as error:
            part, part_problems = None, [error.problem]
        if part is not None:
            # A page, scenario or quiz on its own: shown and checked without a module.
            report = Report()
            if part.kind == "scenario":
                check_scenario(part, report)
            elif part.kind == "quiz":
                check_quiz(part, report)
            library = load_library([r for r in roots_for(target, context) if r != target])
            # What the loader says of the file on its own (it belongs to no module), then
            # the checks of the part itself: the same for `trainer validate` and the preview.
            alone = [p for p in load_library([target]).problems if p.path == target]
            return Scoped(target, library, alone + list(part_problems) + report.problems, [], part)
    library = load_library(roots_for(target, context))
    problems = [p for p in library.problems if inside(p.path, target)]
    produced = loaded_paths(library)
    broken = [f for f in content_files(target) if f not in produced]
    return Scoped(target, library, problems, broken)
