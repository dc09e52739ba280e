"""Markdown built to stall or crash the app: every input either is refused by the limits
the validator applies, or renders in a moment; none raises. The short runs are part of the
default suite; the full ones (1 MB inputs, many random texts) run with `-m slow`.
Times here are guards against a hang, not speed goals: benchmarks/run.py measures those
(`render_worst_ms`)."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.course import limits
from trainer.course.blocks import split_blocks, split_sections
from trainer.course.pathological import inputs, within_limits
from trainer.course.render import render_markdown
from trainer.course.slides import text_slides

GUARD_S = 5  # far above the real figures (< 0.5 s), far below a stall (minutes)


def check(text: str) -> None:
    started = time.perf_counter()
    html = render_markdown(text)
    lines = list(enumerate(text.split("\n"), 1))
    split_sections(lines)
    split_blocks(lines)
    text_slides("x", text)
    limits.problems(text)
    assert isinstance(html, str)
    assert time.perf_counter() - started < GUARD_S


@pytest.mark.parametrize("name", sorted(inputs(1000)))
def test_each_hostile_input_short(name):
    text = inputs(40_000)[name]
    check(text)
    check(within_limits(text))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(inputs(1000)))
def test_each_hostile_input_at_1_mb(name):
    text = inputs(1_000_000)[name]
    assert not limits.safe_to_render(text)  # the validator refuses every one of them
    check(text)
    check(within_limits(text))


# Random texts made of the marks that drive Markdown's parsers, at random nesting.
MARKS = ["[", "]", "(", ")", "![", "<", ">", "*", "_", "`", "```", "~~~", "\n", "\n\n", "    ", "\t",
         "- ", "1. ", "> ", "# ", "| ", "|---|", "<div>", "</div>", "<!-- chart: bar -->", "&", "\\",
         "x", "ord ", "[!NOTE]", "](#a)", "[r]: x.png"]
texts = st.lists(st.sampled_from(MARKS), max_size=400).map("".join)
HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=150, deadline=None, suppress_health_check=HEALTH)
@given(text=texts)
def test_random_markdown_short(text):
    check(text)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=HEALTH)
@given(text=st.lists(st.sampled_from(MARKS), max_size=20_000).map("".join))
def test_random_markdown_long(text):
    check(text)
