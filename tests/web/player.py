"""Driving the web player in a real browser: by keyboard only (Tab, Enter, Space, arrow
keys, as a learner without a mouse), or by clicking where a test only needs to get
somewhere. Also reads the course data the player was given, to know right answers."""

from __future__ import annotations

import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from webtools import course_data  # (the tests import it from here too)


def wait_for(condition, timeout: float = 5.0, what: str = "the page"):
    end = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.03)


def active(driver):
    return driver.switch_to.active_element


def press(driver, *keys) -> None:
    ActionChains(driver).send_keys(*keys).perform()


def describe(element) -> str:
    return (element.get_attribute("aria-label") or element.text or element.get_attribute("id") or "").strip()


def tab_to(driver, wanted, limit: int = 80, backwards: bool = False):
    """Press Tab until the focused control's name contains `wanted` (or a predicate on the
    element holds): proves the control is reachable by keyboard, and leaves focus on it."""
    test = wanted if callable(wanted) else (lambda e: wanted in describe(e))
    for _ in range(limit):
        element = active(driver)
        if element.tag_name != "body" and test(element):
            return element
        press(driver, (Keys.SHIFT + Keys.TAB) if backwards else Keys.TAB)
    raise AssertionError(f"could not reach {wanted!r} with Tab; focus is on {describe(active(driver))!r}")


def text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def open_site(driver, url: str) -> None:
    driver.get(url)
    wait_for(lambda: driver.execute_script("return !!document.querySelector('main h1') && "
                                           "!!document.querySelector('.contactbar')"), what="the player")


def store_key(site) -> str:
    """Where the player keeps a site's progress in localStorage: one key for each export."""
    return "faresignaler.progress.v1:" + course_data(site)["site"]


def erase_progress(driver) -> None:
    driver.execute_script("localStorage.clear()")


# ---------------------------------------------------------------- playing by keyboard


def keyboard_open_module(driver, title: str) -> str:
    """Open a module from the overview; returns the content warning passed on the way."""
    tab_to(driver, title)
    press(driver, Keys.ENTER)
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".moduleheader, .warning"), what="the module")
    warning = ""
    if driver.find_elements(By.CSS_SELECTOR, ".warning"):
        warning = driver.find_element(By.CSS_SELECTOR, ".warning p").text
        tab_to(driver, lambda e: e.tag_name == "button" and "primary" in (e.get_attribute("class") or ""))
        press(driver, Keys.ENTER)
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".moduleheader"), what="the module after the warning")
    return warning


def announced(driver) -> str:
    """What the ARIA live region said last."""
    return driver.execute_script("return document.querySelector('[role=status][aria-live=polite]').textContent")


def keyboard_open_part(driver, title: str) -> None:
    tab_to(driver, lambda e: e.tag_name == "button" and e.text.startswith(title))
    press(driver, Keys.ENTER)
    wait_for(lambda: driver.find_element(By.ID, "part-title").text == title, what=f"the part {title}")


def open_fresh_scenario(driver, site, module_id: str, lang: str = "nb") -> None:
    """The site with no progress kept, at the scenario of the module `module_id`."""
    module = course_data(site)["langs"][lang]["modules"][module_id]
    scenario = next(p for p in module["parts"] if p["kind"] == "scenario")
    open_site(driver, (site / "index.html").as_uri())
    erase_progress(driver)
    driver.refresh()
    open_site(driver, (site / "index.html").as_uri())
    keyboard_open_module(driver, module["title"])
    keyboard_open_part(driver, scenario["title"])


def keyboard_play_scenario(driver) -> list[str]:
    """Choose the first choice with the number key 1 (or Enter on it) and go on after each
    feedback, until an ending. Returns the titles of the steps seen."""
    seen = []
    for _ in range(40):
        if driver.find_elements(By.ID, "restart") and not driver.find_elements(By.CSS_SELECTOR, ".choices"):
            return seen
        seen.append(driver.find_element(By.CSS_SELECTOR, ".situation h3").text)
        choice = tab_to(driver, lambda e: "choice" in (e.get_attribute("class") or ""))
        press(driver, Keys.ENTER if len(seen) % 2 else "1")
        wait_for(lambda: driver.find_elements(By.ID, "go-on") or not _attached(choice), what="feedback or the next step")
        if driver.find_elements(By.ID, "go-on"):
            assert active(driver).get_attribute("id") == "go-on"  # focus moved to "Go on"
            press(driver, Keys.ENTER)
            wait_for(lambda: not driver.find_elements(By.ID, "go-on"), what="the next step")
    raise AssertionError("the scenario did not reach an ending in 40 steps")


def _attached(element) -> bool:
    try:
        element.is_enabled()
        return True
    except Exception:
        return False


def keyboard_answer_quiz(driver) -> list[str]:
    """Answer every question from the keyboard (the first option, the first match, the
    order as shown) until the result. Returns the question kinds met."""
    kinds = []
    for _ in range(30):
        if driver.find_elements(By.ID, "quiz-result"):
            return kinds
        form = driver.find_element(By.CSS_SELECTOR, "form.question")
        inputs = form.find_elements(By.CSS_SELECTOR, "input, select")
        kinds.append(_kind(form))
        if inputs and inputs[0].tag_name == "input":
            tab_to(driver, lambda e: e.tag_name == "input")
            press(driver, Keys.SPACE)
        for select in form.find_elements(By.TAG_NAME, "select"):
            tab_to(driver, lambda e, s=select: e == s)
            press(driver, Keys.ARROW_DOWN)
        if kinds[-1] == "ordering":
            before = [e.text for e in form.find_elements(By.CSS_SELECTOR, "ol.ordering .itemtext")]
            tab_to(driver, lambda e: e.tag_name == "button" and "small" in (e.get_attribute("class") or ""))
            press(driver, Keys.ENTER)  # move the first step down, from the keyboard
            after = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "ol.ordering .itemtext")]
            assert after == [before[1], before[0], *before[2:]]
            assert active(driver).get_attribute("aria-label").endswith(before[0])  # focus follows the step
        tab_to(driver, lambda e: e.get_attribute("id") == "submit")
        press(driver, Keys.ENTER)
        wait_for(lambda: driver.find_elements(By.ID, "next-question"), what="the answer's feedback")
        assert active(driver).get_attribute("id") == "next-question"
        verdict = driver.find_element(By.CSS_SELECTOR, "#quiz-feedback .verdict").text
        assert verdict.startswith(("✓", "✗"))
        wait_for(lambda: announced(driver).startswith(verdict), what="the verdict to be announced")
        press(driver, Keys.ENTER)
        wait_for(lambda: not driver.find_elements(By.ID, "next-question"), what="the next question")
    raise AssertionError("the quiz did not end in 30 questions")


def _kind(form) -> str:
    if form.find_elements(By.CSS_SELECTOR, "ol.ordering"):
        return "ordering"
    if form.find_elements(By.TAG_NAME, "select"):
        return "matching"
    if form.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
        return "multiple"
    return "single"


# ---------------------------------------------------------------- playing by clicking


def click(driver, css: str) -> None:
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, css), what=css)[0].click()


def click_text(driver, tag: str, starts: str) -> None:
    def found():
        for element in driver.find_elements(By.TAG_NAME, tag):
            label = element.text.strip()
            numbered = label.split(". ", 1)[-1]  # "3. Title" in the overview's module list
            if (label.startswith(starts) or numbered.startswith(starts)) and element.is_displayed():
                return element
        return None

    wait_for(found, what=f"{tag} {starts!r}").click()


def open_module(driver, title: str) -> None:
    click_text(driver, "button", title)
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".moduleheader, .warning"))
    if driver.find_elements(By.CSS_SELECTOR, ".warning"):
        click(driver, ".warning button.primary")
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".moduleheader"))


def open_part(driver, title: str) -> None:
    """Click a part in the module's list, first opening the list where a narrow window
    folds it away."""
    for folder in driver.find_elements(By.CSS_SELECTOR, "details.partsmenu:not([open]) > summary"):
        folder.click()
    click_text(driver, "button", title)
    wait_for(lambda: driver.find_element(By.ID, "part-title").text == title)


def answer_quiz(driver, quiz: dict, right: bool) -> None:
    """Answer every question of `quiz` rightly or wrongly, by clicking, to its result."""
    for index, question in enumerate(quiz["questions"]):
        answer_question(driver, question, index, right)
        click(driver, "#next-question")
    wait_for(lambda: driver.find_elements(By.ID, "quiz-result"), what="the quiz result")


def answer_question(driver, question: dict, index: int, right: bool) -> None:
    """Fill in one question rightly or wrongly and press "Answer"; the feedback shows."""
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "form.question"), what="a question")
    name = f"q{index}"
    kind = question["kind"]
    if kind in ("single", "truefalse", "multiple"):
        options = question["options"]
        wanted = [i for i, o in enumerate(options) if o["correct"] == right]
        if kind != "multiple":
            wanted = wanted[:1]
        elif not right:
            wanted = [i for i, o in enumerate(options) if not o["correct"]][:1] or [0]
        for i in wanted:
            driver.find_element(By.ID, f"{name}-{i}").click()
    elif kind == "matching":
        from selenium.webdriver.support.ui import Select

        count = len(question["pairs"])
        for i in range(count):
            target = i if right else (i + 1) % count
            Select(driver.find_element(By.ID, f"{name}-{i}")).select_by_value(str(target))
    else:  # ordering: sort with the move buttons
        order = question["order"]
        for position in range(len(order)):
            while True:
                items = [li.find_element(By.CSS_SELECTOR, ".itemtext").text
                         for li in driver.find_elements(By.CSS_SELECTOR, "ol.ordering li")]
                goal = order if right else list(reversed(order))
                at = items.index(goal[position])
                if at == position:
                    break
                driver.find_elements(By.CSS_SELECTOR, "ol.ordering li")[at].find_elements(By.TAG_NAME, "button")[0].click()
    click(driver, "#submit")
    wait_for(lambda: driver.find_elements(By.ID, "next-question"), what="the feedback")
