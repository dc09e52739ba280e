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

    # What else changes how the text is laid out, as called from Python.
    def setText(self, text: str) -> None:  # noqa: N802 - Qt's names
        self._heights.clear()
        super().setText(text)

    def setNum(self, number) -> None:  # noqa: N802
        self._heights.clear()
        super().setNum(number)

    def setPixmap(self, pixmap) -> None:  # noqa: N802
        self._heights.clear()
        super().setPixmap(pixmap)

    def setPicture(self, picture) -> None:  # noqa: N802
        self._heights.clear()
        super().setPicture(picture)

    def setMovie(self, movie) -> None:  # noqa: N802
        self._heights.clear()
        super().setMovie(movie)

    def setBuddy(self, buddy) -> None:  # noqa: N802
        self._heights.clear()
        super().setBuddy(buddy)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, text_format) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setMargin(margin)

    def setAlignment(self, alignment) -> None:  # noqa: N802
        self._heights.clear()
        super().setAlignment(alignment)

    def setProperty(self, name: str, value) -> bool:  # noqa: N802 - qt_values sets the format this way
        self._heights.clear()
        return super().setProperty(name, value)
