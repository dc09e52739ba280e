"""Markdown to the HTML that Qt shows. Raw HTML in content is reduced to a small
allow-list, images resolve only to local files inside the content or assets folders,
and nothing is ever fetched from the network."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from trainer.course.images import find_image

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
CHART_SCHEME = "chart:"

_CHART_LINE = re.compile(r"^\s*<!--\s*chart:.*?-->\s*$", re.IGNORECASE | re.MULTILINE)
_IMAGE = re.compile(r"(!\[[^\]]*\]\()\s*<?([^)\s>]+)>?((?:\s+\"[^\"]*\")?\s*\))")
_local = threading.local()


def _converter():
    # A Markdown instance belongs to one thread; keep one per thread and reset it.
    md = getattr(_local, "md", None)
    if md is None:
        import markdown  # imported on first use: start-up does not need it
        md = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
        _local.md = md
    md.reset()
    return md


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
    allowed_images: set[str] = set()
    counter = iter(range(1_000_000))

    def chart(_match: re.Match) -> str:
        source = f"{CHART_SCHEME}{chart_prefix}{next(counter)}"
        allowed_images.add(source)
        return f"\n![]({source})\n"

    def image(match: re.Match) -> str:
        src = match.group(2)
        if src in allowed_images:
            return match.group(0)  # a chart placeholder made above
        found = None
        if base is not None:
            found = find_image(src, base, roots or [base], assets)
        if found is None:
            return match.group(1) + "missing:" + match.group(3)
        uri = found.as_uri()
        allowed_images.add(uri)
        return match.group(1) + uri + match.group(3)

    text = _CHART_LINE.sub(chart, text)
    text = _IMAGE.sub(image, text)
    html = _converter().convert(text)
    import nh3

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "file", "chart", "missing"},
        attribute_filter=lambda tag, attr, value: _link_filter(tag, attr, value, allowed_images),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def render_inline(text: str) -> str:
    """A short piece (a choice, an option) rendered without a surrounding paragraph."""
    html = render_markdown(text)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html
