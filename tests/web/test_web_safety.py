"""Hostile content in the browser: the kinds the app already refuses (scripts, remote
images, javascript: links, event handlers, frames, styles) show nothing active, the
browser asks for nothing outside the site's folder (the driver's network log), and the
page's Content-Security-Policy stops what is slipped in past the renderer."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import base64

from selenium.webdriver.common.by import By

from webtools import requests_made, trainer
from player import open_module, open_site

HOSTILE = """

<script>document.title = "pwned"; window.pwned = 1;</script>
<img src="https://evil.example/track.png" alt="sporing">

[klikk her](javascript:window.pwned=2) og <a href="javascript:window.pwned=3">her</a>

<img src="x" onerror="window.pwned=4">
<iframe src="https://evil.example/frame"></iframe>
<style>body { background: url(https://evil.example/bg.png); }</style>
<svg onload="window.pwned=5"><circle r="5"/></svg>
<link rel="stylesheet" href="https://evil.example/x.css">
<form action="https://evil.example/"><button>send</button></form>
<div style="background: url(https://evil.example/s.png)">stil</div>
<object data="https://evil.example/o.swf"></object>

![lokalt bilde](bilde.png)

[en trygg lenke](https://www.politiet.no/)
"""

# A 1x1 PNG.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    pack = base / "pakke"
    assert trainer("new", "pack", str(pack), data=base / "data") == 0
    module = next(pack.glob("*/module.md"))
    module.write_text(module.read_text(encoding="utf-8") + HOSTILE, encoding="utf-8")
    (module.parent / "bilde.png").write_bytes(PIXEL)
    site = base / "site"
    assert trainer("--content", str(pack), "web", "-o", str(site), data=base / "data") == 0
    return site


def test_hostile_content_shows_nothing_active_and_fetches_nothing_from_outside(browser, hostile_site):
    browser.get_log("performance")  # start with an empty log
    open_site(browser, (hostile_site / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    open_site(browser, (hostile_site / "index.html").as_uri())
    open_module(browser, "Fra distriktet")
    content = browser.find_element(By.CSS_SELECTOR, ".part .content")
    assert browser.execute_script("return window.pwned") is None
    assert browser.title != "pwned"
    for tag in ("script", "iframe", "style", "link", "form", "svg", "object"):
        assert not content.find_elements(By.TAG_NAME, tag), tag
    assert not content.find_elements(By.CSS_SELECTOR, "[onerror], [onload], [style]")
    hrefs = [a.get_attribute("href") for a in content.find_elements(By.TAG_NAME, "a")]
    assert hrefs == [None, None, "https://www.politiet.no/"]  # the javascript: links lost their target
    assert content.find_elements(By.TAG_NAME, "a")[-1].get_attribute("target") == "_blank"
    images = [img.get_attribute("src") for img in content.find_elements(By.TAG_NAME, "img")]
    assert len(images) == 1 and images[0].startswith((hostile_site / "media").as_uri())
    assert browser.execute_script("return arguments[0].naturalWidth", content.find_element(By.TAG_NAME, "img")) == 1
    # (A picture that is not one is refused by the check before any export; the site's own
    # refusal is tested below.)

    inside = hostile_site.as_uri() + "/"
    outside = [url for url in requests_made(browser) if not url.startswith(inside)]
    assert outside == []
    assert sorted(p.name for p in hostile_site.rglob("*") if p.is_file() and p.parent.name == "media") == [
        next((hostile_site / "media").iterdir()).name]  # only the one real picture was copied


def test_remote_and_outside_images_in_markdown_become_words_and_are_never_copied(tmp_path):
    """The validator stops these before an export; the renderer refuses them all the same."""
    from trainer.web.data import Media, Renderer

    (tmp_path / "bilde.png").write_bytes(PIXEL)
    media = Media()
    html = Renderer([tmp_path], None, media).html(
        "![fjern](https://evil.example/r.png) ![utenfor](../../../etc/hostname) ![her](bilde.png)", tmp_path)
    assert "evil.example" not in html and "hostname" not in html
    assert "[fjern]" in html and "[utenfor]" in html
    assert list(media.files.values()) == [tmp_path / "bilde.png"]
    assert f'<img src="{next(iter(media.files))}" alt="her">' in html


def test_content_with_errors_is_not_published(tmp_path, capsys):
    pack = tmp_path / "pakke"
    assert trainer("new", "pack", str(pack), data=tmp_path / "data") == 0
    module = next(pack.glob("*/module.md"))
    module.write_text(module.read_text(encoding="utf-8") + "\n![fjern](https://evil.example/r.png)\n", encoding="utf-8")
    capsys.readouterr()
    site = tmp_path / "site"
    assert trainer("--content", str(pack), "web", "-o", str(site), data=tmp_path / "data") == 1
    error = capsys.readouterr().err
    assert error.startswith("trainer web: innholdet har feil som må rettes først:\n")
    assert "module.md:" in error and "evil.example" in error
    assert not site.exists()


def test_the_content_security_policy_stops_what_gets_past_the_renderer(browser, hostile_site):
    open_site(browser, (hostile_site / "index.html").as_uri())
    browser.get_log("performance")
    blocked = browser.execute_async_script("""
        var done = arguments[arguments.length - 1], seen = [];
        document.addEventListener('securitypolicyviolation', function (e) { seen.push(e.effectiveDirective); });
        var img = document.createElement('img'); img.src = 'https://evil.example/csp.png';
        document.body.appendChild(img);
        var script = document.createElement('script'); script.src = 'https://evil.example/csp.js';
        document.body.appendChild(script);
        var inline = document.createElement('script'); inline.textContent = 'window.pwned = 6';
        document.body.appendChild(inline);
        setTimeout(function () { done(seen); }, 500);
    """)
    assert {"img-src", "script-src-elem"} <= set(blocked) or {"img-src", "script-src"} <= set(blocked)
    assert browser.execute_script("return window.pwned") is None


def test_an_image_that_is_not_what_its_name_says_is_left_out_with_a_message(tmp_path, capsys):
    from trainer.web.data import image_problem

    fake = tmp_path / "falsk.png"
    fake.write_text("not a picture")
    assert image_problem(fake) == "filen er ikke et bilde (PNG, JPEG, GIF, WebP eller SVG)"
    big = tmp_path / "stort.png"
    big.write_bytes(PIXEL[:16] + (5000).to_bytes(4, "big") + (5000).to_bytes(4, "big") + PIXEL[24:])
    assert image_problem(big) == "bildet er 5000 × 5000 piksler; høyst 4096 × 4096 kan vises"
    svg = tmp_path / "tegning.svg"
    svg.write_text("<svg/>")
    assert image_problem(svg).startswith("bare PNG")
    good = tmp_path / "bilde.png"
    good.write_bytes(PIXEL)
    assert image_problem(good) == ""
