"""The exported built-in course in a real headless Chromium, by keyboard only: open a
module past its content warning, play a scenario to its ending and debrief, answer a quiz
to its result, reload and find the learner where they stopped; in bokmål and English."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import shutil

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from webtools import course_data, requests_made, write_course_data
from player import (
    active, erase_progress, keyboard_answer_quiz, keyboard_open_module, keyboard_open_part,
    keyboard_play_scenario, open_fresh_scenario, open_site, press, store_key, tab_to, text, wait_for,
)

WORDS = {
    # the module played, and words the learner must see: debrief, quiz result, "continue"
    "nb": ("rekruttering", "Signaler du la merke til", "Du svarte riktig på", "Fortsett der du slapp"),
    "en": ("roller", "Signs you noticed", "You answered", "Continue where you stopped"),
}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_learner_plays_a_scenario_and_a_quiz_by_keyboard_and_resumes_after_a_reload(browser, builtin_site, lang):
    from player import course_data

    data = course_data(builtin_site)["langs"][lang]
    module_id, noticed, result_words, continue_words = WORDS[lang]
    module = data["modules"][module_id]
    scenario = next(p for p in module["parts"] if p["kind"] == "scenario")
    quiz = next(p for p in module["parts"] if p["kind"] == "quiz")

    requests_made(browser)  # forget what earlier tests asked for
    open_site(browser, (builtin_site / "index.html").as_uri())
    erase_progress(browser)
    browser.refresh()
    open_site(browser, (builtin_site / "index.html").as_uri())
    if lang == "en":
        tab_to(browser, "English")
        press(browser, Keys.ENTER)
        wait_for(lambda: browser.execute_script("return document.documentElement.lang") == "en", what="English")
        assert "Teacher course" in text(browser)

    warning = keyboard_open_module(browser, module["title"])
    assert module["warning"] and warning.endswith(module["warning"])
    keyboard_open_part(browser, scenario["title"])
    steps = keyboard_play_scenario(browser)
    assert len(steps) >= 2
    debrief = browser.find_element(By.CSS_SELECTOR, ".part .feedback").text
    assert noticed in debrief
    # The way on has focus, as in the app: on "Try again" a stray Enter wiped the ending.
    assert active(browser).get_attribute("id") == "next-part"

    keyboard_open_part(browser, quiz["title"])
    kinds = keyboard_answer_quiz(browser)
    assert len(kinds) == len(quiz["questions"])
    result = browser.find_element(By.ID, "quiz-result").text
    assert result_words in result
    assert active(browser).get_attribute("id") == "quiz-continue"  # the way on, not "Take the quiz again"
    # Parts list marks the scenario as played and shows the quiz's best score.
    parts = browser.find_element(By.CSS_SELECTOR, "nav.parts").text
    assert "✓" in parts and "%" in parts

    # A reload finds the learner at the same quiz result, the same ending kept.
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.ID, "quiz-result"), what="the result after a reload")
    assert browser.find_element(By.ID, "quiz-result").text == result
    assert browser.execute_script("return document.documentElement.lang") == lang
    keyboard_open_part(browser, scenario["title"])
    assert noticed in browser.find_element(By.CSS_SELECTOR, ".part .feedback").text

    # The contact card opens here too; a new try at the quiz keeps the best score.
    press(browser, Keys.F2)
    assert "112" in wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card")[0].text
    press(browser, Keys.ESCAPE)
    keyboard_open_part(browser, quiz["title"])
    tab_to(browser, lambda e: e.get_attribute("id") == "retry")
    press(browser, Keys.ENTER)
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "form.question"), what="the first question again")
    assert browser.find_element(By.ID, "counter").text.endswith(f"1 {'av' if lang == 'nb' else 'of'} {len(quiz['questions'])}")
    best = [line for line in result.splitlines() if "%" in line][-1]
    assert best.split()[-2] in browser.find_element(By.CSS_SELECTOR, "nav.parts").text  # "NN %" kept

    # Back on the overview the module is in progress and "continue" leads back to it.
    tab_to(browser, lambda e: e.get_attribute("id") == "back", backwards=True)
    press(browser, Keys.ENTER)
    wait_for(lambda: browser.find_elements(By.ID, "continue"), what="the overview")
    assert browser.find_element(By.ID, "continue").text.startswith(continue_words + ": " + module["title"])
    best_cell = browser.find_element(By.XPATH, f"//tr[td/button[contains(., '{module['title']}')]]/td[5]").text
    assert best_cell.endswith("%")

    # Everything came from the site's own folder: it works with the network off.
    inside = builtin_site.as_uri() + "/"
    assert [url for url in requests_made(browser) if not url.startswith(inside)] == []


def test_the_site_works_from_a_web_server_too(browser, builtin_site, web_server):
    root, url = web_server
    shutil.copytree(builtin_site, root / "kurs")
    open_site(browser, f"{url}/kurs/index.html")
    assert "Lærerkurs" in text(browser)
    assert browser.find_element(By.ID, "continue").text.startswith("Start neste modul")


def test_the_contact_card_opens_from_every_screen_with_f2_and_closes_with_escape(browser, builtin_site):
    open_site(browser, (builtin_site / "index.html").as_uri())
    press(browser, Keys.F2)
    dialog = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card")[0]
    assert "112" in dialog.text
    press(browser, Keys.ESCAPE)
    wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the card to close")


def test_erase_my_progress_forgets_everything_after_asking(browser, builtin_site):
    open_site(browser, (builtin_site / "index.html").as_uri())
    key = store_key(builtin_site)
    browser.execute_script("localStorage.clear(); localStorage.setItem(arguments[0], JSON.stringify("
                           "{v:1, lang:'nb', screen:'overview', mods:{roller:{s:'c', p:null}}, runs:{}, quiz:{}}))", key)
    # Under the name every export once shared, this export's progress too.
    browser.execute_script("localStorage.setItem('faresignaler.progress.v1', JSON.stringify("
                           "{v:1, lang:'nb', screen:'overview', runs:{}, quiz:{},"
                           " mods:{roller:{s:'c', p:null}, 'myter-og-virkelighet':{s:'c', p:null}}}))")
    browser.refresh()
    open_site(browser, (builtin_site / "index.html").as_uri())
    assert "1 av 6 moduler fullført" in text(browser)
    tab_to(browser, "Slett fremdriften min")
    press(browser, Keys.ENTER)
    dialog = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "dialog[open]"), what="the question")[0]
    assert "kan ikke angres" in dialog.text
    assert active(browser).text == "Avbryt"  # the safe answer has focus
    tab_to(browser, "Slett", backwards=True)
    press(browser, Keys.ENTER)
    wait_for(lambda: "0 av 6 moduler fullført" in text(browser), what="the erased overview")
    assert json.loads(browser.execute_script("return localStorage.getItem(arguments[0])", key))["mods"] == {}
    browser.refresh()
    open_site(browser, (builtin_site / "index.html").as_uri())
    assert "0 av 6 moduler fullført" in text(browser)  # erased stays erased: the shared name is not taken up again


def test_a_score_is_counted_as_the_app_counts_it(browser, tmp_path):
    """1 right of 8 is 12 % in the app (Python rounds a half to the even number), so the
    browser must say 12 %, not 13 %."""
    from webtools import course_data, trainer
    from player import answer_question, click, open_module, open_part

    pack = tmp_path / "pakke"
    assert trainer("new", "pack", str(pack), data=tmp_path / "data") == 0
    quiz_file = next(pack.glob("*/04-quiz.md"))
    questions = "\n".join(
        f"## Påstand {n} {{#p{n} .truefalse}}\n\n- [x] Sant\n- [ ] Usant\n\n> Forklaring {n}.\n" for n in range(8))
    quiz_file.write_text("---\ntype: quiz\nid: quiz\ntitle: Åtte påstander\npass: 80\n---\n\n" + questions,
                         encoding="utf-8")
    site = tmp_path / "site"
    assert trainer("--content", str(pack), "web", "-o", str(site), data=tmp_path / "data") == 0
    module = next(iter(course_data(site)["langs"]["nb"]["modules"].values()))
    quiz = next(p for p in module["parts"] if p["kind"] == "quiz")
    open_site(browser, (site / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    open_site(browser, (site / "index.html").as_uri())
    open_module(browser, module["title"])
    open_part(browser, quiz["title"])
    for index, question in enumerate(quiz["questions"]):
        answer_question(browser, question, index, right=index == 0)
        click(browser, "#next-question")
    result = wait_for(lambda: browser.find_elements(By.ID, "quiz-result"), what="the result")[0].text
    assert "Du svarte riktig på 1 av 8 (12 %)." in result
    assert round(100 * 1 / 8) == 12  # trainer.store.progress.finish_attempt's formula


def test_a_one_module_course_counts_in_the_singular(browser, tmp_path):
    """The words with a number come with their plural forms from the app's catalogue:
    one module is "1 av 1 modul", not "1 av 1 moduler"."""
    from webtools import course_data, trainer

    pack = tmp_path / "pakke"
    assert trainer("new", "pack", str(pack), data=tmp_path / "data") == 0
    site = tmp_path / "site"
    assert trainer("--content", str(pack), "web", "-o", str(site), data=tmp_path / "data") == 0
    course = course_data(site)["langs"]["nb"]["courses"][0]
    assert len(course["modules"]) == 1 and len(course["pass"]["quizzes"]) == 1
    open_site(browser, (site / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    open_site(browser, (site / "index.html").as_uri())
    assert "0 av 1 modul fullført" in text(browser)
    assert "For å bestå: 0 av 1 quiz som kreves er bestått (minst 80 % riktige)." in text(browser)
    browser.execute_script("localStorage.setItem('faresignaler.progress.v1', JSON.stringify("
                           "{v:1, lang:'nb', screen:'overview', mods:{%r:{s:'c', p:null}}, runs:{}, quiz:{}}))"
                           % course["modules"][0])
    browser.refresh()
    open_site(browser, (site / "index.html").as_uri())
    assert "1 av 1 modul fullført" in text(browser)
    bar = browser.find_element(By.CSS_SELECTOR, "[role=progressbar]")
    assert bar.get_attribute("aria-valuetext") == "1 av 1 modul fullført"
    browser.execute_script("localStorage.clear()")


def test_a_course_with_no_quiz_says_nothing_about_quizzes_on_the_overview(browser, tmp_path):
    """It said "For å bestå: 0 av 0 quizer som kreves er bestått", in English "0 of 0
    quizzes": nothing true or useful, over a column of best quiz scores with only "–" in
    it. The bar tells how far the learner is."""
    from webtools import course_data, trainer

    pack = tmp_path / "pakke"
    assert trainer("new", "pack", str(pack), data=tmp_path / "data") == 0
    for quiz in pack.glob("*/04-quiz.md"):
        quiz.unlink()
    course_file = pack / "kurs.md"
    lines = course_file.read_text(encoding="utf-8").splitlines()
    start = lines.index("pass:")
    course_file.write_text("\n".join(lines[:start] + lines[start + 3:]) + "\n", encoding="utf-8")
    site = tmp_path / "site"
    assert trainer("--content", str(pack), "web", "-o", str(site), data=tmp_path / "data") == 0
    assert course_data(site)["langs"]["nb"]["courses"][0]["pass"]["quizzes"] == []
    open_site(browser, (site / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    open_site(browser, (site / "index.html").as_uri())
    assert "0 av 1 modul fullført" in text(browser)
    assert "quiz" not in text(browser).lower() and "bestå" not in text(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, ".standing")
    assert [len(row.find_elements(By.CSS_SELECTOR, "th, td")) for row in
            browser.find_elements(By.CSS_SELECTOR, "table.modules tr")] == [4, 4]  # module, for, minutes, status
    browser.execute_script("localStorage.clear()")


def test_a_modules_title_and_its_facts_stand_on_one_line(browser, builtin_site):
    """In the overview's table, the title (a button) and the row's other cells line up:
    the first line of each starts at the same height, also where a title wraps."""
    size = browser.get_window_size()
    try:
        for width in (1366, 900):  # at 900 px some titles wrap onto two lines
            browser.set_window_size(width, 768)
            open_site(browser, (builtin_site / "index.html").as_uri())
            rows = browser.execute_script("""
                return Array.from(document.querySelectorAll('table.modules tbody tr')).map(function (row) {
                    return Array.from(row.cells).map(function (cell) {
                        var words = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode();
                        var range = document.createRange();
                        range.selectNodeContents(words);  // the first words in the cell
                        return range.getClientRects()[0].top;
                    });
                });""")
            assert [max(tops) - min(tops) <= 2 for tops in rows] == [True] * len(rows), (width, rows)
    finally:
        browser.set_window_size(size["width"], size["height"])


def test_on_a_phone_each_fact_of_a_module_says_what_it_is(browser, builtin_site):
    """Where the table's headings are hidden (a narrow window), each fact keeps its name:
    "Minutter: 8", not a bare 8."""
    size = browser.get_window_size()
    browser.set_window_size(390, 844)
    try:
        open_site(browser, (builtin_site / "index.html").as_uri())
        shown = browser.execute_script("""
            var row = document.querySelector('table.modules tbody tr');
            return Array.from(row.cells).slice(1).map(function (cell) {
                return getComputedStyle(cell, '::before').content + cell.textContent;
            });""")
        headings = browser.execute_script(
            "return Array.from(document.querySelectorAll('table.modules th')).slice(1).map(function (h) {"
            " return h.textContent; });")
        assert [fact.startswith(f'"{heading}: "') for fact, heading in zip(shown, headings)] == [True] * 4, shown
    finally:
        browser.set_window_size(size["width"], size["height"])


def test_on_a_phone_the_parts_fold_away_and_the_part_comes_first(browser, builtin_site):
    """A narrow window shows one line for the module's parts, and the part at once below
    it; the line opens the list by keyboard. A wide window keeps the list open beside."""
    size = browser.get_window_size()
    try:
        for width, folded in ((390, True), (1366, False)):
            browser.set_window_size(width, 844)
            open_site(browser, (builtin_site / "index.html").as_uri())
            erase_progress(browser)
            keyboard_open_module(browser, "Fire roller")
            folder = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "details.partsmenu"), what="the parts")[0]
            assert folder.get_property("open") is (not folded)
            # Folded, the line names the list; the landmark is not named twice.
            nav = browser.find_element(By.CSS_SELECTOR, "nav.parts")
            assert (nav.get_attribute("aria-label") is None) is folded
            heading = browser.find_element(By.ID, "part-title")
            assert heading.rect["y"] + heading.rect["height"] <= browser.execute_script("return innerHeight")
            if folded:
                tab_to(browser, lambda element: element.tag_name == "summary")
                press(browser, Keys.ENTER)
                assert folder.get_property("open") and folder.find_element(By.TAG_NAME, "button").is_displayed()
    finally:
        browser.set_window_size(size["width"], size["height"])


def test_a_scenarios_choices_come_in_an_order_of_their_own_for_each_run(browser, builtin_site):
    """As in the app: written first, the recommended choice stood first at most steps, so
    a learner soon learns to press 1. A reload keeps the order; a new run has its own;
    the number on screen chooses what it shows."""
    open_fresh_scenario(browser, builtin_site, "roller")

    def shown():
        return [b.text.split(".", 1)[1].strip() for b in browser.find_elements(By.CSS_SELECTOR, ".choices button")]

    firsts = []
    for _run in range(6):
        order = shown()
        firsts.append(order[0])
        browser.refresh()
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".choices button"), what="the step after a reload")
        assert shown() == order  # a reload keeps it
        keyboard_play_scenario(browser)
        tab_to(browser, lambda e: e.get_attribute("id") == "restart")
        press(browser, Keys.ENTER)
        wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".choices button"), what="the first step again")
    assert len(set(firsts)) > 1
    order = shown()
    press(browser, "2")
    wait_for(lambda: browser.find_elements(By.ID, "go-on"), what="the feedback")
    chosen = browser.find_element(By.CSS_SELECTOR, ".choices button:not([hidden])").text
    assert order[1] in chosen


def test_a_reload_before_go_on_comes_back_to_the_choice_and_its_feedback(browser, builtin_site):
    """As in the app: a reload while reading a choice's feedback went on to the next step
    without it."""
    open_fresh_scenario(browser, builtin_site, "roller")
    first_step = browser.find_element(By.CSS_SELECTOR, ".situation h3").text
    press(browser, "1")
    wait_for(lambda: browser.find_elements(By.ID, "go-on"), what="the feedback")
    feedback = browser.find_element(By.CSS_SELECTOR, ".part .feedback .content").text
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.ID, "go-on"), what="the feedback after a reload")
    assert browser.find_element(By.CSS_SELECTOR, ".situation h3").text == first_step
    assert browser.find_element(By.CSS_SELECTOR, ".part .feedback .content").text == feedback
    browser.find_element(By.ID, "go-on").click()
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, ".situation h3").text != first_step, what="the next step")
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".situation h3"), what="the step after a reload")
    assert browser.find_element(By.CSS_SELECTOR, ".situation h3").text != first_step  # gone on: it stays gone on


def test_a_reload_at_feedback_the_content_has_since_dropped_goes_on_to_the_next_step(browser, builtin_site, tmp_path):
    """Left while reading a choice's feedback, then the course was exported again without
    that feedback: the learner comes back on the next step, never at an empty feedback
    with a "Go on" that leads nowhere new."""
    site = tmp_path / "kurs"
    shutil.copytree(builtin_site, site)
    open_fresh_scenario(browser, site, "roller")
    first_step = browser.find_element(By.CSS_SELECTOR, ".situation h3").text
    press(browser, "1")
    wait_for(lambda: browser.find_elements(By.ID, "go-on"), what="the feedback")
    data = course_data(site)
    scenario = next(p for p in data["langs"]["nb"]["modules"]["roller"]["parts"] if p["kind"] == "scenario")
    for choice in scenario["steps"][0]["choices"]:
        choice["feedback"] = ""
    write_course_data(site, data)
    browser.refresh()
    wait_for(lambda: browser.find_element(By.CSS_SELECTOR, ".situation h3").text != first_step, what="the next step")
    assert not browser.find_elements(By.ID, "go-on")
    assert browser.find_elements(By.CSS_SELECTOR, ".choices button")
