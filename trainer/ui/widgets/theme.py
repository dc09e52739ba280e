"""Colours, type sizes and the style sheet: a calm light theme and a high-contrast one,
with text from 100% to 200%. Palettes are data, so tests compute their contrast."""

from __future__ import annotations

# The palettes and the type scale are data in trainer.tokens, shared with the web player.
from trainer.tokens import HIGH_CONTRAST, LIGHT, THEMES, TYPE_SCALE, Colours, contrast_ratio  # noqa: F401

SCALES = (100, 125, 150, 175, 200)

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
    table {{ border-collapse: collapse; margin-top: 8px; }}
    th {{ background-color: {c.window}; padding: 4px 8px; font-weight: 600; }}
    td {{ padding: 3px 8px; border-bottom: 1px solid {c.border}; }}
    a {{ color: {c.accent}; }}
    """


def stylesheet() -> str:
    c = current()
    return f"""
    QMainWindow, QWidget#page {{ background: {c.window}; }}
    QWidget {{ color: {c.text}; font-size: {pt(11)}; }}
    QWidget#surface {{ background: {c.surface}; }}
    QLabel#title {{ font-size: {pt(20)}; font-weight: 600; }}
    QLabel#subtitle {{ font-size: {pt(13)}; color: {c.muted}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QFrame#card, QTextBrowser, QListWidget, QTreeWidget {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QTreeWidget::item, QListWidget::item {{ padding: 6px 4px; }}
    QTreeWidget::item:selected, QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QPushButton {{
        background: {c.surface}; border: 2px solid {c.border}; border-radius: 6px;
        padding: 7px 16px;
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: 600; }}
    QPushButton#primary QLabel {{ color: {c.accent_text}; font-weight: 600; background: transparent; }}
    QPushButton:disabled, QPushButton#primary:disabled {{ background: {c.window}; color: {c.muted}; border-color: {c.border}; font-weight: normal; }}
    QPushButton#choice {{ text-align: left; padding: 10px 14px; font-size: {pt(12)}; }}
    QPushButton:focus, QTreeWidget:focus, QListWidget:focus, QLineEdit:focus, QComboBox:focus,
    QRadioButton:focus, QCheckBox:focus, QTextBrowser:focus {{
        outline: none; border: 2px solid {c.focus};
    }}
    QProgressBar {{ border: 2px solid {c.border}; border-radius: 6px; background: {c.surface}; text-align: center; min-height: 22px; }}
    QProgressBar::chunk {{ background: {c.chunk}; border-radius: 4px; }}
    QLabel#verdict {{ font-size: {pt(15)}; font-weight: 600; }}
    QLineEdit, QComboBox {{ background: {c.surface}; border: 2px solid {c.border}; border-radius: 6px; padding: 6px; }}
    QRadioButton, QCheckBox {{ font-size: {pt(12)}; padding: 6px; }}
    QFrame#feedback {{ background: {c.surface}; border-left: 5px solid {c.accent}; border-radius: 4px; }}
    QFrame#contactBar {{ background: {c.accent}; }}
    QFrame#contactBar QLabel {{ color: {c.accent_text}; font-weight: 600; }}
    QMenuBar, QMenu, QToolTip {{ background: {c.surface}; color: {c.text}; }}
    QMenu::item:selected, QMenuBar::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QTabBar::tab {{ background: {c.window}; color: {c.text}; border: 1px solid {c.border}; padding: 6px 12px; }}
    QTabBar::tab:selected {{ background: {c.surface}; font-weight: 600; border-bottom: 3px solid {c.accent}; }}
    QTabBar::tab:focus {{ border: 2px solid {c.focus}; }}
    QHeaderView::section {{ background: {c.window}; color: {c.text}; border: none; padding: 4px; font-weight: 600; }}
    QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text}; selection-background-color: {c.accent};
        selection-color: {c.accent_text}; }}
    QDialog {{ background: {c.window}; }}
    """


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
