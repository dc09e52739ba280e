"""Markdown in, safe HTML out."""

from trainer.course.render import render_inline, render_markdown


def test_plain_markdown():
    assert render_markdown("Hei **du**.\n\n- en\n- to") == (
        "<p>Hei <strong>du</strong>.</p>\n<ul>\n<li>en</li>\n<li>to</li>\n</ul>"
    )


def test_raw_html_is_reduced_to_the_allow_list():
    html = render_markdown(
        'A <script>alert(1)</script><iframe src="https://x"></iframe><object data="x"></object>'
        '<b onclick="alert(1)">B</b>'
    )
    assert html == "<p>A <b>B</b></p>"


def test_only_safe_links_survive():
    html = render_markdown("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://politiet.no) [d](mailto:a@b.no) [e](file:///etc/passwd)")
    assert 'href="https://politiet.no"' in html and 'href="mailto:a@b.no"' in html
    assert "javascript" not in html and "data:" not in html and "file:" not in html


def test_remote_and_outside_images_are_dropped(tmp_path):
    (tmp_path / "inside.png").write_bytes(b"x")
    outside = tmp_path.parent / "outside.png"
    outside.write_bytes(b"x")
    html = render_markdown(
        "![r](http://example.org/x.png) ![o](../outside.png) ![i](inside.png) <img src=\"http://x/y.png\">",
        base=tmp_path, roots=[tmp_path],
    )
    assert html == f'<p><img alt="r"> <img alt="o"> <img alt="i" src="{(tmp_path / "inside.png").as_uri()}"> <img></p>'


def test_chart_comment_becomes_chart_image():
    html = render_markdown("<!-- chart: bar -->\n| a | b |\n|---|---|\n| x | 1 |", chart_prefix="")
    assert html.startswith('<p><img alt="" src="chart:0"></p>\n<table>')


def test_inline():
    assert render_inline("Et *valg*") == "Et <em>valg</em>"
