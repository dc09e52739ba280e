"""The quiz: one question at a time, answer, see right or wrong with the explanation,
a result at the end, retry; the best score is kept. Each answer is saved when given."""

from __future__ import annotations

import random
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QListWidget, QPushButton, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from trainer.course.grading import is_correct, score
from trainer.course.model import Module
from trainer.course.part_types import Question, Quiz
from trainer.course.render import render_markdown
from trainer.store import progress
from trainer.ui.context import AppContext
from trainer.ui.widgets.a11y import announce
from trainer.ui.widgets.label_html import label_html, plain_text


class QuizPlayer(QWidget):
    answered = Signal(str, bool)  # question id, correct
    finished = Signal(int, bool)  # percent, passed

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.module: Module | None = None
        self.quiz: Quiz | None = None
        self.attempt_id: int | None = None
        self.answers: dict[str, object] = {}
        self.index = 0
        self._read_answer = lambda: None

        self.counter = QLabel(objectName="muted")
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.RichText)
        self.question_label.setObjectName("question")
        self.answer_area = QWidget()
        self.answer_layout = QVBoxLayout(self.answer_area)
        self.answer_layout.setContentsMargins(0, 0, 0, 0)
        self.feedback_frame = QFrame(objectName="feedback")
        self.verdict_label = QLabel(objectName="verdict")
        self.verdict_label.setWordWrap(True)
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setAccessibleName(self.tr("Result of your answer"))
        feedback_layout = QVBoxLayout(self.feedback_frame)
        feedback_layout.setContentsMargins(16, 12, 16, 12)
        feedback_layout.addWidget(self.verdict_label)
        feedback_layout.addWidget(self.feedback_label)
        self.submit_button = QPushButton(self.tr("&Answer"), objectName="primary")
        self.submit_button.clicked.connect(self.submit)
        self.next_button = QPushButton(self.tr("&Next question  ▶"), objectName="primary")
        self.next_button.clicked.connect(self._on_next_clicked)
        self.retry_button = QPushButton(self.tr("&Take the quiz again"))
        self.retry_button.clicked.connect(self.retry)
        self.message = QLabel(objectName="muted")

        inner = QWidget(objectName="surface")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(24, 20, 24, 20)
        inner_layout.setSpacing(12)
        inner_layout.addWidget(self.counter)
        inner_layout.addWidget(self.question_label)
        inner_layout.addWidget(self.answer_area)
        inner_layout.addWidget(self.feedback_frame)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the answers; they scroll into view
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card = QFrame(objectName="card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(scroll)
        layout.addWidget(card, 1)
        layout.addLayout(buttons)

    # ------------------------------------------------------------ loading and resuming

    def load(self, module: Module, quiz: Quiz) -> None:
        self.module, self.quiz = module, quiz
        latest = progress.latest_attempt(self.context.db, self.context.profile.id, module.id, quiz.id)
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

    # ------------------------------------------------------------ showing a question

    def _clear_answers(self) -> None:
        while self.answer_layout.count():
            item = self.answer_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the tree now, not only after the event loop
                widget.deleteLater()

    def _show_current(self) -> None:
        if self.index >= len(self.quiz.questions):
            self._finish()
            return
        question = self.quiz.questions[self.index]
        self.counter.setText(
            self.tr("Question %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.quiz.questions)))
        )
        prompt = f"<h2>{escape(question.title)}</h2>" + (label_html(render_markdown(question.prompt)) if question.prompt else "")
        self.question_label.setText(prompt)
        self.question_label.setAccessibleName(question.title)
        self.feedback_frame.hide()
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
        window = self.answer_area.window()
        inputs = [
            w for w in self.answer_area.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window  # not combo pop-ups
        ]
        self._put_in_tab_order(inputs)
        if inputs and self.isVisible():
            inputs[0].setFocus()

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
        label = QLabel(text, objectName="muted")
        label.setWordWrap(True)
        self.answer_layout.addWidget(label)

    def _build_single(self, question: Question, rng):
        group = QButtonGroup(self.answer_area)
        for index, option in enumerate(question.options):
            button = QRadioButton(option.text)
            button.setAccessibleName(option.text)
            group.addButton(button, index)
            self.answer_layout.addWidget(button)
        return lambda: group.checkedId() if group.checkedId() >= 0 else None

    def _build_multiple(self, question: Question, rng):
        self._hint(self.tr("Choose all that are right."))
        boxes = []
        for option in question.options:
            box = QCheckBox(option.text)
            box.setAccessibleName(option.text)
            boxes.append(box)
            self.answer_layout.addWidget(box)
        return lambda: [i for i, b in enumerate(boxes) if b.isChecked()]

    def _build_matching(self, question: Question, rng):
        self._hint(self.tr("Choose the right match for each line."))
        rights = [right for _left, right in question.pairs]
        rng.shuffle(rights)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        combos = {}
        holder = QWidget()
        for left, _right in question.pairs:
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), None)
            for right in rights:
                combo.addItem(right, right)
            combo.setAccessibleName(left)
            label = QLabel(left)
            label.setWordWrap(True)
            label.setBuddy(combo)
            form.addRow(label, combo)
            combos[left] = combo
        holder.setLayout(form)
        self.answer_layout.addWidget(holder)

        def read():
            chosen = {left: combo.currentData() for left, combo in combos.items()}
            return None if any(v is None for v in chosen.values()) else chosen

        return read

    def _build_ordering(self, question: Question, rng):
        self._hint(self.tr("Put the steps in the right order: select a line and move it with the buttons "
                           "or with Alt+Up and Alt+Down."))
        items = list(question.order)
        while len(items) > 1 and tuple(items) == question.order:
            rng.shuffle(items)
        listing = QListWidget()
        listing.setAccessibleName(self.tr("Steps to put in order"))
        listing.addItems(items)
        listing.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        listing.setCurrentRow(0)
        listing.setMinimumHeight(40 * len(items) + 10)
        up = QPushButton(self.tr("Move &up"))
        down = QPushButton(self.tr("Move &down"))

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

    def submit(self) -> None:
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
        self.verdict_label.setText(("✓ " + self.tr("Right!")) if correct else ("✗ " + self.tr("Not quite.")))
        parts = []
        if not correct:
            right_label = escape(self.tr("The right answer"))
            parts.append(f"<p><b>{right_label}:</b> {escape(self._right_answer(question))}</p>")
        for index, option in enumerate(question.options):
            picked = answer == index or (isinstance(answer, list) and index in answer)
            if picked and option.feedback:
                parts.append(render_markdown(option.feedback))
        if question.explanation:
            parts.append(render_markdown(question.explanation))
        self.feedback_label.setText(label_html("".join(parts)))
        announce(self.feedback_frame, self.verdict_label.text() + " " + plain_text(self.feedback_label.text()))
        self.feedback_frame.show()
        self.message.clear()
        self.submit_button.hide()
        last = self.index + 1 >= len(self.quiz.questions)
        self.next_button.setText(self.tr("See your &result  ▶") if last else self.tr("&Next question  ▶"))
        self.next_button.show()
        self.next_button.setFocus()
        self.answered.emit(question.id, correct)

    def _right_answer(self, question: Question) -> str:
        if question.kind in ("single", "truefalse", "multiple"):
            return "; ".join(o.text for o in question.options if o.correct)
        if question.kind == "matching":
            return "; ".join(f"{left} → {right}" for left, right in question.pairs)
        return " → ".join(question.order)

    def _on_next_clicked(self) -> None:
        self.index += 1
        self._show_current()

    def _finish(self) -> None:
        correct, total = score(self.quiz.questions, self.answers)
        attempt = progress.finish_attempt(self.context.db, self.attempt_id, correct, total, self.quiz.pass_percent)
        self._show_result(attempt.score_percent or 0, attempt.passed)
        self.finished.emit(attempt.score_percent or 0, attempt.passed)

    def _show_result(self, percent: int, passed: bool) -> None:
        correct, total = score(self.quiz.questions, self.answers)
        best = progress.best_score(self.context.db, self.context.profile.id, self.module.id, self.quiz.id)
        self._clear_answers()
        self.counter.setText(self.tr("Result"))
        self.question_label.setText(f"<h2>{escape(self.quiz.title)}</h2>")
        verdict = ("✓ " + self.tr("Passed")) if passed else self.tr("Not passed yet")
        answered = self.tr("You answered %1 of %2 right (%3 %).")
        answered = answered.replace("%1", str(correct)).replace("%2", str(total)).replace("%3", str(percent))
        needed = self.tr("Needed to pass: %1 %. Your best score: %2 %.")
        needed = needed.replace("%1", str(self.quiz.pass_percent)).replace("%2", str(best if best is not None else percent))
        self.verdict_label.setText(verdict)
        lines = []
        for question in self.quiz.questions:
            given = self.answers.get(question.id)
            right = given is not None and is_correct(question, given)
            lines.append(("✓ " if right else "✗ ") + escape(question.title))
        self.feedback_label.setText(f"{escape(answered)}<br>{escape(needed)}<br><br>" + "<br>".join(lines))
        announce(self.feedback_frame, f"{verdict}. {answered} {needed}")
        self.feedback_frame.show()
        self.submit_button.hide()
        self.next_button.hide()
        self.retry_button.show()
        self.retry_button.setFocus()
