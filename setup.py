"""Two build steps beside pyproject.toml: compile the gettext catalogues (.po) into the
.mo files the installed package reads, and write the built-in course's shipped index (a
first start then needs no parsing, see trainer/course/cache.py). Everything else is
declared in pyproject.toml."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _catalogue_module():
    """trainer/i18n/__init__.py (standard library only), loaded by path: the build runs
    before the package is importable."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_catalogue", Path(__file__).parent / "trainer" / "i18n" / "__init__.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write_shipped_index(build_lib: Path) -> None:
    """The index of the course as it is copied into the build, made by the built package
    itself (its parser needs PyYAML, a build requirement in pyproject.toml). The package
    is imported from the build for this and forgotten again."""
    import sys

    sys.path.insert(0, str(build_lib))
    try:
        from trainer.course.cache import write_shipped_index

        write_shipped_index(build_lib / "trainer" / "content")
    finally:
        sys.path.remove(str(build_lib))
        for name in [name for name in sys.modules if name == "trainer" or name.startswith("trainer.")]:
            del sys.modules[name]


class BuildWithCatalogues(build_py):
    def run(self):
        super().run()
        compile_po = _catalogue_module().compile_po
        for po in Path("trainer/i18n").glob("*.po"):
            target = Path(self.build_lib) / "trainer" / "i18n" / po.with_suffix(".mo").name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(compile_po(po.read_text("utf-8")))
        if not self.editable_mode:  # an editable install reads the checkout's content/
            _write_shipped_index(Path(self.build_lib))


setup(cmdclass={"build_py": BuildWithCatalogues})
