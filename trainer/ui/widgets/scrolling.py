"""Screens whose content scrolls as a whole when it does not fit, as at 200% text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from trainer.ui.widgets import theme


class _FocusInView(QObject):
    """Scrolls the focused control into view. Qt does so when Tab moves the focus, not
    when the app sets it (the name field on a small screen at 200 % text was out of
    sight). A child of the scroll area: its connection goes when the screen goes. A
    control taller than the view is shown from its top (Qt would show its middle)."""

    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self.scroll = scroll
        QApplication.instance().focusChanged.connect(self.follow)

    def follow(self, _old, new) -> None:
        content = self.scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            if new.height() > self._view_height():
                self.scroll.verticalScrollBar().setValue(new.mapTo(content, new.rect().topLeft()).y())
            else:
                self.scroll.ensureWidgetVisible(new)

    def _view_height(self) -> int:
        # Not viewport().height(): the first call from Python that returns a bare
        # QWidget makes PySide set up every widget class it has (58 enum types, among
        # them QWizard's and QFontDialog's), and this runs as a returning learner's first
        # screen gets the focus: 3 ms of that start-up in an A/B of 20 rounds each.
        height = self.scroll.maximumViewportSize().height()  # with a bar that is always on, without it
        bar = self.scroll.horizontalScrollBar()
        shown_as_needed = bar.isVisible() and self.scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        return height - bar.height() if shown_as_needed else height


def follow_focus(scroll: QScrollArea) -> None:
    """Keep the focused control of `scroll`'s content in view, however it got the focus."""
    _FocusInView(scroll)


def scrolling(content: QWidget, sideways: bool = False) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down (and `sideways` where it
    is wider than the area), and no Tab stop of its own: it showed no focus, and the
    controls in it scroll into view as Tab reaches them (with follow_focus)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


def fill_with_scrolling(screen: QWidget, content: QWidget) -> QScrollArea:
    """Make `content` the scrolling body of `screen`."""
    scroll = scrolling(content, sideways=True)  # a whole screen never cuts what does not fit
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    follow_focus(scroll)
    return scroll


def fill_with_column(screen: QWidget) -> QVBoxLayout:
    """Make `screen` one centred column of theme.page_width that scrolls as a whole (the
    overview, My progress): on a wide screen its rows stay readable instead of stretching
    from edge to edge. Returns the column's layout to fill, top to bottom."""
    column = QWidget(objectName="page")
    column.setMaximumWidth(theme.page_width())
    rows = QVBoxLayout(column)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(theme.space("m"))
    inner = QWidget(objectName="page")
    centre = QHBoxLayout(inner)
    centre.setContentsMargins(theme.space("xl"), theme.space("l"), theme.space("xl"), theme.space("l"))
    centre.addStretch(1)
    centre.addWidget(column, 100)
    centre.addStretch(1)
    fill_with_scrolling(screen, inner)
    return rows
