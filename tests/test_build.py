"""The desktop build: `pyinstaller build.spec` makes one folder that starts, validates and
passes a smoke run. Slow (about a minute): `pip install ".[build]" && pytest -m slow tests/test_build.py`."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def folder_size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


@pytest.mark.slow
def test_build_and_smoke_run(tmp_path):
    if shutil.which("pyinstaller") is None and not Path(sys.executable).with_name("pyinstaller").exists():
        pytest.skip("PyInstaller is not installed (pip install '.[build]')")
    tool = shutil.which("pyinstaller") or str(Path(sys.executable).with_name("pyinstaller"))
    subprocess.run([tool, str(ROOT / "build.spec"), "--noconfirm", "--distpath", str(tmp_path / "dist"),
                    "--workpath", str(tmp_path / "work")], check=True, capture_output=True, timeout=1200, cwd=ROOT)
    app = tmp_path / "dist" / "Faresignaler"
    executable = app / ("Faresignaler.exe" if sys.platform == "win32" else "Faresignaler")
    assert (app / "_internal" / "content" / "nb").is_dir() and (app / "_internal" / "assets" / "icon.png").is_file()
    assert (app / "_internal" / "content" / "shipped-index.json").is_file()  # a first start parses nothing
    assert (app / "_internal" / "trainer" / "store" / "schema.sql").is_file()  # nor imports sqlite-utils
    assert (app / "_internal" / "trainer" / "i18n" / "faresignaler_nb.ts").is_file()  # trainer web's words
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("Faresignaler ")
    validate = subprocess.run([str(executable), "validate"], capture_output=True, text=True, env=env, timeout=120)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    smoke = subprocess.run([str(executable), "--data-dir", str(tmp_path / "data"), "--smoke"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert smoke.returncode == 0 and "smoke ok" in smoke.stdout, smoke.stderr
    size = folder_size_mb(app)
    print(f"build size: {size:.0f} MB")
    assert size < 120, f"the build is {size:.0f} MB; the goal is under 120 MB"


@pytest.mark.slow
def test_the_wheel_ships_an_index_of_its_built_in_course_that_a_first_start_uses(tmp_path):
    """setup.py writes the index into the build; installed elsewhere, the course is read from
    it (no YAML parser) with every path in the installed content."""
    import json
    import zipfile

    from trainer.course import cache

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path / "wheel"), str(ROOT)],
                   check=True, capture_output=True, timeout=600, cwd=tmp_path)
    [wheel] = (tmp_path / "wheel").glob("faresignaler-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    content = site / "trainer" / "content"
    lines = (content / cache.SHIPPED_INDEX).read_text("utf-8").split("\n")
    assert json.loads(lines[1])[0] == cache.content_fingerprint(content)
    script = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from trainer import paths\n"
        "from trainer.course.cache import load_cached\n"
        "library = load_cached([paths.builtin_content_dir()], Path(tempfile.mkdtemp()))\n"
        "print(paths.builtin_content_dir(), len(library.modules), 'yaml' in sys.modules)\n"
        "print(all(m.folder.is_relative_to(paths.builtin_content_dir()) for m in library.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    where, modules, parsed = result.stdout.splitlines()[0].split()
    assert Path(where) == content and int(modules) >= 10 and parsed == "False"
    assert result.stdout.splitlines()[1] == "True"
