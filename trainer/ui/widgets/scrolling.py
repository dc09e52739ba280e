"""Screens whose content scrolls as a whole when it does not fit, as at 200% text."""

from __future__ import annotations

import math
from functools import cache

from PySide6 import QtCore  # QtCore.Qt only where it is used: see qt_values
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractSlider, QApplication, QHBoxLayout, QScrollArea, QTextEdit, QVBoxLayout, QWidget,
)

from trainer.ui.widgets import qt_values, theme

QWIDGETSIZE_MAX = 16777215


@cache
def page_keys() -> dict:
    """The reading keys and what each does to a scroll bar."""
    Key, Slider = QtCore.Qt.Key, QAbstractSlider.SliderAction
    return {Key.Key_Down: Slider.SliderSingleStepAdd, Key.Key_Up: Slider.SliderSingleStepSub,
            Key.Key_PageDown: Slider.SliderPageStepAdd, Key.Key_PageUp: Slider.SliderPageStepSub,
            Key.Key_Space: Slider.SliderPageStepAdd, Key.Key_Home: Slider.SliderToMinimum,
            Key.Key_End: Slider.SliderToMaximum}


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
        if new is None or content is None or not content.isAncestorOf(new) or in_view(self.scroll, new):
            return
        # Not for a click: the press gives the focus, and scrolling then moved a half-shown
        # option away from under the pointer, so the release missed it (nothing chosen).
        # Asked last: the answer is one of PySide's Qt namespace, not made at start-up.
        if QApplication.mouseButtons() != QtCore.Qt.MouseButton.NoButton:
            return
        bring_into_view(self.scroll, new)


def follow_focus(scroll: QScrollArea) -> None:
    """Keep the focused control of `scroll`'s content in view, however it got the focus."""
    _FocusInView(scroll)


def in_view(scroll: QScrollArea, widget: QWidget, margin: int = 50) -> bool:
    """Bringing `widget` into view would move nothing: along each way `scroll` can scroll,
    it is in view with `margin` pixels clear of the edges. (Measured on the content's visible
    part, not on scroll.viewport(): see widgets/qt_values.py.)"""
    content = scroll.widget()
    seen = content.visibleRegion().boundingRect()
    place = widget.rect().translated(widget.mapTo(content, widget.rect().topLeft()))
    ways = ((scroll.horizontalScrollBar(), seen.left(), seen.right(), place.left(), place.right()),
            (scroll.verticalScrollBar(), seen.top(), seen.bottom(), place.top(), place.bottom()))
    return not seen.isEmpty() and all(bar.maximum() == 0 or (low + margin <= start and end + margin <= high)
                                      for bar, low, high, start, end in ways)


def bring_into_view(scroll: QScrollArea, widget: QWidget, margin: int = 50) -> None:
    """Scroll `widget` (in `scroll`'s content) into view: whole, `margin` pixels clear of
    the edge, or where it is taller than the view, from its top, unless some of it is in
    view already (a page being read went back to its first line when the keyboard came
    back to it)."""
    view = _view_height(scroll)
    if widget.height() > view:
        top = widget.mapTo(scroll.widget(), widget.rect().topLeft()).y()
        shown = scroll.verticalScrollBar().value()
        if top + widget.height() <= shown or top >= shown + view:
            scroll.verticalScrollBar().setValue(top)
    else:
        scroll.ensureWidgetVisible(widget, 50, margin)


def scroll_to(scroll: QScrollArea, y: int) -> None:
    """Scroll to `y`, or as little lower as brings the control the keyboard is on into
    sight, where that is in `scroll` (a quiz's first option under a long question was
    focused out of sight): a control of up to half the view whole, a larger one (a story,
    a list of steps to order) a third of the view of it, under as much of what leads to
    it as fits."""
    lay_out_now()
    bar = scroll.verticalScrollBar()
    bar.setValue(y)
    content, focused = scroll.widget(), scroll.window().focusWidget()
    if focused is None or content is None or not content.isAncestorOf(focused):
        return
    view = _view_height(scroll)
    top = focused.mapTo(content, focused.rect().topLeft()).y()
    whole = focused.height() + theme.space("s")
    shown = whole if whole <= view // 2 else view // 3
    if top + shown > y + view:
        bar.setValue(top + shown - view)


def start_under(top: QVBoxLayout, scroll: QScrollArea) -> int:
    """Where a part's question or step starts in `scroll`: under the module's header where
    that is in `top` at the content's top (short of height), so each new one has the whole
    height; else at the top."""
    return 0 if top.isEmpty() else top.geometry().bottom() + 1 + scroll.widget().layout().spacing()


def lay_out_now() -> None:
    """Apply the layouts still waiting, before measuring where a widget is: new widgets
    in a scroll area are laid out over a few turns of the event loop (measured one turn
    after the change, a quiz's first option was scrolled to where it had not yet moved)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def move_widgets(widgets, source, target, index: int = -1, stretch: int = 0) -> None:
    """Move `widgets` from the layout `source` into `target` (at `index`, in order),
    keeping the keyboard on the one that has it: Qt takes the focus from a widget that
    is given a new parent. Their place in the tab chain stays (one window)."""
    widgets = list(widgets)
    if not widgets or source.indexOf(widgets[0]) < 0:
        return  # already there
    focused = widgets[0].window().focusWidget()
    for offset, widget in enumerate(widgets):
        source.removeWidget(widget)
        target.insertWidget(index if index < 0 else index + offset, widget, stretch)
    if focused is not None and any(w is focused or w.isAncestorOf(focused) for w in widgets):
        focused.setFocus()


def _view_height(scroll: QScrollArea) -> int:
    # Not viewport().height(): the first call from Python that returns a bare
    # QWidget makes PySide set up every widget class it has (58 enum types, among
    # them QWizard's and QFontDialog's), and this runs as a returning learner's first
    # screen gets the focus: 3 ms of that start-up in an A/B of 20 rounds each.
    height = scroll.maximumViewportSize().height()  # with a bar that is always on, without it
    bar = scroll.horizontalScrollBar()
    shown_as_needed = bar.isVisible() and scroll.horizontalScrollBarPolicy() == QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded
    return height - bar.height() if shown_as_needed else height


class WholeText(QObject):
    """A text view shown as tall as all of its lines in a `page` that scrolls as one (the
    one-page layout), where two scrolling boxes, the text's and the page's, would each
    show a few lines cut mid-line (200 % text on a laptop). Switched off, the view scrolls
    in its own box again. While on, the view's reading keys (arrows, Page Up/Down, Home,
    End, Space) scroll the page, and its lines stay whole as they rewrap (the page's
    scroll bar comes or goes, the window is resized)."""

    def __init__(self, view: QTextEdit, page: QScrollArea):
        super().__init__(view)
        self.view, self.page = view, page
        self.on = False
        view.installEventFilter(self)
        view.document().documentLayout().documentSizeChanged.connect(self.fit)
        view.horizontalScrollBar().rangeChanged.connect(self.fit)  # it comes or goes

    def set_on(self, on: bool) -> None:
        if on == self.on:
            if on:
                self.fit()
            return
        self.on = on
        policy = QtCore.Qt.ScrollBarPolicy
        self.view.setVerticalScrollBarPolicy(policy.ScrollBarAlwaysOff if on else policy.ScrollBarAsNeeded)
        if on:
            self.fit()
        else:
            self.view.setMinimumHeight(0)
            self.view.setMaximumHeight(QWIDGETSIZE_MAX)

    def text_height(self) -> int:
        """The text's height when shown whole at the view's present width, and its own
        sideways scroll bar where a chart or a picture is wider than the view."""
        sideways = self.view.horizontalScrollBar()
        shown = sideways.maximum() > 0 and self.view.horizontalScrollBarPolicy() != QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        bar = sideways.sizeHint().height() if shown else 0
        return math.ceil(self.view.document().size().height()) + 2 * self.view.frameWidth() + bar

    def fit(self, _size=None) -> None:
        if self.on:  # never less than three lines: an empty view stays a view
            self.view.setFixedHeight(max(self.text_height(), 3 * self.view.fontMetrics().lineSpacing()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and self.on and event.type() == QEvent.Type.KeyPress:
            action = page_keys().get(event.key())
            if action is not None and not event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier:
                self.page.verticalScrollBar().triggerAction(action)
                return True
        return super().eventFilter(watched, event)


def scrolling(content: QWidget, sideways: bool = False, gutter: bool = False) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down (and `sideways` where it
    is wider than the area), and no Tab stop of its own: it showed no focus, and the
    controls in it scroll into view as Tab reaches them (with follow_focus). With
    `gutter`, its scroll bar keeps its place (see steady_gutter)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        qt_values.no_scroll_bar(scroll)
    qt_values.no_focus(scroll)
    if gutter:
        steady_gutter(scroll)  # before the content: its first layout styles the bar by its name
    scroll.setWidget(content)
    return scroll


def fill_with_scrolling(screen: QWidget, content: QWidget, gutter: bool = False) -> QScrollArea:
    """Make `content` the scrolling body of `screen`."""
    scroll = scrolling(content, sideways=True, gutter=gutter)  # a whole screen never cuts what does not fit
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
    fill_with_scrolling(screen, inner, gutter=True)
    return rows


def steady_gutter(scroll: QScrollArea) -> None:
    """`scroll`'s up-and-down scroll bar keeps its place when there is nothing to scroll,
    switched off and as plain as the page (CSS's `scrollbar-gutter: stable`), so a centred
    column stays where it is as the content grows past the view or shrinks back (another
    course's tab, a module done). Qt's "as needed" is also the costlier one for content
    whose height follows its width (wrapped text): each time the area is laid out, the
    content is laid out at the width with the bar and at the width without it: 25 M of the
    1,013 M instructions of a returning learner's start-up."""
    qt_values.scroll_bar_shown(scroll, True)
    bar = scroll.verticalScrollBar()
    bar.setObjectName("gutter")  # the style sheet's plain look is for this bar only, not any switched off
    bar.rangeChanged.connect(lambda low, high: bar.setEnabled(high > low))
    bar.setEnabled(bar.maximum() > bar.minimum())
