"""The `trainer` command. Qt is imported only by the commands that open a window, so
that `validate` and friends start fast and work on a machine without a screen."""

from __future__ import annotations

import argparse
import errno
import gc
import importlib
import os
import sys
from pathlib import Path

from trainer import __version__, i18n, paths
from trainer.display import screen_or_offscreen
from trainer.errors import TrainerError, data_folder_problem, exists, os_reason, output_problem, system_folder_problem
from trainer.i18n import _, ngettext


# The one list of subcommands: the word, and what runs it ("module:function", imported only
# when that command is used, so that Qt loads only for the commands that open a window).
# Opening the app reads it to know it needs no subcommand parsers; _parser() checks that
# it names exactly the subcommands it builds.
COMMANDS = {
    "validate": "trainer.cli:run_validate",
    "certificate": "trainer.cli_records:run_certificate",
    "export": "trainer.cli_records:run_export",
    "sync": "trainer.cli_records:run_sync",
    "present": "trainer.ui.presenter.launch:run_present",
    "handout": "trainer.ui.presenter.launch:run_handout",
    "new": "trainer.cli_authoring:run_new",
    "preview": "trainer.cli_authoring:run_preview",
    "pack": "trainer.cli_authoring:run_pack",
    "import": "trainer.cli_authoring:run_import",
    "web": "trainer.cli_web:run_web",
    "list": "trainer.cli_people:run_list",
    "profile": "trainer.cli_people:run_profile",
}



def _global_options(parser: argparse.ArgumentParser, after_command: bool = False, lang: bool = True) -> None:
    """The options of every run. After a command word they are accepted too (`trainer
    present ID --data-dir D`); there they default to nothing, so that a value given before
    the command word is kept."""
    default = {"default": argparse.SUPPRESS} if after_command else {}
    parser.add_argument("--data-dir", metavar=_("DIR"), help=_(
        "folder for progress and settings (otherwise TRAINER_DATA_DIR or the user's data folder)"), **default)
    if lang:  # `trainer new` has its own --lang (the starting file's language)
        parser.add_argument("--lang", choices=["nb", "en"], help=_(
            "language of this run (nb or en); the settings dialog remembers a choice"), **default)
    parser.add_argument("--smoke", action="store_true", help=_(
        "start the app, wait until the window is ready, and quit (health check)"), **default)
    parser.add_argument("--restore-backup", action="store_true", help=_(
        "bring back the newest backup if the progress database is damaged"), **default)
    parser.add_argument("--content", metavar=_("DIR"), action="append", help=_(
        "read content from this folder instead of the built-in course (installed content packs are still included)"),
        **({"default": argparse.SUPPRESS} if after_command else {"default": []}))


def _parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trainer",
        description=_("Faresignaler: training on how children and young people are recruited into Violence "
                      "as a Service. Without a command, the app opens."),
    )
    parser.add_argument("--version", action="version", version=f"Faresignaler {__version__}",
                        help=_("show the version and exit"))
    _global_options(parser)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    add = commands.add_parser

    def command(name: str, **kwargs):
        sub = add(name, **kwargs)
        _global_options(sub, after_command=True, lang=name != "new")
        return sub

    commands.add_parser = command

    validate = command(
        "validate", help=_("check content and show every problem as file:line: message"),
        description=_("Check content files. Without a path, all installed content is checked. "
                      "Exits with 0 when all is well and 1 when something is wrong."),
    )
    validate.add_argument("paths", nargs="*", metavar=_("PATH"), help=_("file or folder"))
    validate.add_argument("--quiet", "-q", action="store_true", help=_("show only errors, not warnings"))

    certificate = command(
        "certificate", help=_("make a course certificate (PDF) when the course is passed"),
        description=_("Make a course certificate as a PDF. Refuses, with the reason, when the pass rule is not met."),
    )
    certificate.add_argument("--profile", required=True, metavar=_("NAME"), help=_("the profile's name"))
    certificate.add_argument("--course", required=True, metavar="ID", help=_("the course's id, for example laerer"))
    certificate.add_argument("-o", "--output", required=True, metavar=_("FILE.pdf"), help=_("where to save the PDF"))

    export = command(
        "export", help=_("export a profile's results as csv, json or xapi"),
        description=_("Export everything stored about a profile. Without -o it is written to standard output."),
    )
    export.add_argument("--profile", required=True, metavar=_("NAME"), help=_("the profile's name"))
    export.add_argument("--format", required=True, choices=["csv", "json", "xapi"], help=_("file format"))
    export.add_argument("-o", "--output", metavar=_("FILE"), help=_("the file to write"))
    export.add_argument("--excel", action="store_true", help=_(
        "with --format csv: the app's form for a spreadsheet (headings in the language, ';' between cells "
        "in Norwegian, local times, the name on each row, a byte order mark for Excel)"))

    sync = command(
        "sync", help=_("send xAPI statements to a learning record store (LRS)"),
        description=_("Send xAPI statements (xAPI 1.0.3) to an LRS. Each statement is sent once; what does not "
                      "arrive is sent next time. The password can also be given in TRAINER_LRS_PASSWORD."),
    )
    sync.add_argument("--lrs", required=True, metavar="URL", help=_(
        "the LRS's address, for example https://lrs.school.no/xAPI"))
    sync.add_argument("--user", metavar=_("USER"), help=_("user name (basic auth)"))
    sync.add_argument("--password", metavar=_("PASSWORD"), help=_("password (basic auth)"))
    sync.add_argument("--profile", metavar=_("NAME"), help=_("only this profile (otherwise all)"))
    sync.add_argument("--allow-http", action="store_true",
                      help=_("allow plain http to another computer (password and results travel unencrypted)"))

    present = command(
        "present", help=_("show a programme on a projector, for example at a parents' meeting"),
        description=_("Presenter mode: the slides on the projector, notes and time on the laptop. "
                      "Without PROGRAMME, the programmes of the installed content are offered."),
    )
    present.add_argument("programme", nargs="?", metavar=_("PROGRAMME"), help=_("the programme's id or a programme file"))
    present.add_argument("--theme", choices=["dark", "light"], default="dark", help=_("dark (default) or light"))
    present.add_argument("--windowed", action="store_true", help=_("start in a window, not full screen"))
    present.add_argument("--save-votes", action="store_true",
                         help=_("save the shows of hands anonymously (only programme, date and numbers)"))

    handout = command(
        "handout", help=_("make a sheet (PDF) for parents: the warning signs, what they can do, whom to call"),
        description=_("Make a handout of one or two A4 pages, in the programme's language. Without PROGRAMME, "
                      "the first programme with a handout is used."),
    )
    handout.add_argument("programme", nargs="?", metavar=_("PROGRAMME"), help=_("the programme's id or a programme file"))
    handout.add_argument("-o", "--output", metavar=_("FILE.pdf"), help=_("where to save the PDF"))

    listing = command(
        "list", help=_("list the installed courses, programmes, content packs and profiles, with ids and languages"),
        description=_("List what is installed and who uses this computer: the ids to give to the other commands."),
    )
    listing.set_defaults(listing=True)

    profile = command(
        "profile", help=_("add, rename or delete a learner's profile"),
        description=_("Manage the profiles without opening the app. Deleting a profile deletes its progress."),
    )
    actions = profile.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    added = actions.add_parser("add", help=_("add a profile"))
    added.add_argument("name", metavar=_("NAME"))
    renamed = actions.add_parser("rename", help=_("give a profile a new name"))
    renamed.add_argument("name", metavar=_("NAME"))
    renamed.add_argument("new_name", metavar=_("NEW-NAME"))
    deleted = actions.add_parser("delete", help=_("delete a profile and all its progress"))
    deleted.add_argument("name", metavar=_("NAME"))
    for action in (added, renamed, deleted):
        _global_options(action, after_command=True)

    from trainer import cli_authoring

    cli_authoring.add_parsers(commands)  # new, preview, pack, import
    from trainer import cli_web

    cli_web.add_parser(commands)
    if set(commands.choices) != set(COMMANDS):
        raise AssertionError(f"COMMANDS and the parsers differ: {sorted(set(commands.choices) ^ set(COMMANDS))}")
    return parser


def run_validate(args) -> int:
    from trainer.course.installed import content_roots
    from trainer.course.loader import load_library
    from trainer.course.targets import load_for_validation

    # The same path given twice (or as x and ./x) is checked and counted once.
    targets = list({os.path.realpath(p): Path(p) for p in args.paths}.values()) or content_roots(args.content)
    missing = [t for t in targets if not exists(t)]
    if missing:
        for target in missing:
            print(_("trainer validate: cannot find '{path}'").format(path=target), file=sys.stderr)
        return 2
    from trainer.cli_paths import refused_targets

    if refused_targets("validate", targets):
        return 2
    # A pack, a course or a programme is checked among the installed content it names.
    library = load_for_validation(targets, content_roots(args.content)) if args.paths else load_library(targets)
    problems = library.problems
    shown = [p for p in problems if not (args.quiet and p.warning)]
    for problem in sorted(shown, key=lambda p: (str(p.path), p.line)):
        print(problem)
    errors = len(library.errors)
    warnings = len(problems) - errors
    print(summary(len(library.modules), len(library.courses), len(library.programmes), errors, warnings), file=sys.stderr)
    # "0 errors" for a folder with nothing in it would be a false "done": a wrong folder,
    # or files saved as .markdown or .md.txt.
    named = targets if args.paths else [Path(c) for c in args.content or []]  # (--content DIR validate)
    empty = [t for t in named if t.is_dir() and not _has_content(t)]
    for target in empty:
        print(_("trainer validate: there is nothing to check in '{path}': it has no content files (.md)").format(
            path=target), file=sys.stderr)
    return 1 if errors or empty else 0


def _has_content(folder: Path) -> bool:
    from trainer.course.loader import walk_content

    walk = walk_content(folder)
    return bool(walk.files or walk.unreadable or walk.refused)  # (those are errors of their own)


def summary(modules: int, courses: int, programmes: int, errors: int, warnings: int) -> str:
    """The check's last line: '2 modules, 1 course: 0 errors, 1 warning'."""
    parts = [ngettext("{n} module", "{n} modules", modules).format(n=modules),
             ngettext("{n} course", "{n} courses", courses).format(n=courses)]
    if programmes:
        parts.append(ngettext("{n} programme", "{n} programmes", programmes).format(n=programmes))
    counts = [ngettext("{n} error", "{n} errors", errors).format(n=errors),
              ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)]
    return ", ".join(parts) + ": " + ", ".join(counts)


# The long options every run takes (`_global_options`, and the parser's own --help and
# --version): the early look below reads an abbreviated one as argparse does, when the
# start of its name is the start of no other (tests/test_cli_dead_ends.py keeps the two in step).
GLOBAL_OPTIONS = ("--data-dir", "--lang", "--smoke", "--restore-backup", "--content", "--help", "--version")


def _early_value(argv: list[str], option: str) -> str | None:
    """An option's value before the parser exists: the parser's own words depend on the
    language, and the saved language on the data folder. Written out or abbreviated
    ("--la en", "--data=DIR"), as argparse reads it; `trainer new`'s own --lang (the new
    file's language) is not the run's."""
    value = None
    for index, arg in enumerate(argv):
        if option == "--lang" and arg == "new":
            break
        name, equals, given = arg.partition("=")
        if len(name) < 3 or not option.startswith(name) or [o for o in GLOBAL_OPTIONS if o.startswith(name)] != [option]:
            continue
        if equals:
            value = given
        elif index + 1 < len(argv):
            value = argv[index + 1]
    return value


def _choose_language(argv: list[str]) -> None:
    """--lang, then the saved setting, then the system locale: for this run only."""
    data_dir = _early_value(argv, "--data-dir")
    if data_dir:
        paths.set_data_dir(data_dir)
    _set_language(_early_value(argv, "--lang"))
    # argparse's own words ("usage:", "error:", "invalid choice") through the same catalogue.
    argparse._ = i18n._
    argparse.ngettext = i18n.ngettext


def _set_language(explicit: str | None) -> None:
    try:
        settings = paths.settings_path()
    except Exception:  # no data folder can be named: the system locale decides
        settings = None
    i18n.set_language(i18n.choose_language(explicit, settings))


def _as_parsed(args, argv: list[str]):
    """The options as argparse read them decide, abbreviated or not: "--la en" and "--data
    DIR" were missed by the early look (`_early_value`), which only words the parser's own
    messages, and the run went on in the other language."""
    data_dir = getattr(args, "data_dir", None)
    # After `new`, --lang is the new file's language, not the run's.
    lang = _early_value(argv, "--lang") if getattr(args, "command", None) == "new" else getattr(args, "lang", None)
    if (lang, data_dir) != (_early_value(argv, "--lang"), _early_value(argv, "--data-dir")):
        if data_dir:
            paths.set_data_dir(data_dir)
        _set_language(lang)
    return args


def _arguments(argv: list[str] | None):
    """The parsed command line. Opening the app (no command word, no --help) needs only the
    global options: building the ten subcommands' parsers too took 3-11 ms of a cold start
    (measured with the start-up benchmark's command, 5 runs)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    _choose_language(argv)
    if not any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv):
        args, rest = _parser(with_commands=False).parse_known_args(argv)
        if not rest:
            return _as_parsed(args, argv)
    return _as_parsed(_parser().parse_args(argv), argv)  # the full parser also says what is wrong, if anything


def report_error(command: str | None, error: TrainerError) -> None:
    """The one place where the command line turns a core error into output: one line in
    the user's words, the library's detail (if any) under it."""
    prefix = f"trainer {command}: " if command else "trainer: "
    lines = error.lines()
    print(prefix + lines[0], file=sys.stderr)
    for line in lines[1:]:
        print("  " + line, file=sys.stderr)


# Commands that read or write the data folder: it must be usable before they start.
USES_DATA_FOLDER = (None, "import", "list", "profile", "certificate", "export", "sync")


def _check_folders(args) -> tuple[str, int] | None:
    """A content folder that is not there is wrong usage (2); a data folder that cannot be
    used is refused (1). Either way the reason, in plain words."""
    for folder in args.content or []:
        if not Path(folder).is_dir():
            return _("cannot find the content folder '{path}'").format(path=folder), 2
        if system_folder_problem(folder):
            return system_folder_problem(folder), 2
    if args.command in USES_DATA_FOLDER:
        problem = data_folder_problem(paths.data_dir())
        if problem:
            return problem, 1
    return None


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C: stopped as asked, in a line, as a shell reports it (128 + SIGINT)
        _quiet_stdout()
        print("\n" + _("trainer: stopped (Ctrl-C)"), file=sys.stderr)
        return 130


def _quiet_stdout() -> None:
    """Output that can no longer be written (a closed pipe, a full disk): nothing more is
    tried, and Python's own flush at exit finds nothing to complain about."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


# Errors writing the output (standard output to a full disk, a file system gone): every
# command's output goes through sys.stdout, so they are caught once, in main.
OUTPUT_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


class _ClosedOutput:
    """Standard output or error closed by the shell (`trainer list >&-`): writing fails
    as a closed pipe does, so the command ends quietly with 1 (Python gives None there)."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "closed")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        raise OSError(errno.EBADF, "closed")


def _utf8_output() -> None:
    """Output that goes to a file or another program is UTF-8, whatever the system's
    encoding: a name like "Łukasz Nguyễn" in `trainer export > out.json` on Windows (cp1252)
    was a traceback. A terminal keeps its own encoding, and shows a ? for what it has no
    letter for rather than stopping."""
    stream = sys.stdout
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if reconfigure is None or encoding in ("utf-8", "utf8"):
        return
    try:
        if stream.isatty():
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8")
    except (OSError, ValueError):
        pass


def _main(argv: list[str] | None = None) -> int:
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # (messages have nowhere to go)
    _utf8_output()
    args = _arguments(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    refused = _check_folders(args)
    if refused:
        print(f"trainer{' ' + args.command if args.command else ''}: {refused[0]}", file=sys.stderr)
        return refused[1]
    try:
        code = _run(args)
        sys.stdout.flush()  # a closed pipe is found here, not in Python's last flush at exit
        return code
    except TrainerError as error:  # the core's errors, in the user's words: one line, exit 1
        report_error(args.command, error)
        return 1
    except BrokenPipeError:  # `trainer list | head`: the reader has all it wanted
        _quiet_stdout()  # no second error at exit
        return 1
    except OSError as error:
        if error.errno not in OUTPUT_ERRORS:
            raise
        # `trainer export ... > /dev/full`: the output could not be written; said in words.
        _quiet_stdout()
        report_error(args.command, TrainerError(_("cannot write the output: {reason}").format(reason=os_reason(error))))
        return 1


# The file ending an -o option must have: a PDF saved as notes.txt opens in no program.
OUTPUT_ENDINGS = {"handout": ".pdf", "certificate": ".pdf"}


def _run(args) -> int:
    ending = OUTPUT_ENDINGS.get(args.command)
    output = getattr(args, "output", None)
    # (a folder named instead of a file is said as such where the file is written)
    if ending and output and not output.lower().endswith(ending) and not output.endswith(("/", "\\")) \
            and not os.path.isdir(output):
        print(_("trainer {command}: '{path}' must end in {ending}").format(
            command=args.command, path=output, ending=ending), file=sys.stderr)
        return 2
    if output and args.command in ("handout", "certificate", "export"):
        problem = output_problem(output)  # before any work, and before Qt tries (and prints its own words)
        if problem is not None:
            report_error(args.command, problem)
            return 1
    if args.command is not None:
        if args.command in ("present", "handout") and not screen_or_offscreen(args.command == "handout" or args.smoke):
            return 1
        module, function = COMMANDS[args.command].split(":")
        return getattr(importlib.import_module(module), function)(args)
    if not screen_or_offscreen(args.smoke):
        return 1
    # Start-up builds many long-lived objects (Qt's types, the course) and almost no garbage,
    # so the collector waits until the first screen is shown (that saved about 50 ms of a
    # returning learner's start-up: A/B of the benchmark's command, 15 runs each), and then
    # leaves what start-up built out of every later collection.
    gc.disable()
    from trainer.ui.app import run_app  # Qt is loaded only here

    code = run_app(args, on_first_screen=_resume_collector)
    gc.freeze()  # no last sweep over the loaded course at exit: the system reclaims it anyway
    return code


def _resume_collector() -> None:
    gc.freeze()
    gc.enable()
