"""The Qt settings the profile picker makes by number (trainer/ui/widgets/qt_values.py) are
the ones their names say."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from trainer.ui.widgets import qt_values


def test_the_numbers_are_qt_s_own():
    assert qt_values.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert qt_values.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert qt_values.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert qt_values.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert qt_values.ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    assert qt_values.ALWAYS_ON == Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value


def test_each_setting_takes_hold(qtbot):
    label = QLabel("<b>Kari</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.AutoText
    qt_values.plain_text(label)
    assert label.textFormat() == Qt.TextFormat.PlainText

    scroll = QScrollArea()
    qtbot.addWidget(scroll)
    assert scroll.focusPolicy() != Qt.FocusPolicy.NoFocus
    qt_values.no_focus(scroll)
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qt_values.no_scroll_bar(scroll)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    qt_values.no_scroll_bar(scroll, up_and_down=True)
    assert scroll.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qt_values.scroll_bar_shown(scroll, True)
    assert scroll.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    qt_values.scroll_bar_shown(scroll, False)
    assert scroll.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
