"""Run by test_two_screens.py in a process of its own, on Qt's offscreen platform with
the screens of a JSON file (a laptop and a projector): starts the real presenter on the
installed short programme, does what a presenter does, and prints one JSON line per step
saying where each window is. The platform is chosen when the application is made, so
this cannot run inside the test process."""

import json
import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from trainer.course.installed import content_roots
from trainer.course.loader import load_library
from trainer.ui import errors
from trainer.ui.application import make_application
from trainer.ui.presenter.presenter import Presenter
from trainer.ui.preferences import Preferences


def settle(ms: int = 150) -> None:
    QTest.qWait(ms)


LEARNER = []


def where(presenter, step: str, **more) -> None:
    learner = LEARNER[0] if LEARNER and LEARNER[0].isVisible() else None
    def window(widget):
        # Where its pixels are (the window's inside, without the frame): the screen Qt
        # files an offscreen window under lags behind its moves.
        geometry = widget.geometry()
        on = QGuiApplication.screenAt(geometry.center())
        return {
            "visible": widget.isVisible(),
            "screen": on.name() if on is not None else None,
            "full_screen": widget.isFullScreen(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        }

    focus = QGuiApplication.focusWindow()
    print(json.dumps({
        "step": step,
        "screens": [s.name() for s in QGuiApplication.screens()],
        "dual": presenter.dual,
        "number": presenter.presentation.number,
        "audience": window(presenter.audience),
        "console": window(presenter.console),
        "learner": window(learner) if learner is not None else None,
        "focus": "console" if focus is presenter.console.windowHandle()
        else "audience" if focus is presenter.audience.windowHandle() else None,
        **more,
    }), flush=True)


def screen_of_next_box(answer) -> list:
    """Watch for the next modal box; once it opens, note the screen it is on and answer
    it with `answer(box)`. The list gets the screen's name."""
    seen = []

    def look():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        seen.append(QGuiApplication.screenAt(box.geometry().center()).name())
        answer(box)

    QTimer.singleShot(20, look)
    return seen


def question_screen(presenter, key) -> str | None:
    """Press `key` on the slides' window; where the question that opens is shown. It is
    answered by Esc (go on with the show)."""
    seen = screen_of_next_box(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    QTest.keyClick(presenter.audience, key)
    settle()
    return seen[0] if seen else None


def error_screen() -> str | None:
    """Where the message about an unexpected error opens (answered at once)."""
    seen = screen_of_next_box(lambda box: box.accept())
    try:
        raise RuntimeError("a bug in the middle of the evening")
    except RuntimeError as error:
        errors.excepthook(type(error), error, error.__traceback__)
    return seen[0] if seen else None


def main() -> None:
    app = make_application()
    library = load_library(content_roots())
    programme = library.programme("foreldremote-kort", "nb")
    # The learner's window, open on the projector when the presenter starts from it.
    learner = QMainWindow()
    learner.setWindowTitle("learner")
    learner.setScreen(QGuiApplication.screens()[1])
    learner.setGeometry(QGuiApplication.screens()[1].availableGeometry())
    learner.show()
    LEARNER.append(learner)
    settle()
    preferences = Preferences(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    presenter = Presenter(programme, library, fullscreen=True, preferences=preferences)
    presenter.start()
    settle(300)
    where(presenter, "start")

    QTest.keyClick(presenter.audience, Qt.Key.Key_Right)  # a clicker aimed at the slides
    QTest.keyClick(presenter.console, Qt.Key.Key_PageDown)  # or at the presenter's view
    QTest.keyClick(presenter.console, Qt.Key.Key_B)
    settle()
    where(presenter, "keys", blank=presenter.blank)
    QTest.keyClick(presenter.audience, Qt.Key.Key_B)

    where(presenter, "leave question", question=question_screen(presenter, Qt.Key.Key_Escape))

    QTest.keyClick(presenter.console, Qt.Key.Key_X)
    settle(300)
    where(presenter, "swapped", question=question_screen(presenter, Qt.Key.Key_Escape),
          remembered=preferences.get("presenter/projector"))
    presenter.audience.activateWindow()  # someone clicked on the slides: the focus is there
    settle()
    print(json.dumps({"step": "unexpected error", "screen": error_screen()}), flush=True)
    QTest.keyClick(presenter.console, Qt.Key.Key_X)
    settle(300)
    where(presenter, "swapped back")

    # The projector's cable is pulled, then plugged in again. Offscreen screens cannot
    # come and go, so the list the presenter reads stands in for Qt's, and the signals
    # are the application's own.
    laptop, projector = QGuiApplication.screens()
    presenter._given_screens = [laptop]
    app.screenRemoved.emit(projector)
    settle(300)
    where(presenter, "projector removed")
    QTest.keyClick(presenter.audience, Qt.Key.Key_Right)
    settle()
    where(presenter, "one screen, next")
    presenter._given_screens = [laptop, projector]
    app.screenAdded.emit(projector)
    settle(300)
    where(presenter, "projector added")

    # Pulled out while the hall's hand count is being typed: the count is kept.
    p = presenter.presentation
    while not (p.current.choices and p.item_key() is not None):
        assert p.forward(), "no slide with choices"
    presenter.update_views()
    seen = {}

    def count_hands():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, count_hands)
            return
        dialog.spins[0].setValue(12)
        presenter._given_screens = [laptop]
        app.screenRemoved.emit(projector)
        settle(300)
        seen["visible"] = dialog.isVisible()
        seen["screen"] = QGuiApplication.screenAt(dialog.geometry().center()).name()
        seen["dual"] = presenter.dual
        dialog.accept()

    QTimer.singleShot(20, count_hands)
    QTest.keyClick(presenter.console, Qt.Key.Key_V)
    settle()
    where(presenter, "removed while counting", dialog=seen, votes=list(p.votes_for()))

    # The presenter puts the slides on the laptop's screen, and the next show starts so.
    presenter._given_screens = [laptop, projector]
    app.screenAdded.emit(projector)
    settle(300)
    QTest.keyClick(presenter.console, Qt.Key.Key_X)
    presenter.leave()
    settle()
    again = Presenter(programme, library, fullscreen=True, preferences=preferences)
    again.start()
    settle(300)
    where(again, "next show", remembered=preferences.get("presenter/projector"))
    again.leave()
    print(json.dumps({"step": "left"}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
