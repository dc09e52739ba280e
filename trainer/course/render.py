"""Markdown to the HTML that Qt shows. Content conventions (images, charts, presenter
notes, the inline work budget) are Python-Markdown extensions in `trainer.course.mdext`;
raw HTML in content is reduced to a small allow-list, images resolve only to local files
inside the content or assets folders, and nothing is ever fetched from the network.
A text beyond the limits in `trainer.course.limits` is shown as plain text, so no input
can make rendering recurse without bound or run for more than a moment."""

from __future__ import annotations

import threading
from html import escape
from pathlib import Path

from trainer.course import limits

ALLOWED_TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u",
    "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody",
    "tr", "th", "td", "span", "div", "sup", "sub", "del",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
LINK_SCHEMES = ("http://", "https://", "mailto:")
PLAIN_CHARS = 20_000  # what a page too big to render shows of itself, as plain text
_local = threading.local()


def _converter():
    # A Markdown instance belongs to one thread; keep one per thread and reset it.
    md = getattr(_local, "md", None)
    if md is None:
        import markdown  # imported on first use: start-up does not need it

        from trainer.course.mdext import ContentExtension

        _local.content = ContentExtension()
        md = markdown.Markdown(extensions=["tables", "sane_lists", _local.content], output_format="html")
        _local.md = md
    md.reset()
    return md, _local.content


def _convert(text: str, base: Path | None, roots: list[Path] | None, assets: Path | None, chart_prefix: str):
    md, content = _converter()
    content.images.base, content.images.roots, content.images.assets = base, roots or [], assets
    content.charts.prefix = chart_prefix
    html = md.convert(text)
    return html, content.images.found, content.charts.sources


def plain_html(text: str) -> str:
    """A text shown as written, for one that is too big or too deeply nested to render."""
    shown = text[:PLAIN_CHARS] + ("\n…" if len(text) > PLAIN_CHARS else "")
    paragraphs = (escape(part.strip()).replace("\n", "<br>") for part in shown.split("\n\n"))
    return "\n".join(f"<p>{part}</p>" for part in paragraphs if part)


def _link_filter(tag: str, attribute: str, value: str, allowed_images: set[str]):
    if tag == "img" and attribute == "src":
        return value if value in allowed_images else None
    if tag == "a" and attribute == "href":
        return value if value.lower().startswith(LINK_SCHEMES) or value.startswith("#") else None
    return value


def render_markdown(
    text: str,
    base: Path | None = None,
    roots: list[Path] | None = None,
    assets: Path | None = None,
    chart_prefix: str = "",
) -> str:
    """Render content Markdown to safe HTML.

    `base` is the folder of the file the text comes from; images resolve against it and
    must stay inside `roots` or `assets`. Each `<!-- chart: ... -->` becomes an image
    `chart:<prefix><n>` that the UI paints from the page's figures.
    """
    if not limits.safe_to_render(text):
        return plain_html(text)
    html, images, charts = _convert(text, base, roots, assets, chart_prefix)
    allowed_images = {ref.found.as_uri() for ref in images if ref.found is not None} | set(charts)
    import nh3

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "file", "chart"},
        attribute_filter=lambda tag, attr, value: _link_filter(tag, attr, value, allowed_images),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def image_references(text: str, base: Path, roots: list[Path], assets: Path | None):
    """Every image a text shows or means to show (`ImageRef`s: as written, and the file
    found or None), read exactly as the renderer reads it."""
    if "![" not in text or not limits.safe_to_render(text):
        return []  # no image syntax at all (the common case), or never rendered as Markdown
    return _convert(text, base, roots, assets, "")[1]


def render_inline(text: str) -> str:
    """A short piece (a choice, an option) rendered without a surrounding paragraph."""
    html = render_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
