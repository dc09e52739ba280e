"""Which screen is the presenter's laptop and which the projector. Plain facts in, two
positions out, no Qt: the guess can be tested without screens, and a wrong guess is one
key (X) away from being right.

Why this guess: when a projector is plugged in and the desktop is extended, Windows,
macOS and the Linux desktops keep the laptop's own panel as the primary screen (the one
with the taskbar or menu bar), so the primary screen is the laptop. A panel that names
itself built-in (eDP/LVDS/DSI on Linux, "Built-in" on a Mac) is the laptop even when
someone made the external screen primary. Of the other screens the projector is the one
with the most pixels: with a third screen (a desk monitor, a TV) the big picture is the
likelier hall screen, and X moves the slides on when it is not (`next_choice`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

BUILT_IN = re.compile(r"^(eDP|LVDS|DSI)([-_]?\d|$)|built-?in", re.IGNORECASE)


@dataclass(frozen=True)
class ScreenFacts:
    name: str
    width: int
    height: int
    primary: bool = False
    x: int = 0
    y: int = 0


def looks_built_in(name: str) -> bool:
    return bool(BUILT_IN.search(name or ""))


def _usable(screens: Sequence[ScreenFacts]) -> list[int]:
    """The screens that are places of their own. A screen with no area is a place holder
    (X keeps one for a screen whose only output was switched off): nothing can be shown
    there. Screens that overlap show the same picture (mirrored): they are one place,
    kept as the primary of them or else the first listed; two "screens" there put the
    presenter's view over the hall's slides."""
    kept: list[int] = []
    for i, screen in enumerate(screens):
        if screen.width <= 0 or screen.height <= 0:
            continue
        same = next((k for k, j in enumerate(kept) if _overlap(screen, screens[j])), None)
        if same is None:
            kept.append(i)
        elif screen.primary and not screens[kept[same]].primary:
            kept[same] = i
    return sorted(kept)


def _overlap(one: ScreenFacts, other: ScreenFacts) -> bool:
    """Some pixels in common: a mirror, also one at a smaller size from the same corner
    (screens side by side only touch)."""
    return (one.x < other.x + other.width and other.x < one.x + one.width
            and one.y < other.y + other.height and other.y < one.y + one.height)


def usable_screen(screens: Sequence[ScreenFacts]) -> int | None:
    """With fewer than two places: the screen to show the slides on (the primary if it
    can show anything), or None when there is none at all."""
    usable = _usable(screens)
    return next((i for i in usable if screens[i].primary), usable[0] if usable else None)


def choose_screens(screens: Sequence[ScreenFacts], remembered: str = "") -> tuple[int, int] | None:
    """(laptop, projector) as positions in `screens`, or None with fewer than two places:
    one screen shows the slides only. `remembered` is what `remember` made of the
    presenter's own choice (X) the last time these same screens were plugged in."""
    usable = _usable(screens)
    if len(usable) < 2:
        return None
    names = [screens[i].name for i in usable]
    parts = remembered.split("|") if remembered else []
    if (len(parts) >= 4 and len(set(names)) == len(names) and sorted(names) == parts[2:]
            and parts[0] in names and parts[1] in names and parts[0] != parts[1]):  # else edited or damaged
        return usable[names.index(parts[1])], usable[names.index(parts[0])]
    laptop = _laptop(usable, screens)
    others = [i for i in usable if i != laptop]
    # max() keeps the first of equals: the order the system lists them in.
    projector = max(others, key=lambda i: screens[i].width * screens[i].height)
    return laptop, projector


def next_choice(screens: Sequence[ScreenFacts], laptop: int, projector: int) -> tuple[int, int]:
    """What X does: the slides to the next place in the system's order, round to the
    first; the presenter's view to the laptop (the guess), or, when the slides have just
    gone there, to the place they left. Pressed again and again it puts the slides on
    every screen in turn, and with two screens it swaps them."""
    usable = _usable(screens)
    moved = usable[(usable.index(projector) + 1) % len(usable)] if projector in usable else usable[0]
    guess = _laptop(usable, screens)
    return (guess if guess != moved else projector), moved


def remember(screens: Sequence[ScreenFacts], laptop: int, projector: int) -> str:
    """The presenter's choice as a setting: the slides' screen, the presenter's view's
    screen, then the names of all the screens, so that it is used only where the same
    screens are plugged in (a school's projector is "HDMI-1" on one evening and a TV is on
    the next). Empty where two screens share a name: there is no telling them apart."""
    names = [screens[i].name for i in _usable(screens)]
    if len(set(names)) != len(names) or not all(names) or any("|" in name for name in names):
        return ""
    return "|".join([screens[projector].name, screens[laptop].name, *sorted(names)])


def _laptop(candidates: list[int], screens: Sequence[ScreenFacts]) -> int:
    built_in = [i for i in candidates if looks_built_in(screens[i].name)]
    if len(built_in) == 1:
        return built_in[0]
    return next((i for i in candidates if screens[i].primary), candidates[0])
