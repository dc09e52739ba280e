"""A real headless Chromium for the web player's tests, through Selenium and
chromedriver. The tests skip, saying why, where Chromium, its driver, Selenium or the
npm test tools (`npm ci` in tests/web) are missing; `.ci/run` installs them all."""

from __future__ import annotations

import http.server
import shutil
import threading
from functools import partial
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


def npm_tool(relative: str) -> Path:
    """A file from the npm test tools, or a skip that says how to get it."""
    path = NODE_MODULES / relative
    if not path.is_file():
        pytest.skip(f"{relative} is missing: run `npm ci` in tests/web (`.ci/run` does)")
    return path


@pytest.fixture(scope="session")
def chromium_paths():
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("Selenium is not installed: pip install '.[test]'")
    browser = _find("chromium", "/usr/bin/chromium", "chromium-browser", "google-chrome")
    driver = _find("chromedriver", "/usr/bin/chromedriver")
    if browser is None or driver is None:
        pytest.skip("Chromium or chromedriver is missing: apt-get install chromium chromium-driver (`.ci/run` does)")
    return browser, driver


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


@pytest.fixture(scope="module")
def browser(chromium_paths, tmp_path_factory):
    chrome = start_browser(chromium_paths, tmp_path_factory.mktemp("chromium-profile"))
    yield chrome
    chrome.quit()


@pytest.fixture(scope="session")
def builtin_site(tmp_path_factory):
    """The built-in course exported with the real command, once for all tests."""
    from trainer.cli import main

    folder = tmp_path_factory.mktemp("site") / "kurs"
    assert main(["web", "-o", str(folder)]) == 0
    return folder


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def web_server(tmp_path_factory):
    """A local web server over a folder, as a learning platform serves a package."""
    root = tmp_path_factory.mktemp("www")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
