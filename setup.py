"""One build step beside pyproject.toml: compile the gettext catalogues (.po) into the
.mo files the installed package reads. Everything else is declared in pyproject.toml."""

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


class BuildWithCatalogues(build_py):
    def run(self):
        super().run()
        compile_po = _catalogue_module().compile_po
        for po in Path("trainer/i18n").glob("*.po"):
            target = Path(self.build_lib) / "trainer" / "i18n" / po.with_suffix(".mo").name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(compile_po(po.read_text("utf-8")))


setup(cmdclass={"build_py": BuildWithCatalogues})
