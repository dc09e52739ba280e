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
from player import answer_quiz, click, click_text, course_data, open_module, open_part, wait_for

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


def launch(browser, url, saved=None, faults=None):
    browser.switch_to.default_content()
    if browser.current_url != url:
        browser.get(url)
    browser.execute_script("window.launch(arguments[0], arguments[1])", saved, faults)
    browser.switch_to.frame(wait_for(lambda: browser.find_elements(By.ID, "sco"), what="the frame")[0])
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".contactbar"), what="the course in the frame")


def stored(browser) -> dict:
    browser.switch_to.default_content()
    try:
        return browser.execute_script("return window.stored()")
    finally:
        browser.switch_to.frame(browser.find_element(By.ID, "sco"))


def take_the_required_quizzes(browser, unpacked, right: bool, retake: bool = False, course: int = 0,
                              quiet: bool = False) -> dict:
    """Every quiz the pass rule of the package's `course` (its place) names, each from the
    overview; the status stays incomplete, with no score, until the last one is taken.
    Returns the last quiz."""
    data = course_data(unpacked)["langs"]["nb"]
    required = data["courses"][course]["pass"]["quizzes"]
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
        if number < len(required) and not retake and not quiet:
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


def notice(browser) -> str:
    shown = browser.find_elements(By.CSS_SELECTOR, "#notice:not([hidden])")
    return shown[0].text if shown else ""


def test_a_platform_that_refuses_to_save_is_told_to_the_learner_and_never_called_saved(browser, platform):
    _package, unpacked, url = platform
    launch(browser, url)
    assert notice(browser) == ""
    browser.switch_to.default_content()
    browser.execute_script("window.refuse(['LMSCommit'])")
    browser.switch_to.frame(browser.find_element(By.ID, "sco"))
    module = course_data(unpacked)["langs"]["nb"]["modules"]
    first = next(iter(module.values()))
    open_module(browser, first["title"])  # a step the player saves
    said = wait_for(lambda: notice(browser), what="the notice")
    assert "kunne ikke lagres i læringsplattformen" in said and "101" in said
    browser.find_element(By.ID, "back").click()
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Fremdriften lagres i læringsplattformen" not in main and "lagres ikke akkurat nå" in main
    # The platform works again: the next step is saved and the notice goes.
    browser.switch_to.default_content()
    browser.execute_script("window.refuse([])")
    browser.switch_to.frame(browser.find_element(By.ID, "sco"))
    open_module(browser, first["title"])
    wait_for(lambda: notice(browser) == "", what="the notice to go")
    assert stored(browser)["location"] == first["id"]


@pytest.mark.parametrize("faults", [{"refuse": ["LMSInitialize"]}, {"throwOnGet": True}, {"noApi": True}])
def test_without_a_working_platform_the_course_still_runs_and_says_no_result_reaches_it(browser, platform, faults):
    _package, _unpacked, url = platform
    launch(browser, url, faults=faults)
    assert "Foreldre" in browser.find_element(By.TAG_NAME, "main").text or browser.find_elements(By.ID, "continue")
    said = notice(browser)
    assert "Ingen forbindelse med læringsplattformen" in said and "bare i denne nettleseren" in said
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "lagres i læringsplattformen" not in main
    assert "lagres ikke" not in main  # kept in this browser, as the notice says: not "not saved"


def test_a_platform_read_that_fails_never_lowers_a_pass_or_writes_over_the_progress(browser, platform):
    """SCORM 1.2 says a failed read with "" and an error code: read as an empty status and
    no progress, a learner's "passed" became "incomplete" and the progress was written over."""
    _package, _unpacked, url = platform
    launch(browser, url, {"suspend_data": "what the platform keeps", "core": {"lesson_status": "passed"}},
           faults={"failGet": ["cmi.suspend_data", "cmi.core.lesson_status"]})
    assert "Ingen forbindelse med læringsplattformen" in notice(browser)
    browser.find_elements(By.CSS_SELECTOR, "table.modules button")[0].click()  # the learner goes on
    time.sleep(0.3)
    kept = stored(browser)
    assert (kept["status"], kept["suspend"]) == ("passed", "what the platform keeps")


def test_a_page_back_from_the_browser_s_history_says_the_platform_no_longer_hears_it(browser, platform):
    """Left and brought back by Back (the page kept whole in the browser's cache): its
    session had ended, every save was skipped, and the overview still said "saved"."""
    _package, _unpacked, url = platform
    launch(browser, url)
    browser.execute_script("window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));"
                           "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));")
    assert "Ingen forbindelse med læringsplattformen" in notice(browser)
    assert "lagres i læringsplattformen" not in browser.find_element(By.TAG_NAME, "main").text


def test_a_reload_of_the_course_frame_alone_never_calls_the_platform_after_finishing(browser, platform):
    """Only the course's frame is reloaded (the platform's page stays): leaving, the page
    finished its session (LMSFinish), and the reloaded page wrote on into it (this runtime,
    like some platforms, still answers LMSGetValue and LMSSetValue after LMSFinish). SCORM
    1.2 has one session per launch: the reloaded page keeps the progress in the browser,
    where the learner was, and says the platform no longer hears it."""
    _package, unpacked, url = platform
    launch(browser, url)
    module = next(iter(course_data(unpacked)["langs"]["nb"]["modules"].values()))
    open_module(browser, module["title"])  # a step saved in the platform
    before = stored(browser)
    assert before["location"] == module["id"]
    browser.switch_to.default_content()
    browser.execute_script("""
        window.afterFinish = [];
        ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
            var real = API[name];
            API[name] = function () {
                if (API.isTerminated()) afterFinish.push(name + '(' + [].slice.call(arguments).join(', ') + ')');
                return real.apply(API, arguments);
            };
        });""")
    browser.switch_to.frame(browser.find_element(By.ID, "sco"))
    browser.execute_script("window.oldPage = true; location.reload();")
    wait_for(lambda: browser.execute_script("return !window.oldPage && !!document.querySelector('.contactbar')"),
             what="the reloaded course")
    assert stored(browser)["terminated"] is True  # the first page finished its session
    wait_for(lambda: browser.find_elements(By.ID, "part-title"), what="the learner's place, kept")
    assert "Ingen forbindelse med læringsplattformen" in notice(browser)
    browser.find_element(By.ID, "back").click()  # a step the player saves
    assert "lagres i læringsplattformen" not in browser.find_element(By.TAG_NAME, "main").text
    assert "Fortsett der du slapp: " + module["title"] in browser.find_element(By.ID, "continue").text
    browser.switch_to.default_content()
    assert browser.execute_script("return window.afterFinish") == []
    browser.switch_to.frame(browser.find_element(By.ID, "sco"))
    assert stored(browser)["suspend"] == before["suspend"]


def test_a_pass_the_platform_holds_stays_a_pass(browser, platform):
    """A learner who passed comes back on another computer whose browser holds none of
    their answers: the platform's "passed" is never lowered to "incomplete"."""
    _package, _unpacked, url = platform
    launch(browser, url, {"core": {"lesson_status": "passed"}})
    browser.find_elements(By.CSS_SELECTOR, "table.modules button")[0].click()
    time.sleep(0.3)
    assert stored(browser)["status"] == "passed"


def finished_runs(count: int) -> dict:
    """A learner's progress with many scenario runs played to an ending, each with its path."""
    path = [[f"steg-{n}", n % 3] for n in range(6)]
    return {f"modul-{i}/scenario": {"p": path, "x": [f"slutt-{i}"], "w": 0} for i in range(count)}


def test_progress_too_long_for_the_platform_is_made_smaller_never_cut_short(browser, platform):
    """SCORM 1.2 keeps 4096 characters of resume data; more was refused by the platform
    (unnoticed) or cut short, and then could not be read: the progress was silently gone."""
    _package, unpacked, url = platform
    state = {"v": 1, "lang": "nb", "course": None, "screen": "overview", "module": None, "last": None,
             "mods": {}, "runs": {}, "quiz": {}}
    # A run under way in a real scenario of the course: it keeps its path (the shrinking
    # took every path outside the module on screen, and that learner started over).
    data = course_data(unpacked)["langs"]["nb"]
    under_way = next((m_id, part) for m_id in data["courses"][0]["modules"] for part in data["modules"][m_id]["parts"]
                     if part.get("steps") and any(c["target"] for c in part["steps"][0]["choices"]))
    first = under_way[1]["steps"][0]
    choice = next(i for i, c in enumerate(first["choices"])
                  if any(s["id"] == c["target"] and s["choices"] for s in under_way[1]["steps"]))
    run_key = f"{under_way[0]}/{under_way[1]['id']}"
    count = 0
    while len(json.dumps(state, separators=(",", ":"))) < 3900:
        count += 1
        state["runs"] = {**finished_runs(count), run_key: {"p": [[first["id"], choice]], "x": [], "w": 0}}
    # Just under the limit: the next step's progress goes over it.
    state["note"] = ""
    state["note"] = "x" * (4090 - len(json.dumps(state, separators=(",", ":"))))
    assert len(json.dumps(state, separators=(",", ":"))) == 4090
    launch(browser, url, {"suspend_data": json.dumps(state, separators=(",", ":")), "core": {"lesson_status": "incomplete"}})
    module_id = next(m for m in data["courses"][0]["modules"] if m != under_way[0])
    open_module(browser, data["modules"][module_id]["title"])  # more to keep than 4096 characters
    kept = stored(browser)["suspend"]
    assert len(kept) <= 4096
    resumed = json.loads(kept)
    assert resumed["module"] == module_id  # this step's progress is in it
    assert {key: run["x"] for key, run in resumed["runs"].items() if key.startswith("modul-")} == {
        f"modul-{i}/scenario": [f"slutt-{i}"] for i in range(count)}  # every ending kept
    assert resumed["runs"][run_key]["p"] == [[first["id"], choice]]
    assert notice(browser) == ""


def test_resume_data_that_cannot_be_read_is_said_and_kept_aside(browser, platform):
    _package, _unpacked, url = platform
    spoilt = '{"v":1,"lang":"nb","mods":{"roller":{"s":"c"'
    launch(browser, url, {"suspend_data": spoilt, "core": {"lesson_status": "incomplete"}})
    assert "kunne ikke leses" in notice(browser)
    kept = browser.execute_script(
        "for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i);"
        " if (/:unreadable$/.test(k)) return localStorage.getItem(k); } return null;")
    assert kept == spoilt


def test_resume_data_that_cannot_be_read_nor_kept_aside_is_never_called_kept(browser, platform):
    """The browser refuses the copy (private browsing, full storage): the notice said
    "kept aside in this browser" all the same."""
    _package, _unpacked, url = platform
    spoilt = '{"v":1,"lang":"nb","mods":{"roller":{"s":"c"'
    refusing = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };")})
    try:
        browser.switch_to.default_content()
        browser.execute_script("localStorage.clear()")
        launch(browser, url, {"suspend_data": spoilt, "core": {"lesson_status": "incomplete"}})
        said = notice(browser)
        assert "kunne ikke leses" in said and "begynner fra starten" in said
        assert "tatt vare på i denne nettleseren" not in said
        assert "lot ikke kurset ta vare på en kopi" in said
        assert browser.execute_script("return localStorage.length") == 0  # indeed nothing was kept
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": refusing["identifier"]})


@pytest.fixture(scope="module")
def two_courses(tmp_path_factory, web_server):
    """The teachers' and the parents' courses in one package (`trainer web --scorm laerer
    foreldre`), on the test platform beside the other package."""
    base = tmp_path_factory.mktemp("scorm-two")
    written = base / "to.zip"
    assert trainer("web", "--scorm", "laerer", "foreldre", "-o", str(written), data=base / "data") == 0
    root, url = web_server
    place = root / "two"
    with zipfile.ZipFile(written) as archive:
        archive.extractall(place / "pkg")
    shutil.copy(npm_tool("scorm-again/dist/scorm12.min.js"), place / "scorm12.min.js")
    shutil.copy(HERE / "lms.html", place / "lms.html")
    return place / "pkg", f"{url}/two/lms.html"


def test_a_package_of_two_courses_reports_the_chosen_course_s_result(browser, two_courses):
    """A parent passes the parents' course in a package that also holds the teachers':
    the platform hears "passed" with that course's score, as the player says (it waited
    for the teachers' four quizzes too, and the parent stayed "incomplete" for ever). A
    teacher who has passed the same two quizzes has not passed theirs: "incomplete" (the
    best verdict of the package said "passed": the parents' quizzes are part of theirs)."""
    unpacked, url = two_courses
    courses = course_data(unpacked)["langs"]["nb"]["courses"]
    parents = next(i for i, c in enumerate(courses) if c["id"] == "foreldre")
    teachers = next(i for i, c in enumerate(courses) if c["id"] == "laerer")
    launch(browser, url)
    click_text(browser, "button", courses[teachers]["title"])
    take_the_required_quizzes(browser, unpacked, right=True, course=parents, quiet=True)
    kept = stored(browser)
    assert (kept["status"], kept["raw"]) == ("incomplete", "")
    browser.find_element(By.ID, "back").click()
    click_text(browser, "button", courses[parents]["title"])
    kept = stored(browser)
    assert (kept["status"], kept["raw"]) == ("passed", "100")
