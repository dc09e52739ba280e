"""A quiz option's row: its words never run into its circle or box, whichever side the
module's language puts it on."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QVBoxLayout, QWidget

from trainer.ui.widgets.choice_row import ChoiceCheck, ChoiceRadio


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
@pytest.mark.parametrize("row_type, element", [(ChoiceCheck, QStyle.SubElement.SE_CheckBoxIndicator),
                                               (ChoiceRadio, QStyle.SubElement.SE_RadioButtonIndicator)])
def test_the_words_keep_clear_of_the_indicator(qtbot, qapp, direction, row_type, element):
    from trainer.ui.widgets.appearance import apply_appearance

    apply_appearance(qapp, "light", 100)  # the app's style sheet: rows with padding, as learners see them
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(row := row_type("1.  Sørge for at utføreren får betalt det som ble lovet"))
    page.setLayoutDirection(direction)  # as a right-to-left module's view does after the rows exist
    page.resize(520, 120)
    page.show()
    qtbot.waitExposed(page)
    option = QStyleOptionButton()
    row.initStyleOption(option)
    indicator = row.style().subElementRect(element, option, row)
    assert indicator.isValid() and not indicator.intersects(row.label.geometry())


def test_a_click_on_a_wrapping_button_s_words_presses_it(qtbot):
    """A scenario's choice (and the overview's "Continue") is a button with a label for its
    wrapped words: a press on the words reaches the button, as Qt finds the widget under the
    pointer (the label leaves mouse events to its parent)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from trainer.ui.widgets.wrapping_button import WrappingButton

    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(button := WrappingButton("Si at du ikke er sint, og spør hvem Kris er og hvordan de møttes"))
    page.resize(300, 160)
    page.show()
    qtbot.waitExposed(page)
    words = button.label.mapTo(page, button.label.rect().center())
    assert page.childAt(words) is button.label  # the words are on top
    with qtbot.waitSignal(button.clicked, timeout=1000):
        QTest.mouseClick(page.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(words.x(), words.y()))
