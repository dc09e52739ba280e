"""What the preview says about a module, course, programme or pack is in one language: the
audience in the reader's words and a language by its own name, each with the key an author
writes in the file."""

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


def test_every_kind_names_its_language(in_language):
    from trainer import paths
    from trainer.course.loader import load_library

    in_language("en")
    library = load_library([paths.builtin_content_dir()])
    course, programme = library.courses_in("nb")[0], library.programmes_in("nb")[0]
    for kind, thing in (("course", course), ("programme", programme)):
        assert "**Language:** norsk bokmål (`nb`)" in describe(kind, thing, library), kind


def test_a_key_with_no_words_of_its_own_is_shown_once(demo_library, in_language):
    """An audience or language the app has no name for (a pack's own) is not doubled."""
    in_language("en")
    module = demo_library.module("demo", "nb")._replace(audience=("coach",), lang="se")
    text = describe("module", module, demo_library)
    assert "**For:** `coach`" in text and "**Language:** `se`" in text
