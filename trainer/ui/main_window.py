"""The main window: a contact bar on every screen, the menus, and the stack of screens
(profiles, course overview, module)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from trainer import __version__
from trainer.store import progress
from trainer.ui.contact_dialog import ContactDialog
from trainer.ui.context import AppContext
from trainer.ui.course_overview import CourseOverview
from trainer.ui.module_view import ModuleView
from trainer.ui.loading_screen import LoadingScreen
from trainer.ui.profile_picker import ProfilePicker
from trainer.ui.progress_view import ProgressView
from trainer.ui.presenter.actions import PresenterActions
from trainer.ui.records_actions import RecordsActions


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, settings: QSettings, parent=None, loading: bool = False):
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.setWindowTitle("Faresignaler")
        self.setMinimumSize(960, 600)

        self.profile_picker = ProfilePicker(context)
        self.overview = CourseOverview(context)
        self.module_view = ModuleView(context)
        self.progress_view = ProgressView(context)
        self.records = RecordsActions(self, context, settings)
        self.presenting = PresenterActions(self, context)
        self.stack = QStackedWidget()
        for screen in (self.profile_picker, self.overview, self.module_view, self.progress_view):
            self.stack.addWidget(screen)
        self.progress_view.back_requested.connect(self.show_overview)
        self.progress_view.certificate_requested.connect(self.records.save_certificate)
        self.progress_view.export_requested.connect(self.records.export_results)
        self.profile_picker.profile_deleted.connect(self._on_profile_deleted)
        self.profile_picker.profile_chosen.connect(self.choose_profile)
        self.overview.module_opened.connect(self.open_module)
        self.module_view.back_requested.connect(self.show_overview)
        self.module_view.module_completed.connect(self._on_module_completed)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._contact_bar())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.loading_screen = LoadingScreen()
        self.stack.addWidget(self.loading_screen)
        self.loaded = not loading
        if loading:
            # The course loads in the background; the window is already usable (menus,
            # the contact card) and shows that it is busy.
            self.records.update_enabled()
            self.stack.setCurrentWidget(self.loading_screen)
        else:
            self._resume()

    def set_library(self, library) -> None:
        """The content has loaded in the background: go to where the learner was."""
        self.context.library = library
        self.loaded = True
        self._resume()

    def _resume(self) -> None:
        remembered = self.settings.value("last_profile_id", None)
        profile = progress.get_profile(self.context.db, int(remembered)) if remembered not in (None, "") else None
        if profile is not None:
            self.choose_profile(profile.id, resume=True)
        else:
            self.records.update_enabled()
            self.stack.setCurrentWidget(self.profile_picker)

    # ------------------------------------------------------------ building

    def _contact_bar(self) -> QFrame:
        bar = QFrame(objectName="contactBar")
        label = QLabel(self.tr("Emergency? Call 112.  Not urgent: the police on 02800."))
        self.contact_button = QPushButton(self.tr("Contact the police (F2)"))
        self.contact_button.clicked.connect(self.show_contact)
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 6, 24, 6)
        row.addWidget(label, 1)
        row.addWidget(self.contact_button)
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_action = QAction(self.tr("&Switch profile"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.switch_action.triggered.connect(self.show_profiles)
        file_menu.addAction(self.switch_action)
        self.overview_action = QAction(self.tr("Course &overview"), self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.overview_action.triggered.connect(self.show_overview)
        file_menu.addAction(self.overview_action)
        file_menu.addAction(self.records.progress_action)
        file_menu.addSeparator()
        file_menu.addAction(self.presenting.present_action)
        file_menu.addAction(self.presenting.handout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.records.export_action)
        file_menu.addAction(self.records.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.records.delete_action)
        file_menu.addAction(self.records.erase_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.contact_action = QAction(self.tr("&Contact the police"), self)
        self.contact_action.setShortcut(QKeySequence("F2"))
        self.contact_action.triggered.connect(self.show_contact)
        help_menu.addAction(self.contact_action)
        help_menu.addAction(self.records.privacy_action)
        about_action = QAction(self.tr("&About Faresignaler"), self)
        about_action.triggered.connect(self._on_about)
        help_menu.addAction(about_action)

    # ------------------------------------------------------------ navigation

    def choose_profile(self, profile_id: int, resume: bool = False) -> None:
        profile = progress.get_profile(self.context.db, profile_id)
        if profile is None:
            self.show_profiles()
            return
        self.context.profile = profile
        self.records.update_enabled()
        self.settings.setValue("last_profile_id", profile.id)
        self.settings.setValue("last_screen", self.settings.value("last_screen", "overview") if resume else "overview")
        self.settings.sync()
        last_module = self.settings.value("last_module", "") if resume else ""
        if resume and self.settings.value("last_screen") == "module" and last_module:
            module = self.context.module(last_module)
            if module is not None:
                self.open_module(module.id)
                return
        self.show_overview()

    def leave_profile(self) -> None:
        """Save the open module's time and forget the current learner."""
        if self.stack.currentWidget() is self.module_view:
            self.module_view.save_time()
        self.context.profile = None
        self.settings.setValue("last_profile_id", "")
        self.records.update_enabled()

    def show_profiles(self) -> None:
        self.leave_profile()
        self.profile_picker.refresh()
        self.stack.setCurrentWidget(self.profile_picker)

    def show_progress(self) -> None:
        if self.context.profile is None:
            return
        if self.stack.currentWidget() is self.module_view:
            self.module_view.save_time()
        self.progress_view.refresh()
        self.stack.setCurrentWidget(self.progress_view)
        self.progress_view.course_box.setFocus()

    def _on_profile_deleted(self, profile_id: int) -> None:
        if str(self.settings.value("last_profile_id", "")) == str(profile_id):
            self.settings.setValue("last_profile_id", "")

    def show_overview(self) -> None:
        if self.context.profile is None:
            self.show_profiles()
            return
        if self.stack.currentWidget() is self.module_view:
            self.module_view.save_time()
        self.settings.setValue("last_screen", "overview")
        self.overview.refresh()
        self.stack.setCurrentWidget(self.overview)
        self.overview.continue_button.setFocus()

    def open_module(self, module_id: str) -> None:
        module = self.context.module(module_id)
        if module is None or self.context.profile is None:
            return
        if module.content_warning and not self.confirm_content_warning(module.title, module.content_warning):
            return
        self.settings.setValue("last_screen", "module")
        self.settings.setValue("last_module", module.id)
        self.module_view.open(module)
        self.stack.setCurrentWidget(self.module_view)
        self.module_view.parts.setFocus()

    def confirm_content_warning(self, title: str, warning: str) -> bool:
        """Ask before distressing material; tests replace this."""
        answer = QMessageBox.question(
            self,
            self.tr("Content warning"),
            self.tr("%1\n\nContent warning: %2\n\nDo you want to continue?").replace("%1", title).replace("%2", warning),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_module_completed(self, module_id: str) -> None:
        self.show_overview()

    def show_contact(self) -> None:
        ContactDialog(self.context, self).exec()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Faresignaler"),
            self.tr("Faresignaler %1\n\nOffline training about the recruitment of children and young "
                    "people into violence as a service. Built on material from Sør-Øst police district "
                    "(autumn 2025).").replace("%1", __version__),
        )

    def closeEvent(self, event) -> None:
        if self.stack.currentWidget() is self.module_view:
            self.module_view.save_time()
        self.settings.sync()
        super().closeEvent(event)
