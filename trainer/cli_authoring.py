"""The commands for authors: `new` writes a starting file, `preview` opens the live
preview (the only one that loads Qt), `pack` builds a content pack's zip and `import`
installs one. Messages go through the gettext catalogue (trainer.i18n); exit codes are those of `validate`: 0 done,
1 refused (with the reasons), 2 wrong usage."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from trainer.errors import exists, unwritable
from trainer.i18n import _, ngettext

KINDS = ("module", "scenario", "quiz", "programme", "pack")


def add_parsers(commands) -> None:
    new = commands.add_parser(
        "new", help=_("write a commented starting file: module, scenario, quiz, programme or pack"),
        description=_("Write a valid starting file with explanations in comments, which you then edit. "
                      "For a content pack, a folder with pack.md, a course and an example module is made."),
    )
    new.add_argument("kind", choices=KINDS, metavar=_("KIND"), help=_("module, scenario, quiz, programme or pack"))
    new.add_argument("path", metavar=_("PATH"), help=_("the file or folder to make"))
    new.add_argument("--lang", dest="template_lang", choices=["nb", "en"], default=None,
                     help=_("the starting file's language (nb or en; default nb)"))

    preview = commands.add_parser(
        "preview", help=_("preview a file or folder; updated each time you save"),
        description=_("Open a window that shows the content as the app shows it, with the problems and line numbers. "
                      "The window updates when you save in your own editor."),
    )
    preview.add_argument("path", metavar=_("PATH"), help=_("file or folder"))

    pack = commands.add_parser(
        "pack", help=_("check a content pack and make a zip file of it"),
        description=_("Check the content pack in FOLDER (with pack.md) and write its content files to a zip file. "
                      "Without -o it is saved as ID-VERSION.zip in the current folder."),
    )
    pack.add_argument("folder", metavar=_("FOLDER"), help=_("the pack's folder, with pack.md at the top"))
    pack.add_argument("-o", "--output", metavar=_("FILE.zip"), help=_("where to save the zip file"))

    install = commands.add_parser(
        "import", help=_("check and install a content pack (zip file or folder)"),
        description=_("Check a content pack and install it in the user's content folder (never in the installation). "
                      "An older edition of the same pack is replaced; progress is kept."),
    )
    install.add_argument("source", metavar=_("FILE.zip|FOLDER"), help=_("the zip file or the folder with the pack"))
    install.add_argument("--allow-older", action="store_true", help=_(
        "install an older version over a newer one (learners' changed modules are in progress again)"))


def context_roots(args) -> list[Path]:
    from trainer.course.installed import content_roots

    return content_roots(getattr(args, "content", None))


def _print_problems(problems) -> None:
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem)


def run_new(args) -> int:
    from trainer.course import templates
    from trainer.course.loader import load_library

    lang = args.template_lang or args.lang or "nb"
    suffix = Path(args.path).suffix
    # An existing folder (02-modul.v2) gets the file inside it, whatever its name's dot.
    if args.kind in ("scenario", "quiz", "programme") and suffix and suffix.lower() != ".md" \
            and not Path(args.path).is_dir():
        # A file named x.markdown or x.txt would be written and then never read.
        print(_("trainer {command}: '{path}' must end in {ending}").format(command="new", path=args.path, ending=".md"),
              file=sys.stderr)
        return 2
    library = load_library(context_roots(args))
    taken = ({m.id for m in library.modules} | {c.id for c in library.courses}
             | {p.id for p in library.programmes})
    written = templates.create(args.kind, Path(args.path), lang, taken)  # a TemplateError: cli.report_error
    for path in written.paths:
        print(_("wrote {path}").format(path=path))
    if written.hint:
        print(_("note: {hint}").format(hint=written.hint), file=sys.stderr)
    print(_("Open the file in your editor, and see the result while you write with: "
            "trainer preview {path}").format(path=shlex.quote(str(written.main))), file=sys.stderr)  # copy-pastes
    return 0


def run_preview(args) -> int:
    target = Path(args.path)
    if not exists(target):
        print(_("trainer preview: cannot find '{path}'").format(path=target), file=sys.stderr)
        return 2
    from trainer.cli_paths import refused_targets

    if refused_targets("preview", [target]):
        return 2
    from trainer.display import screen_or_offscreen

    if not screen_or_offscreen(args.smoke):  # no screen needed for a smoke run
        return 1
    from trainer.ui.authoring.preview_window import run_preview as open_preview  # Qt is loaded only here

    return open_preview(target, args.lang, smoke=args.smoke, content=args.content or None)


def run_pack(args) -> int:
    from trainer.course import packs

    folder = Path(args.folder)
    if exists(folder) and not folder.is_dir():
        print(_("trainer pack: '{path}' is a file; a content pack is made from a folder: trainer pack FOLDER").format(
            path=folder), file=sys.stderr)
        return 2
    if not exists(folder):
        print(_("trainer pack: cannot find the folder '{path}'").format(path=folder), file=sys.stderr)
        return 2
    from trainer.cli_paths import refused_targets

    if refused_targets("pack", [folder]):
        return 2
    if args.output and not args.output.lower().endswith(".zip"):
        print(_("trainer pack: '{path}' must end in .zip").format(path=args.output), file=sys.stderr)
        return 2
    try:
        built = packs.build_zip(folder, Path(args.output) if args.output else None, context_roots(args))
    except packs.PackError as error:
        _print_problems(error.problems)
        count = len(error.problems)
        print(ngettext("trainer pack: the pack is not made: {n} error must be fixed first",
                       "trainer pack: the pack is not made: {n} errors must be fixed first", count).format(n=count),
              file=sys.stderr)
        return 1
    except OSError as error:
        raise unwritable(args.output or folder, error) from None
    _print_problems(built.warnings)
    for name in built.skipped:
        print(_("skipped {name}: not a content file").format(name=name), file=sys.stderr)
    manifest = built.manifest
    if built.replaced:  # no --force anywhere in the commands: the output says it instead
        done = ngettext("wrote {path} in place of the file that was there («{title}», version {version}, {n} file)",
                        "wrote {path} in place of the file that was there («{title}», version {version}, {n} files)",
                        built.files)
    else:
        done = ngettext("wrote {path} («{title}», version {version}, {n} file)",
                        "wrote {path} («{title}», version {version}, {n} files)", built.files)
    print(done.format(path=built.output, title=manifest.title, version=manifest.version, n=built.files))
    return 0


def run_import(args) -> int:
    from trainer.course import packs
    from trainer.store import content_updates

    source = Path(args.source)
    if not exists(source):
        print(_("trainer import: cannot find '{path}'").format(path=source), file=sys.stderr)
        return 2
    if source.is_file() and source.name == "pack.md":
        source = source.parent  # the pack's manifest names its folder, as in the app's import
    if source.is_file() and source.suffix.lower() != ".zip":
        print(_("trainer import: '{path}' is neither a zip file nor a folder").format(path=source), file=sys.stderr)
        return 2
    from trainer.cli_paths import refused_targets

    if refused_targets("import", [source]):
        return 2
    from trainer.cli_paths import restore_if_asked

    restore_if_asked(args)  # (the import puts changed modules back in progress in that file)
    try:
        imported = content_updates.import_pack(source, getattr(args, "content", None),
                                               allow_older=getattr(args, "allow_older", False))
    except packs.PackError as error:
        _print_problems(error.problems)
        print(_("trainer import: the pack is not installed; nothing has changed"), file=sys.stderr)
        return 1
    except OSError as error:
        from trainer import paths

        raise unwritable(paths.user_content_dir(), error) from None
    result = imported.installed
    _print_problems(result.warnings)
    for name in result.skipped:
        print(_("skipped {name}: not a content file").format(name=name), file=sys.stderr)
    print(describe_install(result))
    if imported.progress_error is not None:
        print(_("note: the progress could not be updated ({reason}); the pack is installed").format(
            reason=imported.progress_error))
    elif imported.reopened:
        people = len({r.profile_id for r in imported.reopened})
        print(ngettext("{n} profile had completed a changed module; it is now in progress again, "
                       "and the answers are kept",
                       "{n} profiles had completed a changed module; it is now in progress again, "
                       "and their answers are kept", people).format(n=people))
    return 0


def describe_install(result) -> str:
    return _describe_versions(result) + "".join(
        f"\n\nPakken erstatter kontaktkortet ({card.lang}). Det nye kortet, «{card.title}»:\n{card.body.strip()}"
        for card in getattr(result, "contacts", ()))


def _describe_versions(result) -> str:
    manifest = result.manifest
    values = {"title": manifest.title, "version": manifest.version, "folder": result.folder}
    if result.previous is None:
        return _("installed «{title}» (version {version}) in {folder}").format(**values)
    if result.previous.version == manifest.version and not result.changed_modules:
        return _("installed «{title}» (version {version}) again in {folder}; nothing has changed").format(**values)
    from trainer.course.packs import is_older

    text = (_("went back from version {old} to the older {version} of «{title}» in {folder}")
            if is_older(manifest.version, result.previous.version)
            else _("updated «{title}» from version {old} to {version} in {folder}")).format(old=result.previous.version, **values)
    if result.changed_modules:
        text += _("; changed modules: {ids}").format(ids=", ".join(sorted(result.changed_modules)))
    else:
        text += _("; no module has changed, so all progress is as before")
    return text
