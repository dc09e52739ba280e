"""The quiz: one question at a time in the reading column, answer, see right or wrong
with the chosen and the right options marked and the explanation under them; a summary
at the end with the way on ("Next module") focused; retry; the best score is kept. Each
answer is saved when given, and the attempt is finished as soon as its last question is
answered, however the learner leaves the module afterwards."""

from __future__ import annotations

import random
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from trainer.course.grading import is_correct, score
from trainer.course.model import Module
from trainer.course.part_types import Question, Quiz
from trainer.course.render import render_markdown
from trainer.store import progress
from trainer.ui.context import AppContext
from trainer.ui.widgets import theme
from trainer.ui.widgets.a11y import announce
from trainer.ui.widgets.choice_row import ChoiceCheck, ChoiceRadio
from trainer.ui.widgets.keys import number_keys_choose
from trainer.ui.widgets.label_html import label_html, plain_text
from trainer.ui.widgets.scrolling import (
    bring_into_view, follow_focus, lay_out_now, move_widgets, scroll_to, start_under,
)
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapped_rows import keep_items_fitted


class QuizPlayer(QWidget):
    answered = Signal(str, bool)  # question id, correct
    finished = Signal(int, bool)  # percent, passed
    continue_requested = Signal()  # "Next module" (or the next part) on the result screen
    state_changed = Signal()  # a question, its feedback or the result came on screen

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.module: Module | None = None
        self.quiz: Quiz | None = None
        self.attempt_id: int | None = None
        self.answers: dict[str, object] = {}
        self.index = 0
        self._inputs: list[QWidget] = []  # the question's answer widgets, in tab order
        self._read_answer = lambda: None
        self._rows: list = []  # the choice rows of the question on screen
        self._marks: list = []  # per matching line: (combo, mark label)

        self.counter = QLabel(objectName="muted")
        self.question_label = WrappedLabel()
        self.question_label.setTextFormat(Qt.TextFormat.RichText)
        self.question_label.setObjectName("question")
        self.answer_area = QWidget()
        self.answer_layout = QVBoxLayout(self.answer_area)
        self.answer_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_layout.setSpacing(theme.space("s"))
        self.feedback_frame = QFrame(objectName="feedback")
        self.verdict_label = WrappedLabel(objectName="verdict")
        self.feedback_label = WrappedLabel()
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setAccessibleName(self.tr("Result of your answer"))
        feedback_layout = QVBoxLayout(self.feedback_frame)
        feedback_layout.setContentsMargins(theme.space("l"), theme.space("m"), theme.space("l"), theme.space("m"))
        feedback_layout.setSpacing(theme.space("s"))
        feedback_layout.addWidget(self.verdict_label)
        feedback_layout.addWidget(self.feedback_label)
        self.score_label = QLabel(objectName="score")
        self.score_label.hide()
        self.submit_button = QPushButton(self.tr("&Answer"), objectName="primary")
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton(self.tr("Next &question  ▶"), objectName="primary")
        self.next_button.clicked.connect(self._on_next_clicked)
        self.continue_button = QPushButton(self.tr("Next &module  ▶"), objectName="primary")
        self.continue_button.clicked.connect(self.continue_requested)
        self.retry_button = QPushButton(self.tr("&Take the quiz again"), objectName="quiet")
        self.retry_button.clicked.connect(self.retry)
        self.message = WrappedLabel(objectName="muted")

        # One centred column, as wide as a comfortable line of text.
        column = QWidget(objectName="page")
        column.setMaximumWidth(theme.column_width())
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(theme.space("m"))
        self._column_layout = column_layout
        card = QFrame(objectName="card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(theme.space("xl"), theme.space("l"), theme.space("xl"), theme.space("l"))
        card_layout.setSpacing(theme.space("m"))
        card_layout.addWidget(self.counter)
        card_layout.addWidget(self.question_label)
        card_layout.addWidget(self.score_label)
        card_layout.addWidget(self.answer_area)
        card_layout.addWidget(self.feedback_frame)
        column_layout.addWidget(card)
        column_layout.addStretch(1)
        inner = QWidget(objectName="page")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, theme.space("s"), 0)
        inner_layout.setSpacing(theme.space("m"))
        # Where the module is short of height, its header scrolls away at the top
        # (trainer.ui.learner.module_view).
        self.top = QVBoxLayout()
        inner_layout.addLayout(self.top)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        inner_layout.addLayout(centre, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the answers; they scroll into view
        follow_focus(self.scroll)  # also where the app gives it (a number key, "Answer" under the options)
        buttons_holder = QWidget()
        buttons_holder.setMaximumWidth(theme.column_width())
        buttons = QHBoxLayout(buttons_holder)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(theme.space("s"))
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.continue_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(buttons_holder, 100)
        bottom.addStretch(1)
        self._buttons_holder, self._bottom = buttons_holder, bottom
        self.compact = False  # short of height: "Answer" scrolls with the options (set_compact)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space("m"))
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        number_keys_choose(self, self._on_number_key)

    # ------------------------------------------------------------ loading and resuming

    def load(self, module: Module, quiz: Quiz) -> None:
        self.module, self.quiz = module, quiz
        db, profile = self.context.db, self.context.profile
        latest = progress.latest_attempt(db, profile.id, module.id, quiz.id)
        if latest is not None and not latest.finished:
            # Answered in full before an older version left it open: it counts now.
            latest = progress.finish_if_answered(db, latest.id, [q.id for q in quiz.questions], quiz.pass_percent) or latest
        if latest is None or latest.finished:
            if latest is not None:
                self.attempt_id = latest.id
                self.answers = {q: a for q, (a, _c) in latest.answers.items()}
                self._show_result(latest.score_percent or 0, latest.passed)
                return
            self._start_attempt()
            return
        self.attempt_id = latest.id
        self.answers = {q: a for q, (a, _c) in latest.answers.items()}
        self.index = next((i for i, q in enumerate(quiz.questions) if q.id not in self.answers), len(quiz.questions))
        self._show_current()

    def _start_attempt(self) -> None:
        self.attempt_id = progress.start_attempt(
            self.context.db, self.context.profile.id, self.module.id, self.quiz.id, self.module.content_version
        )
        self.answers = {}
        self.index = 0
        self._show_current()

    def retry(self) -> None:
        self._start_attempt()

    def is_answering(self) -> bool:
        """A question is on screen and not yet answered (the module's own buttons step back)."""
        return self.quiz is not None and self.index < len(self.quiz.questions) and not self.score_label.isVisible()

    def pending_answer(self):
        """What is chosen on the question on screen but not yet given, to put back after
        the screen is rebuilt (a change of language, text size or theme)."""
        if not self.is_answering() or self.submit_button.isHidden():
            return None
        question = self.quiz.questions[self.index]
        order = None
        if question.kind == "ordering":
            order = [self._ordering_list.item(i).text() for i in range(self._ordering_list.count())]
        return (question.id, [row.isChecked() for row in self._rows],
                [combo.currentIndex() for _left, combo, _mark in self._marks], order)

    def restore_pending(self, pending) -> None:
        question_id, checked, chosen, order = pending
        if not self.is_answering() or self.quiz.questions[self.index].id != question_id:
            return
        for row, on in zip(self._rows, checked):
            row.setChecked(on)
        for (_left, combo, _mark), index in zip(self._marks, chosen):
            combo.setCurrentIndex(index)
        if order is not None:
            self._ordering_list.clear()
            self._ordering_list.addItems(order)
            self._ordering_list.setCurrentRow(0)

    def set_continue_text(self, text: str) -> None:
        self.continue_button.setText(text)

    # ------------------------------------------------------------ showing a question

    def _clear_answers(self) -> None:
        self._rows = []
        self._marks = []
        while self.answer_layout.count():
            item = self.answer_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the tree now, not only after the event loop
                widget.deleteLater()

    def _show_current(self) -> None:
        if self.index >= len(self.quiz.questions):
            self._show_finished()
            return
        question = self.quiz.questions[self.index]
        self.counter.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.quiz.questions)))
        )
        heading = f'<p style="font-size: {theme.pt(theme.TYPE["heading"])}; font-weight: 600;">{escape(question.title)}</p>'
        prompt = heading + (label_html(render_markdown(question.prompt)) if question.prompt else "")
        self.question_label.setText(prompt)
        self.question_label.setAccessibleName(question.title)
        self.feedback_frame.hide()
        self.score_label.hide()
        self.message.clear()
        self._clear_answers()
        rng = random.Random(f"{self.attempt_id}:{question.id}")  # same order after a restart
        builder = {
            "single": self._build_single,
            "truefalse": self._build_single,
            "multiple": self._build_multiple,
            "matching": self._build_matching,
            "ordering": self._build_ordering,
        }[question.kind]
        self._read_answer = builder(question, rng)
        self.submit_button.show()
        self.submit_button.setEnabled(True)
        self.next_button.hide()
        self.retry_button.hide()
        self.continue_button.hide()
        window = self.answer_area.window()
        inputs = [
            w for w in self.answer_area.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window  # not combo pop-ups
        ]
        self._put_in_tab_order(inputs)
        self._inputs = inputs
        self._place_buttons()
        if inputs and self.isVisible():
            inputs[0].setFocus()
        self._show_from_start()
        self.state_changed.emit()

    def take_focus(self) -> None:
        """The keyboard into the quiz: the way on where an answer or the result is shown,
        else the question's first answer (entered with "Next", the keyboard was left on
        this container, which shows no focus, and the first option was not scrolled to)."""
        way_on = [b for b in (self.next_button, self.continue_button) if not b.isHidden()]
        if way_on:
            way_on[0].setFocus()
        elif self._inputs:
            self._inputs[0].setFocus()

    def _put_in_tab_order(self, inputs: list[QWidget]) -> None:
        """New answer widgets join the tab chain just before "Answer", not at its end."""
        before = self.submit_button.previousInFocusChain()
        while before in inputs:
            before = before.previousInFocusChain()
        chain = [before, *inputs, self.submit_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _hint(self, text: str) -> None:
        if self.quiz.questions[self.index].prompt:
            return  # the author's own prompt says what to do
        label = WrappedLabel(text, objectName="muted")
        self.answer_layout.addWidget(label)

    def _add_rows(self, question: Question, row_type) -> list:
        rows = []
        for index, option in enumerate(question.options):
            row = row_type(option.text)
            row.setText(f"{index + 1}.  {option.text}")
            row.answer_requested.connect(self.submit)
            row.toggled.connect(lambda _on: self.message.clear())
            self.answer_layout.addWidget(row)
            rows.append(row)
        self._rows = rows
        return rows

    def _build_single(self, question: Question, rng):
        group = QButtonGroup(self.answer_area)
        for index, row in enumerate(self._add_rows(question, ChoiceRadio)):
            group.addButton(row, index)
        return lambda: group.checkedId() if group.checkedId() >= 0 else None

    def _build_multiple(self, question: Question, rng):
        self._hint(self.tr("Choose all that are right."))
        rows = self._add_rows(question, ChoiceCheck)
        return lambda: [i for i, b in enumerate(rows) if b.isChecked()]

    def _build_matching(self, question: Question, rng):
        self._hint(self.tr("Choose the right match for each line."))
        rights = [right for _left, right in question.pairs]
        rng.shuffle(rights)
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.space("m"))
        grid.setVerticalSpacing(theme.space("s"))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        combos = {}
        holder = QWidget()
        for row, (left, _right) in enumerate(question.pairs):
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), None)
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(left)
            # As wide as its longest choice needs and never wider; narrower (its text cut
            # in the closed box, whole in the list) only when the column has no more room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.ensurePolished()
            combo.setMaximumWidth(combo.sizeHint().width())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.view().setMinimumWidth(combo.maximumWidth())  # the open list shows every choice whole
            combo.currentIndexChanged.connect(lambda _i: self.message.clear())
            label = WrappedLabel(left)
            label.setBuddy(combo)
            mark = WrappedLabel()
            mark.hide()
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(combo, 2 * row, 1)
            grid.addWidget(mark, 2 * row + 1, 0, 1, 2)
            combos[left] = combo
            self._marks.append((left, combo, mark))
        holder.setLayout(grid)
        self.answer_layout.addWidget(holder)

        def read():
            chosen = {left: combo.currentData() for left, combo in combos.items()}
            return None if any(v is None for v in chosen.values()) else chosen

        return read

    def _build_ordering(self, question: Question, rng):
        self._hint(self.tr("Put the steps in the right order: drag a line, or select it and move it with the "
                           "buttons or with Alt+Up and Alt+Down."))
        items = list(question.order)
        while len(items) > 1 and tuple(items) == question.order:
            rng.shuffle(items)
        listing = QListWidget()
        listing.setAccessibleName(self.tr("Steps to put in order"))
        listing.addItems(items)
        listing.setMinimumHeight(int((44 * len(items) + 12) * theme.scale()))

        def show_every_step() -> None:  # as tall as its wrapped steps: it does not scroll inside
            heights = sum(listing.item(row).sizeHint().height() for row in range(listing.count()))
            listing.setMinimumHeight(max(listing.minimumHeight(), heights + 2 * listing.frameWidth() + 4))

        # A long step wraps; it ran under the list's edge, with a sideways scroll bar.
        keep_items_fitted(listing, after=show_every_step)
        listing.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        listing.setCurrentRow(0)
        up = QPushButton(self.tr("Move up"))  # no Alt-letter: setShortcut below replaces it
        down = QPushButton(self.tr("Move down"))

        def move(delta: int) -> None:
            row = listing.currentRow()
            target = row + delta
            if row < 0 or not 0 <= target < listing.count():
                return
            item = listing.takeItem(row)
            listing.insertItem(target, item)
            listing.setCurrentRow(target)

        up.clicked.connect(lambda: move(-1))
        down.clicked.connect(lambda: move(1))
        up.setShortcut("Alt+Up")
        down.setShortcut("Alt+Down")
        row = QHBoxLayout()
        row.addWidget(listing, 1)
        column = QVBoxLayout()
        column.addWidget(up)
        column.addWidget(down)
        column.addStretch(1)
        row.addLayout(column)
        holder = QWidget()
        holder.setLayout(row)
        self.answer_layout.addWidget(holder)
        self._ordering_list = listing
        return lambda: [listing.item(i).text() for i in range(listing.count())]

    # ------------------------------------------------------------ answering

    def _on_number_key(self, number: int) -> None:
        if not self.submit_button.isVisible() or not 0 < number <= len(self._rows):
            return
        row = self._rows[number - 1]
        row.setFocus(Qt.FocusReason.ShortcutFocusReason)
        row.setChecked(True if isinstance(row, ChoiceRadio) else not row.isChecked())

    def submit(self) -> None:
        if not self.submit_button.isVisible() or self.index >= len(self.quiz.questions):
            return  # Enter on a row after the answer was given
        question = self.quiz.questions[self.index]
        answer = self._read_answer()
        if answer is None or answer == []:
            self.message.setText(self.tr("Choose an answer first."))
            return
        correct = is_correct(question, answer)
        progress.record_answer(self.context.db, self.attempt_id, question.id, answer, correct,
                               self.module.content_version)
        self.answers[question.id] = answer
        for child in self.answer_area.findChildren(QWidget):
            child.setEnabled(False)
        self._mark_answers(question, answer)
        self.verdict_label.setText(("✓ " + self.tr("Right!")) if correct else ("✗ " + self.tr("Not quite.")))
        parts = []
        right = self._right_answer(question)
        if not correct and right:
            right_label = escape(self.tr("The right answer"))
            parts.append(f"<p><b>{right_label}:</b> {escape(right)}</p>")
        elif not correct:  # a question with no answer marked right (the check reports it; the preview shows it)
            parts.append(f"<p>{escape(self.tr('No answer to this question is marked as right.'))}</p>")
        for index, option in enumerate(question.options):
            picked = answer == index or (isinstance(answer, list) and index in answer)
            if picked and option.feedback:
                parts.append(render_markdown(option.feedback))
        if question.explanation:
            parts.append(render_markdown(question.explanation))
        self.feedback_label.setText(label_html("".join(parts)))
        self._set_verdict(self.feedback_frame, "right" if correct else "wrong")
        announce(self.feedback_frame, self.verdict_label.text() + " " + plain_text(self.feedback_label.text()))
        self.feedback_frame.show()
        self.message.clear()
        self.submit_button.hide()
        last = self.index + 1 >= len(self.quiz.questions)
        if last:
            self._complete_attempt()
        self.next_button.setText(self.tr("See your &result  ▶") if last else self.tr("Next &question  ▶"))
        self.next_button.show()
        self._place_buttons()
        self.next_button.setFocus()
        self.answered.emit(question.id, correct)
        self.state_changed.emit()
        QTimer.singleShot(0, self.scroll, self._show_feedback)  # once the panel is laid out

    def _show_feedback(self) -> None:
        """The explanation in view beside the answers, from its start where it is taller
        than the view."""
        lay_out_now()
        bring_into_view(self.scroll, self.feedback_frame, theme.space("m"))

    def _mark_answers(self, question: Question, answer) -> None:
        """Say on each option whether it was chosen and whether it is right."""
        for index, row in enumerate(self._rows):
            chosen = answer == index if isinstance(answer, int) else index in answer
            right = question.options[index].correct
            if chosen and right:
                row.mark("right", self.tr("Your answer: right"))
            elif chosen:
                row.mark("wrong", self.tr("Your answer: not right"))
            elif right:
                row.mark("right", self.tr("The right answer") if question.kind != "multiple" else self.tr("Also right"))
            else:
                row.mark("", "")
        if question.kind == "matching":
            pairs = dict(question.pairs)
            for left, combo, mark in self._marks:
                if combo.currentData() == pairs[left]:
                    mark.setText("✓ " + self.tr("Right"))
                else:
                    mark.setText("✗ " + self.tr("Not right. The right match: %1").replace("%1", pairs[left]))
                mark.show()

    @staticmethod
    def _set_verdict(widget: QWidget, verdict: str) -> None:
        widget.setProperty("verdict", verdict)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _right_answer(self, question: Question) -> str:
        if question.kind in ("single", "truefalse", "multiple"):
            return "; ".join(o.text for o in question.options if o.correct)
        if question.kind == "matching":
            return "; ".join(f"{left} → {right}" for left, right in question.pairs)
        return " → ".join(question.order)

    def _on_next_clicked(self) -> None:
        self.index += 1
        self._show_current()

    def _complete_attempt(self) -> None:
        """The last question is answered: the attempt counts from this moment."""
        correct, total = score(self.quiz.questions, self.answers)
        attempt = progress.finish_attempt(self.context.db, self.attempt_id, correct, total, self.quiz.pass_percent)
        self.finished.emit(attempt.score_percent or 0, attempt.passed)

    def _show_finished(self) -> None:
        attempt = progress.attempt(self.context.db, self.attempt_id)
        if not attempt.finished:  # not reached through submit (an answer from an older version)
            self._complete_attempt()
            attempt = progress.attempt(self.context.db, self.attempt_id)
        self._show_result(attempt.score_percent or 0, attempt.passed)

    def _show_result(self, percent: int, passed: bool) -> None:
        correct, total = score(self.quiz.questions, self.answers)
        best = progress.best_score(self.context.db, self.context.profile.id, self.module.id, self.quiz.id)
        self.index = len(self.quiz.questions)
        self._clear_answers()
        self.counter.setText(self.tr("Result"))
        self.question_label.setText(
            f'<p style="font-size: {theme.pt(theme.TYPE["heading"])}; font-weight: 600;">{escape(self.quiz.title)}</p>')
        self.score_label.setText(f"{percent} %")
        self.score_label.show()
        verdict = ("✓ " + self.tr("Passed")) if passed else ("○ " + self.tr("Not passed yet"))
        answered = self.tr("You answered %1 of %2 right (%3 %).")
        answered = answered.replace("%1", str(correct)).replace("%2", str(total)).replace("%3", str(percent))
        needed = self.tr("Needed to pass: %1 %. Your best score: %2 %.")
        needed = needed.replace("%1", str(self.quiz.pass_percent)).replace("%2", str(best if best is not None else percent))
        self.verdict_label.setText(verdict)
        review = []
        for question in self.quiz.questions:
            given = self.answers.get(question.id)
            if given is None or not is_correct(question, given):
                review.append("✗ " + escape(question.title) + " – " + escape(self._right_answer(question)))
        text = f"<p>{escape(answered)}<br>{escape(needed)}</p>"
        if review:
            look_again = self.tr("Worth a second look:")
            text += f"<p><b>{escape(look_again)}</b><br>" + "<br>".join(review) + "</p>"
        else:
            all_right = self.tr("Every answer was right.")
            text += f"<p>{escape(all_right)}</p>"
        self.feedback_label.setText(text)
        self._set_verdict(self.feedback_frame, "right" if passed else "")
        announce(self.feedback_frame, f"{verdict}. {answered} {needed}")
        self.feedback_frame.show()
        self.submit_button.hide()
        self.next_button.hide()
        self.message.clear()
        self.retry_button.show()
        self.continue_button.show()
        self._place_buttons()
        # The way on has focus, so a stray Space never starts the quiz over.
        self.continue_button.setFocus()
        self.state_changed.emit()
        self._show_from_start(whole=self.score_label)  # the score first

    # ------------------------------------------------------------ short of height

    def set_compact(self, compact: bool) -> None:
        """Short of height (trainer.ui.widgets.screen_fit.short_of_height): while a
        question waits for its answer, the row of "Answer" goes under the options and
        scrolls with them, instead of taking a fixed strip of the few lines there are;
        Tab reaches it and brings it into view, and Enter on an option still answers."""
        self.compact = compact
        self._place_buttons()

    def _place_buttons(self) -> None:
        """The row of buttons under the options (short of height, while answering) or in
        its fixed place under the scroll area. "Next question" and "Next module" keep the
        fixed place: the keyboard is put on them, and there they are always in sight."""
        inside = self.compact and not self.submit_button.isHidden()
        if inside:
            move_widgets([self._buttons_holder], self._bottom, self._column_layout, 1)  # under the card
        else:
            move_widgets([self._buttons_holder], self._column_layout, self._bottom, 1, stretch=100)

    def start(self) -> int:
        """Where the question starts: under the module's header where that is at the top
        (set_compact), so each new question has the whole height."""
        return start_under(self.top, self.scroll)

    def _show_from_start(self, whole: QWidget | None = None) -> None:
        """From where the question starts, and lower where the first option, which has
        the keyboard, or `whole` would be cut."""
        def show() -> None:
            scroll_to(self.scroll, self.start())
            if whole is not None:
                self.scroll.ensureWidgetVisible(whole, 0, 0)

        show()
        QTimer.singleShot(0, self.scroll, show)  # again once laid out: the header's place, the new range
