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
