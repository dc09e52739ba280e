"""The look as data: colour palettes and the type scale, shared by the desktop app's
style sheets (trainer/ui/widgets/theme.py) and the web player's CSS (trainer/web).
No Qt here, so the web export and the contrast tests can read the same values."""

from __future__ import annotations

from typing import NamedTuple


class Colours(NamedTuple):  # not a frozen dataclass: 1 ms less of every start-up
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    right: str
    wrong: str
    focus: str
    chunk: str  # progress bar fill; the bar's text stays readable on it
    tint: str  # background of a chosen row; text on it keeps the text colour
    right_tint: str  # background of a panel or row that is right
    wrong_tint: str  # background of a panel or row that is not right
    scrollbar: str  # the scroll bar's handle: visible against `window` and `surface`
    focus_fill: str  # a focused primary button's fill: the focus ring stands out against it
    focus_fill_text: str


LIGHT = Colours(
    window="#eef1f5",
    surface="#ffffff",
    text="#1d2430",
    muted="#4a5568",
    accent="#1f4e8c",
    accent_text="#ffffff",
    border="#c9d1dc",
    right="#1c6b3a",
    wrong="#a32121",
    focus="#c46a00",  # 3:1 against the window and the surface, as a focus ring needs
    chunk="#9cc3ee",
    tint="#e3edf9",
    right_tint="#e6f4ea",
    wrong_tint="#fbeaea",
    scrollbar="#6b7789",
    focus_fill="#1d2430",
    focus_fill_text="#ffffff",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#e6e6e6",
    accent="#ffd54a",
    accent_text="#000000",
    border="#ffffff",
    right="#7dff9a",
    wrong="#ff9c9c",
    focus="#00e5ff",
    chunk="#3d3d3d",
    tint="#1a1a1a",
    right_tint="#002a0c",
    wrong_tint="#2e0000",
    scrollbar="#ffffff",
    focus_fill="#000000",
    focus_fill_text="#ffd54a",
)
THEMES = {"light": LIGHT, "contrast": HIGH_CONTRAST}

# Point sizes at 100 % text size, by role. The app scales them by the chosen text size;
# the web player turns them into rem (1 rem = 12 pt), so the browser's zoom scales them.
TYPE_SCALE = {
    "small": 10,  # hints under a list
    "ui": 11,  # buttons, lists, labels
    "choice": 12,  # scenario choices, quiz options
    "subtitle": 13,
    "body": 14,  # reading text
    "verdict": 15,  # right / not quite, passed
    "h2": 16,
    "title": 20,  # page and screen titles
    "display": 28,  # a quiz's score on its result
}


def colour_dict(colours: Colours) -> dict[str, str]:
    return colours._asdict()


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
