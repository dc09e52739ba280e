"""A wrapping label remembers its height at each width, and never answers with a height its
text, format, margins, font or style no longer have: each answer is checked against a
plain Qt label set up the same way."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QMovie, QPicture, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from trainer.ui.widgets import qt_values
from trainer.ui.widgets.wrapped_label import WrappedLabel

TEXT = "Hva kan politiet dele med skolen når en elev er bekymret? " * 4
WIDTHS = (120, 240, 480)


@pytest.fixture
def labels(qtbot):
    """A wrapping label and a plain Qt label with the same text, to compare answers with."""
    ours, theirs = WrappedLabel(TEXT), QLabel(TEXT)
    theirs.setWordWrap(True)
    for label in (ours, theirs):
        qtbot.addWidget(label)
    return ours, theirs


def heights(label) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def test_its_heights_are_a_wrapping_label_s_and_asked_again_they_are_remembered(labels, monkeypatch):
    ours, theirs = labels
    expected = heights(theirs)
    assert heights(ours) == expected
    assert expected[0] > expected[2]  # it wraps: narrower is taller
    measured = []
    monkeypatch.setattr(QLabel, "heightForWidth", lambda self, width: measured.append(width) or 0)
    assert heights(ours) == expected  # asked again, the same answers...
    assert not measured  # ...and no text was laid out again


@pytest.mark.parametrize("change", [
    lambda label: label.setText("Kort."),
    lambda label: label.clear(),
    lambda label: label.setNum(7),
    lambda label: label.setPixmap(QPixmap(50, 80)),
    lambda label: label.setPicture(QPicture()),
    lambda label: label.setMovie(QMovie()),

    lambda label: label.setWordWrap(False),
    lambda label: label.setIndent(60),
    lambda label: label.setMargin(30),
    lambda label: label.setContentsMargins(40, 10, 40, 10),
    lambda label: label.setFont(QFont(label.font().family(), 30)),
    lambda label: label.setStyleSheet("font-size: 30pt"),
    lambda label: label.setTextFormat(Qt.TextFormat.RichText) or label.setText("<h1>" + TEXT + "</h1>"),
], ids=["text", "cleared", "number", "pixmap", "picture", "movie", "no wrap", "indent", "margin", "contents margins", "font", "style sheet", "rich text"])
def test_after_a_change_it_answers_for_the_label_as_it_is_now(labels, change):
    ours, theirs = labels
    before = heights(ours)
    for label in (ours, theirs):
        change(label)
    assert heights(ours) == heights(theirs)
    assert heights(ours) != before


def test_a_format_set_as_a_property_is_measured_anew(labels):
    """As qt_values.plain_text sets it, without naming PySide's Qt namespace."""
    ours, theirs = labels
    for label in (ours, theirs):
        label.setText("<h1>" + TEXT + "</h1>")
    before = heights(ours)
    assert before == heights(theirs)
    for label in (ours, theirs):
        qt_values.plain_text(label)  # the markup is now shown as it is written, in the body font
    assert heights(ours) == heights(theirs) != before


def test_a_buddy_is_measured_anew(labels, qtbot):
    """With a buddy, an "&" marks the Alt-letter and is not shown; without one it is text."""
    ours, theirs = labels
    for label in (ours, theirs):
        label.setText("&Alt " * 60)
    before = heights(ours)
    assert before == heights(theirs)
    for label in (ours, theirs):
        field = QLineEdit()
        qtbot.addWidget(field)
        label.setBuddy(field)
    assert heights(ours) == heights(theirs) != before


def test_in_a_layout_it_gets_the_height_its_text_needs(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    label = WrappedLabel(TEXT, plain=True, objectName="subtitle")
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addStretch(1)
    page.resize(200, 600)
    page.show()
    qtbot.waitExposed(page)
    assert label.height() >= label.heightForWidth(label.width()) > 3 * label.fontMetrics().lineSpacing()
    label.setText("Kort.")
    qtbot.waitUntil(lambda: label.height() < 2 * label.fontMetrics().lineSpacing() + 2 * label.margin() + 4)
    assert label.textFormat() == Qt.TextFormat.PlainText
