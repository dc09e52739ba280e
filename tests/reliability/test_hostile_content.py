"""Content from other people never runs, never fetches and never reads outside its place."""

import json
from html.parser import HTMLParser
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trainer
from trainer.course.render import render_markdown

IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)

HOSTILE = """
<script>alert(1)</script><iframe src="https://evil.example/"></iframe><object data="x.swf"></object>
<embed src="x"><img src="http://evil.example/t.png" onerror="alert(1)"><b onmouseover="alert(1)">bold</b>
[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [file](file:///etc/passwd)
[web](https://politiet.no) [mail](mailto:post@example.org)
![remote](https://evil.example/x.png) ![abs](/etc/passwd) ![up](../../outside.png) ![fileurl](file:///etc/hosts)
![data](data:image/png;base64,iVBORw0KGgo=) ![huge](huge.png) ![ok](ok.png)
<style>body{background:url(https://evil.example/)}</style><link rel="stylesheet" href="https://evil.example/x.css">
"""


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims a size in its header; its pixels never need decoding."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x10\x20\x30" * width for _ in range(height)) if width * height < 10_000 else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def hostile_folder(tmp_path):
    root = tmp_path / "content"
    folder = root / "nb" / "m"
    folder.mkdir(parents=True)
    (folder / "ok.png").write_bytes(png_header(4, 4))
    (folder / "huge.png").write_bytes(png_header(20_000, 20_000))
    (tmp_path / "outside.png").write_bytes(png_header(4, 4))
    return root, folder


def test_html_is_reduced_to_the_allow_list(hostile_folder):
    root, folder = hostile_folder
    html = render_markdown(HOSTILE, base=folder, roots=[root])
    lowered = html.lower()
    for banned in ("<script", "<iframe", "<object", "<embed", "<style", "<link", "onerror", "onmouseover",
                   "javascript:", "data:", "evil.example", "/etc/passwd", "/etc/hosts", "outside.png"):
        assert banned not in lowered, banned
    assert 'href="https://politiet.no"' in html and 'href="mailto:post@example.org"' in html
    assert (folder / "ok.png").as_uri() in html and (folder / "huge.png").as_uri() in html


SHOW = r"""
import json, sys, os
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
events = []
recording = [False]
def audit(event, args):
    if not recording[0]:
        return
    if event == "socket.connect" or event.startswith("urllib"):
        events.append([event, str(args)[:200]])
    if event == "open" and isinstance(args[0], str) and not args[0].startswith(("/usr", "/proc", "/sys", "/dev", "/etc/ld", "/etc/fonts")) and ".py" not in args[0] and "site-packages" not in args[0] and "python3" not in args[0] and "/.cache/" not in args[0]:
        events.append([event, args[0]])
sys.addaudithook(audit)
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QImageReader
import trainer.ui.widgets.content_view as view_module
import trainer.ui.widgets.content_images as images_module
read = []
class SpyReader(QImageReader):
    # Images are checked as bytes, then decoded from memory: the bytes tell which file.
    def read(self):
        read.append(bytes(self.device().data()).hex())
        return super().read()
images_module.QImageReader = SpyReader
app = QApplication([])
root, folder, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.stdin.read()
view = view_module.ContentView()
view.resize(900, 700)
view.show()
from trainer.course.render import render_markdown
render_markdown("warm-up")  # Python-Markdown reads its entry points once, before we watch
from trainer.i18n import translations
translations()  # and the app's own message catalogue (a refused image is said in words)
recording[0] = True
view.show_markdown(text, folder, [root], None)
app.processEvents()
print(json.dumps({"events": events, "decoded": read, "has_network": "PySide6.QtNetwork" in sys.modules}))
"""


def test_showing_hostile_content_reads_nothing_outside_and_fetches_nothing(hostile_folder):
    root, folder = hostile_folder
    env = {**os.environ, "PYTHONPATH": IMPORT_ROOT}
    result = subprocess.run([sys.executable, "-c", SHOW, str(root), str(folder)], input=HOSTILE,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert not [e for e in report["events"] if e[0] != "open"], report["events"]  # no connection attempted
    outside = [e for e in report["events"] if e[0] == "open" and not e[1].startswith(str(root))]
    assert outside == [], outside
    # Only the small image inside the content folder was decoded; the huge one was refused
    # from its header alone.
    assert report["decoded"] == [(folder / "ok.png").read_bytes().hex()]
    assert report["has_network"] is False


def test_links_open_only_when_clicked_and_only_safe_schemes(qtbot, monkeypatch):
    from PySide6.QtCore import QUrl

    from trainer.ui.widgets import content_view

    opened = []
    monkeypatch.setattr(content_view.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    view = content_view.ContentView()
    qtbot.addWidget(view)
    view.show_markdown("[a](https://politiet.no) [b](javascript:alert(1))", None, [], None)
    assert opened == []  # showing opens nothing
    for url in ("https://politiet.no", "mailto:a@b.no", "http://x.no", "javascript:alert(1)", "file:///etc/passwd", "data:x"):
        view._on_anchor_clicked(QUrl(url))
    assert opened == ["https://politiet.no", "mailto:a@b.no", "http://x.no"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["<script>x</script>", "<img src=x onerror=y>", "[a](javascript:b)", "![i](http://e/x.png)",
                                 "<iframe>", "<a href='data:x'>d</a>", "**b**", "<!-- chart: bar -->", "| a |", "\n"]) | st.text(max_size=40),
                max_size=20))
def test_any_mix_renders_without_active_content(parts):
    html = render_markdown("".join(parts) if isinstance(parts, list) else parts)
    found = _Markup()
    found.feed(html)
    # Words may survive as text; what matters is that no active markup does.
    assert not found.tags & {"script", "iframe", "object", "embed", "style", "link"}
    assert not [a for a in found.attributes if a[0].startswith("on")]
    assert not [v for name, v in found.attributes if name in ("href", "src") and not v.startswith(("https://", "http://", "mailto:", "file:", "chart:", "#"))]
    assert not [v for name, v in found.attributes if name == "src" and v.startswith("http")]


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)
