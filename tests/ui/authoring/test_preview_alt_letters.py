"""No Alt-letter is shown twice in the author's preview window, and each one works, in
nb and en: on a pack, course and programme, a page, every step of a scenario and the
feedback after each choice, every question of a quiz with its feedback and the result,
with problems listed, with a file that cannot be read, and on single files in a module
and outside one."""

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from trainer import paths
from trainer.course import templates
from trainer.course.part_types import Quiz, Scenario

from alt_letters import alt_letter_faults, use_language

BUILTIN = paths.builtin_content_dir()


def states(qtbot, window):
    """Every state of the preview an author meets on what it shows now: each file in the
    list, and in a scenario or quiz, each step, answer and result. Yields their names."""
    for key in [item.data(0, 0x0100) for item in window._all_items()]:
        window.tree.setCurrentItem(window._find(key))  # found again: a save noticed meanwhile fills the list anew
        name = f"{key[0]} {key[1].name}"
        yield name
        thing = window.objects.get(key)
        part = thing[1] if key[0] == "part" else None
        if isinstance(part, Scenario) and part.steps:
            player = window.scenario_panel.player
            for step in part.steps:
                window.scenario_panel.play_from(step.id)
                yield f"{name}, step {step.id}"
                for index in range(len(step.choices)):
                    window.scenario_panel.play_from(step.id)
                    player.choose(index)
                    yield f"{name}, step {step.id}, feedback on choice {index + 1}"
        elif isinstance(part, Quiz) and part.questions:
            quiz = window.quiz_player
            if not quiz.submit_button.isVisible():  # done before: the author starts it again
                yield f"{name}, done before"
                window.quiz_restart.click()
            for number, question in enumerate(part.questions, 1):
                yield f"{name}, question {number} ({question.kind})"
                if quiz._rows:
                    quiz._on_number_key(1)
                for combo in quiz.answer_area.findChildren(QComboBox):
                    combo.setCurrentIndex(1)
                quiz.submit()
                yield f"{name}, question {number} feedback"
                quiz.next_button.click()
            yield f"{name}, result"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_no_alt_letter_twice_in_the_preview(qtbot, qapp, tmp_path, lang):
    from trainer.ui.authoring.preview_window import PreviewWindow

    use_language(qapp, lang)  # as `trainer preview --lang` does
    pack = tmp_path / "pack"
    templates.create("pack", pack, lang)
    templates.create("programme", pack / "programme.md", lang)
    module = next(pack.glob("01-*"))
    faults, walked, shown_problems = {}, [], 0

    def check(name, window):
        QApplication.processEvents()
        qtbot.wait(10)
        walked.append(name)
        if alt_letter_faults(window):
            faults[name] = alt_letter_faults(window)

    def open_preview(path):
        window = PreviewWindow(path, [BUILTIN], paths.assets_dir(), lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    window = open_preview(pack)
    for name in states(qtbot, window):
        check(f"pack: {name}", window)
    # With problems listed: a choice that leads nowhere, and then a file that cannot be read.
    scenario = module / "03-scenario.md"
    good = scenario.read_text("utf-8")
    scenario.write_text(good.replace("](#senere)", "](#missing)", 1), "utf-8")
    window.reload()
    assert window.problems_for(scenario)
    for name in states(qtbot, window):
        check(f"with problems: {name}", window)
        shown_problems += window.problem_list.isVisible()
    scenario.write_text("no front matter\n", "utf-8")
    window.reload()
    assert window.stale and window.banner.isVisible()
    for name in states(qtbot, window):
        check(f"a file cannot be read: {name}", window)
    scenario.write_text(good, "utf-8")
    window.close()
    # Single files, as `trainer preview FILE` opens them, in their module and outside one.
    loose = tmp_path / "loose"
    loose.mkdir()
    for name in ("03-scenario.md", "04-quiz.md"):
        (loose / name).write_text((module / name).read_text("utf-8"), "utf-8")
    for path in [*sorted(module.glob("*.md")), *sorted(loose.glob("*.md"))]:
        window = open_preview(path)
        for name in states(qtbot, window):
            check(f"{path.parent.name}/{path.name} alone: {name}", window)
        window.close()

    assert faults == {}, "\n".join(f"{name}: {found}" for name, found in faults.items())
    # The walk reached every kind of state (a walk that stops early proves nothing).
    for expected in ("pack: pack pack.md", "pack: programme programme.md", "pack: part 02-tall.md",
                     "pack: part 04-quiz.md, result",
                     "with problems: part 03-scenario.md", f"{module.name}/04-quiz.md alone: part 04-quiz.md, result",
                     "loose/04-quiz.md alone: part 04-quiz.md, result", "loose/03-scenario.md alone: part 03-scenario.md"):
        assert expected in walked, walked
    assert any(", feedback on choice" in name for name in walked) and shown_problems
