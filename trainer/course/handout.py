"""The take-home sheet for parents, built only from content: the contact card comes first
(what to do and whom to call), then what the programme names under `handout:` in its
front matter. No Qt here; `trainer.ui.presenter.handout_pdf` prints it.

A module named whole becomes a checklist, each entry cut to what a parent needs on the
fridge, so that the sheet fits two pages in type a parent of sixty reads (10 pt or more).
Its numbered pages (the seven signs) give each sign with its labelled paragraphs: what you
may see (its first sentence: the sign itself), the point of why it matters (its last
sentence: sign 6's "not independence, but a red flag"), what to ask and how to start the
talk, both whole. Its other pages (the myths) become a two-column table, the myth (the
page's title) beside the first sentence of the reality: the fact the deck states, its
explanation left to the talk. Pages without labels give their first paragraph. A
"module/page" reference prints that page whole: its text, headings and tables, without
presenter notes, pictures or chart drawings (a chart's table stays), which a photocopied
sheet cannot show, and without a sentence told to teachers ("Lærere kan dele bekymringen
..."): the sheet is the parents'. Every sentence is the content's own, never reworded, so
the facts stay the deck's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.course import blocks as md
from trainer.errors import CONTENT, TrainerError
from trainer.i18n import _
from trainer.course.model import Library
from trainer.course.part_types import Page
from trainer.course.programme import Programme
from trainer.course.slides import _SENTENCE_END, _ends_abbreviation, is_label, split_sentences, units_of

_NUMBERED = re.compile(r"^\d+[.)]\s")
_NUMBER_PREFIX = re.compile(r"^\w+ \d+:\s+")  # "Myte 1: " before the myth's own words
_LABEL = re.compile(r"^(\*\*[^*\n]{1,60}:\*\*)\s*(.*)$", re.S)
# A paragraph of pictures only, each written inline "![a](b.png)" or by reference
# "![a][b]", "![a][]", "![a]" (its address defined elsewhere on the page).
_PICTURES = re.compile(r"^\s*(?:!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?\s*)+$")
# A sentence that begins by naming another audience is advice to it, not to parents: a
# page shared by the courses ("Teachers can share their concern with colleagues ...").
_OTHER_AUDIENCES = ("Lærere ", "Lærerne ", "Teachers ")


class HandoutError(TrainerError):
    """The programme has no handout, or names content that is not there."""

    kind = CONTENT


@dataclass(frozen=True)
class HandoutItem:
    """One sign or one myth: a title and its short paragraphs (Markdown)."""

    title: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    markdown: str  # text before the items (a module's summary) or a whole page
    items: tuple[HandoutItem, ...] = ()
    # Two column headings ("Myten", "Virkeligheten") when the items are pairs: each
    # item's title beside its one point, a row each, read across.
    columns: tuple[str, str] | tuple[()] = ()


@dataclass(frozen=True)
class Handout:
    title: str
    lang: str
    intro: str  # Markdown under the title
    sections: tuple[HandoutSection, ...]
    contact_title: str
    contact: str  # Markdown of the contact card
    source: str = ""  # who made the material, and when (a course's `organisation`)


def _blocks(page: Page) -> list[str]:
    return [unit.text for unit in units_of(page.body) if unit.kind == "block"]


def _whole(page: Page) -> str:
    """A page printed whole, as Markdown: its paragraphs, lists, headings (one level, under
    the page's title) and tables; a chart is printed as its table."""
    parts = []
    lines = list(enumerate(page.body.splitlines(), 1))
    for block in md.split_blocks(lines):
        text = md.join(block.lines)
        if block.kind == "note" or _PICTURES.match(text):
            continue
        if block.kind == "heading":
            text = f"### {block.head}"
        elif block.kind == "chart":  # its table, without the comment that draws it
            text = md.join([(n, line) for n, line in block.lines if not md.CHART.match(line)]).strip()
        elif block.kind == "prose" and not text.lstrip().startswith("|"):
            text = _for_parents(text)
        if text:
            parts.append(text)
    return "\n\n".join(parts)


def _for_parents(paragraph: str) -> str:
    """The paragraph without its sentences told to another audience (_OTHER_AUDIENCES)."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        if not _ends_abbreviation(paragraph[:match.start()], paragraph[match.end():]):
            sentences.append(paragraph[start:match.start()])
            start = match.end()
    sentences.append(paragraph[start:])
    kept = [s for s in sentences if not s.lstrip("*_").startswith(_OTHER_AUDIENCES)]
    return " ".join(kept) if len(kept) < len(sentences) else paragraph


def _labelled(page: Page) -> list[str]:
    """The page's labelled paragraphs ("**Spør:** ..."), each with the paragraph that
    follows it when the label stands alone (a quote to say)."""
    blocks = _blocks(page)
    found = []
    for index, block in enumerate(blocks):
        if not is_label(block):
            continue
        match = _LABEL.match(block)
        if match and not match.group(2).strip() and index + 1 < len(blocks) and not is_label(blocks[index + 1]):
            block = f"{match.group(1)} {blocks[index + 1]}"
        found.append(block)
    return found


def _sentence(text: str, last: bool) -> str:
    """The first or the last sentence of a paragraph, word for word."""
    while True:
        halves = split_sentences(text)
        if halves is None:
            return text
        text = halves[1 if last else 0]


def _cut(paragraph: str, last: bool) -> str:
    """A labelled paragraph cut to its first sentence (what it names) or its last (the
    point of it), label kept."""
    match = _LABEL.match(paragraph)
    if not match:
        return paragraph
    return f"{match.group(1)} {_sentence(match.group(2).strip(), last)}"


def _sign(page: Page) -> HandoutItem:
    labelled = _labelled(page)
    if len(labelled) < 4:
        return HandoutItem(page.title, tuple(labelled or _blocks(page)[:1]))
    see, why, *rest = labelled
    return HandoutItem(page.title, (_cut(see, last=False), _cut(why, last=True), *rest))


def _label_text(paragraph: str) -> str:
    return _LABEL.match(paragraph).group(1).strip("*").rstrip(":")


def _myths(pages: list[Page]) -> HandoutSection | None:
    """Pages of a myth and its reality as pairs: the myth's words from the title, the
    reality's first sentence; the columns are named by the pages' own labels."""
    pairs, columns = [], ()
    for page in pages:
        labelled = _labelled(page)
        if len(labelled) < 2:
            continue
        myth, reality = labelled[:2]
        columns = columns or (_label_text(myth), _label_text(reality))
        reality_text = _LABEL.match(reality).group(2).strip()
        pairs.append(HandoutItem(_NUMBER_PREFIX.sub("", page.title), (_sentence(reality_text, last=False),)))
    return HandoutSection("", "", tuple(pairs), columns) if pairs else None


def _checklist(module) -> HandoutSection:
    pages = [p for p in module.parts if isinstance(p, Page) and p.id != "intro"]
    numbered = [p for p in pages if _NUMBERED.match(p.title)]
    if numbered:
        return HandoutSection(module.title, module.summary, tuple(_sign(page) for page in numbered))
    myths = _myths(pages)
    if myths:
        return HandoutSection(module.title, module.summary, myths.items, myths.columns)
    # plain pages: each with its first paragraph
    items = [HandoutItem(page.title, tuple(_blocks(page)[:1])) for page in pages]
    return HandoutSection(module.title, module.summary, tuple(items))


def _source(library: Library, lang: str) -> str:
    for course in library.courses_in(lang):
        if course.organisation:
            return course.organisation
    return ""


def build_handout(programme: Programme, library: Library) -> Handout:
    if not programme.handout:
        raise HandoutError(_("the programme '{id}' has no 'handout' in its front matter").format(id=programme.id))
    sections = []
    for reference in programme.handout:
        module_id, _slash, part_id = reference.partition("/")
        module = library.module(module_id, programme.lang)
        if module is None:
            raise HandoutError(_("'handout' refers to the module '{module_id}', which does not exist in {lang}").format(module_id=module_id, lang=programme.lang))
        if not part_id:
            sections.append(_checklist(module))
            continue
        page = module.part(part_id)
        if not isinstance(page, Page):
            raise HandoutError(_("'handout' refers to '{reference}', which is not a page").format(reference=reference))
        sections.append(HandoutSection(page.title, _whole(page)))
    card = library.contact(programme.lang)
    return Handout(
        title=programme.title,
        lang=programme.lang,
        intro=programme.intro,
        sections=tuple(sections),
        contact_title=card.title if card else "",
        contact=card.body if card else "",
        source=_source(library, programme.lang),
    )
