"""Writing the site: the player's files, theme.css from the shared tokens, course.js
with the course data, and the images; as a folder, or zipped with an imsmanifest.xml
as a SCORM 1.2 package. A folder or zip is written beside its target first and moved
into place at the end, so a failed export never leaves half a site or eats a folder."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from trainer import tokens
from trainer.course.model import Course, Library, Problem
from trainer.web.data import WebExportError, chosen_courses, course_data
from trainer.i18n import _

MARKER = ".faresignaler-web"  # marks a folder this command wrote, so it may replace it
PLAYER_FILES = ("index.html", "player.js", "player.css")


@dataclass(frozen=True)
class Site:
    files: dict[str, bytes]  # site path -> content
    courses: tuple[Course, ...]
    refused_images: tuple[str, ...]

    @property
    def size(self) -> int:
        return sum(len(data) for data in self.files.values())


def theme_css() -> str:
    """The desktop app's colour tokens and type scale as CSS custom properties; the
    high-contrast palette when the learner's system asks for more contrast."""
    def block(colours: tokens.Colours) -> str:
        return "\n".join(f"  --{name.replace('_', '-')}: {value};" for name, value in tokens.colour_dict(colours).items())

    # 12 pt is 16 px, the browser's default text size, so 1 rem stands for 12 pt.
    sizes = "\n".join(f"  --size-{role}: {points / 12:.4g}rem;" for role, points in tokens.TYPE_SCALE.items())
    return (
        "/* Written by `trainer web` from trainer/tokens.py: the desktop app's look. */\n"
        f":root {{\n{block(tokens.LIGHT)}\n{sizes}\n}}\n"
        f"@media (prefers-contrast: more) {{\n:root {{\n{block(tokens.HIGH_CONTRAST)}\n}}\n}}\n"
    )


def _player_file(name: str) -> bytes:
    return resources.files("trainer.web").joinpath("site", name).read_bytes()


def content_problems(library: Library, courses: list[Course]) -> list[Problem]:
    """Errors in the files the site would be made from."""
    paths = [c.path for c in courses]
    for course in courses:
        for module_id in course.module_ids:
            module = library.module(module_id, course.lang)
            if module is not None:
                paths.append(module.folder)
        card = library.contact(course.lang)
        if card is not None:
            paths.append(card.path)
    mine = [Path(p).resolve() for p in paths]
    return [
        p for p in library.errors
        if any(Path(p.path).resolve() == m or Path(p.path).resolve().is_relative_to(m) for m in mine)
    ]


def build_site(library: Library, wanted: list[str], roots: list[Path], assets: Path | None,
               scorm: bool = False) -> Site:
    courses = chosen_courses(library, wanted)
    problems = content_problems(library, courses)
    if problems:
        listed = "\n".join(str(p) for p in sorted(problems, key=lambda p: (str(p.path), p.line)))
        raise WebExportError(_("the content has errors that must be fixed first:\n{problems}").format(problems=listed))
    data, media = course_data(library, courses, roots, assets, scorm=scorm)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # One JSON document, assigned to a name: a page opened from disk may run scripts
    # beside it but may not fetch() a .json file.
    files = {name: _player_file(name) for name in PLAYER_FILES}
    files["theme.css"] = theme_css().encode()
    files["course.js"] = f"window.FARESIGNALER_COURSE = {payload};\n".encode()
    for name, source in sorted(media.files.items()):
        files[name] = source.read_bytes()
    return Site(files, tuple(courses), tuple(media.refused))


# ---------------------------------------------------------------- a folder


def _readable_by_all(path: Path, directory: bool) -> None:
    """mkdtemp and mkstemp make private files; a site is for a web server to read."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, (0o777 if directory else 0o666) & ~mask)


def write_folder(site: Site, folder: Path) -> None:
    folder = Path(folder).absolute()
    if folder.exists():
        if not folder.is_dir():
            raise WebExportError(_("'{path}' exists and is not a folder").format(path=folder))
        if any(folder.iterdir()) and not (folder / MARKER).is_file():
            raise WebExportError(
                _("the folder '{path}' is not empty and was not made by trainer web; choose a new or empty folder").format(
                    path=folder)
            )
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        _readable_by_all(staging, directory=True)
        for name, data in site.files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MARKER).write_text("Written by `trainer web`; the command may replace this folder.\n")
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}-old-", dir=folder.parent))
            old.rmdir()
            folder.rename(old)
            staging.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


# ---------------------------------------------------------------- a SCORM 1.2 package


def manifest(site: Site) -> str:
    """imsmanifest.xml for one SCO: the player, which reports status, score and where
    the learner stopped itself. No mastery score: the course's own pass rule decides.
    No xsi:schemaLocation: it would name XSD files the package does not carry, and the
    platforms read the manifest by its namespaces."""
    # Bokmål first, as everywhere in the course.
    first = min(site.courses, key=lambda c: (c.lang != "nb", c.lang != "en", c.lang))
    ids = sorted({c.id for c in site.courses})
    title = first.title if len(ids) == 1 else "Faresignaler"
    files = "\n".join(f"      <file href={quoteattr(name)}/>" for name in sorted(site.files))
    identifier = "faresignaler-" + "-".join(ids)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier={quoteattr(identifier)} version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="faresignaler-org">
    <organization identifier="faresignaler-org">
      <title>{escape(title)}</title>
      <item identifier="faresignaler-item" identifierref="faresignaler-sco" isvisible="true">
        <title>{escape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="faresignaler-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
{files}
    </resource>
  </resources>
</manifest>
"""


def write_scorm(site: Site, target: Path) -> None:
    target = Path(target).absolute()
    if target.is_dir():
        raise WebExportError(_("'{path}' is a folder; give a file name that ends in .zip").format(path=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        _readable_by_all(Path(temporary), directory=False)
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("imsmanifest.xml", manifest(site))
            for name, data in sorted(site.files.items()):
                package.writestr(name, data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
