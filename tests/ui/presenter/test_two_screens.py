"""Presenter mode on a laptop joined to a projector: which screen gets the slides, and
what happens when the screens change during the evening."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import trainer
from trainer.ui.presenter.screen_choice import (
    ScreenFacts, choose_screens, looks_built_in, next_choice, remember, usable_screen,
)

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)
PROBE = Path(__file__).with_name("two_screens_probe.py")
LAPTOP = [0, 0, 1366, 768]
PROJECTOR = [1366, 0, 1920, 1080]


def screen(name, x, y, width, height):
    return {"name": name, "x": x, "y": y, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


# ---------------------------------------------------------------- the guess, without Qt

def facts(*screens):
    """(name, width, height[, primary]) side by side from the left, as an extended desktop."""
    placed, x = [], 0
    for name, width, height, *primary in screens:
        placed.append(ScreenFacts(name, width, height, bool(primary and primary[0]), x, 0))
        x += max(width, 0)
    return placed


def test_the_projector_is_the_screen_that_is_not_primary():
    # A laptop's panel stays primary when a projector is plugged in (Windows, macOS, Linux).
    assert choose_screens(facts(("DISPLAY1", 1366, 768, True), ("DISPLAY2", 1920, 1080))) == (0, 1)
    assert choose_screens(facts(("DISPLAY2", 1920, 1080), ("DISPLAY1", 1366, 768, True))) == (1, 0)
    # Even a projector smaller than the laptop: primary decides, not size.
    assert choose_screens(facts(("HDMI-1", 1024, 768), ("DP-1", 2560, 1600, True))) == (1, 0)


def test_a_built_in_panel_is_the_laptop_even_when_the_projector_was_made_primary():
    assert choose_screens(facts(("HDMI-1", 1920, 1080, True), ("eDP-1", 1366, 768))) == (1, 0)
    assert choose_screens(facts(("Built-in Retina Display", 1512, 982), ("EPSON PJ", 1920, 1080, True))) == (0, 1)
    assert looks_built_in("LVDS1") and looks_built_in("eDP") and looks_built_in("DSI-1")
    assert not looks_built_in("DP-1") and not looks_built_in("HDMI-1") and not looks_built_in("eDPX")
    # Two panels that both say built-in decide nothing: the primary does.
    assert choose_screens(facts(("eDP-1", 1366, 768), ("eDP-2", 1920, 1080, True))) == (1, 0)


def test_of_several_other_screens_the_largest_is_the_projector():
    three = facts(("eDP-1", 1366, 768, True), ("DP-1", 1280, 1024), ("HDMI-1", 1920, 1080))
    assert choose_screens(three) == (0, 2)
    assert choose_screens(facts(("a", 1366, 768, True), ("b", 1920, 1080), ("c", 1920, 1080))) == (0, 1)


def test_x_swaps_two_screens_and_takes_the_slides_round_three():
    two = facts(("eDP-1", 1366, 768, True), ("HDMI-1", 1920, 1080))
    assert choose_screens(two) == (0, 1)
    assert next_choice(two, 0, 1) == (1, 0) and next_choice(two, 1, 0) == (0, 1)
    # A projector beside a desk monitor that was taken for it: X reaches every screen
    # (it could only swap the laptop with the guess, never reach the third).
    three = facts(("eDP-1", 1366, 768, True), ("DP-1", 2560, 1440), ("HDMI-1", 1280, 800))
    chosen, seen = choose_screens(three), []
    for _ in range(3):
        chosen = next_choice(three, *chosen)
        seen.append(chosen)
    assert seen == [(0, 2), (2, 0), (0, 1)]  # the view beside the slides, never on them


def test_the_presenter_s_choice_is_remembered_for_the_same_screens_only():
    three = facts(("eDP-1", 1366, 768, True), ("DP-1", 2560, 1440), ("HDMI-1", 1280, 800))
    kept = remember(three, 0, 2)
    assert kept == "HDMI-1|eDP-1|DP-1|HDMI-1|eDP-1"
    assert choose_screens(three, kept) == (0, 2)
    assert choose_screens(list(reversed(three)), kept) == (2, 0)  # listed in another order
    # Another evening, other screens: the laptop panel was never "the projector" there.
    assert choose_screens(facts(("eDP-1", 1366, 768, True), ("HDMI-1", 1920, 1080)), kept) == (0, 1)
    assert choose_screens(facts(("eDP-1", 1366, 768, True), ("HDMI-1", 1920, 1080)), remember(three, 2, 0)) == (0, 1)
    # Screens that share a name cannot be told apart: nothing is kept.
    assert remember(facts(("screen", 1366, 768, True), ("screen", 1920, 1080)), 0, 1) == ""
    assert choose_screens(three, "rubbish") == (0, 1) and choose_screens(three, "a|b|c|d") == (0, 1)
    # A hand-edited or damaged value for these very screens: the guess, never a crash or
    # both windows on one screen.
    assert choose_screens(three, "X|Y|DP-1|HDMI-1|eDP-1") == (0, 1)
    assert choose_screens(three, "HDMI-1|HDMI-1|DP-1|HDMI-1|eDP-1") == (0, 1)


def test_mirrored_screens_are_one_place():
    """A projector that shows what the laptop shows: two "screens" at the same place put
    the presenter's view over the slides, in front of the hall."""
    mirrored = [ScreenFacts("eDP-1", 1920, 1080, True, 0, 0), ScreenFacts("HDMI-1", 1920, 1080, False, 0, 0)]
    assert choose_screens(mirrored) is None and usable_screen(mirrored) == 0
    with_a_third = mirrored + [ScreenFacts("DP-1", 2560, 1440, False, 1920, 0)]
    assert choose_screens(with_a_third) == (0, 2)
    assert usable_screen(list(reversed(mirrored))) == 1  # the primary of the two
    # Mirrored at a smaller size, from the same corner: still one place.
    smaller = [ScreenFacts("eDP-1", 1920, 1080, True, 0, 0), ScreenFacts("HDMI-1", 1024, 768, False, 0, 0)]
    assert choose_screens(smaller) is None
    # Side by side they only touch: two places.
    assert choose_screens([smaller[0], ScreenFacts("HDMI-1", 1024, 768, False, 1920, 0)]) == (0, 1)


def test_one_screen_or_one_that_shows_nothing_is_the_one_screen_case():
    assert choose_screens([]) is None
    assert choose_screens(facts(("eDP-1", 1366, 768, True))) is None
    # X keeps a place holder with no area for a screen whose output was switched off.
    off = facts(("eDP-1", 1366, 768, True), (":0.1", 0, 0))
    assert choose_screens(off) is None and usable_screen(off) == 0
    assert usable_screen(facts((":0.0", 0, 0, True), ("HDMI-1", 1920, 1080))) == 1
    assert usable_screen([]) is None


# ---------------------------------------------------------------- the real windows on two screens

def run_on_two_screens(folder: Path, *command: str) -> subprocess.CompletedProcess:
    config = folder / "two.json"
    config.write_text(json.dumps({"screens": [screen("laptop", *LAPTOP), screen("projector", *PROJECTOR)]}), "utf-8")
    pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, *command], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
             "TRAINER_DATA_DIR": str(folder / "data")},  # never the user's packs or settings
    )


def test_trainer_present_starts_on_two_screens(tmp_path):
    result = run_on_two_screens(tmp_path, "-m", "trainer", "--data-dir", str(tmp_path / "data"), "--smoke",
                                "present", "foreldremote-kort")
    assert result.returncode == 0, result.stderr
    assert "present ok (foreldremote-kort," in result.stdout


@pytest.fixture(scope="module")
def on_two_screens(tmp_path_factory):
    """The probe's steps, keyed by name, from one run on a laptop and a projector."""
    folder = tmp_path_factory.mktemp("screens")
    result = run_on_two_screens(folder, str(PROBE), str(folder / "settings.ini"))
    assert result.returncode == 0, result.stderr
    steps = {}
    for line in result.stdout.splitlines():
        step = json.loads(line)
        steps[step.pop("step")] = step
    assert "left" in steps, result.stdout + result.stderr
    return steps


def assert_show(step, projector, laptop):
    assert step["dual"]
    audience, console = step["audience"], step["console"]
    assert audience["screen"] == projector[0] and audience["full_screen"] and audience["geometry"] == projector[1]
    assert console["visible"] and console["screen"] == laptop[0] and not console["full_screen"]
    assert inside(console["geometry"], laptop[1])  # the presenter's view spills onto neither


def test_slides_fill_the_projector_and_the_presenter_view_is_on_the_laptop(on_two_screens):
    start = on_two_screens["start"]
    assert start["screens"] == ["laptop", "projector"]
    assert_show(start, ("projector", PROJECTOR), ("laptop", LAPTOP))
    assert start["focus"] == "console"
    # The learner's window (a name, progress) left the projector, all of it.
    assert start["learner"]["screen"] == "laptop" and inside(start["learner"]["geometry"], LAPTOP)


def test_a_clicker_works_on_either_window_and_questions_open_on_the_laptop(on_two_screens):
    assert on_two_screens["keys"]["number"] == 3 and on_two_screens["keys"]["blank"] == "black"
    asked = on_two_screens["leave question"]
    assert asked["question"] == "laptop"  # Esc was pressed on the slides' window
    assert asked["focus"] == "console"


def test_x_swaps_the_screens_and_back(on_two_screens):
    swapped = on_two_screens["swapped"]
    assert_show(swapped, ("laptop", LAPTOP), ("projector", PROJECTOR))
    assert swapped["focus"] == "console"
    assert swapped["question"] == "projector"  # over the presenter's view, wherever it went
    assert swapped["learner"]["screen"] == "projector"  # with the presenter, not the hall
    assert swapped["remembered"] == "laptop|projector|laptop|projector"  # slides, view, the screens
    # An unexpected error's message opens over the presenter's view too, wherever it is,
    # also while the slides' window has the focus.
    assert on_two_screens["unexpected error"]["screen"] == "projector"
    assert_show(on_two_screens["swapped back"], ("projector", PROJECTOR), ("laptop", LAPTOP))


def test_the_next_show_puts_the_slides_where_the_presenter_put_them(on_two_screens):
    nxt = on_two_screens["next show"]
    assert nxt["remembered"] == "laptop|projector|laptop|projector"
    assert_show(nxt, ("laptop", LAPTOP), ("projector", PROJECTOR))
    assert nxt["focus"] == "console"


def test_the_show_goes_on_when_the_projector_goes_and_comes_back(on_two_screens):
    gone = on_two_screens["projector removed"]
    assert not gone["dual"] and not gone["console"]["visible"]
    assert gone["audience"]["screen"] == "laptop" and gone["audience"]["full_screen"]
    assert gone["audience"]["geometry"] == LAPTOP
    assert gone["focus"] == "audience" and gone["number"] == 3
    assert on_two_screens["one screen, next"]["number"] == 4
    back = on_two_screens["projector added"]
    assert_show(back, ("projector", PROJECTOR), ("laptop", LAPTOP))
    assert back["number"] == 4 and back["focus"] == "console"
    # Pulled out while the hall's hands were being typed in: the question stays open on
    # the one screen left, and the count typed is kept.
    counting = on_two_screens["removed while counting"]
    assert counting["dialog"] == {"visible": True, "screen": "laptop", "dual": False}
    assert counting["votes"][0] == 12


# ---------------------------------------------------------------- the presenter's view on a small laptop

def test_the_presenter_view_fits_a_1366x768_laptop_at_125_percent(qtbot, make_presenter):
    from PySide6.QtCore import QPoint, QRect, Qt

    from presenting import go_to_kind, press

    presenter = make_presenter(dual=True)
    console = presenter.console
    # The fullest it gets: a choice with votes, over time, the projector black, go-to typed.
    go_to_kind(presenter, "question")
    presenter.presentation.set_votes([3, 7])
    presenter.presentation.tick(60 * 60)
    press(qtbot, presenter, Qt.Key.Key_B, Qt.Key.Key_G, Qt.Key.Key_1, window=console)
    presenter.update_status()
    assert all(label.text() for label in (console.section_label, console.section_time_label, console.state_label,
                                          console.goto_label, console.votes_label))
    limit = console.MINIMUM
    assert limit.width() <= 1093 and limit.height() <= 614 - 32 - 30  # task bar and title bar
    assert console.heightForWidth(limit.width()) <= limit.height()  # with every line wrapped as it must be
    console.showNormal()
    console.resize(limit)
    qtbot.waitUntil(lambda: console.size() == limit)  # its minimum size does not push it larger
    qtbot.wait(50)
    inside = QRect(QPoint(0, 0), console.size())
    for widget in (console.forward_button, console.back_button, console.leave_button, console.swap_button,
                   console.keys_label, console.votes_label, console.current_view, console.notes):
        box = QRect(widget.mapTo(console, QPoint(0, 0)), widget.size())
        assert inside.contains(box), f"{widget.objectName() or type(widget).__name__} is cut off: {box}"
    for button in (console.forward_button, console.back_button):
        assert button.height() >= button.sizeHint().height()  # the large text whole
    # Nothing in the column overlaps the next thing: each line is whole.
    lines = [console.time_label, console.number_label, console.section_label, console.section_time_label,
             console.state_label, console.goto_label, console.votes_label]
    assert console.clock_label.geometry().right() < console.time_label.geometry().left()  # one line
    for upper, lower in zip(lines, lines[1:]):
        assert upper.geometry().bottom() < lower.geometry().top()
    for line in [console.clock_label, *lines]:
        needed = line.heightForWidth(line.width()) if line.wordWrap() else line.sizeHint().height()
        assert line.height() >= needed, f"{line.text()!r} is cut"
