"""The one block model: what the loader, the slide builder and the validator read."""

from trainer.course.blocks import split_blocks


def lines(text: str):
    return list(enumerate(text.split("\n"), 1))


def kinds(text: str):
    return [(b.kind, b.line) for b in split_blocks(lines(text))]


def test_every_kind_with_its_line():
    text = ("# Tittel\n\nTekst\nmer tekst\n\n<!-- chart: bar -->\n| a | b |\n|---|---|\n| x | 1 |\n\n"
            "> Sitat\n\n> [!NOTE]\n> Notat\n\n- punkt\n  fortsatt\n1. nummer\n\nTekst\n\n    kode\n")
    assert kinds(text) == [("heading", 1), ("prose", 3), ("chart", 6), ("quote", 11), ("note", 13),
                           ("item", 16), ("item", 18), ("prose", 20), ("code", 22)]


def test_nothing_inside_a_fence_is_read_as_structure():
    text = "```\n- [valg](#steg)\n> [!NOTE] ikke et notat\n# ikke en overskrift\n<!-- chart: bar -->\n```\netter"
    blocks = split_blocks(lines(text))
    assert [(b.kind, b.line) for b in blocks] == [("code", 1), ("prose", 7)]
    assert len(blocks[0].lines) == 6


def test_an_unclosed_fence_runs_to_the_end():
    assert kinds("```\n- a\n- b") == [("code", 1)]


def test_a_chart_takes_its_table_along():
    block = split_blocks(lines("<!-- chart: line -->\n\n| a | b |\n|---|---|\n| x | 1 |\nTekst"))[0]
    assert block.kind == "chart" and [n for n, _ in block.lines] == [1, 3, 4, 5]


def test_a_heading_block_carries_its_title():
    block = split_blocks(lines("## Joggeskoene {#start .x}"))[0]
    assert (block.kind, block.head) == ("heading", "Joggeskoene")


def test_thousands_of_lines_deep_nesting_is_linear_and_never_recursive():
    text = "".join("    " * depth + "- x\n" for depth in range(3000))
    assert len(split_blocks(lines(text))) >= 1  # no RecursionError, no stall
