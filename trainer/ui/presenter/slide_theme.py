"""The two projector themes. High contrast on purpose: a projector in a lit school hall
washes colours out, so every text colour keeps at least 7:1 against its background."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SlideTheme:
    name: str
    background: str
    text: str
    heading: str
    muted: str
    panel: str  # behind a choice
    border: str
    highlight: str  # behind the chosen choice
    highlight_text: str
    correct: str


DARK = SlideTheme(
    name="dark",
    background="#0b0d12",
    text="#ffffff",
    heading="#ffd166",
    muted="#d5dae3",
    panel="#1b2130",
    border="#8a94a8",
    highlight="#ffd166",
    highlight_text="#0b0d12",
    correct="#8ff0b4",
)

LIGHT = SlideTheme(
    name="light",
    background="#ffffff",
    text="#0b0d12",
    heading="#0b3d91",
    muted="#2f3847",
    panel="#eef1f6",
    border="#5b6578",
    highlight="#0b3d91",
    highlight_text="#ffffff",
    correct="#0b5a2c",
)

THEMES = {"dark": DARK, "light": LIGHT}


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
