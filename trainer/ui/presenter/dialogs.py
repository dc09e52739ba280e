"""Small dialogs for presenter mode: typing the hall's hand count, and choosing a
programme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox,
    QVBoxLayout,
)

from trainer.course.slides import Slide
from trainer.i18n import language_name
from trainer.ui.presenter.labels import InShowLanguage
from trainer.ui.widgets.wrapped_label import WrappedLabel


class VotesDialog(InShowLanguage, QDialog):
    """One number per choice. Nothing about the hall is stored unless the box is ticked,
    and then only the counts with the programme and the date. In the programme's
    language (`lang`): it may open on the projector, beside the slides."""

    def __init__(self, slide: Slide, counts: tuple[int, ...], save: bool, parent=None, lang: str = "nb"):
        super().__init__(parent)
        self.show_lang = lang
        self.setWindowTitle(self.tr("Hand count"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.spins: list[QSpinBox] = []
        for index, choice in enumerate(slide.choices):
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(counts[index] if index < len(counts) else 0)
            spin.setAccessibleName(self.tr("Votes for choice %1").replace("%1", str(index + 1)))
            spin.installEventFilter(self)
            # The whole choice, wrapped: a cut choice cannot be voted on with confidence.
            # "&&": a label with a buddy reads "&" as an Alt-letter, and a choice is content.
            label = WrappedLabel(f"{index + 1}. {choice.text}".replace("&", "&&"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(420)
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins.append(spin)
        self.save_box = QCheckBox(self.tr("Save the counts (anonymous: only the programme, the date and the numbers)"))
        # The box itself drawn in the theme's text colour: on a dark theme the default
        # indicator was black on black.
        self.save_box.setStyleSheet(
            "QCheckBox { spacing: 10px; }"
            "QCheckBox::indicator { width: 18px; height: 18px; border: 2px solid palette(window-text);"
            " background: palette(base); }"
            "QCheckBox::indicator:checked { background: palette(highlight); }"
        )
        self.save_box.setChecked(save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        # Named here: Qt's own words for them follow the app's language, not the show's.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How many hands for each choice?")))
        layout.addLayout(form)
        layout.addWidget(self.save_box)
        layout.addWidget(buttons)
        if self.spins:
            self.spins[0].setFocus()
            self.spins[0].selectAll()

    def counts(self) -> list[int]:
        return [spin.value() for spin in self.spins]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A clicker's PageDown/PageUp stepped the focused count by 10, unseen, and Enter
        # then saved the wrong number: in a count they do nothing.
        if watched in self.spins and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            event.accept()
            return True
        return super().eventFilter(watched, event)


class ProgrammeChooser(QDialog):
    """The programmes of the installed content, in every language."""

    def __init__(self, programmes: list, lang: str, parent=None, title: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose a programme"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        ordered = sorted(programmes, key=lambda p: (p.lang != lang, p.lang, -p.minutes, p.title))
        for programme in ordered:
            text = self.tr("%1  (%2, %3 minutes)").replace("%1", programme.title).replace(
                "%2", language_name(programme.lang)).replace("%3", str(programme.minutes))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, programme)
            if programme.summary:
                item.setToolTip(programme.summary)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which programme do you want to use?")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def choose_programme(programmes: list, lang: str, parent=None, title: str = "", smoke: bool = False):
    """Show the chooser; the chosen programme, or None. With `smoke` (a health check)
    the chooser opens and takes the first programme at once, so nothing waits for a
    person."""
    if not programmes:
        return None
    dialog = ProgrammeChooser(programmes, lang, parent, title)
    if smoke:
        QTimer.singleShot(0, dialog.accept)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
