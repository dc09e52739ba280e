"""The architecture, checked: the content core, the store and the command line load no Qt,
and no module of the package imports itself through others (no import cycle)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import trainer

PACKAGE = Path(trainer.__file__).resolve().parent
IMPORT_ROOT = str(PACKAGE.parent)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_core_the_store_and_the_commands_load_no_qt():
    """Every module under trainer/course, trainer/store and trainer/web, and the command-line modules,
    imported in a fresh interpreter (found by walking the folders, so a new module is
    checked too); then `trainer validate` runs. PySide6 must not have been loaded."""
    names = sorted(name for name in all_modules()
                   if name.startswith(("trainer.course", "trainer.store", "trainer.cli", "trainer.web"))
                   or name in ("trainer", "trainer.paths", "trainer.tokens"))
    assert "trainer.course.loader" in names and "trainer.store.db" in names and "trainer.cli_records" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "import trainer.cli\n"
        "assert trainer.cli.main(['validate', '--quiet', sys.argv[1]]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "assert not loaded, loaded\n"
    )
    fixtures = Path(__file__).parent / "fixtures" / "content"
    result = subprocess.run([sys.executable, "-c", code, str(fixtures)], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PYTHONPATH": IMPORT_ROOT})
    assert result.returncode == 0, result.stderr


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that `name` imports anywhere in its file (inside functions
    too: a lazy import is still a dependency)."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and target != "trainer":
                found.add(target)
    return found


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_cycle():
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_through_others():
    modules = all_modules()
    known = set(modules)
    # A package's __init__ is imported with each of its modules; it is part of no cycle
    # unless it imports something itself, which the graph then shows.
    graph = {name: imports_of(name, path, known) for name, path in modules.items()}
    assert import_cycles(graph) == []


def test_every_package_of_the_source_tree_is_installed():
    # pyproject.toml lists the packages by hand (content, assets and docs are mapped in from
    # the top of the repository): a new sub-package left out works from a checkout but is
    # missing from a non-editable install, where `pytest` and users import it.
    import tomllib

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "trainer").rglob("__init__.py")}
    assert found - listed == set()
