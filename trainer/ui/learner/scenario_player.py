"""The branching scenario: read the situation, choose, see feedback, go on; reach an
ending and its debrief with the signs noticed and missed; try again. Each choice is
saved when it is made, so a restart resumes at the same step."""

from __future__ import annotations

import random
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.course.grading import signs_noticed_and_missed
from trainer.course.model import Module
from trainer.course.part_types import Scenario, Step
from trainer.course.render import render_markdown
from trainer.store import progress
from trainer.ui.widgets import theme
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.context import AppContext
from trainer.ui.widgets.a11y import announce
from trainer.ui.widgets.keys import number_keys_choose
from trainer.ui.widgets.label_html import label_html, plain_text
from trainer.ui.widgets.scrolling import (
    QWIDGETSIZE_MAX, WholeText, follow_focus, lay_out_now, move_widgets, scrolling, start_under,
)
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapping_button import WrappingButton


class ScenarioPlayer(QWidget):
    ending_reached = Signal(str)  # ending step id
    choice_made = Signal(str, int)  # step id, choice index
    step_shown = Signal(str)  # step id, once the step is on screen
    # The choices in an order of their own for each run and step, as a quiz's answers:
    # written first, the recommended choice stood first at 41 of the course's 43 steps,
    # and a learner soon learns to press 1. The authors' preview keeps their order.
    shuffle_choices = True

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.module: Module | None = None
        self.scenario: Scenario | None = None
        self.run_id: int | None = None
        self.step: Step | None = None
        self.chosen_tags: list[str] = []
        self._pending_target: str | None = None

        self.view = ContentView()
        self.view.setAccessibleName(self.tr("Situation"))
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(theme.space("s"))
        self.feedback_frame = QFrame(objectName="feedback")
        self.feedback_label = WrappedLabel()
        self.feedback_label.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_label.setAccessibleName(self.tr("Feedback"))
        self.go_on_button = QPushButton(self.tr("&Go on  ▶"), objectName="primary")
        self.go_on_button.clicked.connect(self._on_go_on_clicked)
        feedback_layout = QVBoxLayout(self.feedback_frame)
        feedback_layout.setContentsMargins(theme.space("l"), theme.space("m"), theme.space("l"), theme.space("m"))
        feedback_layout.addWidget(self.feedback_label)
        self.restart_button = QPushButton(self.tr("&Try again from the start"), objectName="quiet")
        self.restart_button.clicked.connect(self.restart)
        # The choices and the feedback go together under the story (see _fit_answers).
        answers = QWidget()
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, theme.space("xs"), 0)
        answers_layout.setSpacing(theme.space("s"))
        answers_layout.addLayout(self.choices_box)
        answers_layout.addWidget(self.feedback_frame)
        answers_layout.addStretch(1)
        self.answers = scrolling(answers)
        # The story and the answers share a page that scrolls as one where they do not
        # both fit (the one-page layout); "Go on" below it never scrolls away.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(theme.space("s"))
        # Where the module is short of height, its header scrolls away at the page's top
        # (trainer.ui.learner.module_view).
        self.top = QVBoxLayout()
        body_layout.addLayout(self.top)
        body_layout.addWidget(self.view, 1)
        body_layout.addWidget(self.answers)
        self._page_buttons = QHBoxLayout()  # "Try again", short of height (set_compact)
        self._page_buttons.setSpacing(theme.space("s"))
        self._page_buttons.addStretch(1)
        body_layout.addLayout(self._page_buttons)
        self.page = scrolling(body)
        follow_focus(self.page)
        self.story = WholeText(self.view, self.page)
        self.one_page = False
        self.compact = False  # short of height: always one page (set_compact)
        # The story, the choices and the feedback share one centred reading column.
        column = QWidget()
        column.setMaximumWidth(theme.column_width())
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.space("s"))
        layout.addWidget(self.page, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.space("s"))
        buttons.addStretch(1)
        buttons.addWidget(self.restart_button)
        buttons.addWidget(self.go_on_button)
        layout.addLayout(buttons)
        self._buttons_row = buttons
        self._column = column
        centre = QHBoxLayout(self)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        self._choice_buttons: list[WrappingButton] = []
        self._order: list[int] = []  # the author's index of each choice on screen, top down
        number_keys_choose(self, self._on_number_key)

    # ------------------------------------------------------------ loading and resuming

    def load(self, module: Module, scenario: Scenario) -> None:
        self.module, self.scenario = module, scenario
        run = progress.latest_run(self.context.db, self.context.profile.id, module.id, scenario.id)
        if run is None:
            self._start_new_run()
            return
        self.run_id = run.id
        self.chosen_tags = []
        for step_id, index, _target in run.path:
            step = scenario.step(step_id)
            if step is not None and 0 <= index < len(step.choices):
                self.chosen_tags.extend(step.choices[index].tags)
        if run.waiting and not run.finished:
            last_id, index, _target = run.path[-1]
            last = scenario.step(last_id)
            if last is not None and 0 <= index < len(last.choices) and last.choices[index].feedback:
                # Left before "Go on": back at the choice and its feedback (the next step
                # came without them, and the feedback was lost).
                self._show_step(last, record_end=False)
                self._show_chosen(index)
                return
        current = scenario.step(run.current_step) if run.current_step else scenario.start
        self._show_step(current or scenario.start, record_end=not run.finished)

    def _start_new_run(self) -> None:
        self.run_id = progress.start_run(
            self.context.db, self.context.profile.id, self.module.id, self.scenario.id,
            self.module.content_version,
        )
        self.chosen_tags = []
        self._show_step(self.scenario.start, record_end=True)

    def restart(self) -> None:
        if self.scenario is not None:
            self._start_new_run()

    # ------------------------------------------------------------ showing

    def _markdown_for(self, step: Step) -> str:
        parts = []
        if step is self.scenario.start and self.scenario.intro:
            parts.append(self.scenario.intro)
        parts.append(step.body)
        return "\n\n".join(p for p in parts if p)

    def _holds_focus(self) -> bool:
        focused = self.window().focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def _show_step(self, step: Step, record_end: bool) -> None:
        # The keyboard follows the story only where it already was: a learner arrowing
        # through the module's parts stays in the list.
        had_focus = self._holds_focus()
        self.step = step
        self._pending_target = None
        self._place_buttons()
        self.feedback_frame.hide()
        self.go_on_button.hide()
        heading = step.title
        text = self._markdown_for(step)
        if step is self.scenario.start and self.scenario.content_warning:
            label = self.tr("Content warning")
            text = f"> **{label}:** {self.scenario.content_warning}\n\n" + text
        self.view.show_markdown(text, step_base(self.scenario), self.context.roots, self.context.assets,
                                heading=heading)
        self._clear_choices()
        if step.is_ending:
            self._show_debrief()
            if record_end and self.run_id is not None:
                progress.finish_run(self.context.db, self.run_id, step.id)
                self.ending_reached.emit(step.id)  # the module moves focus on to "Next"
            self._settle()
            self.step_shown.emit(step.id)
            return
        self._order = list(range(len(step.choices)))
        if self.shuffle_choices:
            random.Random(f"{self.run_id}:{step.id}").shuffle(self._order)  # the same order after a restart
        for position, index in enumerate(self._order, 1):
            choice = step.choices[index]
            button = WrappingButton(f"{position}.  {choice.text}")
            button.setObjectName("choice")
            button.setAccessibleName(choice.text)
            button.setAccessibleDescription(self.tr("Choice %1").replace("%1", str(position)))
            button.clicked.connect(lambda _checked=False, i=index: self.choose(i))
            self.choices_box.addWidget(button)
            self._choice_buttons.append(button)
        # Tab goes from the story through the choices, whenever the buttons were made.
        chain = [self.view, *self._choice_buttons, self.restart_button, self.go_on_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.restart_button.setVisible(step is not self.scenario.start)
        if had_focus:
            self.take_focus()
        self._settle()
        self.step_shown.emit(step.id)

    def _settle(self, show=None) -> None:
        """Lay the step out for what it holds now (and again once laid out), and bring
        `show` into view; without it, the step is shown from its top."""
        self._fit_answers()

        def later() -> None:
            self._fit_answers()
            if show is not None:
                if self.one_page:
                    self._show_chosen_and(show)
                self.answers.ensureWidgetVisible(show, 0, 0)
            else:
                self.page.verticalScrollBar().setValue(self.start())
                self.answers.verticalScrollBar().setValue(0)
                if self.window().focusWidget() in (self.view, *self._choice_buttons[:1]):
                    self.take_focus()  # the layout may have changed where the step starts

        QTimer.singleShot(0, self.answers, later)  # never after the player is gone

    def _show_chosen_and(self, show: QWidget) -> None:
        """On the one page: the chosen line and `show` (its feedback) under it, or where
        both do not fit, the feedback from its first line, with the chosen line above it
        where that leaves the feedback at least half the view (Qt showed the middle of a
        feedback taller than the view)."""
        lay_out_now()  # the new heights first
        body, room = self.page.widget(), self.page.viewport().height()
        chosen = [b for b in self._choice_buttons if b.isVisibleTo(self)]
        top = chosen[0].mapTo(body, chosen[0].rect().topLeft()).y() if chosen else None
        start = show.mapTo(body, show.rect().topLeft()).y()
        end = show.mapTo(body, show.rect().bottomLeft()).y()
        bar = self.page.verticalScrollBar()
        if top is not None and end - top <= room:
            for widget in [*chosen, show]:
                self.page.ensureWidgetVisible(widget, 0, 0)
        elif top is not None and start - top <= room // 2:
            bar.setValue(top)
        elif end - start <= room:
            self.page.ensureWidgetVisible(show, 0, 0)
        else:
            bar.setValue(start)

    def take_focus(self) -> None:
        """Where the keyboard starts on this step: "Go on" after a choice's feedback, else
        the first choice, or the story where the page scrolls as one and the story is
        longer than the page (the first choice would be out of sight, and the story's
        reading keys scroll the page)."""
        if self._pending_target is not None:
            self.go_on_button.setFocus()
            return
        if not self._choice_buttons:
            self.view.setFocus()
            return
        first = self._choice_buttons[0]
        # In the one-page layout the choices start under the story's whole height.
        below = self.view.minimumHeight() + theme.space("s") + first.height() > self.page.viewport().height()
        (self.view if self.one_page and below else first).setFocus()

    def start(self) -> int:
        """Where the step starts on the page: under the module's header where that is on
        the page (set_compact), so each new step has the whole height."""
        return start_under(self.top, self.page)

    def set_compact(self, compact: bool) -> None:
        """Short of height (trainer.ui.widgets.screen_fit.short_of_height): the step is
        always one page, with the module's header at its top, and scrolls as one."""
        self.compact = compact
        self._place_buttons()
        self._fit_answers()

    def _place_buttons(self) -> None:
        """Short of height, while the choices wait, "Try again" at the page's end instead
        of a fixed strip under it (Tab brings it into view). After a choice "Go on" and
        "Try again" have the fixed strip: the keyboard is put on "Go on", and there it is
        always in sight."""
        buttons = [self.restart_button, self.go_on_button]
        if self.compact and self._pending_target is None:
            move_widgets(buttons, self._buttons_row, self._page_buttons)
        else:
            move_widgets(buttons, self._page_buttons, self._buttons_row)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_answers()

    def _fit_answers(self) -> None:
        """Two layouts. Where the choices fit whole in half the height (or the chosen line,
        its feedback and "Go on" in most of it), the story has its own scrolling box and
        the answers stay in view under it, as tall as they need. Where they do not (200 %
        text on a laptop), two half-height boxes each showed a few lines cut mid-line:
        then the story is shown whole and the page scrolls as one, story then answers."""
        inner = self.answers.widget()
        width = self.answers.viewport().width() or self._column.width()
        layout = inner.layout()
        layout.activate()
        needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else inner.sizeHint().height()
        buttons = self._buttons_row.sizeHint().height() if self.go_on_button.isVisibleTo(self) or \
            self.restart_button.isVisibleTo(self) else 0
        room = self.height() - buttons - 2 * theme.space("s")
        share = 0.85 if self._pending_target is not None else 0.5
        # The story keeps at least three lines (its own minimum is taller, and would push
        # the player past the window's height and squeeze the contact bar above).
        story_least = 3 * self.view.fontMetrics().lineSpacing()
        one_page = self.compact or (
            needed > room * share and self.story.text_height() + needed + theme.space("s") > room)
        self.one_page = one_page
        self.story.set_on(one_page)  # the story whole, its reading keys scrolling the page
        if one_page:
            self.answers.setFixedHeight(needed)
        else:
            self.view.setMinimumHeight(story_least)
            self.view.setMaximumHeight(QWIDGETSIZE_MAX)  # the story takes what is left
            self.answers.setFixedHeight(max(0, min(needed, int(room * share), room - story_least)))

    def at_ending(self) -> bool:
        return self.step is not None and self.step.is_ending

    def _show_debrief(self) -> None:
        self.go_on_button.hide()
        self.restart_button.show()
        if not self.scenario.tags:
            self.feedback_frame.hide()
            return
        noticed, missed = signs_noticed_and_missed(self.scenario, self.chosen_tags)
        noticed_html = "<br>".join("✓ " + escape(s) for s in noticed) or escape(self.tr("none this time"))
        missed_html = "<br>".join("○ " + escape(s) for s in missed) or escape(self.tr("none: you noticed them all"))
        noticed_title = escape(self.tr("Signs you noticed"))
        missed_title = escape(self.tr("Signs you could also have noticed"))
        self.feedback_label.setText(
            f"<b>{noticed_title}:</b><br>{noticed_html}<br><br><b>{missed_title}:</b><br>{missed_html}"
        )
        announce(self.feedback_frame, f"{self.step.title}. {plain_text(self.feedback_label.text())}")
        self.feedback_frame.show()

    def _clear_choices(self) -> None:
        for button in self._choice_buttons:
            self.choices_box.removeWidget(button)
            button.hide()
            button.setParent(None)  # out of the window now, not after the next event loop turn
            button.deleteLater()
        self._choice_buttons = []
        self._order = []

    # ------------------------------------------------------------ acting

    def choose(self, index: int) -> None:
        step = self.step
        if step is None or step.is_ending or self._pending_target is not None:
            return
        if not 0 <= index < len(step.choices):
            return
        choice = step.choices[index]
        progress.record_choice(self.context.db, self.run_id, step.id, index, choice.target, choice.tags,
                               went_on=not choice.feedback)
        self.chosen_tags.extend(choice.tags)
        self.choice_made.emit(step.id, index)
        if choice.feedback:
            self._show_chosen(index)
            self.go_on_button.setFocus()
        else:
            self._go_to(choice.target)

    def _show_chosen(self, index: int) -> None:
        """The chosen line alone (so the feedback has room on a small screen), its feedback
        and "Go on"."""
        choice = self.step.choices[index]
        for position, button in enumerate(self._choice_buttons):
            button.setEnabled(False)
            if self._order[position] == index:
                button.setLabel("➜ " + button.labelText())
            else:
                button.hide()
        self.feedback_label.setText(label_html(render_markdown(choice.feedback)))
        announce(self.feedback_frame, plain_text(self.feedback_label.text()))
        self.feedback_label.setAccessibleDescription(self.tr("You chose") + ": " + choice.text)
        self._pending_target = choice.target
        self._place_buttons()
        self.go_on_button.show()
        self.feedback_frame.show()
        self._settle(show=self.feedback_frame)

    def _on_go_on_clicked(self) -> None:
        if self._pending_target is not None:
            progress.record_went_on(self.context.db, self.run_id)
            self._go_to(self._pending_target)

    def _go_to(self, target: str) -> None:
        step = self.scenario.step(target)
        if step is not None:
            self._show_step(step, record_end=True)

    def _on_number_key(self, number: int) -> None:
        """The number on the screen, which is not the author's when the choices are shuffled."""
        if 0 < number <= len(self._order):
            self.choose(self._order[number - 1])


def step_base(scenario: Scenario):
    return scenario.path.parent
