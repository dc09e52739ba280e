"""A module in the web player behaves as in the desktop app: finishing without the quiz
asks first, "Continue" leads to unfinished work, Previous and Next stand by the part, an
answer's feedback survives a reload, focus follows the learner, and each export keeps
its own progress."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import json
import shutil

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from webtools import trainer, write_course_data
from player import (
    active, answer_question, click, course_data, open_part, open_site, press, store_key, text, wait_for,
)


def open_module(browser, title: str) -> None:
    """From the overview's list of modules (a title can begin as the contact button does)."""
    row = browser.find_element(By.XPATH, f"//table//button[substring-after(., '. ')={json.dumps(title)}]")
    row.click()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".moduleheader, .warning"), what="the module")
    if browser.find_elements(By.CSS_SELECTOR, ".warning"):
        click(browser, ".warning button.primary")
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".moduleheader"), what="the module")


def fresh(browser, site, progress: dict | None = None) -> None:
    """The site with no progress kept, or with `progress` (the player's own format)."""
    open_site(browser, (site / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    if progress is not None:
        full = {"v": 1, "lang": "nb", "course": None, "screen": "overview", "module": None, "last": None,
                "mods": {}, "runs": {}, "quiz": {}, **progress}
        browser.execute_script("localStorage.setItem(arguments[0], arguments[1])", store_key(site), json.dumps(full))
    browser.refresh()
    open_site(browser, (site / "index.html").as_uri())


def alt(browser, key) -> None:
    ActionChains(browser).key_down(Keys.ALT).send_keys(key).key_up(Keys.ALT).perform()


def module_data(site, module_id: str, lang: str = "nb") -> dict:
    return course_data(site)["langs"][lang]["modules"][module_id]


def kept(browser, site) -> dict:
    return json.loads(browser.execute_script("return localStorage.getItem(arguments[0])", store_key(site)))


def test_finishing_a_module_without_its_quiz_asks_first_and_the_safe_answer_takes_the_quiz(browser, builtin_site):
    module = module_data(builtin_site, "kontakt-politiet")
    quiz = module["parts"][-1]
    assert quiz["kind"] == "quiz"
    fresh(browser, builtin_site)
    open_module(browser, module["title"])
    open_part(browser, module["parts"][-2]["title"])
    click(browser, "#next-part")  # Next onto the quiz: its last part
    wait_for(lambda: browser.find_element(By.ID, "part-title").text == quiz["title"], what="the quiz")
    browser.find_element(By.ID, "next-part").click()  # "Fullfør modulen ✓" with the quiz not taken
    dialog = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the question")[0]
    assert "Fullføre uten quizen?" == dialog.get_attribute("aria-label")
    assert f"Du har ikke tatt quizen «{quiz['title']}» ennå" in dialog.text
    assert active(browser).text == "Ta quizen"  # the safe answer has focus
    press(browser, Keys.ENTER)
    wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the dialog to close")
    assert browser.find_element(By.ID, "part-title").text == quiz["title"]
    assert kept(browser, builtin_site)["mods"]["kontakt-politiet"]["s"] != "c"

    # Alt+Right asks the same; "Finish anyway" finishes.
    alt(browser, Keys.ARROW_RIGHT)
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the question again")
    browser.find_element(By.XPATH, "//dialog//button[.='Fullfør likevel']").click()
    wait_for(lambda: browser.find_elements(By.ID, "continue") or "fullført" in text(browser), what="the overview")
    assert kept(browser, builtin_site)["mods"]["kontakt-politiet"]["s"] == "c"


def test_a_quiz_answered_in_full_counts_as_taken_when_the_module_is_finished(browser, builtin_site):
    module = module_data(builtin_site, "kontakt-politiet")
    quiz = module["parts"][-1]
    fresh(browser, builtin_site)
    open_module(browser, module["title"])
    open_part(browser, quiz["title"])
    for index, question in enumerate(quiz["questions"]):
        answer_question(browser, question, index, right=True)
        if index + 1 < len(quiz["questions"]):
            click(browser, "#next-question")
    # The last feedback shows; "See the result" not pressed; the module's own Finish.
    browser.find_element(By.ID, "next-part").click()
    wait_for(lambda: browser.find_elements(By.ID, "continue") or "fullført" in text(browser), what="the overview")
    assert not browser.find_elements(By.CSS_SELECTOR, "dialog[open]")
    saved = kept(browser, builtin_site)
    assert saved["mods"]["kontakt-politiet"]["s"] == "c"
    assert saved["quiz"][f"kontakt-politiet/{quiz['id']}"]["b"] == 100


def test_continue_leads_to_unfinished_work_and_says_when_all_is_done(browser, builtin_site):
    course = course_data(builtin_site)["langs"]["nb"]["courses"][0]
    ids = course["modules"]
    done = {"s": "c", "p": None}
    # The module last opened is finished: on to the next one not finished after it.
    fresh(browser, builtin_site, {"course": course["id"], "last": ids[1], "mods": {ids[0]: done, ids[1]: done}})
    title = module_data(builtin_site, ids[2])["title"]
    assert browser.find_element(By.ID, "continue").text.startswith(f"Start neste modul: {title}")
    # The one last opened is still unfinished: back to it.
    fresh(browser, builtin_site, {"course": course["id"], "last": ids[1], "mods": {ids[1]: {"s": "i", "p": None}}})
    title = module_data(builtin_site, ids[1])["title"]
    assert browser.find_element(By.ID, "continue").text.startswith(f"Fortsett der du slapp: {title}")
    # Every module done: it says so, and there is nothing to continue.
    fresh(browser, builtin_site, {"course": course["id"], "last": ids[-1], "mods": {i: done for i in ids}})
    assert not browser.find_elements(By.ID, "continue")
    assert "Du har fullført alle modulene i dette kurset." in text(browser)


def test_previous_and_next_stand_right_below_a_short_page_in_a_long_module(browser, builtin_site):
    module = module_data(builtin_site, "faresignaler")
    assert len(module["parts"]) >= 12
    fresh(browser, builtin_site)
    open_module(browser, module["title"])
    part = browser.find_element(By.CSS_SELECTOR, "section.part").rect
    nav = browser.find_element(By.CSS_SELECTOR, "nav.parts").rect
    assert nav["y"] + nav["height"] > part["y"] + part["height"] + 100  # the list reaches far below the page
    footer = browser.find_element(By.CSS_SELECTOR, ".footer").rect
    assert 0 <= footer["y"] - (part["y"] + part["height"]) < 40


def test_a_reload_or_a_change_of_language_at_an_answers_feedback_comes_back_to_it(browser, builtin_site):
    module = module_data(builtin_site, "kontakt-politiet")
    quiz = module["parts"][-1]
    fresh(browser, builtin_site)
    open_module(browser, module["title"])
    open_part(browser, quiz["title"])
    answer_question(browser, quiz["questions"][0], 0, right=False)
    feedback = browser.find_element(By.ID, "quiz-feedback").text
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.ID, "next-question"), what="the feedback after a reload")
    assert browser.find_element(By.ID, "quiz-feedback").text == feedback
    assert browser.find_element(By.ID, "counter").text.startswith("Spørsmål 1 av")
    assert all(not e.is_enabled() for e in browser.find_elements(By.CSS_SELECTOR, "form.question input"))
    assert [e.is_selected() for e in browser.find_elements(By.CSS_SELECTOR, "form.question input")].count(True) == 1
    browser.find_element(By.ID, "language").click()
    wait_for(lambda: browser.execute_script("return document.documentElement.lang") == "en", what="English")
    assert browser.find_elements(By.ID, "next-question") and "Not quite" in browser.find_element(By.ID, "quiz-feedback").text
    browser.find_element(By.ID, "next-question").click()
    wait_for(lambda: browser.find_element(By.ID, "counter").text.startswith("Question 2 of"), what="question 2")
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.ID, "counter"), what="the quiz after a reload")
    assert browser.find_element(By.ID, "counter").text.startswith("Question 2 of")
    assert not browser.find_elements(By.ID, "next-question")


def test_taking_a_quiz_again_that_begins_with_an_ordering_question_keeps_the_focus(browser, builtin_site):
    module = module_data(builtin_site, "rekruttering")
    quiz = module["parts"][-1]
    assert quiz["questions"][0]["kind"] == "ordering"
    fresh(browser, builtin_site, {"module": "rekruttering", "screen": "module", "last": "rekruttering",
                                  "mods": {"rekruttering": {"s": "i", "p": quiz["id"]}},
                                  "quiz": {f"rekruttering/{quiz['id']}": {"b": 50, "a": None, "d": 1, "s": 50, "r": 1, "c": 3}}})
    retry = wait_for(lambda: browser.find_elements(By.ID, "retry"), what="the result")[0]
    retry.click()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "ol.ordering"), what="the ordering question")
    focused = active(browser)
    assert focused.tag_name == "button" and focused.get_attribute("aria-label").startswith("Flytt")


def test_an_answer_is_taken_in_a_browser_without_is_connected(browser, builtin_site):
    """Old Edge (EdgeHTML) has no Node.isConnected: the check that the form is still on
    the page read it as undefined, and every answer was refused without a word."""
    module = module_data(builtin_site, "kontakt-politiet")
    quiz = module["parts"][-1]
    fresh(browser, builtin_site)
    open_module(browser, module["title"])
    open_part(browser, quiz["title"])
    browser.execute_script("delete Node.prototype.isConnected;")
    assert browser.execute_script("return document.body.isConnected") is None  # as in old Edge
    answer_question(browser, quiz["questions"][0], 0, right=True)  # waits for the answer's feedback
    assert "Riktig" in browser.find_element(By.ID, "quiz-feedback").text


def test_alt_left_on_the_first_part_stays_in_the_course(browser, builtin_site):
    """It went on to the browser's Back: out of the course, or out of the learning platform.
    (A headless browser has no Back key of its own: the test asks whether the page kept
    the key from the browser.)"""
    fresh(browser, builtin_site)
    open_module(browser, module_data(builtin_site, "kontakt-politiet")["title"])
    kept_from_browser = browser.execute_script(
        "var key = new KeyboardEvent('keydown', {key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true});"
        "return !document.activeElement.dispatchEvent(key);")
    assert kept_from_browser
    assert browser.find_element(By.ID, "part-title").text == module_data(builtin_site, "kontakt-politiet")["parts"][0]["title"]


def test_each_export_keeps_its_own_progress_and_takes_up_what_it_kept_before(browser, tmp_path):
    """Every page opened from disk shares one localStorage: progress in one export showed
    in another. Progress kept under the old shared key still counts where it fits."""
    for course in ("laerer", "foreldre"):
        assert trainer("web", course, "-o", str(tmp_path / course), data=tmp_path / "data") == 0
    teacher, parents = tmp_path / "laerer", tmp_path / "foreldre"
    fresh(browser, teacher, {"mods": {"roller": {"s": "c", "p": None}}})
    assert "1 av 6 moduler fullført" in text(browser)
    open_site(browser, (parents / "index.html").as_uri())
    assert "0 av 5 moduler fullført" in text(browser)
    # An older export's progress, under the key all exports once shared.
    browser.execute_script("localStorage.clear(); localStorage.setItem('faresignaler.progress.v1', arguments[0])",
                           json.dumps({"v": 1, "lang": "nb", "screen": "overview",
                                       "mods": {"roller": {"s": "c", "p": None}}, "runs": {}, "quiz": {}}))
    open_site(browser, (teacher / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)  # roller is one of this export's modules
    open_site(browser, (parents / "index.html").as_uri())
    assert "0 av 5 moduler fullført" in text(browser)  # ...not of this one's
    # A learner who used both exports kept both's progress under that key: each export
    # takes up its own part (while every module had to fit, neither took any).
    browser.execute_script("localStorage.clear(); localStorage.setItem('faresignaler.progress.v1', arguments[0])",
                           json.dumps({"v": 1, "lang": "nb", "screen": "overview", "runs": {}, "quiz": {},
                                       "mods": {"roller": {"s": "c", "p": None},
                                                "myter-og-virkelighet": {"s": "c", "p": None}}}))
    open_site(browser, (teacher / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)
    open_site(browser, (parents / "index.html").as_uri())
    assert "1 av 5 moduler fullført" in text(browser)
    browser.execute_script("localStorage.clear()")


def test_exported_again_with_a_course_or_a_language_added_the_progress_is_taken_up_and_erased_stays_erased(
        browser, tmp_path):
    """A new course or language gives the export a new name in the browser: the learner's
    progress under the earlier export's name seemed lost. It is taken up where it fits;
    an export with no course in common takes none; progress erased stays erased in every
    later export."""
    assert trainer("web", "laerer", "-o", str(tmp_path / "a"), data=tmp_path / "data") == 0
    assert trainer("web", "laerer", "foreldre", "-o", str(tmp_path / "b"), data=tmp_path / "data") == 0
    first, both = tmp_path / "a", tmp_path / "b"
    assert store_key(first) != store_key(both)  # a course added: a new name
    fresh(browser, first, {"course": "laerer", "mods": {"roller": {"s": "c", "p": None}}})
    assert "1 av 6 moduler fullført" in text(browser)
    open_site(browser, (both / "index.html").as_uri())
    assert "Lærerkurs" in browser.find_element(By.ID, "course-title").text
    assert "1 av 6 moduler fullført" in text(browser)
    # A language added (here an older export in bokmål only): taken up the same way.
    browser.execute_script("localStorage.clear(); localStorage.setItem('faresignaler.progress.v1:laerer/nb', arguments[0])",
                           json.dumps({"v": 1, "lang": "nb", "course": "laerer", "screen": "overview", "runs": {},
                                       "quiz": {}, "mods": {"roller": {"s": "c", "p": None}}}))
    open_site(browser, (first / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)
    # Another export's progress, with no course in common, is not this one's.
    browser.execute_script("localStorage.clear(); localStorage.setItem('faresignaler.progress.v1:forebyggere/en,nb',"
                           " arguments[0])", json.dumps({"v": 1, "lang": "nb", "course": "laerer", "screen": "overview",
                                                         "runs": {}, "quiz": {}, "mods": {"roller": {"s": "c", "p": None}}}))
    open_site(browser, (first / "index.html").as_uri())
    assert "0 av 6 moduler fullført" in text(browser)

    # Erased in the second export, the progress stays erased there and in the next one.
    fresh(browser, first, {"course": "laerer", "mods": {"roller": {"s": "c", "p": None}}})
    open_site(browser, (both / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)
    browser.find_element(By.CSS_SELECTOR, ".tools button.quiet").click()
    click(browser, "dialog button.danger")
    wait_for(lambda: "0 av 6 moduler fullført" in text(browser), what="the erased overview")
    open_site(browser, (both / "index.html").as_uri())
    assert "0 av 6 moduler fullført" in text(browser)
    third = tmp_path / "c"
    shutil.copytree(both, third)
    data = course_data(third)
    data["site"] = data["site"] + ",se"  # exported once more, with a language added
    write_course_data(third, data)
    open_site(browser, (third / "index.html").as_uri())
    assert "0 av 6 moduler fullført" in text(browser)
    open_site(browser, (first / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)  # the first export's own progress is its own
    browser.execute_script("localStorage.clear()")


def test_a_browser_that_will_not_keep_the_progress_says_so_instead_of_kept(browser, builtin_site):
    """Private browsing in some browsers, or full storage: setItem throws. The overview
    said "kept in this browser" all the same."""
    fresh(browser, builtin_site)
    refusing = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };")})
    try:
        browser.refresh()
        open_site(browser, (builtin_site / "index.html").as_uri())
        open_module(browser, module_data(builtin_site, "kontakt-politiet")["title"])
        notice = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#notice:not([hidden])"), what="the notice")[0]
        assert "forsvinner når du lukker siden" in notice.text
        browser.find_element(By.ID, "back").click()
        assert "lagres bare i denne nettleseren" not in text(browser) and "lagres ikke akkurat nå" in text(browser)
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": refusing["identifier"]})
