"""Column headings wrap instead of being cut: "My progress" at 200 % text on a laptop, in
both languages, shows every heading whole inside its column."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics

from test_learner_flow import create_profile
from test_screens import laptop_window, settle
from trainer.ui.widgets.wrapping_header import PADDING, WRAP


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_heading_of_my_progress_is_whole_at_200_percent(qtbot, make_window, lang):
    from trainer.ui.app import open_settings
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", 200)
    window = laptop_window(make_window, lang)
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    table = window.progress_view.table
    header = table.header()
    font = header.font()
    font.setBold(True)  # as the style sheet draws headings
    metrics = QFontMetrics(font)
    cut = []
    for section in range(header.count()):
        text = table.headerItem().text(section)
        room = QRect(0, 0, header.sectionSize(section) - 2 * PADDING, header.height() - 2 * PADDING)
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), WRAP, text)
        longest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        if longest_word > room.width() or needed.height() > room.height():
            cut.append(text)
    assert cut == []
    # The columns together fit the table: nothing runs off its right edge.
    assert header.length() <= table.viewport().width()


def test_with_room_every_heading_stays_on_one_line(qtbot, make_window):
    """On a wide screen at normal text no heading wraps: the heading row is one line."""
    window = laptop_window(make_window, "en")
    window.resize(1900, 1000)
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    header = window.progress_view.table.header()
    font = header.font()
    font.setBold(True)
    line = QFontMetrics(font).lineSpacing()
    assert header.height() < 2 * line + 2 * PADDING


def test_a_table_widened_after_it_was_laid_out_puts_its_headings_back_on_one_line(qtbot, qapp):
    """A dialog sized after its first layout: the headings wrapped at the first width
    return to one line when the table has room."""
    from PySide6.QtWidgets import QHeaderView, QTreeWidget

    from trainer.ui.widgets.wrapping_header import WrappingHeader

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeader(WrappingHeader(tree))
    tree.setHeaderLabels(["Pack", "Version", "Language", "From", "Contact card"])
    for column, mode in ((0, "Stretch"), (1, "ResizeToContents"), (2, "ResizeToContents"), (3, "Stretch"),
                         (4, "ResizeToContents")):
        tree.header().setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))
    tree.resize(300, 200)
    tree.show()
    qtbot.waitExposed(tree)
    wrapped = tree.header().height()
    tree.resize(1200, 200)
    qtbot.waitUntil(lambda: tree.header().height() < wrapped)
    metrics = QFontMetrics(tree.header()._heading_font())
    assert tree.header().sectionSize(4) >= metrics.horizontalAdvance("Contact card")
