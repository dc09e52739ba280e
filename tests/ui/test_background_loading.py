"""A large course loads in the background: the window is shown at once, stays
responsive while the files are read, and resumes where the learner was when done."""

import argparse
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def run_app_script(script: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run `script` in a child Python offscreen, importing the same trainer as this test
    (an installed copy in CI, whose built-in content path, and so its cache, differs from
    the checkout's)."""
    import trainer

    import_root = str(Path(trainer.__file__).resolve().parent.parent)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": import_root}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=cwd, env=env)


def smoke_start(spies: str, data: Path, report: str, cwd: Path = ROOT) -> str:
    """Start the app with --smoke on the data folder `data` in a child Python, after the
    lines `spies` (which may watch what start-up does), and return the last line it prints:
    the Python expression `report`, worked out once start-up has ended. A start-up that
    fails fails the test."""
    script = (f"import sys\n{spies}from trainer.cli import main\n"
              f"code = main(['--data-dir', {str(data)!r}, '--smoke'])\nprint({report})\nsys.exit(code)\n")
    result = run_app_script(script, cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def remember_a_learner(data: Path) -> None:
    """A data folder where Kari is remembered: the app starts straight on her overview."""
    from trainer.store import db as store_db
    from trainer.store import progress

    data.mkdir(parents=True, exist_ok=True)
    database = store_db.connect(data / "progress.db")
    kari = progress.create_profile(database, "Kari")
    database.conn.close()
    (data / "settings.ini").write_text(f"[General]\nlast_profile_id={kari.id}\nlast_screen=overview\n", "utf-8")


def test_window_answers_events_while_a_large_course_loads(qtbot, data_dir, tmp_path):
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from trainer.ui.app import build_window, make_application

    content = generate(tmp_path / "big", 400)
    app = make_application()
    window = build_window(argparse.Namespace(lang="nb", content=[str(content)], smoke=False), app, background=True)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.loading_screen and not window.loaded
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: window.loaded, timeout=60_000)
    timer.stop()
    window.loader.wait()
    assert len(window.context.library.modules) == 400
    assert len(ticks) >= 5, "the event loop must keep running while the course loads"
    assert window.stack.currentWidget() is window.profile_picker
    window.context.db.conn.close()


def test_a_failure_while_loading_ends_start_up_with_a_message_not_a_hang(tmp_path):
    """A bug in the start-up work must not leave the window loading for ever."""
    script = (
        "import sys\n"
        "import trainer.ui.app as app\n"
        "def broken(*args, **options):\n"
        "    raise RuntimeError('the loader broke')\n"
        "app._open_everything = broken\n"
        "from trainer.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'data')!r}, '--smoke']))\n"
    )
    result = run_app_script(script, ROOT)
    assert result.returncode == 1
    assert "start-up failed" in result.stderr and "the loader broke" in result.stderr
    assert "smoke ok" not in result.stdout
    assert "the loader broke" in (tmp_path / "data" / "faresignaler.log").read_text("utf-8")



@pytest.mark.parametrize("where", ["trainer.ui.main_window.MainWindow._build_menus",  # while the window is built
                                   "trainer.ui.learner.course_overview.CourseOverview.refresh"])  # its first screen
def test_an_unexpected_error_ends_a_smoke_run_with_a_failure_not_a_waiting_message(tmp_path, where):
    """--smoke is run by scripts: an unexpected error must end it with a failure and a line
    on the error output (logged in full), not a message box waiting for ever, nor a traceback."""
    module, owner, name = where.rsplit(".", 2)
    data = tmp_path / "data"
    remember_a_learner(data)
    script = (
        "import sys, importlib\n"
        f"owner = getattr(importlib.import_module({module!r}), {owner!r})\n"
        "def broken(*args, **options):\n"
        "    raise RuntimeError('a bug in the app')\n"
        f"setattr(owner, {name!r}, broken)\n"
        "from trainer.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, '--smoke']))\n"
    )
    result = run_app_script(script, ROOT)
    assert result.returncode == 1
    assert "start-up failed" in result.stderr and "a bug in the app" in result.stderr
    assert "Traceback" not in result.stderr and "smoke ok" not in result.stdout
    assert "a bug in the app" in (data / "faresignaler.log").read_text("utf-8")


def _failing_smoke_script(data: Path, lines: str) -> str:
    return (f"import sys\n{lines}from trainer.cli import main\n"
            f"sys.exit(main(['--data-dir', {str(data)!r}, '--smoke']))\n")


def test_an_error_in_the_start_up_backup_s_outcome_fails_the_smoke_run(tmp_path):
    """The backup's outcome is taken in just before "smoke ok": an error there is the run's."""
    data = tmp_path / "data"
    remember_a_learner(data)
    script = _failing_smoke_script(data, (
        "import trainer.store.safety as safety\n"
        "class Broken:\n"
        "    @property\n"
        "    def problem(self):\n"
        "        raise RuntimeError('a bug in the backup')\n"
        "def slow(path):\n"
        "    import time\n"
        "    time.sleep(0.5)  # still at work when the first screen is up: taken in by the health check\n"
        "    return Broken()\n"
        "safety.start_up_backup = slow\n"))
    result = run_app_script(script, ROOT)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "a bug in the backup" in result.stderr and "smoke ok" not in result.stdout


def test_a_smoke_run_with_nowhere_to_say_its_error_still_ends_with_a_failure(tmp_path):
    """Error output that cannot be written (a full disk, a closed pipe) must not leave the
    run waiting: the exit code says it."""
    data = tmp_path / "data"
    remember_a_learner(data)
    script = _failing_smoke_script(data, (
        "import trainer.ui.learner.course_overview as overview\n"
        "def broken(*args):\n"
        "    raise RuntimeError('a bug in the app')\n"
        "overview.CourseOverview.refresh = broken\n"
        "class Full:\n"
        "    def write(self, text):\n"
        "        raise OSError(28, 'No space left on device')\n"
        "    def flush(self):\n"
        "        pass\n"
        "sys.stderr = Full()\n"))
    result = run_app_script(script, ROOT)
    assert result.returncode == 1
    assert "smoke ok" not in result.stdout

def _start(qtbot, content):
    from trainer.ui.app import build_window, make_application

    window = build_window(argparse.Namespace(lang="nb", content=[str(content)], smoke=False), make_application(),
                          background=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded, timeout=60_000)
    return window


def _overview_titles(window):
    return window.overview.module_titles()


def test_a_file_changed_since_the_cache_was_made_replaces_the_cached_course_on_screen(qtbot, data_dir, demo_content,
                                                                                       monkeypatch):
    from test_learner_flow import create_profile
    from trainer.ui.main_window import MainWindow

    replaced = []
    original = MainWindow.replace_library
    monkeypatch.setattr(MainWindow, "replace_library", lambda self, library: (
        replaced.append(threading.current_thread() is threading.main_thread()), original(self, library)))

    first = _start(qtbot, demo_content)
    assert first.content_check is None  # no cache yet: loaded from the files, nothing to check
    create_profile(qtbot, first)
    assert not replaced
    assert any("Demomodul" in title for title in _overview_titles(first))
    first.close()
    first.context.db.conn.close()

    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("title: Demomodul", "title: Ny tittel"), "utf-8")
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))

    again = _start(qtbot, demo_content)  # the cached course first, then the check finds the edit
    assert again.content_check is not None
    qtbot.waitUntil(lambda: any("Ny tittel" in title for title in _overview_titles(again)), timeout=10_000)
    assert again.stack.currentWidget() is again.overview
    assert again.context.library.module("demo", "nb").title == "Ny tittel"
    assert replaced == [True]  # shown from the cache first, then replaced, on the UI thread
    again.content_check.thread.join(5)
    again.context.db.conn.close()


def test_the_content_check_waits_for_the_first_screen_and_a_quit_calls_it_off(qtbot, data_dir, demo_content,
                                                                            monkeypatch):
    """Looking at every file would compete with the first paint: the check waits a
    moment, and when the app quits meanwhile it looks at nothing."""
    import trainer.ui.app as app_module

    first = _start(qtbot, demo_content)  # fills the cache
    first.close()
    first.context.db.conn.close()
    looked = []
    monkeypatch.setattr(app_module, "refreshed", lambda *args: looked.append(args))
    again = _start(qtbot, demo_content)
    assert again.content_check is not None and not looked  # not yet: the first screen comes first
    again.content_check.cancel()  # what quitting does
    again.content_check.thread.join(5)
    assert not looked
    third = _start(qtbot, demo_content)
    third.content_check.thread.join(5)
    assert len(looked) == 1  # left alone, it does look
    again.context.db.conn.close()
    third.context.db.conn.close()


def test_start_up_with_a_large_cached_course_unpacks_no_module(qtbot, data_dir, tmp_path):
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate

    content = generate(tmp_path / "big", 300)
    first = _start(qtbot, content)  # fills the cache
    first.close()
    first.context.db.conn.close()
    window = _start(qtbot, content)
    modules = window.context.library.modules
    assert len(modules) == 300 and window.stack.currentWidget() is window.profile_picker
    assert all(m.parts._parts is None for m in modules), "only the index is needed before a module opens"
    window.content_check.thread.join(10)
    assert window.context.library.modules is modules  # nothing changed on disk: the check keeps it
    window.context.db.conn.close()


def test_a_returning_learner_s_overview_shows_progress_without_unpacking_a_module(qtbot, data_dir, tmp_path):
    """The overview's bars come from each module's index of parts (kind and id): a
    learner half-way through a module does not make start-up unpack its parts."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate import generate
    from trainer.store import progress

    content = generate(tmp_path / "course", 20)
    first = _start(qtbot, content)
    module = first.context.library.modules[0]
    kinds = [kind for kind, _id in module.part_index]
    assert kinds == [part.kind for part in module.parts] and {"page", "scenario", "quiz"} <= set(kinds)
    database = first.context.db
    kari = progress.create_profile(database, "Kari")
    page = module.part_index[0][1]
    progress.save_position(database, kari.id, module.id, module.part_index[1][1])
    progress.mark_page_read(database, kari.id, module.id, page)
    first.preferences.set("last_profile_id", kari.id)
    first.preferences.set("last_screen", "overview")
    first.preferences.save()
    first.close()
    first.context.db.conn.close()

    window = _start(qtbot, content)
    assert window.stack.currentWidget() is window.overview
    assert all(m.parts._parts is None for m in window.context.library.modules)
    row = next(row for row in window.overview.module_list.rows() if row.module_id == module.id)
    assert row.percent == round(100 / len(kinds))  # one page read of all the parts
    window.content_check.thread.join(10)
    window.context.db.conn.close()


def test_the_first_screen_needs_no_parser_no_sqlite_utils_and_no_module_parts(tmp_path):
    """What keeps start-up fast, checked by what is imported: on an up-to-date database
    and a filled cache, the window reaches its first screen without the Markdown and YAML
    parsers, without sqlite-utils and without the types of a module's parts."""
    spies = (
        "from trainer.ui.main_window import MainWindow\n"
        "seen, shown = [], []\n"
        "original = MainWindow.set_library\n"
        "def spy(self, library):\n"
        "    original(self, library)\n"
        "    shown.append(len(library.modules) > 0)\n"
        "    seen.extend(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'markdown', 'yaml', 'nh3')\n"
        "                or m in ('trainer.course.loader', 'trainer.course.part_types', 'trainer.store.db'))\n"
        "MainWindow.set_library = spy\n"
    )
    first = smoke_start(spies, tmp_path / "data", "shown, sorted(seen)")
    # The first start shows the course (the spy sees it: parsed, or read from the index
    # shipped with the package, tests/course/test_cache.py), and makes the database without
    # sqlite-utils (trainer.store.new_database).
    assert first.startswith("[True] ") and "sqlite_utils" not in first
    assert smoke_start(spies, tmp_path / "data", "shown, sorted(seen)") == "[True] []"


def test_a_returning_learners_overview_needs_only_her_standing(tmp_path):
    """The overview a returning learner starts on shows her standing in the course
    (trainer.store.standing); the records of "My progress" and the certificate
    (trainer.store.records) wait until they are asked for."""
    data = tmp_path / "data"
    remember_a_learner(data)
    spies = (
        "from trainer.ui.main_window import MainWindow\n"
        "seen = []\n"
        "original = MainWindow.show_overview\n"
        "def spy(self, *args, **kwargs):\n"
        "    original(self, *args, **kwargs)\n"
        "    seen.append(sorted(m for m in sys.modules if m.startswith('trainer.store.')\n"
        "                       and m.split('.')[-1] in ('standing', 'records')))\n"
        "MainWindow.show_overview = spy\n"
    )
    assert smoke_start(spies, data, "seen") == "[['trainer.store.standing']]"


def test_a_first_start_shows_the_built_in_course_from_its_shipped_index(tmp_path, demo_content, monkeypatch):
    """A fresh data folder: the app's start-up (read_cached, then load_cached) takes the
    course from the index shipped beside it, without the YAML parser or the loader, and
    leaves the data folder's cache that the next start reads."""
    from trainer import paths
    from trainer.course import cache

    monkeypatch.setattr(paths, "builtin_content_dir", lambda: demo_content)
    cache.write_shipped_index()
    data = tmp_path / "data"
    spies = (
        "from pathlib import Path\n"
        "from trainer import paths\n"
        f"paths.builtin_content_dir = lambda: Path({str(demo_content)!r})\n"
        "from trainer.ui.main_window import MainWindow\n"
        "seen = []\n"
        "original = MainWindow.set_library\n"
        "def spy(self, library):\n"
        "    original(self, library)\n"
        "    seen.append(len(library.modules))\n"
        "    seen.extend(m for m in sys.modules if m.split('.')[0] == 'yaml' or m == 'trainer.course.loader')\n"
        "MainWindow.set_library = spy\n"
    )
    assert smoke_start(spies, data, "seen", tmp_path) == "[2]"
    library, known = cache.read_cached([demo_content], data / "cache")
    assert len(library.modules) == 2 and known == cache.fingerprint([demo_content])


def test_a_late_content_check_does_not_undo_a_pack_import(qtbot, make_window, demo_content):
    """The check started at start-up is about the roots of that moment; once a pack was
    imported or removed (new roots), its result is out of date and is dropped."""
    from trainer.course.loader import load_library
    from trainer.ui.app import _content_changed

    window = make_window()
    current = window.context.library
    stale = load_library([demo_content])
    _content_changed(window, [*window.context.roots, demo_content / "removed-pack"])(stale)
    assert window.context.library is current
    _content_changed(window, list(window.context.roots))(stale)
    assert window.context.library is stale


def test_a_returning_learner_reaches_the_overview_without_unpacking_a_module(data_dir):
    """The overview and the pass rule read the quizzes from the index: straight to the
    overview, no module's parts are unpacked and the part types are not even imported."""
    from trainer import paths
    from trainer.course.cache import load_cached
    from trainer.course.installed import content_roots

    load_cached(content_roots(), paths.cache_dir())  # the cache a first start leaves
    remember_a_learner(data_dir)
    spies = (
        "from trainer.ui.main_window import MainWindow\n"
        "seen = []\n"
        "original = MainWindow.show_overview\n"
        "def spy(self):\n"
        "    original(self)\n"
        "    seen.append(self.stack.currentWidget() is self.overview)\n"
        "    seen.append('trainer.course.part_types' in sys.modules)\n"
        "MainWindow.show_overview = spy\n"
    )
    assert smoke_start(spies, data_dir, "seen", data_dir.parent) == "[True, False]"


def test_a_quick_start_builds_the_first_screen_in_the_shown_window_and_no_loading_screen(data_dir):
    """When the content is there within the moment start-up waits for it, the window is
    shown first and the overview built in it, so that it is laid out once, at the size the
    window shows at; no loading screen is made for the moment between."""
    from trainer import paths
    from trainer.course.cache import load_cached
    from trainer.course.installed import content_roots

    load_cached(content_roots(), paths.cache_dir())  # the cache a first start leaves
    data = data_dir
    remember_a_learner(data)
    spies = (
        "from trainer.ui.main_window import MainWindow\n"
        "from trainer.ui.loading_screen import LoadingScreen\n"
        "from PySide6.QtWidgets import QApplication\n"
        "seen = []\n"
        "original = MainWindow.show_overview\n"
        "def spy(self):\n"
        "    seen.append(('overview', self.isVisible()))\n"
        "    original(self)\n"
        "MainWindow.show_overview = spy\n"
        "made = LoadingScreen.__init__\n"
        "def loading(self, *args):\n"
        "    seen.append(('loading screen',))\n"
        "    made(self, *args)\n"
        "LoadingScreen.__init__ = loading\n"
        "run = QApplication.exec\n"
        "def exec_(*_args):\n"  # the overview is there before the event loop runs
        "    seen.append(('event loop', [w.loaded for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]))\n"
        "    return run()\n"
        "QApplication.exec = staticmethod(exec_)\n"
    )
    for _attempt in range(3):  # a busy machine may take longer than the moment: that start may show it
        seen = smoke_start(spies, data, "seen", data.parent)
        if seen == "[('overview', True), ('event loop', [True])]":
            return
    raise AssertionError(seen)


def test_a_question_before_the_first_screen_is_not_asked_over_an_empty_window(qtbot, data_dir, monkeypatch):
    """The loading ended in time, so the window is shown to take the first screen at once
    (run_app); when the database first needs a word with the learner, or start-up failed,
    the loading screen is behind the message, not an empty window."""
    from trainer import paths
    from trainer.ui import app as app_module
    from trainer.ui import startup_notice
    from trainer.ui.app import build_window, make_application

    remember_a_learner(data_dir)
    paths.database_path().write_bytes(b"not a database, " * 200)
    behind = []

    def seen(*_args):
        window = next(w for w in QApplication.topLevelWidgets() if w is built[0])
        screen = window.stack.currentWidget()
        behind.append((window.isVisible(), screen is not None and screen is window._loading_screen))

    monkeypatch.setattr(startup_notice, "explain", lambda opened, path: seen() or opened)
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen())
    app = make_application()
    built = []
    for failing in (False, True):
        if failing:
            monkeypatch.setattr(app_module, "_open_everything", lambda *a, **k: 1 / 0)
        window = build_window(argparse.Namespace(lang="nb", content=[], smoke=False), app, background=True)
        built[:] = [window]
        qtbot.addWidget(window)
        assert window.loader.wait(60_000)
        window.show()
        assert window.stack.currentWidget() is None, "the loading ended: no loading screen made for the moment"
        app.sendPostedEvents(window.loader)
        assert behind[-1] == (True, True), ("the start-up failure" if failing else "the damaged database")
        if window.context.db is not None:
            window.context.db.conn.close()
    assert len(behind) == 2


def test_a_returning_learner_is_backed_up_after_the_first_screen(qtbot, data_dir):
    """The start-up backup runs on a worker once the overview is on screen, on a
    connection of its own, and is there when it is done (the window does not wait)."""
    from trainer import paths
    from trainer.store import safety
    from trainer.ui.app import build_window, make_application

    remember_a_learner(data_dir)
    app = make_application()
    window = build_window(argparse.Namespace(lang="nb", content=[], smoke=False), app, background=True)
    qtbot.addWidget(window)
    assert safety.backups(paths.database_path()) == []
    qtbot.waitUntil(lambda: window.loaded, timeout=60_000)
    assert window.stack.currentWidget() is window.overview and window.backup is not None
    qtbot.waitUntil(lambda: window.backup.done, timeout=60_000)
    assert window.backup.worked and window.backup.result.problem is None
    [backup] = safety.backups(paths.database_path())
    assert safety.check_copy(backup) is None
    assert window.context.db.execute("select name from profiles").fetchall() == [("Kari",)]  # still open
    window.context.db.conn.close()


def test_the_first_screen_is_built_without_pyside_s_qt_namespace(tmp_path):
    """The first use of PySide's `Qt` class creates all of its 93 enums at once (see
    trainer/ui/widgets/qt_values.py). Neither first screen makes it: the profile picker
    (every first start, and any start with no learner remembered) nor a returning
    learner's course overview."""

    data = tmp_path / "data"
    script = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"code = main(['--data-dir', {str(data)!r}, '--smoke'])\n"
        "import PySide6.QtCore\n"
        "from trainer.ui.main_window import MainWindow\n"
        "print('Qt' in vars(PySide6.QtCore))\n"
        "sys.exit(code)\n"
    )
    for start in ("first", "again"):
        result = run_app_script(script, ROOT)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip().splitlines()[-1] == "False", start
    remember_a_learner(data)
    spy = script.replace("code = main(", "from trainer.ui import main_window\n"
                         "shown = []\n"
                         "original = main_window.MainWindow.show_overview\n"
                         "main_window.MainWindow.show_overview = lambda self, *a: (shown.append(1), original(self, *a))[1]\n"
                         "code = main(").replace("print('Qt' in", "print(shown == [1], 'Qt' in")
    result = run_app_script(spy, ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "True False", "the overview, without the namespace"


def test_a_returning_learner_s_start_up_reads_no_source_of_the_app_or_the_standard_library(tmp_path):
    """PySide reads no module's source that trainer/ui/pyside_features.py answers for.
    A returning learner's start-up read 51 of them whole (3-4 ms of startup_resume_ratio)."""

    data = tmp_path / "data"
    remember_a_learner(data)
    spies = (
        "import inspect\n"
        "read = []\n"
        "original = inspect.getsource\n"
        "def getsource(module):\n"
        "    if 'trainer.ui.app' in sys.modules:  # the app's modules, not PySide's own import\n"
        "        read.append(module.__name__)\n"
        "    return original(module)\n"
        "inspect.getsource = getsource\n"
    )
    report = "[name for name in read if name.partition('.')[0] in sys.stdlib_module_names | {'trainer'}]"
    assert smoke_start(spies, data, report) == "[]"
