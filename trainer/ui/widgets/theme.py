"""The app's one visual design system: colour tokens (a calm light theme and a
high-contrast one), a type scale, an 8-px spacing scale, and the component styles built
from them (primary, secondary and quiet buttons, cards, lists, choice rows, feedback
panels). Every screen takes its look from here; palettes are data, so tests compute
their contrast."""

from __future__ import annotations

# The palettes and the type scale are data in trainer.tokens, shared with the web player.
from trainer.tokens import HIGH_CONTRAST, LIGHT, THEMES, TYPE_SCALE, Colours, contrast_ratio  # noqa: F401

SCALES = (100, 125, 150, 175, 200)

# Spacing: multiples of 8 px (4 for the tightest gaps), used for every margin and gap.
SPACE = {"xs": 4, "s": 8, "m": 16, "l": 24, "xl": 32, "xxl": 48}
# Between a text browser's words and its frame (Qt's own is 4 px: the text touched it).
TEXT_MARGIN = SPACE["l"]

# The type scale by what the text is for (points at 100 % text, from trainer.tokens);
# `pt` scales them with the chosen text size.
TYPE = {"small": TYPE_SCALE["small"], "body": TYPE_SCALE["ui"], "choice": TYPE_SCALE["choice"],
        "lead": TYPE_SCALE["subtitle"], "heading": TYPE_SCALE["verdict"], "title": TYPE_SCALE["title"],
        "display": TYPE_SCALE["display"]}

# The reading column: about 70 characters of body text at any text size.
COLUMN_CHARS = 72

_current = LIGHT
_scale = 1.0


def current() -> Colours:
    return _current


def scale() -> float:
    return _scale


def configure(name: str = "light", percent: int = 100) -> None:
    """Choose the palette and the text size (percent of normal) for what is built next."""
    global _current, _scale
    _current = THEMES.get(name, LIGHT)
    _scale = max(100, min(200, int(percent))) / 100


def space(name: str) -> int:
    return SPACE[name]


def column_width() -> int:
    """Pixels of the centred column for reading, scenarios and quizzes (about 72
    characters of body text, wider as the text grows)."""
    return int(COLUMN_CHARS * 10.5 * _scale)


def page_width() -> int:
    """Pixels of the centred column of the overview and My progress: on a wide screen
    their rows stay readable instead of stretching from edge to edge."""
    return int(980 * max(1.0, _scale * 0.85))


def pt(size: float) -> str:
    """A point size scaled by the chosen text size, for style sheets."""
    return f"{size * _scale:.1f}pt"


def content_css() -> str:
    c = current()
    return f"""
    body {{ color: {c.text}; font-size: {pt(14)}; }}
    h1 {{ font-size: {pt(20)}; font-weight: 600; color: {c.text}; margin-bottom: 10px; }}
    h2 {{ font-size: {pt(16)}; font-weight: 600; margin-top: 16px; }}
    h3 {{ font-size: {pt(14)}; font-weight: 600; }}
    p {{ margin-top: 4px; margin-bottom: 12px; line-height: 140%; }}
    li {{ margin-bottom: 4px; }}
    blockquote {{ color: {c.muted}; margin-left: 12px; }}
    table {{ border-collapse: collapse; margin-top: 8px; margin-bottom: 16px; }}
    th {{ background-color: {c.window}; padding: 4px 8px; font-weight: 600; }}
    td {{ padding: 3px 8px; border-bottom: 1px solid {c.border}; }}
    a {{ color: {c.accent}; }}
    """


def stylesheet() -> str:
    c, t = current(), TYPE
    return f"""
    QMainWindow, QWidget#page {{ background: {c.window}; }}
    QWidget {{ color: {c.text}; font-size: {pt(t["body"])}; }}
    QWidget#surface {{ background: {c.surface}; }}
    QLabel#display {{ font-size: {pt(t["display"])}; font-weight: 600; }}
    QLabel#title {{ font-size: {pt(t["title"])}; font-weight: 600; }}
    QLabel#heading {{ font-size: {pt(t["heading"])}; font-weight: 600; }}
    QLabel#subtitle {{ font-size: {pt(t["lead"])}; color: {c.muted}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#small {{ color: {c.muted}; font-size: {pt(t["small"])}; }}
    QLabel#question {{ font-size: {pt(t["lead"])}; }}
    QLabel#storageNotice {{ background: {c.wrong_tint}; color: {c.text}; border-bottom: 3px solid {c.wrong}; }}

    /* Cards and lists: a surface with a border and room inside, so no text touches it. */
    QFrame#card, QTextBrowser, QListWidget, QTreeWidget {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QFrame#moduleCard {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
    QFrame#moduleCard[current="true"] {{ border: 2px solid {c.accent}; }}
    QTreeWidget::item, QListWidget::item {{ padding: 8px; }}
    QTreeWidget::item:selected, QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QListWidget#moduleList {{ background: transparent; border: none; }}
    QListWidget#moduleList::item {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; padding: 0; }}
    QListWidget#moduleList::item:hover {{ border: 2px solid {c.accent}; }}
    QListWidget#moduleList::item:selected {{ background: {c.tint}; color: {c.text}; border: 2px solid {c.accent}; }}
    QListWidget#moduleList:focus {{ border: none; }}
    QListWidget#moduleList::item:selected:focus {{ border: 3px solid {c.focus}; }}

    /* Buttons: secondary by default, one primary per screen, quiet for the least used. */
    QPushButton {{
        background: {c.surface}; color: {c.text}; border: 2px solid {c.border}; border-radius: 6px;
        padding: 8px 16px; min-height: 20px;
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border: 2px solid {c.accent}; font-weight: 600; }}
    QPushButton#primary QLabel {{ color: {c.accent_text}; font-weight: 600; background: transparent; }}
    QPushButton#quiet {{
        background: transparent; border: 2px solid transparent; color: {c.accent}; text-decoration: underline;
        padding: 8px;  /* a link: its words line up with the text of the list or page below it */
    }}
    QPushButton#quiet:hover {{ border-color: {c.border}; }}
    QPushButton:disabled, QPushButton#primary:disabled, QPushButton#quiet:disabled {{
        background: {c.window}; color: {c.muted}; border-color: {c.border}; font-weight: normal;
    }}
    QPushButton#choice {{ text-align: left; padding: 8px 16px; font-size: {pt(t["choice"])}; }}
    QPushButton#choice QLabel {{ font-size: {pt(t["choice"])}; background: transparent; }}

    /* Choice rows: a whole row to hit with mouse, finger or keyboard; its state is also
       said in words and by the mark at its start, never by colour alone. */
    QRadioButton#choiceRow, QCheckBox#choiceRow {{
        background: {c.surface}; border: 2px solid {c.border}; border-radius: 8px;
        padding: 12px 16px; font-size: {pt(t["choice"])}; spacing: 12px;
    }}
    QRadioButton#choiceRow:hover, QCheckBox#choiceRow:hover {{ border-color: {c.accent}; }}
    QRadioButton#choiceRow:checked, QCheckBox#choiceRow:checked {{ background: {c.tint}; border-color: {c.accent}; }}
    QRadioButton#choiceRow:disabled, QCheckBox#choiceRow:disabled {{ color: {c.text}; }}
    QRadioButton#choiceRow[verdict="right"], QCheckBox#choiceRow[verdict="right"] {{
        background: {c.right_tint}; border: 3px solid {c.right}; }}
    QRadioButton#choiceRow[verdict="wrong"], QCheckBox#choiceRow[verdict="wrong"] {{
        background: {c.wrong_tint}; border: 3px dashed {c.wrong}; }}
    QRadioButton::indicator, QCheckBox::indicator {{ width: {int(18 * _scale)}px; height: {int(18 * _scale)}px; }}
    /* The box and the circle drawn in the theme's colours: Qt's own are drawn in a shade
       of the window colour, which on high contrast's black is black (no box to see). */
    QRadioButton#choiceRow::indicator, QCheckBox#choiceRow::indicator {{
        border: 2px solid {c.text}; background: {c.surface}; }}
    QCheckBox#choiceRow::indicator {{ border-radius: 3px; }}
    QRadioButton#choiceRow::indicator {{ border-radius: {int(18 * _scale) // 2 + 1}px; }}
    QCheckBox#choiceRow::indicator:checked {{ background: {c.text}; image: url("{_check()}"); }}
    QRadioButton#choiceRow::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5,
        fx: 0.5, fy: 0.5, stop: 0 {c.text}, stop: 0.45 {c.text}, stop: 0.55 {c.surface}, stop: 1 {c.surface}); }}

    /* Focus: one ring colour on every control, in every theme, primary buttons too. */
    QPushButton:focus, QPushButton#primary:focus, QPushButton#quiet:focus, QTreeWidget:focus, QListWidget:focus,
    QLineEdit:focus, QComboBox:focus, QTextBrowser:focus, QScrollArea:focus, QSpinBox:focus {{
        outline: none; border: 3px solid {c.focus};
    }}
    QPushButton#primary:focus {{ background: {c.focus_fill}; color: {c.focus_fill_text}; }}
    QPushButton#primary:focus QLabel {{ color: {c.focus_fill_text}; }}
    QRadioButton:focus, QCheckBox:focus, QRadioButton#choiceRow:focus, QCheckBox#choiceRow:focus {{
        outline: none; border: 3px solid {c.focus};
    }}
    QRadioButton, QCheckBox {{ border: 3px solid transparent; border-radius: 6px; padding: 4px; }}

    QProgressBar {{ border: 2px solid {c.border}; border-radius: 6px; background: {c.surface}; text-align: center;
        min-height: {int(20 * _scale)}px; }}
    QProgressBar::chunk {{ background: {c.chunk}; border-radius: 4px; }}
    QProgressBar#thin {{ min-height: 8px; max-height: 8px; border: 1px solid {c.border}; border-radius: 4px; }}
    QProgressBar#thin::chunk {{ background: {c.accent}; border-radius: 3px; }}
    QLabel#verdict {{ font-size: {pt(t["heading"])}; font-weight: 600; }}
    QLabel#score {{ font-size: {pt(t["display"])}; font-weight: 700; }}
    QLineEdit, QComboBox {{ background: {c.surface}; border: 2px solid {c.border}; border-radius: 6px; padding: 6px 8px; }}
    QComboBox {{ padding-right: 28px; }}
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none; }}
    QComboBox::down-arrow {{ image: url("{_arrow()}"); width: 12px; height: 8px; margin-right: 8px; }}

    /* Feedback panels: a thick edge on the side, and a word for right or not. */
    QFrame#feedback {{ background: {c.surface}; border: 1px solid {c.border}; border-left: 6px solid {c.accent};
        border-radius: 6px; }}
    QFrame#feedback[verdict="right"] {{ background: {c.right_tint}; border-left: 6px solid {c.right}; }}
    QFrame#feedback[verdict="wrong"] {{ background: {c.wrong_tint}; border-left: 6px solid {c.wrong}; }}
    QFrame#notice {{ background: {c.surface}; border: 1px solid {c.border}; border-top: 6px solid {c.accent};
        border-radius: 8px; }}

    QFrame#contactBar {{ background: {c.accent}; }}
    QFrame#contactBar QLabel {{ color: {c.accent_text}; font-weight: 600; }}
    QMenuBar, QMenu, QToolTip {{ background: {c.surface}; color: {c.text}; }}
    QMenuBar::item {{ padding: 4px 8px; }}
    QMenu::item {{ padding: 6px 24px; }}
    QMenu::item:selected, QMenuBar::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QToolTip {{ border: 1px solid {c.border}; padding: 4px; }}
    QTabBar::tab {{ background: {c.window}; color: {c.text}; border: 1px solid {c.border}; padding: 8px 16px; }}
    QTabBar::tab:selected {{ background: {c.surface}; font-weight: 600; border-bottom: 3px solid {c.accent}; }}
    QTabBar::tab:focus {{ border: 3px solid {c.focus}; }}
    QHeaderView::section {{ background: {c.window}; color: {c.text}; border: none; padding: 8px; font-weight: 600; }}
    QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text}; selection-background-color: {c.accent};
        selection-color: {c.accent_text}; }}

    /* Scroll bars that can be seen in both themes. */
    QScrollBar:vertical {{ background: {c.window}; width: 14px; margin: 0; border-left: 1px solid {c.border}; }}
    QScrollBar:horizontal {{ background: {c.window}; height: 14px; margin: 0; border-top: 1px solid {c.border}; }}
    QScrollBar::handle:vertical {{ background: {c.scrollbar}; min-height: 32px; border-radius: 5px; margin: 2px; }}
    QScrollBar::handle:horizontal {{ background: {c.scrollbar}; min-width: 32px; border-radius: 5px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    /* Nothing to scroll: a bar kept in its place is switched off and as plain as the page
       (widgets/scrolling.py: steady_gutter). */
    QScrollBar#gutter:vertical:disabled {{ border-left: none; }}
    QScrollBar#gutter::handle:vertical:disabled {{ background: transparent; }}
    QDialog {{ background: {c.window}; }}
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}  /* no stock icons on Yes and No */
    """


def _arrow() -> str:
    """The drop-down arrow drawn in the theme's text colour (a file: style sheets take no data)."""
    from trainer import paths

    name = "arrow-down-light.svg" if current() is HIGH_CONTRAST else "arrow-down.svg"
    return (paths.assets_dir() / name).as_posix()


def _check() -> str:
    """The tick of a checked box, in the surface colour on a box filled with the text's."""
    from trainer import paths

    name = "check-dark.svg" if current() is HIGH_CONTRAST else "check-light.svg"
    return (paths.assets_dir() / name).as_posix()


def palette():
    """Qt's own palette in the theme's colours, for what style sheets do not reach."""
    from PySide6.QtGui import QColor, QPalette

    c = current()
    colours = QPalette()
    for role, value in (
        (QPalette.ColorRole.Window, c.window), (QPalette.ColorRole.WindowText, c.text),
        (QPalette.ColorRole.Base, c.surface), (QPalette.ColorRole.AlternateBase, c.window),
        (QPalette.ColorRole.Text, c.text), (QPalette.ColorRole.Button, c.surface),
        (QPalette.ColorRole.ButtonText, c.text), (QPalette.ColorRole.Highlight, c.accent),
        (QPalette.ColorRole.HighlightedText, c.accent_text), (QPalette.ColorRole.ToolTipBase, c.surface),
        (QPalette.ColorRole.ToolTipText, c.text), (QPalette.ColorRole.Link, c.accent),
        (QPalette.ColorRole.PlaceholderText, c.muted),
    ):
        colours.setColor(role, QColor(value))
    return colours
