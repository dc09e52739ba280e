"""Start screen: pick or create a learner profile. Only a display name is asked for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from trainer.store import progress
from trainer.ui.widgets import ask
from trainer.ui.widgets import theme
from trainer.ui.widgets.scrolling import fill_with_scrolling
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.context import AppContext
from trainer.ui.errors import message_for


class ProfilePicker(QWidget):
    profile_chosen = Signal(int)
    profile_deleted = Signal(int)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        card = QFrame(objectName="card")
        card.setMaximumWidth(int(560 * max(1.0, theme.scale() * 0.9)))
        title = WrappedLabel(self.tr("Welcome to Faresignaler"), objectName="title")
        intro = WrappedLabel(self.tr(
            "Learn to recognise how children and young people are recruited into "
            "Violence as a Service, and what you as an adult can do. Everything stays on "
            "this computer."
        ), objectName="subtitle")
        self.profiles = QListWidget()
        self._ids: list[int] = []  # the profile id of each row
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.profiles.itemActivated.connect(self._on_profile_activated)
        self.continue_button = QPushButton(self.tr("&Continue as selected"), objectName="primary")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.name_edit = QLineEdit()
        # The hint stands above the field: a placeholder was cut short in the field, and
        # goes away as soon as one types.
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setMaxLength(progress.NAME_LIMIT)
        self.name_edit.setAccessibleName(self.tr("Name for a new profile"))
        self.name_edit.returnPressed.connect(self._on_create_clicked)
        self.create_button = QPushButton(self.tr("C&reate profile"))
        self.create_button.clicked.connect(self._on_create_clicked)
        self.message = WrappedLabel(plain=True, objectName="muted")  # it may hold a profile name

        self.existing_label = QLabel(self.tr("Choose your profile:"))
        create_row = QHBoxLayout()
        create_row.addWidget(self.name_edit, 1)
        create_row.addWidget(self.create_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 28, 28, 28)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addWidget(self.existing_label)
        inner.addWidget(self.profiles, 1)
        manage = QHBoxLayout()
        manage.addWidget(self.rename_button)
        manage.addWidget(self.delete_button)
        manage.addStretch(1)
        manage.addWidget(self.continue_button)
        inner.addLayout(manage)
        inner.addSpacing(8)
        create_label = WrappedLabel(self.tr("New here? Create a profile with your name as it should appear on the certificate:"))
        create_label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleDescription(create_label.text())  # a screen reader hears the hint too
        inner.addWidget(create_label)
        inner.addLayout(create_row)
        inner.addWidget(self.message)
        inner_page = QWidget(objectName="page")
        outer = QVBoxLayout(inner_page)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)  # as tall as its content, centred: no gaps when there is no list yet
        outer.addStretch(1)
        fill_with_scrolling(self, inner_page)  # at 200% text the card may be taller than the window
        self.refresh()

    def refresh(self) -> None:
        self.profiles.clear()
        self._ids = []
        if self.context.db is None:
            return  # still opening in the background
        found = progress.list_profiles(self.context.db)
        self._ids = [profile.id for profile in found]
        for profile in found:
            self.profiles.addItem(profile.name)
        has_profiles = bool(found)
        for widget in (self.profiles, self.continue_button, self.existing_label, self.rename_button, self.delete_button):
            widget.setVisible(has_profiles)
        if has_profiles:
            self.profiles.setCurrentRow(0)
        self._focus_first()

    def _focus_first(self) -> None:
        (self.profiles if self.profiles.count() else self.name_edit).setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._focus_first()  # focus set while hidden does not stick

    def _on_profile_activated(self, item: QListWidgetItem) -> None:
        self.profile_chosen.emit(self._ids[self.profiles.row(item)])

    def _on_continue_clicked(self) -> None:
        item = self.profiles.currentItem()
        if item is not None:
            self._on_profile_activated(item)

    # Dialogs are behind small methods so that tests can answer them.
    def ask_text(self, title: str, label: str, text: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_confirm(self, title: str, text: str) -> bool:
        return ask.confirm(self, title, text)

    def _selected(self):
        row = self.profiles.currentRow()
        return progress.get_profile(self.context.db, self._ids[row]) if 0 <= row < len(self._ids) else None

    def _on_rename_clicked(self) -> None:
        profile = self._selected()
        if profile is None:
            return
        text = self.ask_text(self.tr("Rename profile"), self.tr("New name:"), profile.name)
        if text is None or not text.strip():
            return
        try:
            name = progress.profile_name(text)
        except progress.ProfileNameError as error:
            self.message.setText(message_for(error))
            return
        if name == profile.name:
            return
        other = progress.find_profile(self.context.db, name)
        if other is not None and other.id != profile.id:
            self.message.setText(self.tr("A profile with that name exists already: choose it in the list."))
            return
        progress.rename_profile(self.context.db, profile.id, name)
        self.refresh()

    def _on_delete_clicked(self) -> None:
        profile = self._selected()
        if profile is None:
            return
        if not self.ask_confirm(
            self.tr("Delete profile"),
            self.tr("Delete the profile %1 and everything recorded for it? This cannot be undone.").replace("%1", profile.name),
        ):
            return
        from trainer.store import erase

        erase.delete_profile(self.context.db, profile.id)
        self.profile_deleted.emit(profile.id)
        self.message.setText(self.tr("The profile %1 is deleted.").replace("%1", profile.name))
        self.refresh()

    def _on_create_clicked(self) -> None:
        if not self.name_edit.text().strip():
            self.message.setText(self.tr("Write a name first."))
            return
        try:
            name = progress.profile_name(self.name_edit.text())
        except progress.ProfileNameError as error:  # e.g. nothing but invisible marks
            self.message.setText(message_for(error))
            return
        if progress.find_profile(self.context.db, name):
            self.message.setText(self.tr("A profile with that name exists already: choose it in the list."))
            return
        profile = progress.create_profile(self.context.db, name)
        self.name_edit.clear()
        self.profile_chosen.emit(profile.id)
