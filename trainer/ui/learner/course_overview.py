"""Courses and their modules with status and progress, and one clear "continue" action."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget, QHeaderView,
)

from trainer.course.model import Course
from trainer.store import progress
from trainer.store.records import course_standing
from trainer.ui.widgets import theme
from trainer.ui.context import AppContext
from trainer.ui.widgets.scrolling import fill_with_scrolling
from trainer.ui.widgets.wrapping_button import WrappingButton


def fit_rows(tree: QTreeWidget, column: int = 0) -> None:
    """Give each row the height its wrapped text in `column` needs at the column's width."""
    width = tree.columnWidth(column) - 12
    if width <= 0:
        return
    metrics = QFontMetrics(tree.font())
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text(column))
        item.setSizeHint(column, QSize(width, rect.height() + 14))


class CourseOverview(QWidget):
    module_opened = Signal(str)  # module id

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.greeting = QLabel(objectName="title")
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)  # a profile name is never markup
        self.hint = QLabel(objectName="subtitle")
        self.hint.setWordWrap(True)
        self.continue_button = WrappingButton("")
        self.continue_button.setObjectName("primary")
        self.continue_button.setMaximumWidth(620)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.continue_button.setAccessibleName(self.tr("Continue where you stopped"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Courses"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._continue_module: str | None = None
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.greeting)
        titles.addWidget(self.hint)
        header.addLayout(titles, 1)
        header.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignBottom)
        # At large text sizes the page scrolls as a whole rather than squeezing the list.
        inner = QWidget(objectName="page")
        column = QVBoxLayout(inner)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        column.addLayout(header)
        column.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(int(340 * theme.scale()))
        fill_with_scrolling(self, inner)

    def refresh(self) -> None:
        profile = self.context.profile
        self.greeting.setText(self.tr("Hello, %1").replace("%1", profile.name if profile else ""))
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        courses = self.context.library.courses_in(self.context.lang)
        for course in courses:
            # Each course's table is built when its tab is first shown, not all at once.
            tab = QWidget()
            tab.setProperty("course_id", course.id)
            self.tabs.addTab(tab, course.title)
        self.tabs.blockSignals(False)
        if not courses:
            empty = QLabel(self.tr("No courses are installed in this language."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(empty, self.tr("No courses"))
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
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
        summary = QLabel(course.summary)
        summary.setWordWrap(True)
        summary.setObjectName("muted")
        state = QLabel()
        state.setWordWrap(True)
        if standing is not None:
            if standing.passed:
                state.setText("✓ " + self.tr("Course passed. Well done!"))
            else:
                passed = len(standing.quizzes) - len(standing.remaining)
                state.setText(  # worded so that any count reads right ("0 of 1", never "1 quizzes")
                    self.tr("Quizzes passed so far: %1 of %2 (each needs at least %3 % right).")
                    .replace("%1", str(passed))
                    .replace("%2", str(len(standing.quizzes)))
                    .replace("%3", str(course.pass_rule.min_percent))
                )
                state.setToolTip("\n".join(
                    f"{q.title}: " + (f"{q.best_percent} %" if q.best_percent is not None else self.tr("not taken"))
                    for q in standing.remaining
                ))
        tree = QTreeWidget()
        tree.setAccessibleName(self.tr("Modules in %1").replace("%1", course.title))
        tree.setRootIsDecorated(False)
        tree.setWordWrap(True)  # long titles wrap at large text sizes instead of being cut
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setUniformRowHeights(False)
        # Qt measures wrapped rows once; measure the title column ourselves when it resizes.
        tree.header().sectionResized.connect(lambda *_: fit_rows(tree))
        tree.setHeaderLabels([self.tr("Module"), self.tr("For"), self.tr("Minutes"), self.tr("Status"), self.tr("Best quiz score")])
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setAccessibleName(self.tr("Column headings"))
        for column in (1, 2, 3, 4):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        best = progress.best_scores(db, profile.id) if profile else {}
        for number, module_id in enumerate(course.module_ids, 1):
            module = self.context.module(module_id)
            if module is None:
                continue
            status = statuses.get(module_id)
            scores = [best[(module.id, q.id)] for q in module.quiz_index if (module.id, q.id) in best]
            item = QTreeWidgetItem([
                f"{number}. {module.title}",
                ", ".join(self._audience_label(a) for a in module.audience),
                str(module.minutes),
                self._status_label(status.status if status else "not_started"),
                " / ".join(f"{score} %" for score in scores) or "–",
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, module.id)
            item.setToolTip(0, module.summary)
            tree.addTopLevelItem(item)
        tree.itemActivated.connect(lambda item, _col: self.module_opened.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        open_button = QPushButton(self.tr("&Open selected module"))
        open_button.clicked.connect(
            lambda: tree.currentItem() and self.module_opened.emit(tree.currentItem().data(0, Qt.ItemDataRole.UserRole))
        )
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 12, 12, 12)
        bar = QProgressBar()
        bar.setRange(0, max(1, len(course.module_ids)))
        bar.setValue(standing.modules_done if standing else 0)
        bar.setFormat(self.tr("%v of %m modules completed"))
        bar.setAccessibleName(self.tr("Course progress"))
        layout.addWidget(summary)
        layout.addWidget(bar)
        layout.addWidget(state)
        layout.addWidget(tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(open_button)
        layout.addLayout(row)

    def _audience_label(self, audience: str) -> str:
        return {"teacher": self.tr("teachers"), "parent": self.tr("parents"), "officer": self.tr("officers")}.get(audience, audience)

    def _status_label(self, status: str) -> str:
        return {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "completed": "✓ " + self.tr("Completed"),
        }.get(status, status)

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
        module = self.context.module(target) if target else None
        self.continue_button.setVisible(module is not None)
        if module is not None:
            self.continue_button.setText(f"{label}: {module.title}\u00a0▶")
            self.hint.setText(self.tr("Take the modules in any order. Your progress is saved as you go."))
        else:
            self.hint.setText(self.tr("You have completed every module in this course."))

    def _on_continue_clicked(self) -> None:
        if self._continue_module:
            self.module_opened.emit(self._continue_module)
