"""Presenter mode: runs a programme on a projector. Holds the navigation state (a plain
`Presentation`), the two windows, the clock, and the keys a presenter or a clicker sends.

Keys: Right, PageDown, Space, Enter forward; Left, PageUp, Backspace back; B or "."
black, W white (again to return); F full screen; Home, End; G and a number, then Enter,
jumps; Esc leaves after a question that only L or a click on "Leave" answers yes. Also: 1-9 choose, V votes,
S skips a content warning, N notes below the slide (one screen; Down and Up scroll them), + and - notes size,
X moves the slides to the next screen (with two, a swap), T light/dark. `_key_actions` is the one table from key to action; the
console's buttons call the same methods."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainer.course.deck import Presentation
from trainer.course.model import Library
from trainer.course.programme import Programme
from trainer.course.slides import in_written_order
from trainer.ui import errors
from trainer.ui.presenter.labels import CONTENT_WARNING, InShowLanguage, slide_label
from trainer.ui.presenter.screen_choice import ScreenFacts, choose_screens, next_choice, remember, usable_screen
from trainer.ui.presenter.slide_render import SlideFitter
from trainer.ui.presenter.slide_theme import THEMES
from trainer.ui.presenter.windows import AudienceWindow, ConsoleWindow, clock, slide_summary

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
DEFAULT_SIZE = QSize(1920, 1080)
END_NOTICE_MS = 3000  # how long the one-screen "End of the programme" note stays


class _ClickerGoesOn(QObject):
    """Presses `button` for a clicker's keys (PageDown, PageUp, the arrows)."""

    KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Right)

    def __init__(self, button, parent):
        super().__init__(parent)
        self.button = button

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and event.key() in self.KEYS:
            if event.type() == QEvent.Type.KeyPress:
                self.button.click()
            event.accept()
            return True
        return super().eventFilter(watched, event)


class Presenter(InShowLanguage, QObject):
    finished = Signal()
    slide_changed = Signal(int)  # slide number

    def __init__(self, programme: Programme, library: Library, theme: str = "dark", fullscreen: bool = True,
                 save_votes: bool = False, db_opener: Callable | None = None, assets: Path | None = None,
                 preferences=None, parent=None):
        super().__init__(parent)
        self.programme = programme
        self.show_lang = programme.lang  # every word of the show, not only the slides'
        self.library = library
        self.theme = THEMES.get(theme, THEMES["dark"])
        self.fullscreen = fullscreen
        self.save_votes = save_votes
        self._db_opener = db_opener
        self._db = None
        self.assets = assets
        self.roots = list(library.roots)
        self.blank = ""  # "", "black" or "white"
        self.goto_digits: str | None = None  # digits typed after G
        self.notes_visible = False
        self.overlay_points = 1.0  # the one-screen notes' type, relative to the window's height
        # What is shown: the presenter's size, or less while this window's height needs it.
        self._overlay_shown, self._overlay_height = self.overlay_points, -1
        # The presenter's choice (X) for this show: (laptop, projector) positions among
        # the screens as they were then, which it is only good for.
        self.choice: tuple[int, int] | None = None
        self._choice_facts: list | None = None
        # Where the presenter put the slides last time on these screens (screen_choice.remember),
        # kept in `preferences` if given.
        self.preferences = preferences
        self.remembered = preferences.get("presenter/projector") if preferences is not None else ""
        self.dual = False
        # (laptop, projector) as arranged now: positions, never QScreen objects (PySide can
        # drop a kept QScreen's wrapper while the screen lives, and a key then crashed).
        self.chosen: tuple[int, int] | None = None
        self._chosen_facts: list | None = None
        self._leaving = False
        self.end_notice = False  # Next was pressed on the last slide: say so, quietly, once
        self._refit_pending = False
        self._given_screens = None
        self.session = datetime.now().isoformat(timespec="seconds")
        self._last_tick = time.monotonic()
        self.key_actions = self._key_actions()
        self.presentation = Presentation(
            programme, library, slide_label(CONTENT_WARNING, programme.lang),
            fits=SlideFitter(DEFAULT_SIZE, self.roots, assets, programme.lang),
        )
        self.fitted_size = QSize(DEFAULT_SIZE)
        self.audience = AudienceWindow(self, self.roots, assets)
        self.console = ConsoleWindow(self, self.roots, assets)
        for window in (self.audience, self.console):
            window.closing.connect(self._on_window_closing)
        self.audience.resized.connect(self._schedule_refit)
        self.console.current_view.virtual_size = DEFAULT_SIZE
        self.console.next_view.virtual_size = DEFAULT_SIZE
        for view in (self.audience.view, self.console.current_view, self.console.next_view):
            view.lang = programme.lang
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._on_clock_tick)
        self._arrange_soon = QTimer(self, singleShot=True, interval=0)
        self._arrange_soon.timeout.connect(self.arrange)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screens_changed)
        for screen in app.screens():
            screen.geometryChanged.connect(self._on_screens_changed)

    # ------------------------------------------------------------ starting and leaving

    def start(self, screens=None) -> None:
        """Show the windows; `screens` (tests) stands in for the real list of screens."""
        self._given_screens = screens
        # Which show saved counts belong to: when it started (two shows on one day each keep theirs).
        self.session = datetime.now().isoformat(timespec="seconds")
        errors.message_parent = self.question_parent
        self.arrange()
        self.refit()
        self._last_tick = time.monotonic()
        self.clock_timer.start()
        self.update_views()

    def screens(self) -> list:
        return list(self._given_screens if self._given_screens is not None else QGuiApplication.screens())

    def arrange(self) -> None:
        """Two screens: the slides full screen on the projector, the presenter's view on the
        laptop, each on its own screen (screen_choice: the guess, and X's choice). One
        screen: the slides only, as before. Called again whenever a screen comes or goes."""
        if self._leaving:
            return
        screens = self.screens()
        facts = self._facts(screens)
        if self.choice is not None and facts == self._choice_facts:
            chosen = self.choice
        else:
            chosen, self.choice = choose_screens(facts, self.remembered), None
        self.chosen, self._chosen_facts = chosen, facts
        self.dual = chosen is not None
        if chosen is not None:
            laptop, projector = screens[chosen[0]], screens[chosen[1]]
            self._place(self.audience, projector, self.fullscreen)
            self._place(self.console, laptop, False)
            self._clear_projector(laptop, projector)
            self.notes_visible = False
        else:
            only = usable_screen(facts)
            self.console.hide()
            if only is not None:
                self._place(self.audience, screens[only], self.fullscreen)
            else:
                self.audience.show()
        if QGuiApplication.platformName() != "offscreen":
            self.audience.raise_()
        self._focus_presenter()
        self.update_views()

    @staticmethod
    def _facts(screens) -> list[ScreenFacts]:
        primary = QGuiApplication.primaryScreen()
        return [ScreenFacts(s.name(), s.geometry().width(), s.geometry().height(), s is primary,
                            s.geometry().x(), s.geometry().y()) for s in screens]

    def _place(self, window, screen, fullscreen: bool) -> None:
        """Onto `screen` and only that one: the screen is set before the window is shown
        (a window goes full screen, or maximised, on the screen it is on), and a full-screen
        or maximised window is made normal first so that it can move at all. The slides'
        normal size, for F, is a window in the middle of their screen."""
        if window.isFullScreen() or window.isMaximized():
            window.showNormal()
        window.setScreen(screen)
        area = screen.availableGeometry()
        if window is self.console:
            window.setGeometry(area)
            window.showMaximized()
            return
        size = QSize(int(area.width() * 0.8), int(area.height() * 0.8))
        window.resize(size)
        window.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
        if fullscreen:
            window.showFullScreen()
        else:
            window.show()

    def _clear_projector(self, laptop, projector) -> None:
        """Nothing but the slides on the hall's screen: another window of the app there
        (the learner's window names the learner and shows progress) moves to the
        presenter's screen, where it also is when the show ends. The mouse pointer goes
        there too, so that a message nobody expected opens where the presenter looks."""
        if laptop is projector:
            return  # one place (tests may give one screen twice): no other place
        for widget in QApplication.topLevelWidgets():
            if widget in (self.audience, self.console) or not widget.isVisible():
                continue
            if widget.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                continue  # menus and tool tips close by themselves
            if self._shows_on(widget, projector):
                # Shown again without taking the focus: the keys stay with the show.
                quiet = widget.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
                widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
                maximized = widget.isMaximized() or widget.isFullScreen()
                widget.showNormal()
                widget.setScreen(laptop)
                area = laptop.availableGeometry()
                frame = widget.frameGeometry().size() - widget.size()  # title bar and borders
                widget.resize(widget.size().boundedTo(area.size() - frame))  # none of it across
                widget.move(area.topLeft())
                if maximized:
                    widget.showMaximized()
                widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, quiet)
                self.console.raise_()  # the presenter's view stays in front of it
        if QGuiApplication.screenAt(QCursor.pos()) is projector:
            QCursor.setPos(laptop, laptop.geometry().center())

    @staticmethod
    def _shows_on(widget, screen) -> bool:
        """Some of the window's inside is on `screen`: by its place on the desktop (the
        screen Qt files a window under can lag behind a move), on that desktop."""
        return (widget.screen() in screen.virtualSiblings()
                and widget.geometry().intersects(screen.geometry()))

    def _focus_presenter(self) -> None:
        """Keys work in either window; the focus starts where the presenter looks: the
        presenter's view with two screens, the slides with one. An open question keeps
        them until it is answered, and stays in front (its window may have just moved or
        gone: a projector pulled out while the hands are counted)."""
        question = QApplication.activeModalWidget()
        if question is not None:
            question.raise_()
            question.activateWindow()
            return
        window = self.console if self.dual else self.audience
        window.activateWindow()
        window.setFocus()

    def _on_screen_added(self, screen) -> None:
        screen.geometryChanged.connect(self._on_screens_changed)
        self._on_screens_changed()

    def _on_screens_changed(self, *_why) -> None:
        # A projector plugged in or pulled out during the evening, or a screen moved
        # (mirroring switched on or off in the system's settings): arrange again once Qt
        # has finished updating its screens (and moved any window off a screen that is
        # gone), once for a burst of changes. The slide, the clock and the votes stay.
        self._arrange_soon.start()

    def leave(self) -> None:
        if self._leaving:
            return
        self._leaving = True
        if errors.message_parent == self.question_parent:
            errors.message_parent = None
        self.clock_timer.stop()
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._on_screen_added)
        app.screenRemoved.disconnect(self._on_screens_changed)
        self._arrange_soon.stop()  # a screen's geometryChanged still calls in: arrange() does nothing now
        self.audience.close()
        self.console.close()
        self.finished.emit()

    def _on_window_closing(self) -> None:
        # Closing either window by other means (Alt+F4) ends the presentation too.
        if not self._leaving:
            self.leave()

    def question_parent(self):
        """A question opens over the presenter's view, on the presenter's screen, never
        on the projector: with two screens the console. The dialog is also put on that
        screen before it is shown (over a window on a second X screen, a dialog left on
        the first was never drawn and took no shortcut)."""
        return self.console if self.dual else self.audience

    def ask(self, question: str) -> bool:
        """True only for a clear "Leave": L or a click on it; tests replace this. Every key a
        clicker sends (Enter, Space, PageDown, PageUp, the arrows, Esc) and Tab keep the show going: the Leave
        button takes no focus, so an arrow cannot move the focus onto it before Enter."""
        parent = self.question_parent()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave the presentation"), question,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setScreen(parent.screen())
        box.setInformativeText(self.tr("L leaves. Enter, Space or Esc goes on with the show."))
        stay = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(self.tr("Leave"), QMessageBox.ButtonRole.AcceptRole)
        leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        leave.setAutoDefault(False)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        QShortcut(QKeySequence(Qt.Key.Key_L), box, leave.click)
        # A clicker sends PageDown/PageUp (some the arrows): with one screen the question is
        # on the projector, and a presenter who pressed Esc by mistake clicks on. Caught on
        # the key's way to whichever part of the box has the focus (a shortcut needs the
        # box to be the active window, which it is not always at once).
        clicker = _ClickerGoesOn(stay, box)
        for widget in (box, *box.findChildren(QWidget)):
            widget.installEventFilter(clicker)
        box.exec()
        return box.clickedButton() is leave

    def ask_votes(self, slide, counts: tuple[int, ...]) -> list[int] | None:
        """The hall's hand count for each choice, or None; tests replace this."""
        from trainer.ui.presenter.dialogs import VotesDialog

        parent = self.question_parent()
        dialog = VotesDialog(slide, counts, self.save_votes, parent, lang=self.programme.lang)
        dialog.setScreen(parent.screen())
        if dialog.exec() != VotesDialog.DialogCode.Accepted:
            return None
        self.save_votes = dialog.save_box.isChecked()
        return dialog.counts()

    # ------------------------------------------------------------ fitting

    def _schedule_refit(self) -> None:
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self.refit)

    def refit(self, size: QSize | None = None) -> None:
        """Split the deck for the projector's current size (never scroll, never overflow)."""
        self._refit_pending = False
        size = QSize(size) if size is not None else self.audience.slide_size()
        if size.width() < 200 or size.height() < 150:
            return
        if size != self.fitted_size:
            self.fitted_size = QSize(size)
            self.presentation.rebuild(fits=SlideFitter(size, self.roots, self.assets, self.programme.lang))
        self.console.current_view.virtual_size = QSize(size)
        self.console.next_view.virtual_size = QSize(size)
        self.update_views()

    # ------------------------------------------------------------ keys

    def _key_actions(self) -> dict:
        """The keys a presenter or a clicker sends, each to one action."""
        K = Qt.Key
        table = {key: self.forward for key in (K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_Enter)}
        table.update({key: self.back for key in (K.Key_Left, K.Key_PageUp, K.Key_Backspace)})
        table.update({
            K.Key_B: self.black, K.Key_Period: self.black, K.Key_W: self.white, K.Key_F: self.toggle_fullscreen,
            K.Key_Home: self.home, K.Key_End: self.end, K.Key_Escape: self.leave_asking, K.Key_G: self.start_go_to,
            K.Key_S: self.skip, K.Key_V: self.enter_votes, K.Key_N: self.toggle_notes, K.Key_X: self.swap_screens,
            K.Key_T: self.toggle_theme, K.Key_Plus: self.notes_bigger, K.Key_Equal: self.notes_bigger,
            K.Key_Minus: self.notes_smaller, K.Key_Down: lambda: self.scroll_notes(1),
            K.Key_Up: lambda: self.scroll_notes(-1),
        })
        table.update({key: (lambda n=number: self.choose(n)) for key, number in DIGITS.items() if number > 0})
        return table

    def handle_key(self, key, text: str = "") -> bool:
        try:
            key = Qt.Key(key) if not isinstance(key, Qt.Key) else key
        except ValueError:
            return False  # a key Qt has no name for (some remotes send these): ignore it
        if self.goto_digits is not None and self._go_to_key(key):
            return True
        action = self.key_actions.get(key)
        if action is None and text == ".":
            action = self.black  # "." on keyboards where it is not Key_Period
        if action is None:
            return False
        action()
        return True

    def _go_to_key(self, key) -> bool:
        """While a slide number is typed after G: digits, Backspace, Enter. Any other key
        cancels the jump; Esc and G only cancel it (True), the rest then act as usual."""
        if key in DIGITS:
            self.goto_digits += str(DIGITS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            digits, self.goto_digits = self.goto_digits, None
            if digits and self.presentation.go_to(int(digits)):
                self.blank = ""
        elif key == Qt.Key.Key_Backspace:
            self.goto_digits = self.goto_digits[:-1]
        else:
            self.goto_digits = None
            self.update_views()
            return key in (Qt.Key.Key_Escape, Qt.Key.Key_G)
        self.update_views()
        return True

    # ------------------------------------------------------------ actions (keys and console buttons)

    def forward(self) -> None:
        if self.blank:
            self.blank = ""  # the first press brings the slide back
        elif not self.presentation.forward():
            # Like Keynote's "End of slideshow": the presenter learns why nothing moved; the
            # hall sees no change (with one screen, a small note in the margin for a moment).
            self.end_notice = True
        self.update_views()

    def back(self) -> None:
        if self.blank:
            self.blank = ""
        else:
            self.presentation.back()
        self.update_views()

    def black(self) -> None:
        self.blank = "" if self.blank == "black" else "black"
        self.update_views()

    def white(self) -> None:
        self.blank = "" if self.blank == "white" else "white"
        self.update_views()

    def toggle_fullscreen(self) -> None:
        if self.audience.isFullScreen():
            self.audience.showNormal()
        else:
            self.audience.showFullScreen()
        self.fullscreen = self.audience.isFullScreen()
        self.update_views()

    def home(self) -> None:
        self.presentation.home()
        self.blank = ""
        self.update_views()

    def end(self) -> None:
        self.presentation.end()
        self.presentation.started = True
        self.blank = ""
        self.update_views()

    def start_go_to(self) -> None:
        self.goto_digits = ""
        self.update_views()

    def choose(self, number: int) -> None:
        if self.presentation.choose(number):
            self.blank = ""
            self.update_views()

    def skip(self) -> None:
        if self.presentation.skip():
            self.blank = ""
        self.update_views()

    def toggle_notes(self) -> None:
        self.notes_visible = not self.notes_visible and not self.dual
        self.update_views()

    def swap_screens(self) -> None:
        """The slides to the next screen, the presenter's view to the laptop or to where
        the slides were (screen_choice.next_choice): with two screens a swap, with more a
        round of them all. Remembered for these same screens, so the next show on them
        starts that way; screens that share a name are only changed for this show."""
        facts = self._facts(self.screens())
        if facts != self._chosen_facts:
            self.arrange()  # a screen came or went a moment ago: start from the screens as they are
        if self.dual and self.chosen is not None:
            self.choice, self._choice_facts = next_choice(facts, *self.chosen), facts
            kept = remember(facts, *self.choice)
            if kept:
                self.remembered = kept
                if self.preferences is not None:
                    self.preferences.set("presenter/projector", kept)
                    self.preferences.save()
            self.arrange()
        self.update_views()

    def notes_bigger(self) -> None:
        self._step_notes(1)

    def notes_smaller(self) -> None:
        self._step_notes(-1)

    def _step_notes(self, step: int) -> None:
        sizes = self.console.NOTES_POINTS
        now = min(range(len(sizes)), key=lambda i: abs(sizes[i] - self.console.notes_points))
        self.console.set_notes_points(sizes[max(0, min(len(sizes) - 1, now + step))])
        points = max(0.6, min(1.6, self._overlay_shown + 0.15 * step))
        # Bigger only while a few lines of notes still show under the time and the next
        # line (at 1.6x the notes were squeezed out of the one-screen panel).
        if step < 0 or self.audience.overlay.fits(self._overlay_pixels(points)):
            self.overlay_points = self._overlay_shown = points
        self.update_views()

    def _overlay_pixels(self, points: float) -> int:
        return max(14, round(self.audience.height() / 34 * points))

    def fit_overlay_type(self) -> None:
        """The one-screen notes' type: the presenter's size, stepped down as far as needed
        (to 14 px), and kept there while the window keeps its height, so the notes do not
        change size from slide to slide. A new height starts again from the presenter's
        size (a window small for a moment before it went full screen had left 14 px notes
        on a laptop for the whole evening)."""
        if getattr(self, "audience", None) is None:
            return  # the window is being made
        overlay = self.audience.overlay
        if self.audience.height() != self._overlay_height:
            self._overlay_shown, self._overlay_height = self.overlay_points, self.audience.height()
        points = self._overlay_shown
        while points > 0.6 and not overlay.fits(self._overlay_pixels(points)):
            points = max(0.6, points - 0.15)
        self._overlay_shown = points
        overlay.set_font_pixels(self._overlay_pixels(points))

    def scroll_notes(self, pages: int) -> None:
        """Down and Up: the one-screen notes scroll when they are longer than their panel."""
        if self.audience.overlay.isVisible():
            self.audience.overlay.scroll_notes(pages)

    def toggle_theme(self) -> None:
        self.theme = THEMES["light" if self.theme.name == "dark" else "dark"]
        self.update_views()

    def _hide_end_notice(self) -> None:
        if self.goto_digits is None and not self._leaving:
            self.audience.goto_label.hide()

    def leave_asking(self) -> None:
        """Esc or the console's Leave button: only a clear "yes, leave" ends the show."""
        if self.ask(self.tr("Leave the presentation?")):
            self.leave()
        else:
            self._focus_presenter()  # the keys go back where they were meant to go
            self.update_views()

    # ------------------------------------------------------------ votes

    def enter_votes(self) -> None:
        slide = self.presentation.current
        if not slide.choices or self.presentation.item_key() is None:
            return
        counts = self.ask_votes(slide, self.presentation.votes_for())
        self._focus_presenter()
        if counts is not None:
            self.presentation.set_votes(counts)
            if self.save_votes:
                self._store_votes(slide, tuple(self.presentation.votes_for()))
        self.update_views()

    def _store_votes(self, slide, counts: tuple[int, ...]) -> None:
        from trainer.store import votes

        if self._db is None and self._db_opener is not None:
            self._db = self._db_opener()
        if self._db is None:
            return
        votes.record_votes(self._db, self.programme.id, self.programme.lang, date.today().isoformat(),
                           slide.module_id, slide.part_id, slide.item_id,
                           in_written_order(slide, counts), session=self.session)

    # ------------------------------------------------------------ showing

    def _on_clock_tick(self) -> None:
        now = time.monotonic()
        self.presentation.tick(now - self._last_tick)
        self._last_tick = now
        self.update_status()

    def status_texts(self) -> dict[str, str]:
        p = self.presentation
        planned_total = self.programme.minutes * 60
        section = p.current.section
        texts = {
            "number": self.tr("Slide %1 of %2").replace("%1", str(p.number)).replace("%2", str(p.total)),
            "time": self.tr("%1 of %2").replace("%1", clock(p.elapsed)).replace("%2", clock(planned_total)),
            "section": "",
            "section_time": "",
            "clock": datetime.now().strftime("%H:%M"),
            "over": "",
        }
        if 0 <= section < len(self.programme.sections):
            planned = p.section_planned() * 60
            spent = p.section_elapsed()
            texts["section"] = self.tr("Part %1 of %2: %3").replace("%1", str(section + 1)).replace(
                "%2", str(len(self.programme.sections))).replace("%3", self.programme.sections[section].title)
            over = spent - planned
            texts["section_time"] = self.tr("This part: %1 of %2").replace("%1", clock(spent)).replace("%2", clock(planned))
            if over > 0:
                texts["over"] = self.tr("(%1 over)").replace("%1", clock(over))
                texts["section_time"] += " " + texts["over"]
        return texts

    def update_status(self) -> None:
        texts = self.status_texts()
        console = self.console
        console.number_label.setText(texts["number"])
        console.time_label.setText(texts["time"])
        console.section_label.setText(texts["section"])
        console.section_time_label.setText(texts["section_time"])
        console.set_over_time(bool(texts["over"]))
        console.clock_label.setText(texts["clock"])
        overlay = self.audience.overlay
        overlay.status.setText("   ·   ".join(t for t in (texts["clock"], texts["number"], texts["time"],
                                                          texts["section_time"]) if t))

    def update_views(self) -> None:
        p = self.presentation
        slide, following = p.current, p.next_slide
        votes = p.votes_for()
        self.audience.view.show_slide(slide, p.number, votes, self.theme, self.blank)
        console = self.console
        console.current_view.show_slide(slide, p.number, votes, self.theme, self.blank)
        console.next_view.caption = self.tr("End of the programme")
        console.next_view.show_slide(following, p.number + 1 if following else 0,
                                     p.votes_for(following) if following else (), self.theme)
        console.show_notes(slide.notes)
        state = []
        if self.blank == "black":
            state.append(self.tr("The projector is black (B to return)"))
        elif self.blank == "white":
            state.append(self.tr("The projector is white (W to return)"))
        if slide.kind == "warning":
            state.append(self.tr("Content warning: S skips this part"))
        end_notice, self.end_notice = self.end_notice, False
        if end_notice:
            state.append(self.tr("End of the programme: there is no slide after this one. Esc leaves."))
        console.state_label.setText("\n".join(state))
        console.skip_button.setEnabled(slide.kind == "warning")
        console.votes_button.setEnabled(bool(slide.choices) and p.item_key() is not None)
        console.swap_button.setEnabled(self.dual)
        if slide.choices and votes:
            console.votes_label.setText(self.tr("Votes: %1").replace(
                "%1", ",  ".join(f"{i + 1}: {n}" for i, n in enumerate(votes))))
        elif slide.kind == "reveal" and not slide.by_hall:
            # The projector calls it the way the story goes on; here it says why.
            console.votes_label.setText(self.tr(
                "No vote was taken: the story goes on with choice %1. V or 1–9 gives the hall's choice."
            ).replace("%1", str(slide.chosen + 1)))
        elif slide.choices:
            console.votes_label.setText(self.tr("No votes yet. Press V to type the hand count."))
        else:
            console.votes_label.setText("")
        goto = self.tr("Go to slide: %1").replace("%1", self.goto_digits or "_") if self.goto_digits is not None else ""
        console.goto_label.setText(goto)
        # With one screen the presenter sees only the projector: the go-to prompt and the
        # end-of-programme note appear small in its bottom margin, the note for a moment.
        prompt = goto or (self.tr("End of the programme") if end_notice else "")
        label = self.audience.goto_label
        label.setText(prompt)
        self.audience.place_goto()
        label.setVisible(bool(prompt) and not self.dual)
        label.raise_()
        if end_notice and not goto and not self.dual:
            QTimer.singleShot(END_NOTICE_MS, self._hide_end_notice)
        overlay = self.audience.overlay
        overlay.setVisible(self.notes_visible and not self.dual)
        if overlay.isVisible():
            next_title = slide_summary(following, self.tr("Answer")) if following else self.tr("End of the programme")
            overlay.next_label.setText(self.tr("Next: %1").replace("%1", next_title))
            overlay.set_notes(slide.notes)
            self.fit_overlay_type()
        self.update_status()
        self.slide_changed.emit(p.number)
