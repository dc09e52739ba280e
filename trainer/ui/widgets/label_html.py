"""Rich text for QLabel. QLabel under-reports the height of <p> paragraphs when it wraps
words (the last lines get clipped), so paragraphs become line breaks here."""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"</p>\s*<p>")


def label_html(html: str) -> str:
    html = _PARAGRAPH_BREAK.sub("<br><br>", html.strip())
    html = html.replace("<p>", "").replace("</p>", "<br>")
    while html.endswith("<br>"):
        html = html[: -len("<br>")].rstrip()
    return html


def plain_text(html: str) -> str:
    """What a screen reader should say for a piece of label HTML."""
    from PySide6.QtGui import QTextDocumentFragment

    return " ".join(QTextDocumentFragment.fromHtml(html).toPlainText().split())
