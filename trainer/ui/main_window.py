"""The main window: a contact bar on every screen, the menus, and the stack of screens
(profiles, course overview, module)."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only where it is used: see widgets/qt_values.py
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from trainer import __version__
from trainer import i18n
from trainer.store import progress
from trainer.ui.authoring.authoring_actions import AuthoringActions
from trainer.ui.context import AppContext
from trainer.ui.loading_screen import LoadingScreen
from trainer.ui.preferences import Preferences
from trainer.ui.presenter.actions import PresenterActions
from trainer.ui.records.records_actions import RecordsActions
from trainer.ui.storage_notice import StorageNotice
from trainer.ui.widgets import ask
from trainer.ui.widgets.appearance import apply_appearance, install_translators
from trainer.ui.widgets.keys import EnterPressesButtons
from trainer.ui.widgets.screen_fit import show_fitted
from trainer.ui.widgets.shortcuts import set_keys
from trainer.ui.widgets.contact_bar import ContactBar

# Screens and dialogs are imported and built when first shown: the window must appear
# fast, and a learner may never open most of them in a session.


RIGHT_TO_LEFT_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "ckb", "yi"}


def is_right_to_left(lang: str) -> bool:
    return lang.split("-")[0].lower() in RIGHT_TO_LEFT_LANGUAGES


class MainWindow(QMainWindow):
    ready = Signal()  # the content has loaded and the first screen is shown

    def __init__(self, context: AppContext, preferences: Preferences, parent=None, loading: bool = False):
        super().__init__(parent)
        self.context = context
        self.preferences = preferences
        self.setWindowTitle("Faresignaler")
        # Small enough for a 1280x720 screen at 150 % (QT_SCALE_FACTOR): 853x480 logical,
        # less a title bar.
        self.setMinimumSize(720, 440)

        self.loaded = not loading
        self._enter_presses = EnterPressesButtons(self)
        self.content_check = None  # see trainer.ui.app: the cache checked after start-up
        self.backup = None  # see trainer.ui.app: the start-up backup, taken after the first screen
        self.loader = None  # see trainer.ui.app: the content and database, loading in the background
        self._build_ui()
        if loading:
            # The course loads in the background; the window is already usable (menus,
            # the contact card). It says it is busy if it is shown before the course is
            # there (showEvent): usually the course comes first, and the loading screen
            # is never built (8-10 ms of a start-up).
            self.records.update_enabled()
        else:
            self._resume()

    def _build_ui(self) -> None:
        """The contact bar, the menus and the screen stack, in the current language and
        theme. The screens themselves are built when first shown."""
        context = self.context
        self._profile_picker = self._overview = self._module_view = self._progress_view = None
        self._warning_screen = None
        self.records = RecordsActions(self, context, self.preferences)
        self.presenting = PresenterActions(self, context)
        self.authoring = AuthoringActions(self, context)  # preview, content packs, guide
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._contact_bar())
        previous = getattr(self, "storage_notice", None)
        self.storage_notice = StorageNotice()  # shown while answers are not being saved
        layout.addWidget(self.storage_notice)
        if previous is not None and previous.text():
            self.storage_notice.say(previous.text())  # lasting: it outlives a rebuild
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menuBar().clear()
        self._build_menus()
        self.stack.currentChanged.connect(self._on_screen_changed)
        self._loading_screen = None

    # ------------------------------------------------------------ screens, built on first use
    # Each screen's module is imported when the screen is first shown: importing them all
    # took about 180 ms (module view), 70 ms (progress) and 20-60 ms (profile picker) of
    # every start (measured after the window's own imports, 3 runs each).

    @property
    def loading_screen(self) -> LoadingScreen:
        if self._loading_screen is None:
            self._loading_screen = LoadingScreen()
            self.stack.addWidget(self._loading_screen)
        return self._loading_screen

    def showEvent(self, event) -> None:
        # Not when the loading has ended and its outcome is about to be handed over (app.py):
        # the first screen, or a question that first shows this, comes at once.
        if self.loader is None or not self.loader.finished:
            self.show_loading_screen()
        super().showEvent(event)

    def show_loading_screen(self) -> None:
        """The loading screen, while the content is not there and no other screen is: the
        window shown before it, or behind a question asked before the first screen."""
        if not self.loaded and self.stack.currentWidget() is None:
            self.stack.setCurrentWidget(self.loading_screen)

    @property
    def profile_picker(self):
        if self._profile_picker is None:
            from trainer.ui.learner.profile_picker import ProfilePicker

            self._profile_picker = ProfilePicker(self.context)
            self._profile_picker.profile_deleted.connect(self._on_profile_deleted)
            self._profile_picker.profile_chosen.connect(self.choose_profile)
            self.stack.addWidget(self._profile_picker)
        return self._profile_picker

    @property
    def overview(self):
        if self._overview is None:
            from trainer.ui.learner.course_overview import CourseOverview

            self._overview = CourseOverview(self.context)
            self._overview.module_opened.connect(self.open_module)
            self.stack.addWidget(self._overview)
        return self._overview

    @property
    def module_view(self):
        if self._module_view is None:
            from trainer.ui.learner.module_view import ModuleView

            self._module_view = ModuleView(self.context)
            self._module_view.back_requested.connect(self.show_overview)
            self._module_view.module_completed.connect(self._on_module_completed)
            self._module_view.next_module_requested.connect(self.open_next_module)
            self._module_view.parts_list_shown.connect(self.parts_list_action.setChecked)
            self._module_view.set_parts_mode(self.preferences.get("parts_list"))
            self.stack.addWidget(self._module_view)
        return self._module_view

    @property
    def warning_screen(self):
        if self._warning_screen is None:
            from trainer.ui.learner.content_warning import ContentWarningScreen

            self._warning_screen = ContentWarningScreen()
            self._warning_screen.accepted.connect(lambda module_id: self.open_module(module_id, ask_warning=False))
            self._warning_screen.skipped.connect(self.show_overview)
            self.stack.addWidget(self._warning_screen)
        return self._warning_screen

    @property
    def progress_view(self):
        if self._progress_view is None:
            from trainer.ui.learner.progress_view import ProgressView

            self._progress_view = ProgressView(self.context)
            self._progress_view.back_requested.connect(self.show_overview)
            self._progress_view.certificate_requested.connect(self.records.save_certificate)
            self._progress_view.export_requested.connect(self.records.export_results)
            self.stack.addWidget(self._progress_view)
        return self._progress_view

    def _in_module(self) -> bool:
        return self._module_view is not None and self.stack.currentWidget() is self._module_view

    def save_module_time(self) -> None:
        """Count the time spent in the open module, if one is open."""
        if self._in_module():
            self._module_view.save_time()

    def rebuild(self) -> None:
        """After a change of language, text size or theme: build every screen again and
        return to the same place. (Qt translates at construction, so this is simplest.)"""
        screen = self.stack.currentWidget()
        where = {self._overview: "overview", self._module_view: "module", self._progress_view: "progress",
                 self._warning_screen: "warning"}.get(screen)
        module = self._module_view.module if where == "module" else None
        warned = self._warning_screen.module_id if where == "warning" else None
        # A quiz answer chosen but not yet given survives the change of look or language.
        pending = self._module_view.quiz_player.pending_answer() if where == "module" else None
        self.save_module_time()
        for old in (self.records, self.presenting, self.authoring):
            old.deleteLater()
        self.centralWidget().deleteLater()
        self._build_ui()
        self.records.update_enabled()
        if not self.loaded:
            self.stack.setCurrentWidget(self.loading_screen)
        elif self.context.profile is None:
            self.profile_picker.refresh()
            self.stack.setCurrentWidget(self.profile_picker)
        elif where == "module" and module is not None:
            self.open_module(module.id, ask_warning=False)
            if pending is not None:
                self.module_view.quiz_player.restore_pending(pending)
        elif where == "warning" and warned:
            self.open_module(warned)
        elif where == "progress":
            self.show_progress()
        else:
            self.show_overview()

    def set_library(self, library) -> None:
        """The content has loaded in the background: go to where the learner was."""
        self.context.library = library
        first = not self.loaded
        self.loaded = True
        self._resume()
        if first:
            self.ready.emit()

    def replace_library(self, library) -> None:
        """Newer content arrived (a file changed since the cache was made): show it on the
        screen the learner is on."""
        self.context.library = library
        screen = self.stack.currentWidget()
        if screen is self._overview:
            self.show_overview()
        elif screen is self._progress_view:
            self.show_progress()
        elif screen is self._module_view:
            current = self._module_view.module
            self.save_module_time()
            if current is not None and library.module(current.id, current.lang) is not None:
                self.open_module(current.id, ask_warning=False)
            else:
                self.show_overview()

    def _resume(self) -> None:
        remembered = self.preferences.get("last_profile_id")
        profile = progress.get_profile(self.context.db, remembered) if remembered else None
        if profile is not None:
            self.choose_profile(profile.id, resume=True)
        else:
            self.records.update_enabled()
            self.stack.setCurrentWidget(self.profile_picker)

    # ------------------------------------------------------------ building

    def _contact_bar(self) -> ContactBar:
        bar = ContactBar(self.tr("Emergency? Call 112.  Not urgent: the police on 02800."),
                         self.tr("Emergency: 112 · Police: 02800"),
                         self.tr("Contact the police (F2)"), self.tr("Police (F2)"))
        self.contact_button = bar.button
        self.contact_button.clicked.connect(self.show_contact)
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.switch_action = QAction(self.tr("&Switch profile"), self)
        set_keys(self.switch_action, "Ctrl+Shift+P")
        self.switch_action.triggered.connect(self.show_profiles)
        file_menu.addAction(self.switch_action)
        self.overview_action = QAction(self.tr("Course &overview"), self)
        set_keys(self.overview_action, "Ctrl+Home")
        self.overview_action.triggered.connect(self.show_overview)
        file_menu.addAction(self.overview_action)
        file_menu.addAction(self.records.progress_action)
        file_menu.addSeparator()
        file_menu.addAction(self.presenting.present_action)
        file_menu.addAction(self.presenting.handout_action)
        file_menu.addSeparator()
        for action in (self.authoring.preview_action, self.authoring.import_action, self.authoring.packs_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.records.export_action)
        file_menu.addAction(self.records.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.records.delete_action)
        file_menu.addAction(self.records.erase_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        set_keys(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        set_keys(self.settings_action, "Ctrl+,")
        self.settings_action.triggered.connect(self.show_settings)
        view_menu.addAction(self.settings_action)
        self.larger_action = QAction(self.tr("&Larger text"), self)
        set_keys(self.larger_action, "Ctrl++", "Ctrl+=")
        self.larger_action.triggered.connect(lambda: self.change_text_size(+25))
        view_menu.addAction(self.larger_action)
        self.smaller_action = QAction(self.tr("S&maller text"), self)
        set_keys(self.smaller_action, "Ctrl+-")
        self.smaller_action.triggered.connect(lambda: self.change_text_size(-25))
        view_menu.addAction(self.smaller_action)
        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.preferences.get("theme") == "contrast")
        set_keys(self.contrast_action, "Ctrl+Shift+H")
        self.contrast_action.triggered.connect(
            lambda on: self.apply_preferences({"theme": "contrast" if on else "light"}))
        view_menu.addAction(self.contrast_action)
        view_menu.addSeparator()
        self.parts_list_action = QAction(self.tr("Module &parts"), self)
        self.parts_list_action.setCheckable(True)
        # For the open module only: its view says whether the list shows, which "auto"
        # decides by the width (trainer.ui.learner.module_view).
        self.parts_list_action.setEnabled(False)
        set_keys(self.parts_list_action, "Ctrl+Shift+L")
        self.parts_list_action.triggered.connect(self.show_parts_list)
        view_menu.addAction(self.parts_list_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.contact_action = QAction(self.tr("&Contact the police"), self)
        set_keys(self.contact_action, "F2")
        self.contact_action.triggered.connect(self.show_contact)
        help_menu.addAction(self.contact_action)
        help_menu.addAction(self.records.privacy_action)
        help_menu.addAction(self.authoring.guide_action)
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
        preferences = self.preferences
        preferences.set("last_profile_id", profile.id)
        if not resume:
            preferences.set("last_screen", "overview")
        preferences.save()
        last_module = preferences.get("last_module") if resume else ""
        if resume and preferences.get("last_screen") == "module" and last_module:
            module = self.context.module(last_module)
            if module is not None:
                self.open_module(module.id)
                return
        self.show_overview()

    def leave_profile(self) -> None:
        """Save the open module's time and forget the current learner."""
        self.save_module_time()
        self.context.profile = None
        self.preferences.set("last_profile_id", 0)
        self.records.update_enabled()

    def show_profiles(self) -> None:
        self.leave_profile()
        self.profile_picker.refresh()
        self.stack.setCurrentWidget(self.profile_picker)

    def show_progress(self) -> None:
        if self.context.profile is None:
            return
        self.save_module_time()
        self.progress_view.refresh()
        self.stack.setCurrentWidget(self.progress_view)
        self.progress_view.course_box.setFocus()

    def _on_profile_deleted(self, profile_id: int) -> None:
        if self.preferences.get("last_profile_id") == profile_id:
            self.preferences.set("last_profile_id", 0)

    def show_overview(self) -> None:
        if self.context.profile is None:
            self.show_profiles()
            return
        self.save_module_time()
        self.preferences.set("last_screen", "overview")
        self.overview.refresh()
        self.stack.setCurrentWidget(self.overview)
        self.overview.focus_start()

    def open_module(self, module_id: str, ask_warning: bool = True) -> None:
        if self.context.profile is None:
            return
        module = self.context.library.module(module_id, self.context.lang)
        if module is None:
            # Not in the chosen language: say so, and offer the language it exists in.
            others = [m for m in self.context.library.modules if m.id == module_id]
            if not others or not self.confirm_other_language(others[0]):
                return
            module = others[0]
        self.preferences.set("last_screen", "module")
        self.preferences.set("last_module", module.id)
        if ask_warning and module.content_warning:
            # A screen in the window, never a dialog: it may come at start-up, before
            # anything else is on screen.
            self.warning_screen.show_warning(module.id, module.title, module.content_warning)
            self.stack.setCurrentWidget(self.warning_screen)
            self.warning_screen.continue_button.setFocus()
            return
        directions = QtCore.Qt.LayoutDirection
        direction = directions.RightToLeft if is_right_to_left(module.lang) else directions.LeftToRight
        self.module_view.setLayoutDirection(direction)
        self.module_view.open(module)
        self.stack.setCurrentWidget(self.module_view)
        self.module_view.focus_start()

    # ------------------------------------------------------------ preferences

    def show_settings(self) -> None:
        from trainer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.preferences, i18n.language(), self)
        if dialog.exec():
            self.apply_preferences(dialog.chosen())

    def _on_screen_changed(self, _index: int) -> None:
        in_module = self._module_view is not None and self.stack.currentWidget() is self._module_view
        self.parts_list_action.setEnabled(in_module)
        if in_module:
            self.parts_list_action.setChecked(not self._module_view.parts.isHidden())

    def show_parts_list(self, show: bool) -> None:
        """View > Module parts: the learner's choice, kept. Choosing what the width would
        choose anyway goes back to "auto", so that the list steps aside again at a larger
        text size or on a smaller screen."""
        view = self.module_view
        mode = "auto" if show == view.parts_list_fits() else ("shown" if show else "hidden")
        self.preferences.set("parts_list", mode)
        self.preferences.save()
        view.set_parts_mode(mode)
        self.parts_list_action.setChecked(not view.parts.isHidden())

    def change_text_size(self, step: int) -> None:
        self.apply_preferences({"text_size": self.preferences.get("text_size") + step})

    def apply_preferences(self, changes: dict) -> None:
        """Save the changes and show them at once: language, course language, size, theme."""
        for key, value in changes.items():
            self.preferences.set(key, value)
        self.preferences.save()
        app = QApplication.instance()
        # The language of this run (--lang, the saved one or the system's, see trainer.ui.app)
        # stays unless one is chosen here: a larger text size turned an English run bokmål.
        lang = self.preferences.get("lang") if "lang" in changes else i18n.language()
        i18n.set_language(lang)  # the core's messages follow the window's
        install_translators(app, lang)
        apply_appearance(app, self.preferences.get("theme"), self.preferences.get("text_size"))
        self.context.lang = self.preferences.get("content_lang") or lang
        self.rebuild()

    def confirm_other_language(self, module) -> bool:
        """Ask before showing a module in another language than the chosen one; tests replace this."""
        name = i18n.language_name(module.lang)
        return ask.confirm(
            self,
            self.tr("Not in this language"),
            self.tr("The module %1 is not available in the chosen language. Open it in %2?")
            .replace("%1", module.title).replace("%2", name),
        )

    def _on_module_completed(self, module_id: str) -> None:
        self.show_overview()

    def open_next_module(self, module_id: str) -> None:
        """After a quiz's "Next module": the course's next module not yet completed (or
        the overview when none is left)."""
        statuses = progress.all_module_progress(self.context.db, self.context.profile.id)
        for course in self.context.library.courses_in(self.context.lang):
            if module_id not in course.module_ids:
                continue
            after = course.module_ids[course.module_ids.index(module_id) + 1:]
            for candidate in after:
                state = statuses.get(candidate)
                if self.context.module(candidate) is not None and (state is None or state.status != "completed"):
                    self.open_module(candidate)
                    return
        self.show_overview()

    def show_contact(self) -> None:
        from trainer.ui.learner.contact_dialog import ContactDialog

        ContactDialog(self.context, self).exec()

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Faresignaler"),
            self.tr("Faresignaler %1\n\nOffline training about the recruitment of children and young "
                    "people into Violence as a Service. Built on material from Sør-Øst police district "
                    "(autumn 2025).").replace("%1", __version__),
        )

    def fit_to_screen(self) -> None:
        """Show the window on its screen's work area (see widgets.screen_fit)."""
        show_fitted(self)

    def closeEvent(self, event) -> None:
        self.save_module_time()
        self.preferences.save()
        super().closeEvent(event)
