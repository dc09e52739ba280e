"""`trainer web`: the self-paced course as a static web site, or with --scorm as a
package for a school's learning platform. Exit 0 written, 1 refused (with the reason)."""

from __future__ import annotations

import sys
from pathlib import Path

from trainer import paths
from trainer.errors import unwritable
from trainer.i18n import _, ngettext


def add_parser(commands) -> None:
    web = commands.add_parser(
        "web", help=_("make the course a web site (folder) or a SCORM package for the learning platform"),
        description=_("Write the course as a web site that works from disk and from a web server, without "
                      "the internet. With --scorm a SCORM 1.2 package (zip) is written, which the learning platform "
                      "takes in as a course. Without COURSE, every course is included, in every language it has; a SCORM "
                      "package of several courses tells the platform the result of the course the learner has chosen, "
                      "so name one course for one result per course."),
    )
    web.add_argument("courses", nargs="*", metavar=_("COURSE"), help=_("the course's id, for example laerer"))
    web.add_argument("-o", "--output", required=True, metavar=_("FOLDER|FILE.zip"),
                     help=_("the folder the web site is written to, or the zip file with --scorm"))
    web.add_argument("--scorm", action="store_true", help=_("write a SCORM 1.2 package (zip) instead of a folder"))


def run_web(args) -> int:
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.web.export import build_site, write_folder, write_scorm

    output = Path(args.output)
    wrong_name = _output_name_problem(output, args.scorm, list(args.courses))
    if wrong_name:
        print(f"trainer web: {wrong_name}", file=sys.stderr)
        return 1
    roots = content_roots(getattr(args, "content", None))
    library = load_library(roots)
    try:
        site = build_site(library, list(args.courses), roots, paths.assets_dir(), scorm=args.scorm)
        for refused in site.refused_images:
            print(_("trainer web: the image is left out: {reason}").format(reason=refused), file=sys.stderr)
        if args.scorm:
            write_scorm(site, output)
        else:
            write_folder(site, output)
    except OSError as error:
        raise unwritable(args.output, error) from None
    courses = ", ".join(sorted({f"{c.title} ({c.lang})" for c in site.courses}))
    size = f"{site.size / 1_000_000:.1f} MB"
    if args.scorm:
        print(_("Wrote the SCORM 1.2 package {path} ({size}): {courses}. Upload it as a course in the learning "
                "platform.").format(path=output, size=size, courses=courses))
        if len({c.id for c in site.courses}) > 1:  # one status and one score for the whole package
            print(_("Note: the package holds several courses, and the platform hears the result of the one the "
                    "learner has chosen. For one result per course, make a package for each, for example "
                    "'trainer web --scorm {example} -o {example}.zip'.").format(
                example=sorted(c.id for c in site.courses)[0]))
    else:
        print(ngettext("Wrote the web site to {path} ({n} file, {size}): {courses}. Open {index} in a browser, "
                       "or put the folder on a web server.",
                       "Wrote the web site to {path} ({n} files, {size}): {courses}. Open {index} in a browser, "
                       "or put the folder on a web server.", len(site.files)).format(
            path=output, n=len(site.files), size=size, courses=courses, index=output / "index.html"))
    return 0


def _output_name_problem(output: Path, scorm: bool, courses: list[str]) -> str:
    """Why `output` is the wrong kind of name: a folder called kurs.zip, a package
    without .zip that the learning platform and the file manager would not know, or a
    name that is only the ending (".zip": pathlib sees a hidden file with no suffix, and
    ".zip.zip" was suggested)."""
    name = output.name.lower()
    is_zip = name.endswith(".zip")
    if scorm and name == ".zip":
        example = output.with_name((courses[0] if len(courses) == 1 else "faresignaler") + ".zip")
        return _("'{path}' is only the ending: give the package a name before .zip, for example {example}").format(
            path=output, example=example)
    if scorm and not is_zip and not output.is_dir():  # a folder: write_scorm says so
        return _("a SCORM package is a zip file: give a file name that ends in .zip, for example {path}").format(
            path=output.with_name(output.name + ".zip"))
    if not scorm and is_zip:
        return _("'{path}' ends in .zip, but a web site is written to a folder: give a folder name, "
                 "or add --scorm to write a package for the learning platform").format(path=output)
    return ""
