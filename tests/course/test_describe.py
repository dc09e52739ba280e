"""What the preview says about a module or a pack is in one language: the audience and the
language in the reader's words, each with the key an author writes in the file."""

import pytest

from trainer import i18n
from trainer.course.describe import describe


@pytest.fixture
def in_language():
    before = i18n.language()

    def use(lang: str) -> None:
        i18n.set_language(lang)

    yield use
    i18n.set_language(before)


def test_a_module_is_described_in_the_readers_language(demo_library, in_language):
    in_language("nb")
    text = describe("module", demo_library.module("demo", "nb"), demo_library)
    assert "**Språk:** norsk bokmål (`nb`)" in text
    audience = next(line for line in text.splitlines() if line.startswith("**For:**"))
    assert "lærere (`teacher`)" in audience
    assert "teacher," not in audience  # never the bare key in an nb sentence


def test_in_english_the_words_are_english(demo_library, in_language):
    in_language("en")
    text = describe("module", demo_library.module("demo", "nb"), demo_library)
    assert "**Language:** norsk bokmål (`nb`)" in text and "teachers (`teacher`)" in text
