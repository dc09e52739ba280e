"""PySide is told, without reading a file, whether the app's and the standard library's
modules use its `__feature__` switches (trainer/ui/pyside_features.py)."""

from __future__ import annotations

import inspect
import sys

import pytest

import trainer.ui  # noqa: F401 - shortens PySide's check, as every start of a window does

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(feature is None or not hasattr(feature, "_mod_uses_pyside"),
                                reason="this PySide has no `__feature__` import check to shorten")


def test_the_app_s_and_the_standard_library_s_modules_are_answered_without_reading_them(monkeypatch):
    import json

    import markdown

    import trainer.course.model

    read = []
    original = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda module: read.append(module.__name__) or original(module))
    assert feature._mod_uses_pyside(trainer.course.model) is True
    assert feature._mod_uses_pyside(json) is False
    assert read == []
    # Anything else is still read, as PySide does: its answer is PySide's own.
    assert feature._mod_uses_pyside(markdown) is False
    assert read == ["markdown"]


def test_a_question_asked_another_way_goes_to_pyside_s_own_answer(monkeypatch):
    """A module with no text for a name, or a later PySide asking with more arguments, is
    answered by PySide's own check, never by an error inside every import."""
    import types

    nameless = types.ModuleType("x")
    nameless.__name__ = None
    assert feature._mod_uses_pyside(nameless) is False
    import trainer.course.model

    with pytest.raises(TypeError):  # PySide 6.11's own check takes one argument: its error, not ours
        feature._mod_uses_pyside(trainer.course.model, "extra")
