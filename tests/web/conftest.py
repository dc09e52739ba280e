"""A real headless Chromium for the web player's tests, through Selenium and
chromedriver. The tests skip, saying why, where Chromium, its driver, Selenium or the
npm test tools (`npm ci` in tests/web) are missing; `.ci/run` installs them all."""

from __future__ import annotations

import http.server
import threading
from functools import partial

import pytest

from webtools import QuietHandler, _find, start_browser, trainer


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


@pytest.fixture(scope="session")
def browser(chromium_paths, tmp_path_factory):
    """One Chromium for all the web tests (starting one takes seconds); each test opens its
    own page and clears what it relies on."""
    chrome = start_browser(chromium_paths, tmp_path_factory.mktemp("chromium-profile"))
    yield chrome
    chrome.quit()


@pytest.fixture(scope="session")
def builtin_site(tmp_path_factory):
    """The built-in course exported with the real command, once for all tests."""
    base = tmp_path_factory.mktemp("site")
    assert trainer("web", "-o", str(base / "kurs"), data=base / "data") == 0
    return base / "kurs"


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
