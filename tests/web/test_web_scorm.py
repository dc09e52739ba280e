"""The SCORM 1.2 package in a test learning platform: the `scorm-again` runtime gives the
SCORM 1.2 API in the parent window and the package's launch page runs in a frame, as in
itslearning, Canvas or Moodle. A learner passes the course, comes back and resumes where
they stopped; another fails it; the platform hears the status, the score and the resume data."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import json
import time
import re
import shutil
import zipfile
import xml.etree.ElementTree as ET

from selenium.webdriver.common.by import By

from webtools import HERE, npm_tool, trainer
from player import answer_quiz, click, course_data, open_module, open_part, wait_for

IMSCP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADLCP = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    """The parents' course as a SCORM package, written by the real command."""
    base = tmp_path_factory.mktemp("scorm")
    written = base / "foreldre.zip"
    assert trainer("web", "--scorm", "foreldre", "-o", str(written), data=base / "data") == 0
    return written


@pytest.fixture(scope="module")
def platform(package, web_server):
    """The package unpacked on the test platform's server, beside the scorm-again runtime."""
    root, url = web_server
    runtime = npm_tool("scorm-again/dist/scorm12.min.js")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(root / "pkg")
    shutil.copy(runtime, root / "scorm12.min.js")
    shutil.copy(HERE / "lms.html", root / "lms.html")
    return package, root / "pkg", f"{url}/lms.html"


def test_the_package_has_a_scorm_12_manifest_listing_every_file(package):
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        tree = ET.fromstring(archive.read("imsmanifest.xml"))
    assert tree.find(f"{IMSCP}metadata/{IMSCP}schemaversion").text == "1.2"
    resource = tree.find(f"{IMSCP}resources/{IMSCP}resource")
    assert resource.get(f"{ADLCP}scormtype") == "sco" and resource.get("href") == "index.html"
    listed = {f.get("href") for f in resource.findall(f"{IMSCP}file")}
    assert listed == names - {"imsmanifest.xml"}
    assert {"index.html", "player.js", "course.js", "theme.css"} <= listed
    item = tree.find(f"{IMSCP}organizations/{IMSCP}organization/{IMSCP}item")
    assert item.find(f"{IMSCP}title").text == "For foreldre"


def launch(browser, url, saved=None):
    browser.switch_to.default_content()
    if browser.current_url != url:
        browser.get(url)
    browser.execute_script("window.launch(arguments[0])", saved)
    browser.switch_to.frame(wait_for(lambda: browser.find_elements(By.ID, "sco"), what="the frame")[0])
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".contactbar"), what="the course in the frame")


def stored(browser) -> dict:
    browser.switch_to.default_content()
    try:
        return browser.execute_script("return window.stored()")
    finally:
        browser.switch_to.frame(browser.find_element(By.ID, "sco"))


def take_the_required_quizzes(browser, unpacked, right: bool, retake: bool = False) -> dict:
    """Every quiz the course's pass rule names, each from the overview; the status stays
    incomplete, with no score, until the last one is taken. Returns the last quiz."""
    data = course_data(unpacked)["langs"]["nb"]
    required = data["courses"][0]["pass"]["quizzes"]
    assert required
    for number, (module_id, quiz_id) in enumerate(required, 1):
        if browser.find_elements(By.ID, "back"):
            browser.find_element(By.ID, "back").click()
        module = data["modules"][module_id]
        quiz = next(p for p in module["parts"] if p["id"] == quiz_id)
        open_module(browser, module["title"])
        open_part(browser, quiz["title"])
        if retake:
            click(browser, "#retry")
        answer_quiz(browser, quiz, right=right)
        if number < len(required) and not retake:
            kept = stored(browser)
            assert (kept["status"], kept["raw"]) == ("incomplete", "")  # a quiz not taken is no 0
    return quiz


def test_a_passed_course_reports_passed_with_its_score_and_resumes_where_the_learner_stopped(browser, platform):
    _package, unpacked, url = platform
    launch(browser, url)
    assert stored(browser)["status"] == "incomplete"  # the learner has begun
    assert "læringsplattformen" in browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.XPATH, "//button[contains(., 'Slett fremdriften')]")  # the platform keeps it
    quiz = take_the_required_quizzes(browser, unpacked, right=True)
    result = browser.find_element(By.ID, "quiz-result").text
    assert "(100 %)" in result

    kept = stored(browser)
    assert (kept["status"], kept["raw"], kept["min"], kept["max"], kept["exit"]) == ("passed", "100", "0", "100", "suspend")
    resume = json.loads(kept["suspend"])
    module_id = resume["module"]
    assert kept["location"] == module_id
    assert resume["quiz"][f"{module_id}/{quiz['id']}"]["b"] == 100
    assert len(kept["suspend"]) <= 4096

    # Another day, another computer: the platform hands the stored data back.
    launch(browser, url, {"suspend_data": kept["suspend"],
                          "core": {"lesson_status": kept["status"], "lesson_location": kept["location"]}})
    wait_for(lambda: browser.find_elements(By.ID, "quiz-result"), what="the result, resumed")
    assert browser.find_element(By.ID, "quiz-result").text == result
    assert stored(browser)["status"] == "passed"


def test_a_course_not_passed_stays_incomplete_so_the_learner_can_try_again_and_pass(browser, platform):
    """"failed" ends the attempt in platforms such as Moodle: the learner could not come
    back to take the quiz again. Not passed yet is incomplete, with the score so far."""
    _package, unpacked, url = platform
    launch(browser, url)
    assert stored(browser)["status"] == "incomplete"
    take_the_required_quizzes(browser, unpacked, right=False)
    assert "Ikke bestått ennå" in browser.find_element(By.ID, "quiz-result").text
    kept = stored(browser)
    assert (kept["status"], kept["raw"]) == ("incomplete", "0")
    take_the_required_quizzes(browser, unpacked, right=True, retake=True)
    kept = stored(browser)
    assert (kept["status"], kept["raw"]) == ("passed", "100")


def test_leaving_the_course_finishes_the_session_with_the_platform_and_says_how_long_it_was(browser, platform):
    _package, _unpacked, url = platform
    launch(browser, url)
    time.sleep(1.1)
    browser.switch_to.default_content()
    assert browser.execute_script("return window.stored().terminated") is False
    browser.execute_script("document.getElementById('sco').src = 'about:blank'")
    wait_for(lambda: browser.execute_script("return window.stored().terminated"), what="LMSFinish")
    session = browser.execute_script("return window.stored().session")
    assert re.fullmatch(r"\d{4}:\d{2}:\d{2}", session) and "0000:00:01" <= session < "0000:05:00", session
