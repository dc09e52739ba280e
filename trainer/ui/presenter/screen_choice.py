"""Which screen is the presenter's laptop and which the projector. Plain facts in, two
positions out, no Qt: the guess can be tested without screens, and a wrong guess is one
key (X) away from being right.

Why this guess: when a projector is plugged in and the desktop is extended, Windows,
macOS and the Linux desktops keep the laptop's own panel as the primary screen (the one
with the taskbar or menu bar), so the primary screen is the laptop. A panel that names
itself built-in (eDP/LVDS/DSI on Linux, "Built-in" on a Mac) is the laptop even when
someone made the external screen primary. Of the other screens the projector is the one
with the most pixels: with a third screen (a desk monitor, a TV) the big picture is the
likelier hall screen, and X swaps when it is not."""

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


def looks_built_in(name: str) -> bool:
    return bool(BUILT_IN.search(name or ""))


def _usable(screens: Sequence[ScreenFacts]) -> list[int]:
    # A screen with no area is a place holder (X keeps one for a screen whose only
    # output was switched off): nothing can be shown there.
    return [i for i, screen in enumerate(screens) if screen.width > 0 and screen.height > 0]


def usable_screen(screens: Sequence[ScreenFacts]) -> int | None:
    """With fewer than two usable screens: the one to show the slides on (the primary if
    it can show anything), or None when there is none at all."""
    usable = _usable(screens)
    return next((i for i in usable if screens[i].primary), usable[0] if usable else None)


def choose_screens(screens: Sequence[ScreenFacts], swapped: bool = False,
                   remembered: str = "") -> tuple[int, int] | None:
    """(laptop, projector) as positions in `screens`, or None with fewer than two: one
    screen shows the slides only. `remembered` is the name of the screen the presenter
    chose for the slides before (used while exactly one screen has that name);
    `swapped` is the presenter's correction now."""
    usable = _usable(screens)
    if len(usable) < 2:
        return None
    named = [i for i in usable if remembered and screens[i].name == remembered]
    if len(named) == 1:
        projector = named[0]
        laptop = _laptop([i for i in usable if i != projector], screens)
        return (projector, laptop) if swapped else (laptop, projector)
    laptop = _laptop(usable, screens)
    others = [i for i in usable if i != laptop]
    # max() keeps the first of equals: the order the system lists them in.
    projector = max(others, key=lambda i: screens[i].width * screens[i].height)
    return (projector, laptop) if swapped else (laptop, projector)


def _laptop(candidates: list[int], screens: Sequence[ScreenFacts]) -> int:
    built_in = [i for i in candidates if looks_built_in(screens[i].name)]
    if len(built_in) == 1:
        return built_in[0]
    return next((i for i in candidates if screens[i].primary), candidates[0])
