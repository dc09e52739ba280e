"""The take-home sheet for parents, built only from content: the programme names what
goes on it (`handout:` in its front matter) and the contact card closes it. No Qt here;
`trainer.ui.presenter.handout_pdf` prints it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.course.model import Library
from trainer.course.part_types import Page
from trainer.course.programme import Programme
from trainer.course.slides import units_of

_NUMBERED = re.compile(r"^\d+[.)]\s")


class HandoutError(Exception):
    """The programme has no handout, or names content that is not there."""


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    markdown: str


@dataclass(frozen=True)
class Handout:
    title: str
    lang: str
    intro: str  # Markdown under the title
    sections: tuple[HandoutSection, ...]
    contact_title: str
    contact: str  # Markdown of the contact card


def _first_paragraph(page: Page) -> str:
    for unit in units_of(page.body):
        if unit.kind == "block":
            return unit.text
    return ""


def _checklist(module) -> HandoutSection:
    """A module as a checklist: each numbered page (or every page) with its first
    paragraph, under the module's title and summary."""
    pages = [p for p in module.parts if isinstance(p, Page) and p.id != "intro"]
    numbered = [p for p in pages if _NUMBERED.match(p.title)]
    lines = [module.summary] if module.summary else []
    for page in numbered or pages:
        lines.append(f"**{page.title}**  \n{_first_paragraph(page)}")
    return HandoutSection(module.title, "\n\n".join(lines))


def build_handout(programme: Programme, library: Library) -> Handout:
    if not programme.handout:
        raise HandoutError(f"programmet '{programme.id}' har ingen 'handout' i front matter")
    sections = []
    for reference in programme.handout:
        module_id, _slash, part_id = reference.partition("/")
        module = library.module(module_id, programme.lang)
        if module is None:
            raise HandoutError(f"'handout' viser til modulen '{module_id}', som ikke finnes på {programme.lang}")
        if not part_id:
            sections.append(_checklist(module))
            continue
        page = module.part(part_id)
        if not isinstance(page, Page):
            raise HandoutError(f"'handout' viser til '{reference}', som ikke er en side")
        sections.append(HandoutSection(page.title, page.body))
    card = library.contact(programme.lang)
    return Handout(
        title=programme.title,
        lang=programme.lang,
        intro=programme.intro,
        sections=tuple(sections),
        contact_title=card.title if card else "",
        contact=card.body if card else "",
    )
