"""The overview's painted module rows: each is as tall as its wrapped text, the whole list
is shown, a screen reader hears the whole row, and the bar shows how far the learner is."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from trainer.ui.learner.module_rows import ModuleList, ModuleRow
from trainer.ui.widgets import theme
from trainer.ui.widgets.appearance import apply_appearance

LONG = "1. " + "Hva kan politiet dele med skolen når en elev er bekymret? " * 3


@pytest.fixture
def rows(qtbot, qapp):
    def build(theme_name="light", percent=100, width=700):
        apply_appearance(qapp, theme_name, percent)
        modules = ModuleList()
        qtbot.addWidget(modules)
        modules.add_row(ModuleRow("a", "2. Fire roller", "For lærere · om lag 10 min", "Påbegynt", 50), "tips")
        modules.add_row(ModuleRow("b", LONG, "For lærere · om lag 14 min", "Ikke startet", 0))
        modules.resize(width, 100)
        modules.show()
        qtbot.waitExposed(modules)
        return modules
    yield build
    apply_appearance(qapp, "light", 100)


def test_a_long_title_wraps_into_a_taller_row_and_the_whole_list_is_shown(rows):
    modules = rows()
    short, long = (modules.item(i).sizeHint().height() for i in range(2))
    assert long > short * 1.5  # three lines of heading text, not one cut line
    spacing = modules.spacing()
    assert modules.height() >= short + long + 4 * spacing  # no row is hidden: the page scrolls, not the list
    last = modules.visualItemRect(modules.item(1))
    assert last.bottom() <= modules.viewport().height()


def test_rows_grow_with_the_text_size(rows):
    normal_list = rows(percent=100)
    normal = normal_list.item(1).sizeHint().height()
    big_list = rows(theme_name="contrast", percent=200)
    big = big_list.item(1).sizeHint().height()
    assert big > normal * 1.6


def test_a_screen_reader_hears_the_whole_row_and_activating_gives_the_module(rows):
    modules = rows()
    spoken = modules.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "2. Fire roller. For lærere · om lag 10 min. Påbegynt"
    assert modules.item(0).toolTip() == "tips"
    assert modules.item(1).data(Qt.ItemDataRole.UserRole) == "b"
    assert [row.title for row in modules.rows()] == ["2. Fire roller", LONG]


def test_the_bar_is_filled_as_far_as_the_learner_is(rows):
    modules = rows()
    image: QImage = modules.viewport().grab().toImage()
    rect = modules.visualItemRect(modules.item(0))
    accent = QColor(theme.current().accent)
    # The bar is the last thing in the right-hand column: find the accent-coloured run on
    # the row's lowest rows of pixels that hold any.
    runs = []
    for y in range(rect.top(), rect.bottom()):
        xs = [x for x in range(rect.left(), rect.right()) if QColor(image.pixel(QPoint(x, y))) == accent]
        if xs:
            runs.append((y, min(xs), max(xs)))
    assert runs, "no filled bar painted"
    _y, start, end = max(runs, key=lambda run: run[2] - run[1])
    side = min(int(200 * theme.scale()), rect.width())
    assert 0.35 * side <= end - start <= 0.65 * side  # half the bar for 50 %
    second = modules.visualItemRect(modules.item(1))
    assert not any(QColor(image.pixel(QPoint(x, y))) == accent
                   for y in range(second.top() + 4, second.bottom() - 4)
                   for x in range(second.right() - side, second.right() - 4))  # 0 %: nothing filled


def test_the_title_is_painted_in_the_heading_font_and_each_text_in_its_colour(rows):
    """The title in the heading font (a static text is laid out again in the painter's
    font), the title and status in the text colour, the details in the muted colour."""
    from PySide6.QtGui import QFont, QFontMetrics

    modules = rows(width=900)
    image: QImage = modules.viewport().grab().toImage()
    rect = modules.visualItemRect(modules.item(0))
    colours = theme.current()
    text, muted = QColor(colours.text), QColor(colours.muted)
    font = modules.font()
    heading = QFont(font)
    heading.setPointSizeF(theme.TYPE["heading"] * theme.scale())
    heading.setWeight(QFont.Weight.DemiBold)
    title_height = QFontMetrics(heading).height()
    left = rect.left() + theme.space("m")
    top = rect.top() + theme.space("m")
    half = rect.left() + rect.width() // 2  # the title and the details; the status is further right

    def ink(y0: int, y1: int, colour: QColor) -> list[int]:
        return [x for y in range(y0, y1) for x in range(rect.left(), half) if QColor(image.pixel(QPoint(x, y))) == colour]

    title = ink(top, top + title_height, text)
    assert title, "the title is not in the text colour"
    width = max(title) - min(title)
    assert abs(width - QFontMetrics(heading).horizontalAdvance("2. Fire roller")) <= 0.1 * width
    assert width > 1.15 * QFontMetrics(font).horizontalAdvance("2. Fire roller")  # not the body font
    details = (top + title_height, rect.bottom() - theme.space("m"))
    assert ink(*details, muted), "the details are not in the muted colour"
    assert not ink(*details, text)
    assert min(title) >= left - 2


def test_a_title_with_markup_is_painted_as_it_is_written(qtbot, qapp):
    """The rows are painted as rich text (the colour is in it): a title's `<`, `>` and `&`
    are the author's characters, never markup, and a line break stays a line break."""
    from PySide6.QtGui import QFont, QImage, QPainter, QStaticText

    from trainer.ui.learner.module_rows import _text

    font = QFont()

    def painted(static: QStaticText) -> QImage:
        image = QImage(600, 200, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawStaticText(QPoint(0, 0), static)
        painter.end()
        return image

    title = "  1.  <b>Fire</b> & <i>roller</i> &amp;"  # its spaces too
    as_written = QStaticText(title)
    as_written.setTextFormat(Qt.TextFormat.PlainText)
    assert painted(_text(title, "#000000", font, 600)) == painted(as_written)
    one, two = _text("Påbegynt", "#000000", font, 600), _text("Påbegynt\nQuiz: beste 83 %", "#000000", font, 600)
    assert two.size().height() > 1.8 * one.size().height()


def test_a_row_s_text_stays_in_its_column_whatever_its_script_or_length(qtbot, qapp):
    """Left-aligned as the rows' plain text was (rich text would put a right-to-left title
    against the status column), and a word longer than the column breaks inside it rather
    than running under the status."""
    from PySide6.QtGui import QFont, QImage, QPainter

    from trainer.ui.learner.module_rows import _text

    font = QFont()

    def ink(text: str, width: int) -> tuple[int, int]:
        image = QImage(700, 400, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawStaticText(QPoint(0, 0), _text(text, "#000000", font, width))
        painter.end()
        xs = [x for x in range(700) for y in range(0, 400, 2) if image.pixelColor(x, y) != QColor("white")]
        return min(xs), max(xs)

    assert ink("1. مرحبا بالعالم", 600)[0] <= 2
    assert ink("Ungdomsrekrutteringsforebyggingsarbeid" * 3, 120)[1] <= 120

