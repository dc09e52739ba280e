"""axe-core on every screen of the exported course: no WCAG 2.1 A or AA violation, at
1366x768 and at the width 200 % zoom leaves (683 CSS pixels), in bokmål and English."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import re

from selenium.webdriver.common.by import By

from webtools import npm_tool
from player import answer_question, click, course_data, open_module, open_part, open_site, wait_for

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe_source():
    return npm_tool("axe-core/axe.min.js").read_text(encoding="utf-8")


def violations(browser, axe_source, only=("tag", WCAG)) -> list[str]:
    """What axe finds on the page as it is, running the rules `only` names: its WCAG tags
    unless told a kind ("tag" or "rule") and a list of those."""
    # Injected through the driver: the page's own policy lets no outside script in.
    if not browser.execute_script("return typeof axe !== 'undefined'"):
        browser.execute_script(axe_source)
    found = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: arguments[0], values: arguments[1]}, resultTypes: ['violations']})"
        ".then(function (r) { done(r.violations.map(function (v) {"
        "  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
        "})); }, function (e) { done(['axe failed: ' + e]); });",
        *only,
    )
    return found


def test_every_screen_has_no_wcag_21_a_or_aa_violation(browser, builtin_site, axe_source):
    data = course_data(builtin_site)
    found: dict[str, list[str]] = {}
    checked: set = set()
    url = (builtin_site / "index.html").as_uri()

    def check(screen: str) -> None:
        problems = violations(browser, axe_source)
        if problems:
            found[screen] = problems

    def question_screens(module_id: str, quiz_id: str, lang: str = "nb") -> None:
        module = data["langs"][lang]["modules"][module_id]
        quiz = next(p for p in module["parts"] if p["id"] == quiz_id)
        open_part(browser, quiz["title"])
        for index, question in enumerate(quiz["questions"]):
            right = index % 2 == 0
            if question["kind"] not in checked:  # each kind once, and each verdict once
                check(f"{quiz_id} question {index + 1} ({question['kind']})")
            answer_question(browser, question, index, right=right)
            if question["kind"] not in checked or right not in checked:
                check(f"{quiz_id} feedback {index + 1}")
            checked.update({question["kind"], right})
            click(browser, "#next-question")
        wait_for(lambda: browser.find_elements(By.ID, "quiz-result"))
        check(f"{quiz_id} result")

    for width in (1366, 683):
        browser.set_window_size(width, 768)
        open_site(browser, url)
        browser.execute_script("localStorage.clear()")
        open_site(browser, url)
        check(f"overview {width}")
        click(browser, ".contactbar button")
        check(f"contact card {width}")
        browser.find_element(By.CSS_SELECTOR, "dialog button").click()
        click(browser, ".tools button.quiet")
        check(f"erase question {width}")
        browser.find_element(By.CSS_SELECTOR, "dialog button:last-child").click()

        nb = data["langs"]["nb"]["modules"]
        browser.find_element(By.ID, "continue").click()
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".warning"))
        check(f"content warning {width}")
        click(browser, ".warning button.primary")
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".moduleheader"))
        check(f"reading page {width}")
        click(browser, "#back")
        open_module(browser, nb["roller"]["title"])
        scenario = next(p for p in nb["roller"]["parts"] if p["kind"] == "scenario")
        open_part(browser, scenario["title"])
        check(f"scenario step {width}")
        for _ in range(30):
            if not browser.find_elements(By.CSS_SELECTOR, ".choices button:not([disabled])"):
                break
            click(browser, ".choices button")
            if browser.find_elements(By.ID, "go-on"):
                if f"feedback {width}" not in checked:
                    check(f"scenario feedback {width}")
                    checked.add(f"feedback {width}")
                click(browser, "#go-on")
        check(f"scenario debrief {width}")
        if width == 1366:
            question_screens("roller", "quiz-roller")  # matching, single, multiple, true/false
            click(browser, "#back")
            open_module(browser, nb["rekruttering"]["title"])
            question_screens("rekruttering", "quiz-rekruttering")  # ordering
            click(browser, "#back")
        else:
            click(browser, "#back")
            browser.execute_script("localStorage.clear()")
            continue  # at 683 pixels: the screens above show the narrow layout
        # A page with a chart (the figures module is in the officers' course).
        click(browser, "nav.coursetabs button:last-child")
        open_module(browser, nb["tall"]["title"])
        chart_page = next(p for p in nb["tall"]["parts"] if p["figures"])
        open_part(browser, chart_page["title"])
        assert browser.find_elements(By.CSS_SELECTOR, "svg.chartsvg")
        check(f"chart page {width}")
        click(browser, "#back")
        browser.find_element(By.CSS_SELECTOR, ".tools button").click()  # English
        wait_for(lambda: browser.execute_script("return document.documentElement.lang") == "en")
        check(f"overview in English {width}")
        open_module(browser, data["langs"]["en"]["modules"]["roller"]["title"])
        check(f"module in English {width}")
        browser.execute_script("localStorage.clear()")

    # The high-contrast palette, for a learner whose system asks for more contrast.
    browser.set_window_size(1366, 768)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-contrast", "value": "more"}]})
    try:
        open_site(browser, url)
        assert browser.execute_script("return getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
        check("overview, high contrast")
        click(browser, ".tools button.quiet")
        check("erase question, high contrast")
        browser.find_element(By.CSS_SELECTOR, "dialog button:last-child").click()
        open_module(browser, data["langs"]["nb"]["modules"]["roller"]["title"])
        check("module, high contrast")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert not found, "\n".join(f"{screen}:\n  " + "\n  ".join(v) for screen, v in found.items())


def test_the_notice_is_inside_the_main_landmark(browser, builtin_site, axe_source):
    """The notice about where progress goes (here: saved progress that cannot be read)
    stood between the contact bar and main, outside every landmark: a screen reader
    moving by landmarks passed it by. axe's "region" rule (best practice, not one of the
    WCAG tags the screens are checked for) finds such content."""
    from player import store_key

    url = (builtin_site / "index.html").as_uri()
    open_site(browser, url)
    browser.execute_script("localStorage.clear(); localStorage.setItem(arguments[0], '{\"v\":1,\"mods\":')",
                           store_key(builtin_site))
    open_site(browser, url)
    try:
        notice = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "#notice:not([hidden])"), what="the notice")[0]
        assert "kunne ikke leses" in notice.text
        assert browser.execute_script("return document.getElementById('notice').parentNode.tagName") == "MAIN"
        landmarks = ["region", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-main"]
        assert violations(browser, axe_source, ("rule", landmarks)) == []
        # The skip link's target still starts with what the screen is about: the notice, then its heading.
        assert browser.execute_script("return document.querySelector('main').children[1].tagName") == "H1"
    finally:
        browser.execute_script("localStorage.clear()")


def test_at_200_percent_zoom_nothing_needs_sideways_scrolling(browser, builtin_site):
    browser.set_window_size(683, 768)  # 1366 pixels at 200 %: the same CSS width
    try:
        open_site(browser, (builtin_site / "index.html").as_uri())
        browser.execute_script("localStorage.clear()")
        open_site(browser, (builtin_site / "index.html").as_uri())
        wide = browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        assert not wide
        browser.find_element(By.ID, "continue").click()
        click(browser, ".warning button.primary")
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".moduleheader"))
        assert not browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        roller = course_data(builtin_site)["langs"]["nb"]["modules"]["roller"]
        click(browser, "#back")
        open_module(browser, roller["title"])
        for part in roller["parts"][-2:]:  # the scenario, then the quiz (a matching question first)
            open_part(browser, part["title"])
            assert not browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1"), part["title"]
        assert browser.find_elements(By.CSS_SELECTOR, "form.question select")
    finally:
        browser.set_window_size(1366, 768)


def test_focus_is_visible_on_every_control(browser, builtin_site):
    """Each control shows the focus colour from the app's tokens when reached by Tab."""
    from selenium.webdriver.common.keys import Keys

    from player import active, press

    from trainer.tokens import LIGHT

    focus_rgb = "rgb({}, {}, {})".format(*(int(LIGHT.focus[i:i + 2], 16) for i in (1, 3, 5)))
    open_site(browser, (builtin_site / "index.html").as_uri())
    seen = 0
    for _ in range(25):
        press(browser, Keys.TAB)
        element = active(browser)
        if element.tag_name in ("button", "a", "input", "select"):
            style = browser.execute_script(
                "var s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.outlineColor];", element)
            assert style[0] != "none" and style[1] != "0px", (element.text, style)
            assert style[2] == focus_rgb  # the app's focus colour
            seen += 1
    assert seen >= 10


def test_a_ring_marks_focus_also_where_the_browser_does_not_know_focus_visible():
    """A browser without :focus-visible drops every rule whose selectors name it, while
    ':focus { outline: none }' still holds: no ring at all. So it stands alone."""
    from pathlib import Path

    import trainer

    css = (Path(trainer.__file__).parent / "web" / "site" / "player.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    mixed = [selectors.strip() for selectors in re.findall(r"([^{}]+)\{", css)
             if ":focus-visible" in selectors and not all(":focus-visible" in s for s in selectors.split(","))]
    assert mixed == []
    assert re.search(r"(^|[\s,}])button:focus[\s,{]", css)  # the ring on controls without it


def test_the_focus_ring_on_the_blue_contact_bar_stands_out(browser, builtin_site):
    """The focus colour on the bar's blue had 2.1:1 contrast; inside the white button it
    has more than 3:1 (WCAG 1.4.11)."""
    from trainer.tokens import LIGHT

    def luminance(hex_colour: str) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    from player import tab_to

    open_site(browser, (builtin_site / "index.html").as_uri())
    button = tab_to(browser, "(F2)")
    offset, width, border = browser.execute_script(
        "var s = getComputedStyle(arguments[0]); return [parseFloat(s.outlineOffset), parseFloat(s.outlineWidth),"
        " parseFloat(s.borderTopWidth)];", button)
    assert offset + width <= -border  # the whole ring inside the button's white face
    face = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", button)
    assert face == "rgb({}, {}, {})".format(*(int(LIGHT.surface[i:i + 2], 16) for i in (1, 3, 5)))
    lighter, darker = sorted((luminance(LIGHT.focus), luminance(LIGHT.surface)), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 3


def test_the_live_region_stays_and_says_each_new_situation_question_and_ending_in_sentences(browser, builtin_site):
    from selenium.webdriver.common.keys import Keys

    from player import announced, keyboard_play_scenario, open_fresh_scenario, press

    open_fresh_scenario(browser, builtin_site, "roller")
    browser.execute_script("window.firstRegion = document.querySelector('[role=status]')")
    first = browser.find_element(By.CSS_SELECTOR, ".situation h3").text
    press(browser, "1")
    wait_for(lambda: browser.find_elements(By.ID, "go-on"), what="the feedback")
    press(browser, Keys.ENTER)
    step = wait_for(lambda: browser.find_element(By.CSS_SELECTOR, ".situation h3").text != first
                    and browser.find_element(By.CSS_SELECTOR, ".situation h3").text, what="the next step")
    wait_for(lambda: announced(browser).startswith(step), what="the new situation to be said")
    assert browser.execute_script(
        "return document.querySelectorAll('[role=status]').length === 1"
        " && document.querySelector('[role=status]') === window.firstRegion")
    keyboard_play_scenario(browser)
    said = wait_for(lambda: "Signaler du la merke til" in announced(browser) and announced(browser), what="the ending")
    assert re.search(r"Signaler du la merke til[.:] \S", said), said  # not "...til✓ ..."

    quiz = next(p for p in course_data(builtin_site)["langs"]["nb"]["modules"]["roller"]["parts"] if p["kind"] == "quiz")
    open_part(browser, quiz["title"])
    answer_question(browser, quiz["questions"][0], 0, right=True)
    click(browser, "#next-question")
    wait_for(lambda: announced(browser).startswith(f"Spørsmål 2 av {len(quiz['questions'])}. {quiz['questions'][1]['title']}"),
             what="the next question to be said")


def test_the_language_switch_says_its_name_in_the_page_language_and_the_language_in_its_own(browser, builtin_site):
    open_site(browser, (builtin_site / "index.html").as_uri())
    switch = browser.find_element(By.ID, "language")
    assert browser.execute_script("return [arguments[0].hasAttribute('aria-label'), arguments[0].hasAttribute('lang')]",
                                  switch) == [False, False]
    parts = browser.execute_script(
        "return Array.from(arguments[0].children).map(function (s) { return [s.getAttribute('lang'), s.textContent]; })", switch)
    assert parts == [[None, "Språk: "], ["en", "English"]]


def test_older_browsers_without_a_modal_dialog_or_the_new_media_query_events_still_work(browser, builtin_site):
    """Safari 13 has only MediaQueryList.addListener (the new name threw: a blank page);
    Safari before 15.4 and Firefox before 98 have no dialog.showModal (F2 was dead)."""
    from selenium.webdriver.common.keys import Keys

    from player import active, press, tab_to

    old = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "delete MediaQueryList.prototype.addEventListener;"
        "delete HTMLDialogElement.prototype.showModal; delete HTMLDialogElement.prototype.close;")})
    try:
        open_site(browser, (builtin_site / "index.html").as_uri())
        assert browser.execute_script("return typeof document.createElement('dialog').showModal") == "undefined"
        press(browser, Keys.F2)
        card = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card")[0]
        assert "112" in card.text and card.is_displayed()
        assert active(browser).text == "Lukk"
        # As a native dialog, it scrolls where it is taller than the window (at 200 % zoom its
        # Close was out of reach).
        assert browser.execute_script("return getComputedStyle(arguments[0]).overflowY", card) == "auto"
        press(browser, Keys.TAB)
        assert active(browser).text == "Lukk" or active(browser).find_elements(By.XPATH, "ancestor::dialog")
        press(browser, Keys.ESCAPE)
        wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card to close")
        tab_to(browser, "Kontakt politiet")
        press(browser, Keys.ENTER)
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card again")
        press(browser, Keys.ESCAPE)
        wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card to close")
        assert active(browser).tag_name == "button" and "Kontakt politiet" in active(browser).text  # back where it was
        tab_to(browser, "Slett fremdriften min")
        press(browser, Keys.ENTER)
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the question")
        assert active(browser).text == "Avbryt"
        press(browser, Keys.ENTER)
        wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the question to close")
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": old["identifier"]})


def test_without_its_course_data_the_page_says_so(browser, builtin_site, tmp_path):
    import shutil

    site = tmp_path / "kurs"
    shutil.copytree(builtin_site, site)
    (site / "course.js").unlink()
    browser.get((site / "index.html").as_uri())
    wait_for(lambda: "course.js" in browser.find_element(By.TAG_NAME, "main").text, what="the message")
    assert "Kurset kunne ikke lastes" in browser.find_element(By.TAG_NAME, "main").text
