"""Saves PySide from reading the source of every module the app imports.

Importing PySide6 replaces Python's `import` with one that, after each import, asks
whether the imported module uses PySide's optional `from __feature__ import snake_case`
(or `true_property`) switches. To answer, it reads the module's whole source file
(`shibokensupport.feature._mod_uses_pyside`, `inspect.getsource`) once per module name.
A returning learner's start-up read 51 files that way: 22 million of its 1,111 million
instructions (valgrind's callgrind, which counts the same on every run), 3-4 ms, about
0.03 of startup_resume_ratio (benchmarks/run.py).

Faresignaler never uses those switches. The answer for its own modules and for the
standard library is known without reading a file: the app's modules get PySide's normal
names (the answer "uses PySide", which selects no feature), the standard library is not
PySide's (the answer PySide itself would find). Any other module is still read, as PySide
does. On a PySide without this hook, nothing changes but the speed."""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - installs PySide's import hook, which `answer_known_modules` shortens

_STANDARD_LIBRARY = sys.stdlib_module_names


def answer_known_modules() -> bool:
    """Give PySide the answer for the app's and the standard library's modules. True when
    PySide has the hook this shortens (its private `shibokensupport.feature` module)."""
    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if reads_source is None:
        return False
    if getattr(reads_source, "answers_known_modules", False):
        return True  # already shortened

    def uses_pyside(module, *args, **kwargs) -> bool:
        name = getattr(module, "__name__", None)
        if not args and not kwargs and isinstance(name, str):  # as PySide 6.8-6.11 asks
            top = name.partition(".")[0]
            if top == "trainer":
                return True
            if top in _STANDARD_LIBRARY:
                return False
        return reads_source(module, *args, **kwargs)

    uses_pyside.answers_known_modules = True
    feature._mod_uses_pyside = uses_pyside
    return True
