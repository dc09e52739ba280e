"""Helpers for the web player's tests: the real `trainer` command, the course data a site
holds, the npm test tools, and a headless Chromium started the same way every time."""

from __future__ import annotations

import http.server
import json
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NODE_MODULES = HERE / "node_modules"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--window-size=1366,768", "--lang=nb",
)

def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


def course_data(site: Path) -> dict:
    """The JSON document in a site's course.js."""
    text = (site / "course.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("=") + 1:].strip().rstrip(";"))


def write_course_data(site: Path, data: dict) -> None:
    """Put `data` in a site's course.js, as `course_data` reads it (the course changed
    after the learner's progress was kept)."""
    text = (site / "course.js").read_text(encoding="utf-8")
    (site / "course.js").write_text(text[:text.index("=") + 1] + " " + json.dumps(data) + ";", encoding="utf-8")


def npm_tool(relative: str) -> Path:
    """A file from the npm test tools, or a skip that says how to get it."""
    path = NODE_MODULES / relative
    if not path.is_file():
        pytest.skip(f"{relative} is missing: run `npm ci` in tests/web (`.ci/run` does)")
    return path


def start_browser(chromium_paths, profile: Path, size=(1366, 768)):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = chromium_paths
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    chrome.set_window_size(*size)
    chrome.implicitly_wait(0)
    return chrome


def trainer(*args: str, data: Path) -> int:
    """The real `trainer` command with its own empty data folder (so no installed pack of
    this computer joins the course), leaving the data folder setting as it found it."""
    from trainer import paths
    from trainer.cli import main

    try:
        return main(["--data-dir", str(data), *args])
    finally:
        paths.set_data_dir(None)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass



def requests_made(browser) -> list[str]:
    """Every address the page asked for since the last call, from the driver's network log
    (the browser's own chrome:// pages, such as the new tab page, left out)."""
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            page = message["params"].get("documentURL", "")
            internal = ("chrome:", "chrome-untrusted:", "devtools:")
            if not url.startswith(internal) and not page.startswith(internal):
                urls.append(url)
    return urls
