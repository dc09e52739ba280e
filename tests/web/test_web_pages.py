"""Reading pages in the web player: charts drawn as the app draws them (its colour-blind
safe colours, a legend, no labels on top of each other) and content tables that fit a
zoomed screen, with room below them."""

from __future__ import annotations

import pytest

pytest.importorskip("selenium", reason="Selenium is not installed: pip install '.[test]'")

import json
import re
from pathlib import Path

from selenium.webdriver.common.by import By

import trainer
from player import course_data, open_site, store_key, wait_for

CHARTS_PY = Path(trainer.__file__).parent / "ui" / "widgets" / "charts.py"


def open_page(browser, site, module_id: str, part_id: str) -> None:
    """The site at one page of a module, as if the learner had stopped there."""
    open_site(browser, (site / "index.html").as_uri())
    progress = {"v": 1, "lang": "nb", "course": None, "screen": "module", "module": module_id, "last": module_id,
                "mods": {module_id: {"s": "i", "p": part_id}}, "runs": {}, "quiz": {}}
    browser.execute_script("localStorage.clear(); localStorage.setItem(arguments[0], arguments[1])",
                           store_key(site), json.dumps(progress))
    browser.refresh()
    wait_for(lambda: browser.find_elements(By.ID, "part-title"), what="the page")


def test_a_chart_has_the_apps_colours_a_legend_and_no_labels_on_each_other(browser, builtin_site):
    page = next(p for p in course_data(builtin_site)["langs"]["nb"]["modules"]["tall"]["parts"] if p["id"] == "kommuner")
    figure = page["figures"][0]
    assert len(figure["rows"]) == 5
    open_page(browser, builtin_site, "tall", "kommuner")
    palette = re.search(r"SERIES_COLOURS = \[([^\]]*)\]", CHARTS_PY.read_text(encoding="utf-8")).group(1)
    colours = [c.strip().strip('"').lower() for c in palette.split(",")]
    found = browser.execute_script("""
        var chart = document.querySelector('svg.chartsvg');
        function fills(selector) {
            return Array.from(chart.querySelectorAll(selector)).map(function (e) { return getComputedStyle(e).fill; });
        }
        var boxes = Array.from(chart.querySelectorAll('text')).map(function (t) {
            var b = t.getBoundingClientRect(); return [t.textContent, b.left, b.top, b.right, b.bottom];
        });
        return {
            series: [0, 1, 2, 3, 4].map(function (s) { return fills('rect.series' + s)[0]; }),
            legend: Array.from(chart.querySelectorAll('.legend')).map(function (g) {
                return [getComputedStyle(g.querySelector('rect')).fill, g.querySelector('text').textContent];
            }),
            boxes: boxes
        };""")

    def rgb(hex_colour: str) -> str:
        return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))

    assert found["series"] == [rgb(c) for c in colours[:5]]  # five colours, none used twice
    assert found["legend"] == [[rgb(c), row[0]] for c, row in zip(colours, figure["rows"])]
    overlaps = [(a[0], b[0]) for i, a in enumerate(found["boxes"]) for b in found["boxes"][i + 1:]
                if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5]
    assert overlaps == []


@pytest.mark.parametrize("module_id, part_id", [("tall", "kommuner"), ("tall", "krimtyper"), ("roller", "intro")])
def test_a_content_table_fits_a_zoomed_screen_and_has_room_below_it(browser, builtin_site, module_id, part_id):
    browser.set_window_size(683, 768)  # 1366 pixels at 200 %: the same CSS width
    try:
        open_page(browser, builtin_site, module_id, part_id)
        assert browser.find_elements(By.CSS_SELECTOR, ".part .content table")
        assert not browser.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        below = browser.execute_script(
            "var table = document.querySelector('.part .content table');"
            "return getComputedStyle(table.parentNode).marginBottom;")
        assert below == "16px"
    finally:
        browser.set_window_size(1366, 768)
