"""One module: its parts in a list on the left, the current part on the right, and
previous/next. The place in the module is saved whenever it changes. On a short screen
(200 % text on a small laptop) the header scrolls away with the part."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from trainer.course.grading import ending_kind, signs_noticed_and_missed
from trainer.course.model import Module
from trainer.course.part_types import Page, Quiz, Scenario
from trainer.store import progress
from trainer.ui.widgets import theme
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.context import AppContext
from trainer.ui.learner.quiz_player import QuizPlayer
from trainer.ui.learner.scenario_player import ScenarioPlayer
from trainer.ui.widgets.screen_fit import short_of_height
from trainer.ui.widgets.scrolling import (
    WholeText, bring_into_view, follow_focus, lay_out_now, move_widgets, scroll_to, scrolling,
)
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapped_rows import fit_items, keep_items_fitted


class ModuleView(QWidget):
    back_requested = Signal()
    module_completed = Signal(str)
    next_module_requested = Signal(str)  # the module just finished: go on to the one after it
    parts_list_shown = Signal(bool)  # the list of parts appeared or went (View > Module parts)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.module: Module | None = None
        self._entered_at = time.monotonic()
        self.parts_mode = "auto"  # trainer.ui.preferences: "auto", "shown" or "hidden"

        self.back_button = QPushButton(self.tr("◀  &Overview"), objectName="quiet")
        self.back_button.clicked.connect(self._on_back_clicked)
        self.title = WrappedLabel(objectName="heading")
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Parts of the module"))
        # The list widens with the text, so titles wrap over two lines, not four.
        width = int(260 * (1 + 0.75 * (theme.scale() - 1)))
        self.parts.setMaximumWidth(width)
        self.parts.setMinimumWidth(int(width * 0.8))
        keep_items_fitted(self.parts)  # titles wrap over two lines rather than being cut
        self.parts.currentRowChanged.connect(self._on_part_selected)
        self.stack = QStackedWidget()
        self.page_view = ContentView()
        self.page_view.setAccessibleName(self.tr("Reading page"))
        # Room for the text column and a 760-px chart beside the margins and the scroll bar.
        self.page_view.setMaximumWidth(theme.column_width() + 2 * theme.space("xxl"))
        # The page in the same centred column as the scenarios and the quizzes, on a page
        # that scrolls as one only where the part is short of height (_fit_height): then
        # the module's header at its top (page_top) scrolls away with it.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(theme.space("s"))
        self.page_top = QVBoxLayout()
        page_layout.addLayout(self.page_top)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.page_view, 100)
        centre.addStretch(1)
        page_layout.addLayout(centre, 1)
        self.page_holder = scrolling(page)
        follow_focus(self.page_holder)
        self.page_text = WholeText(self.page_view, self.page_holder)
        self.scenario_player = ScenarioPlayer(context)
        self.quiz_player = QuizPlayer(context)
        for widget in (self.page_holder, self.scenario_player, self.quiz_player):
            self.stack.addWidget(widget)
        self.scenario_player.ending_reached.connect(self._on_ending_reached)
        self.scenario_player.step_shown.connect(lambda _step: self._style_next_button())
        self.quiz_player.finished.connect(lambda _percent, _passed: self.refresh_part_states())
        self.quiz_player.state_changed.connect(self._style_next_button)
        self.quiz_player.continue_requested.connect(self._on_quiz_continue)
        self.previous_button = QPushButton(self.tr("◀  &Previous"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(objectName="primary")
        self.next_button.clicked.connect(lambda: self.go(1))
        # Alt+Left and Alt+Right as shortcuts of their own: a button's shortcut is replaced
        # by its Alt-letter whenever its text is set.
        for keys, button in (("Alt+Left", self.previous_button), ("Alt+Right", self.next_button)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())

        self.header = QWidget()
        header = QHBoxLayout(self.header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(theme.space("m"))  # as when it was a row of the view's own layout
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(theme.space("s"))
        header.addWidget(self.title, 1)
        self.header_place = QVBoxLayout()  # where the header stands while the part has room
        self.header_place.addWidget(self.header)
        body = QHBoxLayout()
        body.setSpacing(theme.space("l"))
        self._body = body
        body.addWidget(self.parts)
        body.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        footer.setSpacing(theme.space("s"))
        self._footer = footer
        footer.addStretch(1)
        footer.addWidget(self.previous_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.space("l"), theme.space("m"), theme.space("l"), theme.space("m"))
        layout.setSpacing(theme.space("m"))
        layout.addLayout(self.header_place)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        # Each part's place for the header at the top of what it scrolls, and what scrolls.
        self._scrolling = {self.page_holder: (self.page_top, self.page_holder),
                           self.scenario_player: (self.scenario_player.top, self.scenario_player.page),
                           self.quiz_player: (self.quiz_player.top, self.quiz_player.scroll)}
        self.short_of_height = False

    def open(self, module: Module) -> None:
        self.module = module
        self.title.setText(module.title)
        self._fit_height()  # a title over more lines leaves the part less room
        self._entered_at = time.monotonic()
        saved = progress.module_progress(self.context.db, self.context.profile.id, module.id)
        self.parts.blockSignals(True)
        self.parts.clear()
        for part in module.parts:
            state = self._part_state(part)
            item = QListWidgetItem(f"{part.title}\n{state}")
            item.setData(Qt.ItemDataRole.UserRole, part.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{part.title}, {state}")  # as refresh_part_states says it
            self.parts.addItem(item)
        self.parts.blockSignals(False)
        fit_items(self.parts)
        start = 0
        if saved.part_id:
            start = next((i for i, p in enumerate(module.parts) if p.id == saved.part_id), 0)
        if self.parts.currentRow() == start:
            self._on_part_selected(start)
        else:
            self.parts.setCurrentRow(start)

    # ------------------------------------------------------------ the list of parts

    def set_parts_mode(self, mode: str) -> None:
        """Show the list of parts ("shown"), hide it ("hidden"), or ("auto") show it only
        while the page beside it keeps room to read."""
        self.parts_mode = mode
        self._place_parts_list()

    def parts_list_fits(self) -> bool:
        """Whether the page beside the list keeps two thirds of its reading column (about
        48 characters at any text size). At 200 % text on a 1366-px laptop it does not:
        the list would take more than a quarter of the width and wrap every choice of a
        scenario over two lines. Measured at the stack's width, which is this view's
        once it is shown (before its first layout this view has Qt's default size)."""
        width = self.parentWidget().width() if self.parentWidget() is not None else self.width()
        margins = self.layout().contentsMargins()
        room = width - margins.left() - margins.right() - self.parts.minimumWidth() - self._body.spacing()
        return room >= theme.column_width() * 2 // 3

    def _place_parts_list(self) -> None:
        show = self.parts_mode == "shown" or (self.parts_mode == "auto" and self.parts_list_fits())
        if show == (not self.parts.isHidden()):
            return
        self.parts.setVisible(show)  # hiding the focused list hands the focus on to the page (Qt)
        self.parts_list_shown.emit(show)

    def focus_start(self) -> None:
        """Where the keyboard starts in a module: the list of parts, or while the list is
        hidden the part itself, never the back button (where Enter would leave)."""
        self._place_parts_list()
        if not self.parts.isHidden():
            self.parts.setFocus()
            return
        self._focus_part()

    def _focus_part(self) -> None:
        """The keyboard into the part on screen: the page, the scenario's step (see
        ScenarioPlayer.take_focus) or the quiz's first answer."""
        current = self.stack.currentWidget()
        if current is self.scenario_player:
            self.scenario_player.take_focus()
        elif current is self.page_holder:
            self.page_view.setFocus()
        else:
            self.quiz_player.take_focus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.parts_mode == "auto":
            self._place_parts_list()
        self._fit_height()

    # ------------------------------------------------------------ short of height

    def part_room(self) -> int:
        """The height the part gets in the ordinary layout: under the header (over as many
        lines as the title takes at this width), above Previous/Next, between the margins.
        Measured so whatever the layout is now, so that it never flips to and fro. At the
        stack's height, which is this view's once it is shown."""
        height = self.parentWidget().height() if self.parentWidget() is not None else self.height()
        width = self.parentWidget().width() if self.parentWidget() is not None else self.width()
        margin, spacing = theme.space("m"), theme.space("m")
        header = self.header.layout().totalHeightForWidth(width - 2 * theme.space("l"))
        return height - 2 * margin - 2 * spacing - header - self._footer.sizeHint().height()

    def _fit_height(self) -> None:
        """Short of height (1280x720 at 150 % with 200 % text left a quiz one line of its
        question in view): the header goes to the top of the part, where it scrolls away
        with it, a quiz's "Answer" goes under its options, a scenario's step and a page
        scroll as one page, and the margins shrink. Previous/Next stay at the bottom.
        (Previous/Next beside the title cut "Finish module" at this width: not again.)"""
        short = short_of_height(self.part_room(), self)
        if short != self.short_of_height:
            self.short_of_height = short
            # Once laid out anew, the control with the keyboard in view again (a resize into
            # the short layout put the header above a focused option and left it out of sight).
            QTimer.singleShot(0, self, self._keep_focus_in_view)
            gap = theme.space("s") if short else theme.space("m")
            self.layout().setContentsMargins(theme.space("l"), gap, theme.space("l"), gap)
            self.layout().setSpacing(gap)
            self.page_text.set_on(short)
            self.scenario_player.set_compact(short)
            self.quiz_player.set_compact(short)
        self._place_header()

    def _place_header(self) -> None:
        """The header in its own row, or short of height at the top of the part on screen."""
        place = self._scrolling[self.stack.currentWidget()][0] if self.short_of_height else self.header_place
        if place.indexOf(self.header) >= 0:
            return
        source = next(layout for layout in (self.header_place, *(top for top, _scroll in self._scrolling.values())) if layout.indexOf(self.header) >= 0)
        move_widgets([self.header], source, place)  # "◀ Overview" keeps the keyboard if it had it
        self.header.show()

    def _part_state(self, part) -> str:
        """The part's kind and, once there is one, its mark: a page read, a scenario's
        ending by its kind (good, partly, poor: as its author marked it, or by the signs
        noticed on the way), a quiz's best score and whether it passed. A page not yet read
        is a "Page": in English "Read" beside "Already read ✓" made it look done."""
        kind_label = {"page": self.tr("Page"), "scenario": self.tr("Scenario"), "quiz": self.tr("Quiz")}[part.kind]
        db, profile = self.context.db, self.context.profile
        if isinstance(part, Page):
            read = part.id in progress.pages_read(db, profile.id, self.module.id)
            return self.tr("Already read") + "  ✓" if read else kind_label
        if isinstance(part, Scenario):
            run = progress.latest_finished_run(db, profile.id, self.module.id, part.id)
            if run is None:
                return kind_label
            ending = part.step(run.ending_id) if run.ending_id else None
            if not part.tags and (ending is None or not ending.kind):
                return f"{kind_label}  ·  " + self.tr("ending reached") + "  ✓"  # nothing to judge it by
            tags = [t for step_id, index, _target in run.path if (step := part.step(step_id)) is not None
                    and 0 <= index < len(step.choices) for t in step.choices[index].tags]
            noticed, _missed = signs_noticed_and_missed(part, tags)
            signs = ""
            if part.tags:
                counted = self.tr("%1 of %2 signs").replace("%1", str(len(noticed))).replace("%2", str(len(part.tags)))
                signs = f" ({counted})"
            kind = ending_kind(part, tags, ending)
            if kind == "good":
                return f"{kind_label}  ·  " + self.tr("good ending") + f"{signs}  ✓"
            if kind == "partly":
                return f"{kind_label}  ·  " + self.tr("partly good ending") + f"{signs}  ◐"
            return f"{kind_label}  ·  " + self.tr("poor ending") + f"{signs}  ○"
        if isinstance(part, Quiz):
            best = progress.best_score(db, profile.id, self.module.id, part.id)
            if best is not None:
                return f"{kind_label}  ·  {best} %" + ("  ✓" if best >= part.pass_percent else "")
        return kind_label

    def refresh_part_states(self) -> None:
        for row, part in enumerate(self.module.parts if self.module else ()):
            state = self._part_state(part)
            self.parts.item(row).setText(f"{part.title}\n{state}")
            self.parts.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, f"{part.title}, {state}")
        fit_items(self.parts)

    def current_part(self):
        row = self.parts.currentRow()
        if self.module is None or not 0 <= row < len(self.module.parts):
            return None
        return self.module.parts[row]

    def _on_part_selected(self, row: int) -> None:
        if self.module is None or not 0 <= row < len(self.module.parts):
            return
        part = self.module.parts[row]
        progress.save_position(self.context.db, self.context.profile.id, self.module.id, part.id)
        if isinstance(part, Page):
            progress.mark_page_read(self.context.db, self.context.profile.id, self.module.id, part.id)
            self.refresh_part_states()
            # The module's title is already above the page: a page of the same name does not repeat it.
            heading = "" if part.title.strip() == self.module.title.strip() else part.title
            self.page_view.show_markdown(part.body, part.path.parent, self.context.roots, self.context.assets,
                                         figures=part.figures, heading=heading)
            self.stack.setCurrentWidget(self.page_holder)
        elif isinstance(part, Scenario):
            self.scenario_player.load(self.module, part)
            self.stack.setCurrentWidget(self.scenario_player)
        elif isinstance(part, Quiz):
            self.quiz_player.load(self.module, part)
            self.stack.setCurrentWidget(self.quiz_player)
        self._place_header()
        if self.short_of_height:
            # A part opens from the top, the module's header in view; after that each
            # step or question starts under it.
            QTimer.singleShot(0, self, self._show_part_from_top)
        last = row == len(self.module.parts) - 1
        self.previous_button.setEnabled(row > 0)
        self.next_button.setText(self.tr("F&inish module  ✓") if last else self.tr("&Next  ▶"))
        self.quiz_player.set_continue_text(self._quiz_continue_text(last))
        self._style_next_button()

    def _part_scroll(self):
        """The scroll area of the part on screen."""
        return self._scrolling[self.stack.currentWidget()][1]

    def _show_part_from_top(self) -> None:
        """From the top, unless that hides the control the keyboard is on (a quiz's first
        option under a long question): then as little lower as shows it whole."""
        scroll_to(self._part_scroll(), 0)

    def _keep_focus_in_view(self) -> None:
        focused, scroll = self.window().focusWidget(), self._part_scroll()
        if focused is not None and scroll.widget() is not None and scroll.widget().isAncestorOf(focused):
            lay_out_now()
            bring_into_view(scroll, focused)

    def _on_ending_reached(self, _ending: str) -> None:
        self.refresh_part_states()
        self._style_next_button()
        self.next_button.setFocus()  # the way on, so a stray Space never starts over

    def _style_next_button(self) -> None:
        """One primary action per screen: while a quiz question or a scenario choice waits,
        that is the answer, and "Next"/"Finish module" steps back to a plain button."""
        part = self.current_part()
        primary = isinstance(part, Page) or (isinstance(part, Scenario) and self.scenario_player.at_ending())
        self.next_button.setObjectName("primary" if primary else "")
        self.next_button.setVisible(not (isinstance(part, Quiz) and not self.quiz_player.is_answering()))
        self.next_button.style().unpolish(self.next_button)
        self.next_button.style().polish(self.next_button)

    def _quiz_continue_text(self, last: bool) -> str:
        return self.tr("Next &module  ▶") if last else self.tr("&Next  ▶")

    def _on_quiz_continue(self) -> None:
        """"Next module" on a quiz's result: finish this module and go on."""
        if self.current_part() is self.module.parts[-1]:
            self.finish(next_module=True)
        else:
            self.go(1)

    def go(self, delta: int) -> None:
        if self.module is None:
            return
        row = self.parts.currentRow() + delta
        if row >= len(self.module.parts):
            self.finish()
            return
        if row >= 0:
            self.parts.setCurrentRow(row)
            # Into a scenario or a quiz the keyboard goes with the learner: left on the
            # button, whose meaning had just changed to "Finish module", a second Enter
            # finished the module without its quiz. Through pages it stays on "Next".
            if not isinstance(self.module.parts[row], Page) and self.window().focusWidget() in (
                    self.next_button, self.previous_button):
                self._focus_part()

    def finish(self, next_module: bool = False) -> None:
        """Mark the module completed; a quiz answered in full counts as taken. With a quiz
        not taken, ask first (a click too many on "Next" finished modules without their
        quiz); the answer "no" goes to that quiz."""
        self.save_time()
        db, profile = self.context.db, self.context.profile
        progress.finish_answered_attempts(db, profile.id, self.module.id, [
            (quiz.id, [q.id for q in quiz.questions], quiz.pass_percent) for quiz in self.module.quizzes
        ])
        untaken = [quiz for quiz in self.module.quizzes
                   if progress.best_score(db, profile.id, self.module.id, quiz.id) is None]
        if untaken and not self.ask_finish_without(untaken[0]):
            self.parts.setCurrentRow(self.module.parts.index(untaken[0]))
            self._focus_part()
            return
        progress.mark_completed(db, profile.id, self.module.id)
        (self.next_module_requested if next_module else self.module_completed).emit(self.module.id)

    def ask_finish_without(self, quiz: Quiz) -> bool:
        """Whether to finish the module without `quiz`; tests replace this."""
        from trainer.ui.widgets import ask

        return ask.confirm(
            self, self.tr("Finish without the quiz?"), self.finish_question(quiz),
            yes=self.tr("Finish anyway"), no=self.tr("Take the quiz"), safe_default=True)

    def finish_question(self, quiz: Quiz) -> str:
        """Says the quiz counts towards a course only where a course's pass rule counts it
        (a rule that names no quizzes counts every one)."""
        counts = any(not course.pass_rule.quizzes or quiz.id in course.pass_rule.quizzes
                     for course in self.context.library.courses_in(self.context.lang)
                     if self.module.id in course.module_ids)
        if counts:
            text = self.tr("You have not taken the quiz “%1” yet. Its result counts towards the course. "
                           "Finish the module anyway?")
        else:
            text = self.tr("You have not taken the quiz “%1” yet. Finish the module anyway?")
        return text.replace("%1", quiz.title)

    def save_time(self) -> None:
        """Add the time since the module was opened (or last saved) to its total."""
        if self.module is None or self.context.profile is None:
            return
        elapsed = int(time.monotonic() - self._entered_at)
        self._entered_at = time.monotonic()
        progress.add_time(self.context.db, self.context.profile.id, self.module.id, elapsed)

    def _on_back_clicked(self) -> None:
        self.save_time()
        self.back_requested.emit()
