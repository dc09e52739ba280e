"""The author's live preview: a file or folder shown as the app shows it, re-rendered
whenever the author saves in their own editor, with exactly the problems `trainer
validate` reports for it (one checking path: trainer.course.targets.check_target). When a
file cannot be read, the last version that worked stays on screen with the problems above.

The window only arranges its parts: saves are noticed by `FileWatch`, problems listed by
`ProblemList`, scenarios played beside their map in `ScenarioPanel`, and the facts of a
pack, module, course or programme written by the Qt-free `trainer.course.describe`."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QMainWindow, QPushButton, QSplitter, QStackedWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from trainer.course.describe import describe, kind_label
from trainer.course.model import Library, Module
from trainer.course.part_types import Page, Quiz, Scenario
from trainer.course.scope import Scoped, target_of
from trainer.course.targets import check_target
from trainer.store import db as store_db
from trainer.store import progress
from trainer.ui.authoring.file_watch import FileWatch
from trainer.ui.authoring.problem_list import ProblemList
from trainer.ui.authoring.scenario_panel import ScenarioPanel
from trainer.ui.context import AppContext
from trainer.ui.learner.quiz_player import QuizPlayer
from trainer.ui.widgets import theme
from trainer.ui.widgets.content_view import ContentView
from trainer.ui.widgets.keys import EnterPressesButtons
from trainer.ui.widgets.wrapped_label import WrappedLabel
from trainer.ui.widgets.wrapped_rows import fit_rows, keep_rows_fitted

KEY_ROLE = Qt.ItemDataRole.UserRole


class PreviewWindow(QMainWindow):
    reloaded = Signal()  # after every load, good or not

    def __init__(self, path: Path, context_roots: list[Path], assets: Path | None, lang: str = "nb", parent=None):
        super().__init__(parent)
        self.path = Path(path).resolve()
        self.context_roots = [Path(r) for r in context_roots]
        # Playing a scenario or quiz records runs like the app does, in memory only.
        database = store_db.memory()
        profile = progress.create_profile(database, "preview")
        self.context = AppContext(db=database, library=Library(), lang=lang, assets=assets, profile=profile)
        self.scoped: Scoped | None = None  # the latest load
        self.shown: Scoped | None = None  # what is on screen: the latest load that worked
        self.stale = False
        self.loaded_at = ""
        self.objects: dict[tuple, object] = {}
        self._selected: tuple | None = None
        # The file the author chose while it is missing (an editor that deletes, then
        # writes, leaves a gap): chosen again when it is back, until the author picks another.
        self._wanted: tuple | None = None
        self._filling = False
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", self.path.name))
        self.setMinimumSize(720, 440)  # as the main window: fits 1280x720 at 150 % scaling
        self._build()
        # Enter presses the focused button, as in the learner's window (main_window.py).
        self._enter_presses = EnterPressesButtons(self)
        self._following_focus = True  # it listens from the start (see _follow_focus)
        self.files = FileWatch(self)
        self.files.changed.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.tree = QTreeWidget()
        # One column: the title, the kind and file, and the file's problems ("✖ 2  ⚠ 1") under
        # them, wrapped rather than cut. A second column for the marks took a third of the
        # list at 200 % text for its heading alone.
        self.tree.setHeaderLabels([self.tr("Content")])
        self.tree.setHeaderHidden(True)
        keep_rows_fitted(self.tree)
        self.tree.setAccessibleName(self.tr("Files in the preview"))
        self.tree.currentItemChanged.connect(self._on_item_changed)
        self.summary = WrappedLabel(objectName="muted")
        self.reload_button = QPushButton(self.tr("Reload &now"))
        self.reload_button.clicked.connect(self.reload)
        left = QWidget()
        left.setMinimumWidth(int(280 * (1 + 0.5 * (theme.scale() - 1))))  # a title and its file, as text grows
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.reload_button)

        self.heading = WrappedLabel(objectName="subtitle")
        self.banner = WrappedLabel(objectName="previewBanner")
        self.banner.setStyleSheet(
            f"QLabel#previewBanner {{ background: {theme.current().surface}; border-left: 5px solid "
            f"{theme.current().focus}; padding: 8px 12px; font-weight: 600; }}"
        )
        self.banner.hide()
        self.problem_list = ProblemList()

        self.page_view = ContentView()
        self.page_view.setAccessibleName(self.tr("Preview of the page"))
        self.info_view = ContentView()
        self.info_view.setAccessibleName(self.tr("About this file"))
        self.empty = WrappedLabel(self.tr("Nothing to show: fix the problems above and save."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scenario_panel = ScenarioPanel(self.context)

        self.quiz_player = QuizPlayer(self.context)
        self.quiz_restart = QPushButton(self.tr("&Start the quiz again"))
        self.quiz_restart.clicked.connect(self.quiz_player.retry)
        quiz_panel = QWidget()
        quiz_layout = QVBoxLayout(quiz_panel)
        quiz_layout.setContentsMargins(0, 0, 0, 0)
        quiz_layout.addWidget(self.quiz_player, 1)
        restart_row = QHBoxLayout()
        restart_row.addStretch(1)
        restart_row.addWidget(self.quiz_restart)
        quiz_layout.addLayout(restart_row)
        self.quiz_panel = quiz_panel

        self.stack = QStackedWidget()
        for widget in (self.empty, self.page_view, self.info_view, self.scenario_panel, self.quiz_panel):
            self.stack.addWidget(widget)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.problem_list)
        right_layout.addWidget(self.stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 900])  # room for a title and its file name on a line each
        splitter.setChildrenCollapsible(False)
        page = QWidget(objectName="page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(splitter)
        self.setCentralWidget(page)

        reload_action = QAction(self.tr("Reload"), self)
        reload_action.setShortcut(QKeySequence("F5"))
        reload_action.triggered.connect(self.reload)
        close_action = QAction(self.tr("Close"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.addAction(reload_action)
        self.addAction(close_action)

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        focus = self._focus_place()
        self.files.settle()
        scoped = check_target(self.path, self.context_roots)
        self.scoped = scoped
        good = not scoped.broken
        if good or self.shown is None:
            self.shown = scoped
            self.stale = False
        else:
            self.stale = True  # keep the last version that worked on screen
        self.loaded_at = time.strftime("%H:%M:%S")
        self.context.library = self.shown.library
        own = self.shown.target if self.shown.target.is_dir() else self.shown.target.parent
        self.context.roots = [*self.shown.library.roots, own]
        self._fill_tree()
        self._update_summary()
        self.files.watch(scoped.target, target_of(self.path))
        # New buttons are shown by their layout on the next turn of the event loop: the keyboard
        # goes back then.
        QTimer.singleShot(0, self, lambda: self._restore_focus(focus))
        self.reloaded.emit()

    # ------------------------------------------------------------ keeping the keyboard's place

    def _focus_chain(self) -> list[QWidget]:
        """The widgets Tab reaches in this window, in Tab's order."""
        found, widget = [], self.nextInFocusChain()
        while widget is not None and widget is not self and len(found) < 10_000:
            if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.window() is self):
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def _focus_place(self) -> tuple | None:
        """Where the keyboard is: the widget, its kind, its text and its place among the
        widgets of its kind; a save rebuilds the buttons, and Qt would move focus on to the
        step map."""
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self:
            return None
        same_kind = [w for w in self._focus_chain() if type(w) is type(widget)]
        index = same_kind.index(widget) if widget in same_kind else 0
        text = widget.text() if isinstance(widget, QPushButton) else ""
        return widget, type(widget), text, index

    def _restore_focus(self, place: tuple | None) -> None:
        if place is None:
            return
        from shiboken6 import isValid

        widget, kind, text, index = place
        if isValid(widget) and widget.isVisible() and widget.isEnabled() and QApplication.focusWidget() is widget:
            return
        chain = self._focus_chain()
        if isValid(widget) and widget in chain:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        same_kind = [w for w in chain if type(w) is kind]
        if not same_kind:
            return
        same_text = [w for w in same_kind if text and isinstance(w, QPushButton) and w.text() == text]
        target = same_text[0] if len(same_text) == 1 else same_kind[min(index, len(same_kind) - 1)]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems_for(self, path: Path) -> list:
        if self.scoped is None:
            return []
        return [p for p in self.scoped.problems if p.path == path]

    def _update_summary(self) -> None:
        problems = self.scoped.problems if self.scoped else []
        errors = sum(not p.warning for p in problems)
        warnings = len(problems) - errors
        if not problems:
            text = self.tr("No problems.")
        else:
            text = self.tr("%1 and %2.").replace("%1", self._count_errors(errors)).replace("%2", self._count_warnings(warnings))
        self.summary.setText(text + " " + self.tr("Updated %1.").replace("%1", self.loaded_at))

    # ------------------------------------------------------------ the list of files

    def _owned(self, path: Path) -> bool:
        return self.shown is not None and self.shown.owns(path)

    def _fill_tree(self) -> None:
        shown = self.shown
        library = shown.library
        keep = self._selected
        self.objects = {}
        self.tree.blockSignals(True)
        self.tree.clear()
        entries: list[tuple[tuple, str, str, list]] = []  # (key, title, kind label, children)
        for manifest in library.packs:
            if self._owned(manifest.path):
                entries.append((("pack", manifest.path, manifest.id), manifest.title, self.tr("Content pack"), []))
                self.objects[("pack", manifest.path, manifest.id)] = manifest
        for course in library.courses:
            if self._owned(course.path):
                entries.append((("course", course.path, course.id), course.title, self.tr("Course"), []))
                self.objects[("course", course.path, course.id)] = course
        for programme in library.programmes:
            if self._owned(programme.path):
                key = ("programme", programme.path, programme.id)
                entries.append((key, programme.title, self.tr("Programme"), []))
                self.objects[key] = programme
        for card in library.contacts:
            if self._owned(card.path):
                key = ("contact", card.path, card.lang)
                entries.append((key, card.title, self.tr("Contact card"), []))
                self.objects[key] = card
        modules = [m for m in library.modules if self._owned(m.path) or any(self._owned(p.path) for p in m.parts)]
        if shown.loose_part is not None:
            modules.append(self._loose_module(shown.loose_part))
        for module in modules:
            key = ("module", module.path, module.id)
            self.objects[key] = module
            children = []
            for part in module.parts:
                part_key = ("part", part.path, part.id)
                self.objects[part_key] = (module, part)
                children.append((part_key, part.title, self._kind_label(part)))
            if shown.loose_part is None:
                entries.append((key, module.title, self.tr("Module"), children))
            else:
                entries.extend((k, t, label, []) for k, t, label in children)
        shown_paths = {key[1] for key in self.objects}
        for path in (self.scoped.broken if self.scoped else []):
            if path not in shown_paths:
                key = ("broken", path, "")
                self.objects[key] = path
                entries.append((key, path.name, self.tr("Cannot be shown"), []))
        first = None
        for key, title, label, children in entries:
            item = self._item(key, title, label)
            self.tree.addTopLevelItem(item)
            first = first or item
            for child_key, child_title, child_label in children:
                item.addChild(self._item(child_key, child_title, child_label))
            item.setExpanded(True)
        fit_rows(self.tree)
        self.tree.blockSignals(False)
        target = self._find(self._wanted) if self._wanted else None
        if target is not None:
            self._wanted = None  # back again
        else:
            target = self._find(keep) if keep else None
            if target is None and keep and not self._wanted:
                self._wanted = keep
        if target is None:
            target = self._initial_item() or first
        self._filling = True
        try:
            if target is not None:
                if self.tree.currentItem() is target:
                    self._on_item_changed(target, None)
                else:
                    self.tree.setCurrentItem(target)
            else:
                self._on_item_changed(None, None)
        finally:
            self._filling = False

    def _item(self, key: tuple, title: str, kind_label: str) -> QTreeWidgetItem:
        problems = self.problems_for(key[1])
        errors = sum(not p.warning for p in problems)
        warnings = len(problems) - errors
        marks = " ".join(part for part in (f"✖ {errors}" if errors else "", f"⚠ {warnings}" if warnings else "") if part)
        name = title or key[1].name
        item = QTreeWidgetItem([f"{name}\n{kind_label} · {key[1].name}" + (f"\n{marks}" if marks else "")])
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, str(key[1]))
        if errors:  # the marks say it in symbols and numbers; the colour only adds to them
            item.setForeground(0, QBrush(QColor(theme.current().wrong)))
        counts = f"{self._count_errors(errors)}, {self._count_warnings(warnings)}"
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{name}, {kind_label}, {key[1].name}, {counts}")
        return item

    def _count_errors(self, count: int) -> str:
        return self.tr("%n error(s)", "", count)  # "1 error", "4 errors": Qt's plural forms

    def _count_warnings(self, count: int) -> str:
        return self.tr("%n warning(s)", "", count)

    def _kind_label(self, part) -> str:
        return kind_label(part.kind)

    def _loose_module(self, part) -> Module:
        return Module(id="preview", title=part.title, lang=self.context.lang, audience=(), minutes=0, version="1",
                      summary="", content_warning="", parts=(part,), folder=part.path.parent, path=part.path,
                      digest="preview")

    def _all_items(self):
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            yield item
            for index in range(item.childCount()):
                yield item.child(index)

    def _find(self, key: tuple) -> QTreeWidgetItem | None:
        items = list(self._all_items())
        for item in items:
            if item.data(0, KEY_ROLE) == key:
                return item
        for item in items:  # the id changed: the same file
            if item.data(0, KEY_ROLE)[1] == key[1]:
                return item
        return None

    def _initial_item(self) -> QTreeWidgetItem | None:
        """The file the author asked for; for module.md, its module."""
        if not self.path.is_file():
            return None
        for item in self._all_items():
            key = item.data(0, KEY_ROLE)
            if key[1] == self.path and key[0] in ("module", "pack", "course", "programme", "contact", "broken"):
                return item
        for item in self._all_items():
            if item.data(0, KEY_ROLE)[1] == self.path:
                return item
        return None

    # ------------------------------------------------------------ showing one file

    def _on_item_changed(self, item, _previous) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        self._selected = key
        if not self._filling:
            self._wanted = None  # the author chose another file
        path = key[1] if key else None
        self._show_problems(path)
        self.banner.setVisible(False)
        notes = []
        if self.stale:
            notes.append(self.tr("A file cannot be read, so the preview shows the last version that worked. "
                                 "Fix the problems and save again."))
        if self.shown is not None and self.shown.loose_part is not None:
            notes.append(self.tr("This file is not in a module folder (a folder with module.md), so the app "
                                 "will not show it until it is moved into one."))
        if notes:
            self.banner.setText("\n".join(notes))
            self.banner.show()
        if key is None:
            self.heading.setText(self.tr("Nothing to show in %1").replace("%1", self.path.name))
            self.stack.setCurrentWidget(self.empty)
            return
        self.heading.setText(f"{item.text(0).splitlines()[0]}  ·  {path.name}")
        thing = self.objects.get(key)
        kind = key[0]
        if kind == "part":
            module, part = thing
            self._show_part(module, part)
        elif kind == "broken":
            self.stack.setCurrentWidget(self.empty)
        else:
            self._show_info(kind, thing)

    def _show_problems(self, path: Path | None) -> None:
        self.problem_list.show_problems(self.problems_for(path) if path else [])

    def _show_part(self, module: Module, part) -> None:
        if isinstance(part, Page):
            bar = self.page_view.verticalScrollBar()
            same = self.stack.currentWidget() is self.page_view and getattr(self, "_page_path", None) == part.path
            position = bar.value() if same else 0
            self.page_view.show_markdown(part.body, part.path.parent, self.context.roots, self.context.assets,
                                         figures=part.figures, heading=part.title)
            self._page_path = part.path
            self.stack.setCurrentWidget(self.page_view)
            QTimer.singleShot(0, bar, lambda: bar.setValue(position))  # not after the window is gone
        elif isinstance(part, Scenario):
            self.scenario_panel.show_scenario(module, part)
            self.stack.setCurrentWidget(self.scenario_panel)
        elif isinstance(part, Quiz):
            if part.questions:
                self.quiz_player.load(module, part)
                self.stack.setCurrentWidget(self.quiz_panel)
            else:
                self.stack.setCurrentWidget(self.empty)

    def _show_info(self, kind: str, thing) -> None:
        self.info_view.show_markdown(describe(kind, thing, self.shown.library), thing.path.parent, self.context.roots,
                                     self.context.assets, heading=thing.title)
        self.stack.setCurrentWidget(self.info_view)

    def _follow_focus(self, on: bool) -> None:
        """EnterPressesButtons hears the application's focus changes. A window destroyed
        while it still has the focus (never closed: `trainer --smoke preview` run in a
        test) would have Qt call into the half-destroyed filter, so it stops listening
        when the window closes, and listens again if it is shown again."""
        signal = QApplication.instance().focusChanged
        slot = self._enter_presses._on_focus_changed
        if on == self._following_focus:
            return
        self._following_focus = on
        if on:
            signal.connect(slot)
        else:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone with the application
                pass

    def showEvent(self, event) -> None:
        self._follow_focus(True)
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.files.stop()
        self._follow_focus(False)
        super().closeEvent(event)


def run_preview(path: Path, lang: str | None = None, smoke: bool = False, content: list[str] | None = None) -> int:
    """`trainer preview PATH`: the window on its own, in the app's language and look.
    With `smoke` (`trainer --smoke preview PATH`) it shows the window and exits when idle."""
    from trainer import paths
    from trainer.course.installed import content_roots
    from trainer.ui.application import exit_code, make_application, open_settings, quit_on_interrupt
    from trainer.ui.widgets.appearance import apply_appearance, install_translators
    from trainer.ui.preferences import Preferences

    app = make_application()
    quit_on_interrupt(app)
    preferences = Preferences(open_settings())
    from trainer.i18n import language

    lang = lang or language()
    install_translators(app, lang)
    apply_appearance(app, preferences.get("theme"), preferences.get("text_size"))
    window = PreviewWindow(Path(path), content_roots(content), paths.assets_dir(), lang)
    from trainer.ui.widgets.screen_fit import show_fitted

    show_fitted(window)  # never larger than the laptop's screen
    if smoke:
        problems = window.scoped.problems if window.scoped else []
        from trainer.i18n import _, ngettext

        def healthy() -> None:
            # "preview ok (" stays as it is in every language (scripts look for it), then the counts.
            files = len(list(window._all_items()))
            print(_("preview ok ({files}, {problems})").format(
                files=ngettext("{n} file", "{n} files", files).format(n=files),
                problems=ngettext("{n} problem", "{n} problems", len(problems)).format(n=len(problems))))
            app.exit(0)

        QTimer.singleShot(0, healthy)
    code = app.exec()
    # Closed, then destroyed here, outside Qt's event loop. Left to Python's garbage
    # collector (the Enter filter and the window refer to each other), it was destroyed
    # at some later moment, once in the middle of Qt restyling every window: a crash in
    # the next in-process run (a test) that set the app's look.
    window.close()
    from shiboken6 import delete

    delete(window)
    return exit_code(app, code)
