"""A label whose text wraps to its width, and which remembers how tall it is at each width.

A layout asks a wrapping label for its height at a width many times: at the width it
will get, at the widths its parents would like, at their smallest, and all of it again
after anything on the page changes. Qt's label lays its text out anew for every one of
those questions: on a returning learner's first screen its eight wrapped labels were asked
213 times for 41 different answers. Remembering them took that start-up from 994 to 955
million instructions (valgrind's callgrind; a bare window takes 641); startup_resume_ratio
went from 1.53-1.62 to 1.46-1.60 in three runs each (benchmarks/run.py, which varies by
about 0.07 from run to run here). The label keeps each answer until something that
could change it changes: its text, its format, its margins or indent, its alignment, its
buddy (a mnemonic's "&" is shown or not), a picture in place of the text, or (through a
change event) its font, style sheet or contents margins. Only calls from Python are seen:
a setter that Qt itself calls on the label (a queued `setText`, say) is not."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from trainer.ui.widgets import qt_values


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent=None, *, plain: bool = False, **properties):
        """`plain`: the text is shown as it is written, never as markup (a name, a title)."""
        self._heights: dict[int, int] = {}  # before Qt's constructor, which may send change events
        super().__init__(text, parent, **properties)
        self.setWordWrap(True)
        if plain:
            qt_values.plain_text(self)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:
        self._heights.clear()
        super().changeEvent(event)


def _measuring_anew(name: str):
    """QLabel's setter `name`, after which the label measures its text anew."""
    setter = getattr(QLabel, name)

    def measure_anew(self, *args):
        self._heights.clear()
        return setter(self, *args)

    measure_anew.__name__ = measure_anew.__qualname__ = name
    return measure_anew


# What else changes how the text is laid out, as called from Python (qt_values sets the
# text format with setProperty).
for _name in ("setText", "setNum", "setPixmap", "setPicture", "setMovie", "setBuddy", "clear", "setTextFormat",
              "setWordWrap", "setIndent", "setMargin", "setAlignment", "setProperty"):
    setattr(WrappedLabel, _name, _measuring_anew(_name))
del _name
