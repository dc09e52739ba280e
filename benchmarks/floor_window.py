"""The floor under the app's start-up: the widgets a returning learner's first screen
shows, built with plain PySide6 and none of the app's own work (no settings, database,
content or translations, and a short style sheet in place of the app's theme).
`benchmarks/run.py` times it beside the bare window and the app.

The bare window never touches Qt's `Qt` namespace, never gets a Python event handler and
shows no text; any real window does all three. PySide creates every enum of a Qt class the
first time the class is used from Python, and the `Qt` namespace alone has 93. On Python
3.11 with PySide6 6.11 the bare window creates 43 Python enum types (1,058 members), this
program 176 (2,831), and the app's first screen for a returning learner 121 (1,896): the
app now keeps clear of the `Qt` namespace on its way there (trainer/ui/widgets/qt_values.py),
which this program does not. It pays for the app's other Qt classes (events reaching
Python, icons, fonts, actions with shortcuts, a painted item list, tabs, a progress bar, a
scroll area, a style sheet), so that the app's own cost is roughly what lies above it."""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QProgressBar, QPushButton,
    QScrollArea, QStackedWidget, QStyledItemDelegate, QTabWidget, QVBoxLayout, QWidget,
)

STYLE = """
QWidget { font-size: 15px; }
QPushButton#primary { background: #0b6e4f; color: white; padding: 8px 16px; border-radius: 6px; }
QFrame#card { border: 1px solid #c8c8c8; border-radius: 8px; background: white; }
QFrame#contactBar { background: #eef3f8; }
QLabel#title { font-size: 28px; font-weight: 600; }
"""

# The app's menus: as many entries, and the same shortcuts.
MENUS = (
    ("&Fil", 13, ("Ctrl+Shift+P", "Ctrl+Home", "Ctrl+M", "F5", "Ctrl+E")),
    ("&Vis", 5, ("Ctrl+,", "Ctrl++", "Ctrl+-", "Ctrl+Shift+H", "Ctrl+Shift+L")),
    ("&Hjelp", 4, ("F2",)),
)


class RowDelegate(QStyledItemDelegate):
    """Two lines of text per row, painted, as the app's module list."""

    def paint(self, painter, option, index):
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawText(option.rect.adjusted(12, 8, -12, -8), Qt.TextFlag.TextWordWrap, index.data())
        painter.restore()


class Window(QMainWindow):
    def event(self, event):  # events reach Python, as in the app's window
        return super().event(event)


def build() -> QMainWindow:
    window = Window()
    window.setWindowTitle("Faresignaler")
    for title, entries, shortcuts in MENUS:
        menu = window.menuBar().addMenu(title)
        for number in range(entries):
            action = QAction(f"{title.strip('&')} {number}", window)
            if number < len(shortcuts):
                action.setShortcut(QKeySequence(shortcuts[number]))
            menu.addAction(action)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    contact = QFrame(objectName="contactBar")
    contact_row = QHBoxLayout(contact)
    for text in ("Akutt fare: ring 112", "Politiet: 02800", "Barnevernvakten"):
        contact_row.addWidget(QLabel(text))
    layout.addWidget(contact)
    stack = QStackedWidget()
    layout.addWidget(stack, 1)

    page = QWidget()
    column = QVBoxLayout(page)
    greeting = QLabel("Hei, Kari", objectName="title")
    greeting.setTextFormat(Qt.TextFormat.PlainText)
    hint = QLabel("Fortsett der du slapp, eller velg en modul.")
    hint.setWordWrap(True)
    button = QPushButton("Fortsett: 1. Hva er vold som tjeneste?", objectName="primary")
    for widget in (greeting, hint, button):
        column.addWidget(widget)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    tab = QWidget()
    tab_layout = QVBoxLayout(tab)
    card = QFrame(objectName="card")
    card_layout = QVBoxLayout(card)
    for text in ("Faresignaler for lærere", "Hvordan barn og unge rekrutteres til vold som tjeneste, og hva du gjør."):
        label = QLabel(text)
        label.setWordWrap(True)
        card_layout.addWidget(label)
    bar = QProgressBar()
    bar.setRange(0, 10)
    bar.setFormat("0 av 10 moduler fullført")
    card_layout.addWidget(bar)
    tab_layout.addWidget(card)
    rows = QListWidget()
    rows.setItemDelegate(RowDelegate(rows))
    for number in range(1, 11):
        item = QListWidgetItem(f"{number}. Modul {number}\nFor lærere · omtrent 10 min", rows)
        item.setData(Qt.ItemDataRole.UserRole, f"modul-{number}")
    rows.setCurrentRow(0)
    tab_layout.addWidget(rows)
    tabs.addTab(tab, "Faresignaler for lærere")
    tabs.tabBar().setVisible(False)
    column.addWidget(tabs)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    stack.addWidget(scroll)
    window.setCentralWidget(central)
    button.setFocus()
    return window


def main() -> None:
    app = QApplication(sys.argv)
    app.setWindowIcon(QIcon())
    app.setStyleSheet(STYLE)
    window = build()
    window.showMaximized()
    QTimer.singleShot(0, app.quit)  # idle: the first screen is shown and painted
    app.exec()


if __name__ == "__main__":
    main()
