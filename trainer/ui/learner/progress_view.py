""""My progress": per course and module the status, time spent, quiz attempts with best
and last score, the scenario endings reached and what remains; a chart of scores over
attempts; and the certificate once the course is passed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QStyle, QTreeWidget,
    QTreeWidgetItem, QWidget,
)

from trainer.course.model import Course
from trainer.course.part_types import Figure
from trainer.store.records import module_summaries
from trainer.store.standing import course_standing
from trainer.ui.widgets import theme
from trainer.ui.widgets.charts import paint_chart, text_zoom
from trainer.ui.context import AppContext
from trainer.ui.widgets.scrolling import fill_with_column
from trainer.ui.widgets.stacking_row import StackingRow
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapped_rows import cell_padding, fit_rows, keep_rows_fitted
from trainer.ui.widgets.wrapping_header import WrappingHeader


READABLE_CHARACTERS = 14  # the least room, in average characters a line, for a module's title


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
        self.back_button = QPushButton(self.tr("◀  &Overview"), objectName="quiet")  # as in the module view
        self.back_button.clicked.connect(self.back_requested)
        title = QLabel(self.tr("My progress"), objectName="title")
        self.course_box = QComboBox()
        self.course_box.setAccessibleName(self.tr("Course"))
        self.course_box.currentIndexChanged.connect(lambda _i: self.refresh_course())
        self.standing = WrappedLabel()
        self.standing.setTextFormat(Qt.TextFormat.RichText)
        self.standing.setAccessibleName(self.tr("What remains to pass"))
        self.table = QTreeWidget()
        self.table.setHeader(WrappingHeader(self.table))  # at 200 % a heading is wider than its column
        self.table.setAccessibleName(self.tr("Modules and results"))
        self.table.setRootIsDecorated(False)
        self.table.header().setAccessibleName(self.tr("Column headings"))
        keep_rows_fitted(self.table, after=self._fit_height)
        self.table.currentItemChanged.connect(lambda item, _old: self._show_row(item))
        # Seven columns where they fit; where they do not (200 % text on a small screen),
        # two: each module's title and its results as lines (the titles had shrunk to two
        # letters a line). `_fit_columns` picks, again whenever the table's width changes.
        self._rows: list[tuple[str, ...]] = []
        self.compact = False
        self._show_rows()
        self._columns_timer = QTimer(self, singleShot=True, interval=0)
        self._columns_timer.timeout.connect(self._fit_columns)
        self.table.installEventFilter(self)
        self._chart: tuple[list, int] = ([], 0)  # what the chart shows, to draw again at a new width
        self._chart_zoom = 1.0
        self.chart = WrappedLabel()  # its words before the first quiz: one line held the page 1,000 px wide
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
        # One centred column that scrolls as a whole, as the overview: on a wide screen
        # the table stretched edge to edge and down to the chart, a band of empty rows.
        rows = fill_with_column(self)
        rows.addLayout(header)
        rows.addWidget(self.standing)
        rows.addLayout(buttons)
        rows.addWidget(self.table)
        rows.addWidget(self.chart)
        rows.addStretch(1)

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
        if course is None or profile is None:
            self._rows = []
            self._show_rows()
            self.certificate_button.setEnabled(False)
            return
        db, library = self.context.db, self.context.library
        standing = course_standing(db, profile.id, course, library)
        statuses = {"not_started": self.tr("Not started"), "in_progress": self.tr("In progress"),
                    "completed": "✓ " + self.tr("Completed")}
        series, rows = [], []
        for summary in module_summaries(db, profile.id, course, library):
            tries = sum(q.attempts for q in summary.quizzes)
            best = [q.best for q in summary.quizzes if q.best is not None]
            last = [q.last for q in summary.quizzes if q.last is not None]
            endings = "; ".join(e for s in summary.scenarios for e in s.endings)
            rows.append((
                summary.title, statuses.get(summary.status, summary.status), minutes_text(summary.seconds_spent),
                str(tries), f"{max(best)} %" if best else "–", f"{last[-1]} %" if last else "–", endings or "–",
            ))
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
        self._rows = rows
        self.compact = not self._seven_columns_fit()
        self._show_rows()
        self._draw_chart(series, course.pass_rule.min_percent)

    def headings(self) -> list[str]:
        return [self.tr("Module"), self.tr("Status"), self.tr("Time"), self.tr("Quiz attempts"),
                self.tr("Best"), self.tr("Last"), self.tr("Scenario endings reached")]

    def _show_rows(self) -> None:
        # The same module stays current when the columns change with the width: a resize
        # must not throw away the place of someone reading the table by keyboard.
        current = self.table.currentIndex().row()
        self.table.clear()
        headings = self.headings()
        header = self.table.header()
        if self.compact:
            self.table.setColumnCount(2)  # setHeaderLabels only ever adds columns
            self.table.setHeaderLabels([headings[0], self.tr("Results")])
            for row in self._rows:
                lines = [f"{row[1]} · {row[2]}", f"{headings[3]}: {row[3]} · {headings[4]}: {row[4]} · "
                         f"{headings[5]}: {row[5]}", f"{headings[6]}: {row[6]}"]
                self._add_row([row[0], "\n".join(lines)])
            for column in (0, 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            self.table.setHeaderLabels(headings)
            for row in self._rows:
                self._add_row(list(row)).setToolTip(6, row[6])
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, 6):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            # The endings wrap beside the titles rather than push them out of sight.
            header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        if 0 <= current < self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(current), 0)
        self._fit_table()

    def _add_row(self, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        for column in range(len(texts)):  # a title beside wrapped lines reads from their top
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.addTopLevelItem(item)
        return item

    def _seven_columns_fit(self) -> bool:
        """Whether the seven columns fit the table's width with room for a title of about
        READABLE_CHARACTERS a line in the module and the endings columns (headings wrap at
        their spaces, so a heading needs its longest word)."""
        self.table.ensurePolished()
        heading_font = self.table.header().font()
        heading_font.setBold(True)  # as the style sheet draws headings
        cells, bold = QFontMetricsF(self.table.font()), QFontMetricsF(heading_font)
        headings = self.headings()
        padding = cell_padding(self.table)
        needed = 2 * (READABLE_CHARACTERS * cells.averageCharWidth() + padding)
        for column in range(1, 6):
            words = [bold.horizontalAdvance(word) for word in headings[column].split()]
            texts = [cells.horizontalAdvance(row[column]) for row in self._rows]
            needed += max(words + texts) + padding
        return needed <= self.table.viewport().width()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._columns_timer.start()  # after the layout has settled: no switching mid-resize
        return super().eventFilter(watched, event)

    def _show_row(self, item) -> None:
        """The current row in view: the table is as tall as its rows and the page scrolls,
        so the arrow keys took the current module below the fold, out of sight."""
        page = self.findChild(QScrollArea)
        if item is None or page is None or page.widget() is None:
            return
        rect = self.table.visualItemRect(item)
        top = self.table.viewport().mapTo(page.widget(), rect.topLeft()).y()
        page.ensureVisible(0, top + rect.height() // 2, 0, rect.height() // 2 + theme.space("m"))

    def _chart_room(self) -> int:
        """The column's width: the page's, at most theme.page_width, less its margins and a
        scroll bar. From this view's width, not the table's: the chart's picture held the
        column open, so the table never narrowed and the chart never shrank again."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return min(theme.page_width(), self.width() - 2 * theme.space("xl") - bar)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._chart_zoom != text_zoom(self._chart_room()):
            self._draw_chart(*self._chart)  # as large as the text allows at this width

    def _fit_columns(self) -> None:
        compact = not self._seven_columns_fit()
        if compact != self.compact:
            self.compact = compact
            self._show_rows()

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped text, and the table as tall as its rows: the page
        scrolls, not the table inside it."""
        fit_rows(self.table)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = [self.table.topLevelItem(i).sizeHint(0).height() for i in range(self.table.topLevelItemCount())]
        self.table.setFixedHeight(self.table.header().sizeHint().height() + sum(rows) + 8)

    def _draw_chart(self, series: list[tuple[str, tuple[int, ...]]], needed: int = 0) -> None:
        self._chart, self._chart_zoom = (series, needed), text_zoom(self._chart_room())
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
                            spread=True, zoom=self._chart_zoom)
        self.chart.setPixmap(QPixmap.fromImage(image))

    def _on_certificate_clicked(self) -> None:
        course = self.course()
        if course is not None:
            self.certificate_requested.emit(course.id)
