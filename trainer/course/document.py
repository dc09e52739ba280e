"""Our own documents (the authoring guide) to HTML. Unlike content, a guide is longer than
a content file may be (trainer.course.limits), and none of content's conventions
apply: its examples of charts, images and notes are shown as written, in fenced code
blocks. The result is cleaned with the same allow-list as content."""

from __future__ import annotations

from trainer.course.render import ALLOWED_ATTRIBUTES, ALLOWED_TAGS


def render_document(text: str) -> str:
    import markdown
    import nh3

    html = markdown.markdown(text, extensions=["tables", "fenced_code", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
