"""The course overview: a card per course (a tab when there are several) with its
progress and what is left to pass, the modules as a clean list of rows (title, who it is
for, minutes, status and a progress bar each), and one clear "Continue" action. It sits
in a centred column, so a wide screen is not one long stretched table."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only where it is used: see widgets/qt_values.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QTabWidget, QVBoxLayout, QWidget

from trainer.course.model import Course, Module
from trainer.store import progress
from trainer.store.standing import course_standing
from trainer.ui.widgets import qt_values, theme
from trainer.ui import errors
from trainer.ui.context import AppContext
from trainer.ui.widgets.scrolling import fill_with_column
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapping_button import WrappingButton
from trainer.ui.learner.module_rows import ModuleList, ModuleRow


class CourseOverview(QWidget):
    module_opened = Signal(str)  # module id

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.greeting = WrappedLabel(plain=True, objectName="title")  # a profile name is never markup
        self.hint = WrappedLabel(objectName="subtitle")
        self.continue_button = WrappingButton("")
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.continue_button.setAccessibleName(self.tr("Continue where you stopped"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Courses"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._continue_module: str | None = None
        self.module_list = None  # the shown course's list of modules, once its tab is filled
        # A centred column: on a wide screen the rows stay readable instead of stretching;
        # at large text sizes the page scrolls as a whole rather than squeezing the list.
        layout = fill_with_column(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.hint)
        layout.addWidget(self.continue_button)
        layout.addSpacing(theme.space("s"))
        layout.addWidget(self.tabs)
        layout.addStretch(1)

    def refresh(self) -> None:
        profile = self.context.profile
        self.greeting.setText(self.tr("Hello, %1").replace("%1", profile.name if profile else ""))
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        courses = self.context.library.courses_in(self.context.lang)
        for course in courses:
            # Each course's list is built when its tab is first shown, not all at once.
            tab = QWidget(objectName="page")
            tab.setProperty("course_id", course.id)
            self.tabs.addTab(tab, course.title)
        self.tabs.blockSignals(False)
        if not courses:
            empty = QLabel(self.tr("No courses are installed in this language."))
            empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(empty, self.tr("No courses"))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)  # one course: no lone tab
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        course = self.current_course()
        if tab is not None and course is not None and tab.layout() is None:
            self._fill_tab(tab, course)
        self._update_continue()

    def _fill_tab(self, tab: QWidget, course: Course) -> None:
        db, profile = self.context.db, self.context.profile
        statuses = progress.all_module_progress(db, profile.id) if profile else {}
        standing = course_standing(db, profile.id, course, self.context.library) if profile else None
        card = QFrame(objectName="card")
        title = WrappedLabel(course.title, plain=True, objectName="heading")
        summary = WrappedLabel(course.summary, plain=True, objectName="muted")
        bar = QProgressBar()
        bar.setRange(0, max(1, len(course.module_ids)))
        bar.setValue(standing.modules_done if standing else 0)
        # The words are the whole text: a plural needs the number, which the bar's %v cannot give.
        bar.setFormat(self.tr("%1 of %n module(s) completed", "", len(course.module_ids)).replace(
            "%1", str(standing.modules_done if standing else 0)))
        bar.setAccessibleName(self.tr("Course progress"))
        state = WrappedLabel(self._standing_text(course, standing), plain=True)
        state.setAccessibleName(self.tr("What is left to pass"))
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(theme.space("l"), theme.space("m"), theme.space("l"), theme.space("m"))
        card_layout.setSpacing(theme.space("s"))
        for widget in (title, summary, bar, state):
            card_layout.addWidget(widget)
        modules = ModuleList()
        modules.setAccessibleName(self.tr("Modules in %1").replace("%1", course.title))
        for number, module_id in enumerate(course.module_ids, 1):
            module = self.context.module(module_id)
            if module is None:
                continue
            status = statuses.get(module_id)
            state_name = status.status if status else "not_started"
            row = ModuleRow(
                module.id,
                f"{number}. {module.title}",
                self.tr("For %1 · about %2 min").replace("%1", ", ".join(self._audience_label(a) for a in module.audience))
                .replace("%2", str(module.minutes)),
                self._status_label(state_name, module),
                self._percent_done(module, state_name, status.part_id if status else ""),
            )
            modules.add_row(row, tooltip=module.summary)
        modules.itemActivated.connect(lambda item: self.module_opened.emit(item.data(qt_values.USER_ROLE)))
        modules.itemClicked.connect(lambda item: self.module_opened.emit(item.data(qt_values.USER_ROLE)))
        hint = WrappedLabel(self.tr("Click a module, or choose it with the arrow keys and press Enter."), objectName="small")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, theme.space("s"), 0, 0)
        layout.setSpacing(theme.space("m"))
        layout.addWidget(card)
        layout.addWidget(modules)
        layout.addWidget(hint)
        # Shown now, not on the event loop's next turn (Qt's own delayed show for widgets
        # added to a shown page), so the keyboard can be handed to the list at once.
        for widget in (card, modules, hint):
            widget.show()
        self.module_list = modules
        modules.fit()

    def _standing_text(self, course: Course, standing) -> str:
        """ "2 of 4 required quizzes passed: Roles ✓, Myths ✓, Warning signs, School" """
        if standing is None or not standing.quizzes:
            return ""
        if standing.passed:
            return "✓ " + self.tr("Course passed. Well done! You can save your certificate under My progress.")
        names = []
        for quiz in standing.quizzes:
            module = self.context.module(quiz.module_id)
            name = module.title if module is not None else quiz.title
            names.append(f"{name} ✓" if quiz.passed else name)
        passed = len(standing.quizzes) - len(standing.remaining)
        # Worded so that any count reads right: "0 of 1 required", never "1 quizzes".
        return (self.tr("Quizzes passed: %1 of %2 required (at least %3 % right): %4")
                .replace("%1", str(passed)).replace("%2", str(len(standing.quizzes)))
                .replace("%3", str(course.pass_rule.min_percent)).replace("%4", ", ".join(names)))

    def _percent_done(self, module: Module, status: str, part_id: str) -> int:
        """How far the learner is: completed is all; otherwise the parts done (a page
        read, a scenario played to an ending, a quiz taken). The module's index of parts
        says which parts there are: the overview unpacks no module's parts."""
        if status == "completed":
            return 100
        parts = module.part_index or tuple((part.kind, part.id) for part in module.parts)
        if status == "not_started" or not parts:
            return 0
        db, profile = self.context.db, self.context.profile
        read = progress.pages_read(db, profile.id, module.id)
        done = 0
        for kind, part in parts:
            if kind == "scenario":
                done += bool(progress.endings_reached(db, profile.id, module.id, part))
            elif kind == "quiz":
                done += progress.best_score(db, profile.id, module.id, part) is not None
            else:
                done += part in read
        return round(100 * done / len(parts))

    def module_titles(self) -> list[str]:
        """The titles in the current course's list, as shown."""
        tab = self.tabs.currentWidget()
        modules = tab.findChild(ModuleList) if tab is not None else None
        if modules is None:
            return []
        return [row.title for row in modules.rows()]

    def _audience_label(self, audience: str) -> str:
        return {"teacher": self.tr("teachers"), "parent": self.tr("parents"), "officer": self.tr("officers")}.get(audience, audience)

    def _status_label(self, status: str, module: Module) -> str:
        label = {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "completed": "✓ " + self.tr("Completed"),
        }.get(status, status)
        best = [progress.best_score(self.context.db, self.context.profile.id, module.id, q.id) for q in module.quiz_index]
        shown = [b for b in best if b is not None]
        if shown:
            label += "\n" + self.tr("Quiz: best %1 %").replace("%1", " / ".join(str(b) for b in shown))
        return label

    def current_course(self) -> Course | None:
        tab = self.tabs.currentWidget()
        course_id = tab.property("course_id") if tab is not None else None
        for course in self.context.library.courses_in(self.context.lang):
            if course.id == course_id:
                return course
        return None

    def _update_continue(self) -> None:
        profile = self.context.profile
        target = progress.last_module(self.context.db, profile.id) if profile else None
        label = self.tr("Continue where you stopped")
        if target is None or self.context.module(target) is None:
            target = None
            course = self.current_course()
            if course is not None and profile is not None:
                statuses = progress.all_module_progress(self.context.db, profile.id)
                for module_id in course.module_ids:
                    if self.context.module(module_id) is None:
                        continue
                    status = statuses.get(module_id)
                    if status is None or status.status != "completed":
                        target = module_id
                        break
            label = self.tr("Start the next module")
        self._continue_module = target
        self._choose_row(target)
        module = self.context.module(target) if target else None
        self.continue_button.setVisible(module is not None)
        if module is not None:
            self.continue_button.setText(f"{label}: {module.title}\u00a0▶")
            # never say "saved" while nothing is (trainer.ui.storage_notice)
            self.hint.setText(self.tr("Take the modules in any order. Your progress is saved as you go.") if errors.saving
                              else self.tr("Take the modules in any order. Your progress is not being saved right "
                                           "now: see the notice at the top."))
        else:
            self.hint.setText(self.tr("You have completed every module in this course."))

    def _choose_row(self, module_id: str | None) -> None:
        """The list's chosen row is the module "Continue" names, so that Enter on the list
        opens the same one (the first row stayed chosen while "Continue" named the third)."""
        if self.module_list is None:
            return
        rows = [row.module_id for row in self.module_list.rows()]
        self.module_list.setCurrentRow(rows.index(module_id) if module_id in rows else 0)

    def focus_start(self) -> None:
        """The keyboard starts on "Continue", or once every module is done on the list of
        modules (it fell to the contact button, where Enter opened the police's card)."""
        if self.continue_button.isVisibleTo(self):
            self.continue_button.setFocus()
        elif self.module_list is not None:
            self.module_list.setFocus()
        else:
            self.tabs.setFocus()

    def _on_continue_clicked(self) -> None:
        if self._continue_module:
            self.module_opened.emit(self._continue_module)
