"""Whole pages that scroll (trainer/ui/widgets/scrolling.py): the centred column of the
overview and My progress keeps its scroll bar's place, plain while there is nothing to
scroll."""

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from trainer.ui.widgets import theme
from trainer.ui.widgets.appearance import apply_appearance
from trainer.ui.widgets.scrolling import fill_with_column


def column_page(qtbot, lines: int):
    apply_appearance(QApplication.instance(), "light", 100)
    screen = QWidget()
    qtbot.addWidget(screen)
    rows = fill_with_column(screen)
    labels = []
    for number in range(lines):
        label = QLabel(f"Linje {number + 1}: " + "ord " * 30)
        label.setWordWrap(True)
        rows.addWidget(label)
        labels.append(label)
    rows.addStretch(1)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, screen.findChild(QScrollArea), labels


def settle(qtbot):
    qtbot.wait(20)
    QApplication.processEvents()


def test_a_page_that_fits_keeps_its_scroll_bar_s_place_switched_off(qtbot):
    screen, scroll, _labels = column_page(qtbot, 2)
    settle(qtbot)
    bar = scroll.verticalScrollBar()
    assert bar.isVisible(), "the bar's place is kept"
    assert bar.maximum() == 0 and not bar.isEnabled()
    assert scroll.viewport().width() == scroll.width() - bar.width()


def test_the_kept_place_looks_like_the_page_and_a_bar_in_use_does_not(qtbot):
    screen, scroll, labels = column_page(qtbot, 2)
    settle(qtbot)
    bar = scroll.verticalScrollBar()
    page = QColor(theme.current().window)

    def colours():
        image = bar.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, image.height(), 7)}

    assert colours() == {page.name()}, "no border, no handle: the page goes on to the window's edge"
    for label in labels:
        label.setText(label.text() * 12)
    settle(qtbot)
    assert bar.isEnabled() and bar.maximum() > 0
    assert len(colours() - {page.name()}) > 0, "the bar shows its handle once there is something to scroll"


def test_the_column_stays_put_as_the_content_grows_past_the_view_and_back(qtbot):
    screen, scroll, labels = column_page(qtbot, 2)
    settle(qtbot)
    bar = scroll.verticalScrollBar()
    before = labels[0].mapTo(screen, labels[0].rect().topLeft()), labels[0].width()
    for label in labels:
        label.setText(label.text() * 12)
    settle(qtbot)
    assert bar.isEnabled() and bar.maximum() > 0
    assert (labels[0].mapTo(screen, labels[0].rect().topLeft()), labels[0].width()) == before
    bar.setValue(bar.maximum())
    for label in labels:
        label.setText("Kort.")
    settle(qtbot)
    assert bar.maximum() == 0 and not bar.isEnabled(), "nothing left to scroll: switched off again"
    assert (labels[0].mapTo(screen, labels[0].rect().topLeft()), labels[0].width()) == before


def test_another_scroll_bar_switched_off_keeps_its_handle(qtbot):
    """The plain look is for the gutter only: a bar switched off with the rest of a view
    (a disabled answer area) still shows where the text goes on."""
    from trainer.ui.widgets.scrolling import scrolling

    apply_appearance(QApplication.instance(), "light", 100)
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("ord " * 2000)
    label.setWordWrap(True)
    scroll = scrolling(label)
    scroll.setParent(holder)
    scroll.resize(400, 300)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    settle(qtbot)
    holder.setEnabled(False)
    settle(qtbot)
    bar = scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0 and not bar.isEnabled()
    image = bar.grab().toImage()
    page = QColor(theme.current().window).name()
    assert {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(0, image.height(), 7)} - {page}
