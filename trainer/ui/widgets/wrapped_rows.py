"""Rows of a tree or a list that wrap their text instead of cutting it: each row as tall
as its tallest wrapped cell at the columns' widths (a nested row's first column is
narrower by its indentation). `keep_rows_fitted` sets a tree up for it, and
`keep_items_fitted` a list; call `fit_rows` or `fit_items` again after filling it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QStyle, QTreeWidget, QTreeWidgetItem

from trainer.ui.widgets import theme

STYLE_PADDING = 16  # the style sheet's padding of an item, left and right (theme.py)


def cell_padding(view) -> int:
    """The pixels of a cell's width that are not text: the style sheet's padding, and the
    margin Qt's style keeps on each side of an item's text (its focus frame's margin and
    one). With the padding alone, a title just short of the width was measured as one
    line and drawn as two, its second cut ("Slik foregår …")."""
    return STYLE_PADDING + 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def keep_rows_fitted(tree: QTreeWidget, after=None) -> None:
    """Wrap cells (never elide them), and fit the rows again whenever a column's width
    changes, then call `after` (if given). The fit waits for the event loop: while a
    column is being resized its width is still the old one, and a window resized in
    steps resizes its columns many times."""
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    timer = QTimer(tree, singleShot=True, interval=0)

    def refit() -> None:
        fit_rows(tree)
        if after is not None:
            after()

    timer.timeout.connect(refit)
    tree.header().sectionResized.connect(lambda *_: timer.start())


def fit_rows(tree: QTreeWidget) -> None:
    tree.ensurePolished()  # the style sheet's font, not the default one
    metrics = QFontMetrics(tree.font())
    padding = cell_padding(tree)

    def fit(item: QTreeWidgetItem, depth: int) -> None:
        height = 0
        for column in range(tree.columnCount()):
            width = tree.columnWidth(column) - padding - (tree.indentation() * depth if column == 0 else 0)
            if width > 0:
                rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text(column))
                height = max(height, rect.height())
        item.setSizeHint(0, QSize(tree.columnWidth(0), height + 2 * theme.space("s") + 4))
        for index in range(item.childCount()):
            fit(item.child(index), depth + 1)

    for index in range(tree.topLevelItemCount()):
        fit(tree.topLevelItem(index), 1 if tree.rootIsDecorated() else 0)


LIST_PADDING = 24  # pixels of a list item's width that are not text (the style's padding)


def keep_items_fitted(listing: QListWidget, after=None) -> None:
    """Wrap a list's items to its width, never sideways: Qt measures wrapped items once,
    before a scroll bar narrows the list, and then cut a title or scrolled sideways (a
    long ordering step). Each item is measured again whenever the visible width changes,
    and then `after` (if given) is called."""
    listing.setWordWrap(True)
    listing.setTextElideMode(Qt.TextElideMode.ElideNone)
    listing.setResizeMode(QListWidget.ResizeMode.Adjust)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    _RefitOnResize(listing, after)


def fit_items(listing: QListWidget) -> None:
    width = listing.viewport().width() - LIST_PADDING
    if width <= 0:
        return
    listing.ensurePolished()  # the style sheet's font, not the default one
    metrics = QFontMetrics(listing.font())
    for row in range(listing.count()):
        item = listing.item(row)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text())
        item.setSizeHint(QSize(width, rect.height() + 2 * theme.space("m") + 4))


class _RefitOnResize(QObject):
    """A child of the list: it goes when the list goes."""

    def __init__(self, listing: QListWidget, after=None):
        super().__init__(listing)
        self.listing, self.after = listing, after
        listing.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            fit_items(self.listing)
            if self.after is not None:
                self.after()
        return False
