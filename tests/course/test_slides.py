"""Turning a slide's Markdown into the words a reader reads (trainer.course.slides). The
rest of the slide builder is tested through programmes (test_programme.py) and the
presenter (tests/ui/presenter)."""

import time

from trainer.course.slides import plain_inline, plain_text


def test_plain_text_keeps_the_words_and_drops_the_markup():
    assert plain_text("**Sju faresignaler**") == "Sju faresignaler"
    assert plain_text("Se [lenken](https://politiet.no) og ![kartet](kart.png) i `koden`.") == \
        "Se lenken og kartet i koden."
    assert plain_text("## Hva kan du gjøre?") == "Hva kan du gjøre?"
    assert plain_text("> Et sitat med *vekt*") == "Et sitat med vekt"
    assert plain_text("- Vær nysgjerrig\n- Ta vare på spor") == "Vær nysgjerrig Ta vare på spor"
    assert plain_text("1. Ring 112") == "Ring 112"


def test_a_table_reads_as_its_cells():
    table = "| Rolle | Kort fortalt |\n|---|:--:|\n| Bestiller | vil ha noe gjort |"
    assert plain_text(table) == "Rolle Kort fortalt Bestiller vil ha noe gjort"


def test_signs_inside_a_sentence_stay():
    """Only the marks that begin a line are markup: "over 18 > under 18" is a sentence."""
    assert plain_text("Over 18 > under 18, nr. #3") == "Over 18 > under 18, nr. #3"


def test_thousands_of_unclosed_links_take_no_time():
    started = time.perf_counter()
    assert plain_text("[a](" * 20_000).startswith("a](a](")  # no address closes: nothing to drop
    assert time.perf_counter() - started < 1.0


def test_an_authors_comment_never_reaches_the_projector():
    """The next slide's line showed "<!-- Husk: svaret på quizen er B -->" to the hall."""
    assert plain_text("<!-- Husk: svaret er B -->\nFørste avsnitt.") == "Første avsnitt."
    assert plain_text("Første avsnitt. <!-- TODO: sjekk tallet") == "Første avsnitt."
    assert plain_inline("Sant <!-- svaret er B --> eller usant") == "Sant eller usant"


def test_a_choice_keeps_its_number():
    """A choice cut to one line read "8. trinn", "9. trinn" and "10. trinn" all as "trinn"."""
    assert plain_inline("10. trinn") == "10. trinn"
    assert plain_inline("1) Ring 112, **nå**") == "1) Ring 112, nå"
