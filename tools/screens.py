"""Screenshots of every learner screen of the real app on a real X screen with a window
manager, to look at before calling a screen finished.

    python tools/screens.py [OUT]           every size, language and look (8 runs)
    python tools/screens.py OUT --only 1366x768-nb-normal
    python tools/screens.py OUT --docs      also copy the README's four into docs/

Each run starts Xvfb and openbox (as ../shared/tools/screen.sh does), starts the app in
this same script with `--inner`, walks the learner's way through the built-in course
(profile, overview, content warning, reading, scenario, quiz question, feedback, result,
progress, contact card, settings) and saves what the screen shows, frame and all, as
OUT/<size>-<lang>-<look>/NN-name.png. Sizes: 1366x768 and 1920x1080; languages: nb and
en; looks: normal (100 %, light) and big (200 % text, high contrast).
Needs: xvfb, openbox (apt-get install xvfb openbox)."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = ("1366x768", "1920x1080")
# The README's pictures: (name in docs/, screenshot of the 1366x768-nb-normal run).
DOCS = (("screen-overview.png", "overview-progress"), ("screen-scenario.png", "scenario-step"),
        ("screen-quiz-feedback.png", "quiz-feedback-wrong"), ("screen-quiz-result.png", "quiz-result"))
LANGS = ("nb", "en")
LOOKS = {"normal": ("light", 100), "big": ("contrast", 200)}
REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="screens")
    parser.add_argument("--only", action="append", help="SIZE-LANG-LOOK, e.g. 1366x768-nb-normal")
    parser.add_argument("--docs", action="store_true", help="copy the README's screenshots into docs/")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lang", default="nb", help=argparse.SUPPRESS)
    parser.add_argument("--look", default="normal", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        return Walk(Path(args.out), args.lang, args.look).run()
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            print(f"screens.py: {tool} is missing (apt-get install xvfb openbox)", file=sys.stderr)
            return 2
    runs = [(s, lang, look) for s in SIZES for lang in LANGS for look in LOOKS]
    if args.only:
        runs = [r for r in runs if "-".join(r) in args.only]
    failed = 0
    for size, lang, look in runs:
        out = Path(args.out) / f"{size}-{lang}-{look}"
        code = run_on_screen(size, out, lang, look)
        print(f"{out}: {'ok' if code == 0 else f'failed ({code}), see {out}/app.log'}")
        failed += code != 0
    if args.docs and not failed:
        source = Path(args.out) / "1366x768-nb-normal"
        for name, shot in DOCS:
            found = sorted(source.glob(f"*-{shot}.png"))
            shutil.copyfile(found[0], REPO / "docs" / name)
            print(f"docs/{name} <- {found[0]}")
    return 1 if failed else 0


def run_on_screen(size: str, out: Path, lang: str, look: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    display = f":{random.randint(120, 199)}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manager = None
    try:
        time.sleep(0.8)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        with tempfile.TemporaryDirectory() as data, open(out / "app.log", "w") as log:
            env["TRAINER_DATA_DIR"] = data
            app = subprocess.run([sys.executable, __file__, str(out), "--inner", "--lang", lang, "--look", look],
                                 env=env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, timeout=300)
        return app.returncode
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait()


class Walk:
    """Inside the X screen: the real window, driven through its own widgets."""

    def __init__(self, out: Path, lang: str, look: str):
        self.out, self.lang, self.look = out, lang, look
        self.count = 0

    def run(self) -> int:
        sys.path.insert(0, str(REPO))
        from trainer.ui.app import build_window, make_application, open_settings
        from trainer.ui.preferences import Preferences

        theme_name, text_size = LOOKS[self.look]
        preferences = Preferences(open_settings())
        preferences.set("theme", theme_name)
        preferences.set("text_size", text_size)
        self.app = make_application()
        window = build_window(argparse.Namespace(lang=self.lang, content=None, smoke=False), self.app)
        self.window = window
        window.fit_to_screen()
        self.wait(1500)
        self.shot("profiles")
        picker = window.profile_picker
        picker.name_edit.setText("Kari Nordmann")
        picker.create_button.click()
        self.wait()
        self.shot("overview")

        window.open_module("roller")
        self.wait()
        self.shot("content-warning")
        window.warning_screen.continue_button.click()
        self.wait()
        view = window.module_view
        self.shot("reading")
        view.parts.setCurrentRow(len(view.module.parts) - 1)
        self.wait()
        view.parts.setCurrentRow(next(i for i, p in enumerate(view.module.parts) if p.kind == "scenario"))
        self.wait()
        self.shot("scenario-step")
        player = view.scenario_player
        player.choose(0)
        self.wait()
        self.shot("scenario-feedback")
        while not player.step.is_ending:
            if player.go_on_button.isVisible():
                player.go_on_button.click()
            else:
                player.choose(len(player.step.choices) - 1)
            self.wait(150)
        self.wait()
        self.shot("scenario-ending")

        view.parts.setCurrentRow(next(i for i, p in enumerate(view.module.parts) if p.kind == "quiz"))
        self.wait()
        quiz = view.quiz_player
        shown = set()
        wrong_once = False
        while quiz.is_answering():
            question = quiz.quiz.questions[quiz.index]
            if question.kind not in shown:
                self.shot(f"quiz-{question.kind}")
            give_wrong = not wrong_once and question.kind in ("single", "truefalse")
            self.answer(quiz, question, wrong=give_wrong)
            self.wait(150)
            if question.kind not in shown or give_wrong:
                self.shot("quiz-feedback-" + ("wrong" if give_wrong else "right"))
            wrong_once = wrong_once or give_wrong
            shown.add(question.kind)
            quiz.next_button.click()
            self.wait(150)
        self.wait()
        self.shot("quiz-result")

        window.open_module("rekruttering", ask_warning=False)
        self.wait()
        view.parts.setCurrentRow(next(i for i, p in enumerate(view.module.parts) if p.kind == "quiz"))
        self.wait()
        quiz = view.quiz_player
        while quiz.is_answering() and quiz.quiz.questions[quiz.index].kind != "ordering":
            self.answer(quiz, quiz.quiz.questions[quiz.index])
            quiz.next_button.click()
        self.wait()
        self.shot("quiz-ordering")

        window.show_overview()
        self.wait()
        self.shot("overview-progress")
        window.show_progress()
        self.wait()
        self.shot("progress")
        self.shot_rest_of(window.stack.currentWidget(), "progress")
        window.show_profiles()
        self.wait()
        self.shot("profiles-existing")
        window.profile_picker.continue_button.click()
        self.wait()
        from trainer import i18n
        from trainer.ui.learner.contact_dialog import ContactDialog
        from trainer.ui.settings_dialog import SettingsDialog

        for name, dialog in (("contact", ContactDialog(window.context, window)),
                             ("settings", SettingsDialog(window.preferences, i18n.language(), window))):
            dialog.open()
            self.wait()
            self.shot(name)
            dialog.reject()
        window.close()
        return 0

    def answer(self, quiz, question, wrong: bool = False) -> None:
        """Give the right answer (or a wrong one) through the widgets on screen."""
        from PySide6.QtWidgets import QComboBox

        if question.kind in ("single", "truefalse", "multiple"):
            for index, row in enumerate(quiz._rows):
                right = question.options[index].correct
                row.setChecked(right != wrong if question.kind != "multiple" else right)
        elif question.kind == "matching":
            pairs = dict(question.pairs)
            for combo in quiz.answer_area.findChildren(QComboBox):
                combo.setCurrentIndex(combo.findData(pairs[combo.accessibleName()]))
        elif question.kind == "ordering":
            quiz._ordering_list.clear()
            quiz._ordering_list.addItems(list(question.order))
        quiz.submit()

    def wait(self, ms: int = 600) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.02)

    def shot_rest_of(self, screen, name: str) -> None:
        """Where `screen` scrolls (large text on a small screen), a shot of each further
        page of it down to its end: what lies below the fold has to be looked at too."""
        from PySide6.QtWidgets import QScrollArea

        scroll = screen.findChild(QScrollArea)
        bar = scroll.verticalScrollBar() if scroll is not None else None
        page = 2
        while bar is not None and bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            self.wait(300)
            self.shot(f"{name}-{page}")
            page += 1
        if bar is not None:
            bar.setValue(0)  # as it was, for a later shot of the same screen

    def shot(self, name: str) -> None:
        self.count += 1
        screen = self.app.primaryScreen()
        screen.grabWindow(0).save(str(self.out / f"{self.count:02d}-{name}.png"))


if __name__ == "__main__":
    sys.exit(main())
