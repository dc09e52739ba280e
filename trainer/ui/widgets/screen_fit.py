"""Windows and dialogs sized to the screen's work area (without task bars and docks), so
that nothing opens larger than a 1366x768 laptop can show."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from trainer.ui.widgets import theme

FRAME = 40  # a title bar and borders, until the window manager has said


def show_fitted(window: QWidget, width: int = 1280, height: int = 800) -> None:
    """Show a main window: maximised on screens up to 1920x1080, where every pixel helps;
    elsewhere `width` x `height` (at most 1600x1000), centred, never beyond the work area."""
    area = _area(window)
    window.resize(min(width, area.width()), min(height, area.height() - FRAME))
    if area.width() <= 1920 and area.height() <= 1080:
        window.showMaximized()
        return
    window.resize(min(max(width, 1600), area.width() - FRAME), min(max(height, 1000), area.height() - FRAME))
    window.move(area.center().x() - window.width() // 2, area.center().y() - (window.height() + FRAME) // 2)
    window.show()


def resize_within(widget: QWidget, width: int, height: int) -> None:
    """A dialog's wanted size at 100 % text: wider as the text grows, smaller where the
    work area is smaller, and taller where its wrapped text needs more at that width (Qt
    does not count a wrapping label's height in a dialog's minimum size: at 200 % text
    the sync dialog's words and fields were cut)."""
    area = _area(widget)
    width = min(int(width * (1 + 0.5 * (theme.scale() - 1))), area.width() - FRAME)  # wider as text grows
    layout = widget.layout()
    needed = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else 0
    widget.resize(width, min(max(height, needed), area.height() - FRAME))


def _area(widget: QWidget):
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


# A module's part with room for fewer lines of body text than this, under the module's
# header and above its buttons, is short of height. Measured (ModuleView.part_room), at
# 200 % text: 1280x720 at 150 % scaling leaves 5.3 lines (a quiz's title and no option in
# view), 1366x768 at 125 % 9.1; 1280x720 12.1, 1366x768 13.5 (as they were). At 100 %
# text every one of them leaves 13 lines or more.
SHORT_LINES = 10
# Nor is a count of lines enough at 100 % text, where a quiz's answers are rows of padding
# around one line: 1280x720 at 150 % leaves 238 px (13.2 lines), which showed a question and
# one answer, then the fixed "Answer" row. Under this many (logical) pixels, three lines of
# question and two answers do not fit either. A 1024x600 netbook leaves 378 px.
SHORT_PIXELS = 320


def short_of_height(room: int, widget: QWidget) -> bool:
    """Whether `room` pixels of height hold fewer than SHORT_LINES lines of `widget`'s text,
    or fewer than SHORT_PIXELS: then the module's header, a quiz's "Answer" and a
    scenario's "Try again" scroll with the part (one rule for every kind of part,
    trainer.ui.learner.module_view)."""
    return room < SHORT_PIXELS or room < SHORT_LINES * widget.fontMetrics().lineSpacing()
