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


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_my_progress_on_a_small_screen_at_200_percent_shows_titles_and_results_in_two_columns(
        qtbot, make_window, lang):
    """1280x720 at 150 % with 200 % text: the seven columns left a module's title two
    letters a line ("Mo", "Hva er vol"). There the table has two columns, the title and
    its results as lines; with room again, the seven come back."""
    from PySide6.QtGui import QFontMetrics

    from trainer.ui.app import open_settings
    from trainer.ui.learner.progress_view import READABLE_CHARACTERS
    from trainer.ui.preferences import Preferences

    Preferences(open_settings()).set("text_size", 200)
    window = make_window(lang)
    window.resize(1280 * 2 // 3, (720 - 30) * 2 // 3)
    create_profile(qtbot, window)
    window.show_progress()
    settle(qtbot)
    view = window.progress_view
    table = view.table
    qtbot.waitUntil(lambda: view.compact)
    assert table.columnCount() == 2
    assert table.topLevelItemCount() == len(view._rows) > 0
    first = table.topLevelItem(0)
    assert first.text(0) == view._rows[0][0]
    assert view._rows[0][1] in first.text(1) and view.headings()[6] in first.text(1)
    metrics = QFontMetrics(table.font())
    assert table.columnWidth(0) >= READABLE_CHARACTERS * metrics.averageCharWidth()
    assert table.header().length() <= table.viewport().width()
    table.setFocus()
    last = table.topLevelItemCount() - 1
    table.setCurrentItem(table.topLevelItem(last), 0)  # a keyboard user reading the last module
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: not view.compact)
    assert table.columnCount() == 7 and table.headerItem().text(6) == view.headings()[6]
    assert table.currentIndex().row() == last and table.hasFocus()  # the place is kept
    assert [table.topLevelItem(0).text(c) for c in range(7)] == list(view._rows[0])


def test_a_row_is_as_tall_as_the_lines_qt_draws_its_text_on(qtbot, make_window):
    """A title just short of its column's width: measured with the style sheet's padding
    alone it was one line, Qt drew it on two and cut the second ("Slik foregår …"). The
    row is as tall as the text Qt draws, at the width Qt's style gives the text."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

    from trainer.ui.widgets.wrapped_rows import fit_rows, keep_rows_fitted

    window = make_window("nb")
    tree = QTreeWidget(window)
    tree.setRootIsDecorated(False)
    keep_rows_fitted(tree)
    title = "Slik foregår rekrutteringen"
    tree.addTopLevelItem(QTreeWidgetItem([title]))
    tree.ensurePolished()
    metrics = QFontMetrics(tree.font())
    # What Qt's style leaves for the text of a cell `width` wide (as it draws it).
    option = QStyleOptionViewItem()
    option.rect, option.text, option.widget = QRect(0, 0, 400, 40), title, tree
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    text_rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    drawn_width = 400 - text_rect.width() + 2 * margin  # what a cell's width holds that is not text
    width = metrics.horizontalAdvance(title) + drawn_width - 2  # two pixels too narrow for one line
    tree.setColumnWidth(0, width)
    fit_rows(tree)
    lines = metrics.boundingRect(QRect(0, 0, width - drawn_width, 10_000), Qt.TextFlag.TextWordWrap, title).height()
    assert lines > metrics.lineSpacing()  # Qt draws it on two lines at this width
    assert tree.topLevelItem(0).sizeHint(0).height() - (40 - text_rect.height()) >= lines  # room for both
