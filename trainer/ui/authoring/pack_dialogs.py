"""Dialogs for authors and content packs: the authoring guide, and the list of installed
packs with their versions, where one can be removed or another imported."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from trainer.course.document import render_document
from trainer.ui.widgets.screen_fit import resize_within
from trainer.ui.widgets import theme
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapping_header import WrappingHeader


class GuideDialog(QDialog):
    """The authoring guide (docs/authoring.md), with a find field."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Authoring guide"))
        self.view = ContentView()
        self.view.setAccessibleName(self.tr("Authoring guide"))
        try:
            text = Path(path).read_text("utf-8")
        except OSError:
            text = self.tr("The authoring guide is missing from this installation (%1).").replace("%1", str(path))
        self.view.document().setDefaultStyleSheet(theme.content_css() + " pre { margin-left: 12px; white-space: pre-wrap; }")
        self.view.setHtml(render_document(text))
        self.view._fit_column()
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in the guide"))
        self.find_field.setAccessibleName(self.tr("Find in the guide"))
        self.find_field.returnPressed.connect(self.find_next)
        find_button = QPushButton(self.tr("&Find next"))
        find_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.find_field.setFocus)
        self.not_found = QLabel(objectName="muted")
        row = QHBoxLayout()
        row.addWidget(self.find_field, 1)
        row.addWidget(find_button)
        row.addWidget(self.not_found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        resize_within(self, 980, 720)

    def find_next(self) -> bool:
        text = self.find_field.text().strip()
        if not text:
            return False
        found = self.view.find(text)
        if not found:  # wrap around to the top once
            cursor = self.view.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
            found = self.view.find(text)
        self.not_found.setText("" if found else self.tr("Not found"))
        return found


class PacksDialog(QDialog):
    """Installed content packs with their versions; remove one, or import another."""

    def __init__(self, actions, parent=None):
        super().__init__(parent)
        self.actions = actions
        actions.content_reloaded.connect(self.refresh)  # an import or removal is on screen
        self.setWindowTitle(self.tr("Content packs"))
        intro = WrappedLabel(self.tr("Content packs add modules, courses and programmes, for example from your police "
                                     "district. They are installed in your data folder, never in the app itself."))
        self.tree = QTreeWidget()
        self.tree.setHeader(WrappingHeader(self.tree))  # at 200 % the headings wrap, not run off
        self.tree.setHeaderLabels([self.tr("Pack"), self.tr("Version"), self.tr("Language"), self.tr("From"),
                                   self.tr("Contact card")])
        # The pack's title and where it came from share what is left; the short columns
        # are as wide as their contents.
        for column in (0, 3):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Installed content packs"))
        self.tree.currentItemChanged.connect(lambda *_args: self._show_details())
        self.details = ContentView()
        self.details.setAccessibleName(self.tr("About the pack"))
        self.empty = WrappedLabel(self.tr("No content packs are installed. Use “Import…” to add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([220, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        resize_within(self, 760, 560)
        self.refresh()

    def card_languages(self, pack) -> list[str]:
        """The languages in which the contact card the app shows comes from this pack."""
        library = self.actions.context.library
        found = []
        for lang in sorted({card.lang for card in library.contacts}):
            card = library.contact(lang)
            if card is not None and Path(card.path).resolve().is_relative_to(Path(pack.folder).resolve()):
                found.append(lang)
        return found

    def refresh(self) -> None:
        self.tree.clear()
        for pack in self.actions.installed():
            manifest = pack.manifest
            item = QTreeWidgetItem([
                pack.title,
                pack.version or "–",
                manifest.lang if manifest else "–",
                manifest.organisation if manifest and manifest.organisation else "–",
                ", ".join(self.card_languages(pack)) or "–",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, pack.name)
            self.tree.addTopLevelItem(item)
        has_packs = self.tree.topLevelItemCount() > 0
        self.empty.setVisible(not has_packs)
        self.remove_button.setEnabled(has_packs)
        if has_packs:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_details()

    def selected_name(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""

    def _show_details(self) -> None:
        name = self.selected_name()
        pack = next((p for p in self.actions.installed() if p.name == name), None)
        if pack is None:
            self.details.setHtml("")
            return
        manifest = pack.manifest
        lines = []
        if manifest is not None:
            for label, value in ((self.tr("Id"), manifest.id), (self.tr("Version"), manifest.version),
                                 (self.tr("Authors"), ", ".join(manifest.authors)),
                                 (self.tr("Organisation"), manifest.organisation),
                                 (self.tr("Licence"), manifest.licence)):
                if value:
                    lines.append(f"**{escape(label)}:** {escape(value)}  ")
            lines += ["", manifest.description]
        else:
            lines.append(escape(self.tr("This folder has no pack.md, so little is known about it.")))
        card_langs = self.card_languages(pack)
        if card_langs:
            lines += ["", f"**{escape(self.tr('Contact card'))}:** " + escape(self.tr(
                "this pack provides the contact card the app shows (%1).").replace("%1", ", ".join(card_langs)))]
        folder_label = self.tr("Folder")
        lines += ["", f"*{escape(folder_label)}: {escape(str(pack.folder))}*"]
        self.details.show_markdown("\n".join(lines), pack.folder, [pack.folder], None, heading=pack.title)

    def _on_import_clicked(self) -> None:
        self.actions.import_pack()  # the list is refreshed when the new content is shown

    def _on_remove_clicked(self) -> None:
        name = self.selected_name()
        if name and self.actions.remove_pack(name):
            self.refresh()
