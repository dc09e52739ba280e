"""Rows of a tree or table that wrap their text instead of cutting it: each row as tall as
its tallest wrapped cell at the columns' widths (a nested row's first column is narrower
by its indentation). `keep_rows_fitted` sets a tree up for it; call `fit_rows` again after
filling the tree."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from trainer.ui.widgets import theme

CELL_PADDING = 16  # pixels of a cell's width that are not text (the style's margins)


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

    def fit(item: QTreeWidgetItem, depth: int) -> None:
        height = 0
        for column in range(tree.columnCount()):
            width = tree.columnWidth(column) - CELL_PADDING - (tree.indentation() * depth if column == 0 else 0)
            if width > 0:
                rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text(column))
                height = max(height, rect.height())
        item.setSizeHint(0, QSize(tree.columnWidth(0), height + 2 * theme.space("s") + 4))
        for index in range(item.childCount()):
            fit(item.child(index), depth + 1)

    for index in range(tree.topLevelItemCount()):
        fit(tree.topLevelItem(index), 1 if tree.rootIsDecorated() else 0)
