""""My progress": per course and module the status, time spent, quiz attempts with best
and last score, the scenario endings reached and what remains; a chart of scores over
attempts; and the certificate once the course is passed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from trainer.course.model import Course
from trainer.course.part_types import Figure
from trainer.store.records import course_standing, module_summaries
from trainer.ui.widgets import theme
from trainer.ui.widgets.charts import paint_chart
from trainer.ui.context import AppContext
from trainer.ui.widgets.stacking_row import StackingRow
from trainer.ui.widgets.wrapped_rows import fit_rows, keep_rows_fitted
from trainer.ui.widgets.wrapping_header import WrappingHeader


def minutes_text(seconds: int) -> str:
    return f"{round(seconds / 60)} min"


class ProgressView(QWidget):
    back_requested = Signal()
    certificate_requested = Signal(str)  # course id
    export_requested = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.back_button = QPushButton(self.tr("◀  &Overview"))
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(self.tr("My progress"), objectName="title")
        self.course_box = QComboBox()
        self.course_box.setAccessibleName(self.tr("Course"))
        self.course_box.currentIndexChanged.connect(lambda _i: self.refresh_course())
        self.standing = QLabel()
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.RichText)
        self.standing.setAccessibleName(self.tr("What remains to pass"))
        self.table = QTreeWidget()
        self.table.setHeader(WrappingHeader(self.table))  # at 200 % a heading is wider than its column
        self.table.setAccessibleName(self.tr("Modules and results"))
        self.table.setRootIsDecorated(False)
        keep_rows_fitted(self.table, after=self._fit_height)
        self.table.setHeaderLabels([
            self.tr("Module"), self.tr("Status"), self.tr("Time"), self.tr("Quiz attempts"),
            self.tr("Best"), self.tr("Last"), self.tr("Scenario endings reached"),
        ])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setAccessibleName(self.tr("Column headings"))
        for column in range(1, 6):
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The endings wrap beside the titles rather than push them out of sight.
        self.table.header().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.chart = QLabel()
        self.chart.setWordWrap(True)  # its words before the first quiz: one line held the page 1,000 px wide
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setAccessibleName(self.tr("Quiz scores over attempts"))
        self.certificate_button = QPushButton(self.tr("Save &certificate (PDF)…"), objectName="primary")
        self.certificate_button.clicked.connect(self._on_certificate_clicked)
        self.export_button = QPushButton(self.tr("&Export my results…"))
        self.export_button.clicked.connect(self.export_requested)

        # At 200 % text on a small screen the title was cut between the back button and the
        # course, and the certificate's button was pushed out of sight: these rows stack.
        heading = QHBoxLayout()
        heading.addWidget(self.back_button)
        heading.addSpacing(12)
        heading.addWidget(title, 1)
        header = StackingRow()
        header.addLayout(heading, 1)
        header.addWidget(self.course_box)
        buttons = StackingRow()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.certificate_button)
        inner = QWidget(objectName="page")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.standing)
        column.addLayout(buttons)
        column.addWidget(self.table, 3)
        column.addWidget(self.chart, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        current = self.course_box.currentData()
        self.course_box.blockSignals(True)
        self.course_box.clear()
        for course in self.context.library.courses_in(self.context.lang):
            self.course_box.addItem(course.title, course.id)
        index = self.course_box.findData(current)
        self.course_box.setCurrentIndex(max(index, 0))
        self.course_box.blockSignals(False)
        self.refresh_course()

    def course(self) -> Course | None:
        course_id = self.course_box.currentData()
        return next((c for c in self.context.library.courses_in(self.context.lang) if c.id == course_id), None)

    def refresh_course(self) -> None:
        course, profile = self.course(), self.context.profile
        self.table.clear()
        if course is None or profile is None:
            self.certificate_button.setEnabled(False)
            return
        db, library = self.context.db, self.context.library
        standing = course_standing(db, profile.id, course, library)
        statuses = {"not_started": self.tr("Not started"), "in_progress": self.tr("In progress"),
                    "completed": "✓ " + self.tr("Completed")}
        series = []
        for summary in module_summaries(db, profile.id, course, library):
            tries = sum(q.attempts for q in summary.quizzes)
            best = [q.best for q in summary.quizzes if q.best is not None]
            last = [q.last for q in summary.quizzes if q.last is not None]
            endings = "; ".join(e for s in summary.scenarios for e in s.endings)
            item = QTreeWidgetItem([
                summary.title, statuses.get(summary.status, summary.status), minutes_text(summary.seconds_spent),
                str(tries), f"{max(best)} %" if best else "–", f"{last[-1]} %" if last else "–", endings or "–",
            ])
            item.setToolTip(6, endings)
            self.table.addTopLevelItem(item)
            for quiz in summary.quizzes:
                if quiz.scores:
                    series.append((quiz.title, quiz.scores))
        if standing.passed:
            self.standing.setText("✓ " + escape(self.tr("You have passed this course. You can save your certificate.")))
        else:
            remaining = "<br>".join(
                escape(f"• {q.title}: {q.best_percent if q.best_percent is not None else 0} % / {q.needed_percent} %")
                for q in standing.remaining
            )
            self.standing.setText(escape(self.tr("What remains to pass:")) + "<br>" + remaining)
        self.certificate_button.setEnabled(standing.passed)
        self._fit_table()
        self._draw_chart(series, course.pass_rule.min_percent)

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped text, and the table as tall as its rows: the page
        scrolls, not the table inside it."""
        fit_rows(self.table)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = [self.table.topLevelItem(i).sizeHint(0).height() for i in range(self.table.topLevelItemCount())]
        self.table.setMinimumHeight(self.table.header().sizeHint().height() + sum(rows) + 8)

    def _draw_chart(self, series: list[tuple[str, tuple[int, ...]]], needed: int = 0) -> None:
        if not series:
            self.chart.setText(self.tr("Your quiz scores will appear here as a chart after your first quiz."))
            return
        longest = max(len(scores) for _title, scores in series)
        figure = Figure(
            kind="line",
            title=self.tr("Quiz scores (%) over attempts"),
            columns=tuple(str(n) for n in range(1, longest + 1)),
            rows=tuple((title, tuple(float(s) for s in scores) + (None,) * (longest - len(scores)))
                       for title, scores in series),
            chart_rows=(),
            line=0,
        )
        colours = theme.current()
        image = paint_chart(figure, width=760, height=320, scale=self.devicePixelRatioF(),
                            foreground=colours.text, background=colours.window, top=100,
                            target=needed or None, target_label=self.tr("Needed to pass: %1 %").replace("%1", str(needed)),
                            spread=True)
        self.chart.setPixmap(QPixmap.fromImage(image))

    def _on_certificate_clicked(self) -> None:
        course = self.course()
        if course is not None:
            self.certificate_requested.emit(course.id)
