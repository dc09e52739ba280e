"""Colours, type sizes and the style sheet: one calm light theme for now. The palette is
kept as data so tests can compute contrast from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
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
    focus="#e08a00",
)

_current = LIGHT


def current() -> Colours:
    return _current


def content_css() -> str:
    c = current()
    return f"""
    body {{ color: {c.text}; font-size: 14pt; }}
    h1 {{ font-size: 20pt; font-weight: 600; color: {c.text}; margin-bottom: 10px; }}
    h2 {{ font-size: 16pt; font-weight: 600; margin-top: 16px; }}
    h3 {{ font-size: 14pt; font-weight: 600; }}
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
    QWidget {{ color: {c.text}; font-size: 11pt; }}
    QWidget#surface {{ background: {c.surface}; }}
    QLabel#title {{ font-size: 20pt; font-weight: 600; }}
    QLabel#subtitle {{ font-size: 13pt; color: {c.muted}; }}
    QLabel#muted {{ color: {c.muted}; }}
    QFrame#card, QTextBrowser, QListWidget, QTreeWidget {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
    }}
    QTreeWidget::item, QListWidget::item {{ padding: 6px 4px; }}
    QTreeWidget::item:selected, QListWidget::item:selected {{ background: {c.accent}; color: {c.accent_text}; }}
    QPushButton {{
        background: {c.surface}; border: 2px solid {c.border}; border-radius: 6px;
        padding: 7px 16px; min-height: 20px;
    }}
    QPushButton:hover {{ border-color: {c.accent}; }}
    QPushButton#primary {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; font-weight: 600; }}
    QPushButton:disabled, QPushButton#primary:disabled {{ background: {c.window}; color: {c.muted}; border-color: {c.border}; font-weight: normal; }}
    QPushButton#choice {{ text-align: left; padding: 10px 14px; font-size: 12pt; }}
    QPushButton:focus, QTreeWidget:focus, QListWidget:focus, QLineEdit:focus, QComboBox:focus,
    QRadioButton:focus, QCheckBox:focus, QTextBrowser:focus {{
        outline: none; border: 2px solid {c.focus};
    }}
    QProgressBar {{ border: 2px solid {c.border}; border-radius: 6px; background: {c.surface}; text-align: center; min-height: 22px; }}
    QProgressBar::chunk {{ background: #9cc3ee; border-radius: 4px; }}
    QLabel#verdict {{ font-size: 15pt; font-weight: 600; }}
    QLineEdit, QComboBox {{ background: {c.surface}; border: 2px solid {c.border}; border-radius: 6px; padding: 6px; }}
    QRadioButton, QCheckBox {{ font-size: 12pt; padding: 6px; }}
    QFrame#feedback {{ background: {c.surface}; border-left: 5px solid {c.accent}; border-radius: 4px; }}
    QFrame#contactBar {{ background: {c.accent}; }}
    QFrame#contactBar QLabel {{ color: {c.accent_text}; font-weight: 600; }}
    """
