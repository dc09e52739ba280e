"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
# Messages follow the system's language when nothing else chooses one: the tests expect
# bokmål (the app's first language) whatever the machine's locale, subprocesses included.
os.environ["LANGUAGE"] = "nb"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    from trainer import paths

    folder = tmp_path / "data"
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def fresh_db():
    from trainer.store import db

    return db.memory()


@pytest.fixture
def demo_content(tmp_path) -> Path:
    """A writable copy of the small two-language fixture course."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "content", target)
    return target


@pytest.fixture
def demo_library(demo_content):
    from trainer.course.loader import load_library

    return load_library([demo_content])


@pytest.fixture(autouse=True)
def _messages_in_the_system_language():
    """`trainer.cli.main(["--lang", "en", ...])` sets the language of the whole process."""
    yield
    from trainer import i18n

    i18n.set_language(i18n.system_language())


@pytest.fixture
def pack(tmp_path, data_dir, capsys):
    """A new content pack made as an author makes one (`trainer new pack`), with its
    starting module."""
    from trainer.cli import main

    folder = tmp_path / "pk1"
    assert main(["new", "pack", str(folder)]) == 0
    capsys.readouterr()
    return folder
