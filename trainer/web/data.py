"""The course as one JSON document for the web player, written from the same model and
rendered by the same safe renderer as the desktop app. Images the content points to are
collected here (checked like the app checks them) so the site can carry copies."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from trainer.course.images import image_problem as content_image_problem
from trainer.course.model import Course, Library, Module
from trainer.course.part_types import Figure, Page, Question, Quiz, Scenario
from trainer.course.render import render_markdown
from trainer.errors import CONTENT, TrainerError
from trainer.i18n import _
from trainer.web.words import all_words

FORMAT = 1
IMAGE_TYPES = (".png", ".jpg", ".jpeg", ".gif")
MAX_IMAGE_BYTES = 5 * 1024 * 1024

_IMG = re.compile(r'<img\b[^>]*>')
_SRC = re.compile(r'\bsrc="([^"]*)"')
_ALT = re.compile(r'\balt="([^"]*)"')
_LINK = re.compile(r'<a href="(https?://|mailto:)')


class WebExportError(TrainerError):
    """What stops an export, in plain words for the person running it."""

    kind = CONTENT


@dataclass
class Media:
    """Image files to copy into the site: site path -> source file."""

    files: dict[str, Path] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # "source: why", for the report

    def add(self, source: Path) -> str | None:
        why = image_problem(source)
        if why:
            self.refused.append(f"{source}: {why}")
            return None
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        name = f"media/{digest}{source.suffix.lower()}"
        self.files[name] = source
        return name


def image_problem(path: Path) -> str:
    """Why an image file may not go into the site, or "" when it may. The renderer has
    already kept it inside the content folders; the site takes fewer types and smaller
    files than the app, and otherwise the app's own rule (trainer.course.images)."""
    if path.suffix.lower() not in IMAGE_TYPES:
        return _("only PNG, JPEG and GIF images can go on the web site")
    data = path.read_bytes()
    if len(data) > MAX_IMAGE_BYTES:
        return _("the image is bigger than 5 MB")
    return content_image_problem(data, path.name) or ""


class Renderer:
    """The app's renderer, with the file:// images it allowed turned into site paths and
    chart placeholders turned into elements the player draws."""

    def __init__(self, roots: list[Path], assets: Path | None, media: Media):
        self.roots, self.assets, self.media = roots, assets, media

    def html(self, text: str, base: Path | None) -> str:
        if not text or not text.strip():
            return ""
        rendered = render_markdown(text, base, self.roots, self.assets)
        rendered = _IMG.sub(self._image, rendered)
        # Links leave the course in a new tab, never replacing the learner's place.
        return _LINK.sub(lambda m: f'<a target="_blank" href="{m.group(1)}', rendered)

    def inline(self, text: str, base: Path | None) -> str:
        html = self.html(text, base)
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            html = html[3:-4]
        return html

    def _image(self, match: re.Match) -> str:
        tag = match.group(0)
        src = _SRC.search(tag)
        alt = _ALT.search(tag)
        alt_text = alt.group(1) if alt else ""
        source = src.group(1) if src else ""
        if source.startswith("chart:"):
            number = source[len("chart:"):]
            return f'<span class="chart" data-chart="{escape(number)}"></span>' if number.isdigit() else ""
        if source.startswith("file:"):
            path = Path(unquote(urlparse(source).path))
            name = self.media.add(path)
            if name is not None:
                return f'<img src="{name}" alt="{alt_text}">'
        # Missing, remote or refused: the words stand in for the picture, nothing is fetched.
        return f'<span class="missing-image">[{alt_text}]</span>' if alt_text else ""


def _figure(figure: Figure) -> dict:
    return {
        "kind": figure.kind,
        "title": figure.title,
        "columns": list(figure.columns),
        "rows": [[label, list(values)] for label, values in figure.charted()],
    }


def _page(page: Page, render: Renderer) -> dict:
    return {
        "kind": "page", "id": page.id, "title": page.title,
        "html": render.html(page.body, page.path.parent),
        "figures": [_figure(f) for f in page.figures],
    }


def _scenario(scenario: Scenario, render: Renderer) -> dict:
    base = scenario.path.parent
    return {
        "kind": "scenario", "id": scenario.id, "title": scenario.title,
        "warning": scenario.content_warning,
        "intro": render.html(scenario.intro, base),
        "tags": [[tag, label] for tag, label in scenario.tags.items()],
        "steps": [
            {
                "id": step.id, "title": step.title, "html": render.html(step.body, base),
                "choices": [
                    {
                        "text": choice.text, "html": render.inline(choice.text, base), "target": choice.target,
                        "feedback": render.html(choice.feedback, base), "tags": list(choice.tags),
                    }
                    for choice in step.choices
                ],
            }
            for step in scenario.steps
        ],
    }


def _question(question: Question, base: Path, render: Renderer) -> dict:
    found = {
        "id": question.id, "kind": question.kind, "title": question.title,
        "prompt": render.html(question.prompt, base),
        "explanation": render.html(question.explanation, base),
    }
    if question.kind in ("single", "multiple", "truefalse"):
        found["options"] = [
            {"text": o.text, "correct": o.correct, "feedback": render.html(o.feedback, base)}
            for o in question.options
        ]
    elif question.kind == "matching":
        found["pairs"] = [list(pair) for pair in question.pairs]
    elif question.kind == "ordering":
        found["order"] = list(question.order)
    return found


def _quiz(quiz: Quiz, render: Renderer) -> dict:
    base = quiz.path.parent
    return {
        "kind": "quiz", "id": quiz.id, "title": quiz.title, "pass": quiz.pass_percent,
        "intro": render.html(quiz.intro, base),
        "questions": [_question(q, base, render) for q in quiz.questions],
    }


PART_WRITERS = {"page": _page, "scenario": _scenario, "quiz": _quiz}


def _module(module: Module, render: Renderer) -> dict:
    return {
        "id": module.id, "title": module.title, "audience": list(module.audience),
        "minutes": module.minutes, "summary": module.summary, "warning": module.content_warning,
        "version": module.content_version,
        "parts": [PART_WRITERS[part.kind](part, render) for part in module.parts],
    }


def _course(course: Course, library: Library) -> dict:
    return {
        "id": course.id, "title": course.title, "summary": course.summary, "minutes": course.minutes,
        "modules": [m for m in course.module_ids if library.module(m, course.lang) is not None],
        "pass": {
            "percent": course.pass_rule.min_percent,
            "quizzes": [[module.id, quiz.id] for module, quiz in library.course_quizzes(course)],
        },
    }


def chosen_courses(library: Library, wanted: list[str]) -> list[Course]:
    """The courses named (by id, in every language they exist in), or all of them."""
    known = sorted({c.id for c in library.courses})
    if not wanted:
        if not library.courses:
            raise WebExportError(_("found no course in the content"))
        return list(library.courses)
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise WebExportError(
            _("cannot find the course '{id}'; the courses there are: {known}").format(
                id=unknown[0], known=", ".join(known))
        )
    return [c for c in library.courses if c.id in wanted]


def site_id(courses: list[Course]) -> str:
    """What names this export in the learner's browser: its courses and languages. Every
    site opened from disk shares one localStorage, so progress is kept under this name
    (two exports of different courses no longer read each other's progress)."""
    ids = ",".join(sorted({c.id for c in courses}))
    langs = ",".join(sorted({c.lang for c in courses}))
    return f"{ids}/{langs}"


def course_data(library: Library, courses: list[Course], roots: list[Path], assets: Path | None,
                scorm: bool = False) -> tuple[dict, Media]:
    """The JSON document the player reads (the courses in each language and the player's
    words), and the images to copy beside it."""
    media = Media()
    render = Renderer(roots, assets, media)
    langs: dict[str, dict] = {}
    # Norwegian first, as in the app; then any other language in the order met.
    order = sorted({c.lang for c in courses}, key=lambda lang: (lang != "nb", lang != "en", lang))
    for lang in order:
        in_lang = [c for c in courses if c.lang == lang]
        modules = {}
        for course in in_lang:
            for module_id in course.module_ids:
                module = library.module(module_id, lang)
                if module is not None and module_id not in modules:
                    modules[module_id] = _module(module, render)
        card = library.contact(lang)
        contact = None
        if card is not None:
            contact = {"title": card.title, "html": render.html(card.body, card.path.parent)}
        langs[lang] = {
            "courses": [_course(c, library) for c in in_lang],
            "modules": modules,
            "contact": contact,
        }
    # The player's own words come from the app's catalogues (trainer/web/words.py).
    return {"format": FORMAT, "scorm": scorm, "site": site_id(courses), "langs": langs, "words": all_words(order)}, media
