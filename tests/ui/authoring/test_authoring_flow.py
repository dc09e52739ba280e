"""A prevention officer's whole flow, end to end: a new pack, edited, checked, previewed
while saving, packed, imported into the app on a fresh data folder, played by a teacher,
updated, removed and installed again, with the teacher's progress kept throughout."""

import re
from pathlib import Path

from PySide6.QtCore import Qt

from trainer import paths
from trainer.cli import main
from trainer.store import progress
from trainer.ui.authoring.pack_dialogs import GuideDialog, PacksDialog
from test_learner_flow import answer_current, click_choice, create_profile




def silence(actions):
    """Replace the questions with answers and keep what was said, as a tester would."""
    told = []
    actions.ask_confirm = lambda title, text: told.append(("ask", text)) or True
    actions.tell = lambda title, text, details="": told.append(("tell", text, details))
    return told


def imported(qtbot, actions, path):
    """Import a pack as the menu does, and wait until it is on screen and told: the
    PackImport, or None when it was refused."""
    with qtbot.waitSignal(actions.import_finished, timeout=60_000) as blocker:
        assert actions.import_pack(path) is not None
    return blocker.args[0]


def course_titles(window) -> list[str]:
    window.show_overview()
    return [window.overview.tabs.tabText(i) for i in range(window.overview.tabs.count())]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), "utf-8")


def test_the_officer_flow_from_new_pack_to_a_teacher_playing_it(qtbot, make_window, tmp_path, capsys):
    work = tmp_path / "arbeid"
    pack = work / "vestfold"
    module = pack / "01-modul"

    # new, edit, validate
    assert main(["new", "pack", str(pack)]) == 0
    edit(pack / "pack.md", "title: Vestfold", "title: Vestfold politistasjon")
    edit(module / "03-scenario.md", "Sønnen din, Emil, kommer hjem", "Eleven din, Emil, kommer på skolen")
    (pack / "kontakt.md").write_text("---\ntype: contact\nlang: nb\ntitle: Kontakt Vestfold\n---\n\n"
                                     "**Akutt? Ring 112.** Forebyggende i Vestfold: 02800.\n", "utf-8")
    capsys.readouterr()
    assert main(["validate", str(pack)]) == 0
    assert "1 modul, 1 kurs: 0 feil, 0 advarsler" in capsys.readouterr().err

    # preview from the app's menu; it follows the officer's saves
    window = make_window()
    preview = window.authoring.open_preview(pack)  # closes (and deletes) itself, like in the app
    for item in preview._all_items():
        if item.data(0, 0x0100)[1].name == "03-scenario.md":
            preview.tree.setCurrentItem(item)
    assert "Eleven din, Emil" in preview.scenario_panel.player.view.toPlainText()
    edit(module / "03-scenario.md", "Eleven din, Emil, kommer på skolen", "Eleven din, Emil, møter opp")
    qtbot.waitUntil(lambda: "Emil, møter opp" in preview.scenario_panel.player.view.toPlainText(), timeout=1000)
    preview.close()

    # pack
    zipped = tmp_path / "vestfold-1.zip"
    assert main(["pack", str(pack), "-o", str(zipped)]) == 0

    # import into the app on a fresh data folder
    told = silence(window.authoring)
    assert not paths.user_content_dir().exists()
    result = imported(qtbot, window.authoring, zipped)
    assert result is not None and result.installed.folder == paths.user_content_dir() / "vestfold"
    actions = window.authoring
    installed_text = actions.tr("“%1” (version %2) is installed.").replace("%1", "Vestfold politistasjon").replace("%2", "1")
    replaced = actions.tr("This pack replaces the contact card (%1). The new card, “%2”:").replace(
        "%1", "nb").replace("%2", "Kontakt Vestfold")
    assert told[-1][1].startswith(installed_text + "\n\n" + replaced + "\n")  # the card holds the numbers to call
    assert "Forebyggende i Vestfold" in told[-1][1]
    create_profile(qtbot, window)
    assert course_titles(window) == ["Demokurs", "Vestfold"]
    from trainer.ui.learner.contact_dialog import ContactDialog

    card = ContactDialog(window.context, window)
    qtbot.addWidget(card)
    assert card.windowTitle() == "Kontakt Vestfold" and "Forebyggende i Vestfold" in card.view.toPlainText()

    # a teacher plays it: the figures page, the scenario to an ending, the quiz
    window.open_module("vestfold-modul")
    view = window.module_view
    assert [p.id for p in view.module.parts] == ["intro", "tall", "scenario", "quiz"]
    view.parts.setCurrentRow(1)
    assert view.page_view._figures and view.page_view._figures[0].title == "Registrerte saker (eksempeltall)"
    view.parts.setCurrentRow(2)
    player = view.scenario_player
    assert "Emil, møter opp" in player.view.toPlainText()
    click_choice(qtbot, player, "Spør hvem vennen er")
    click_choice(qtbot, player, "Spør hvem vennene er, og hva de fikser")
    assert player.step.id == "god-slutt"
    view.parts.setCurrentRow(3)
    quiz = view.quiz_player
    for answer in (0, {0, 1}, 1, {"Noen er i fare nå": "Ring 112", "Du vil ha råd": "Ring 02800 eller lokalt politi"},
                   ["Du legger merke til et signal", "Du snakker rolig med barnet", "Du spør skolen eller politiet om råd"]):
        answer_current(qtbot, quiz, answer)
    assert "5 av 5" in quiz.feedback_label.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # finish the module
    db = window.context.db
    kari = window.context.profile
    assert progress.module_progress(db, kari.id, "vestfold-modul").status == "completed"

    # the packs dialog lists it with its version; removing keeps the teacher's progress
    dialog = PacksDialog(window.authoring, window)
    qtbot.addWidget(dialog)
    row = dialog.tree.topLevelItem(0)
    assert [row.text(c) for c in range(5)] == ["Vestfold politistasjon", "1", "nb", "Ditt politidistrikt", "nb"]
    assert "Kontaktkort" in dialog.details.toPlainText() or "Contact card" in dialog.details.toPlainText()
    runs_before = db.execute("select count(*) from scenario_runs").fetchone()[0]
    with qtbot.waitSignal(window.authoring.content_reloaded, timeout=30_000):
        dialog._on_remove_clicked()
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.empty.isHidden()
    assert not (paths.user_content_dir() / "vestfold").exists()
    assert course_titles(window) == ["Demokurs"]
    assert window.context.library.contact("nb").title != "Kontakt Vestfold"
    assert progress.module_progress(db, kari.id, "vestfold-modul").status == "completed"
    assert db.execute("select count(*) from scenario_runs").fetchone()[0] == runs_before
    assert progress.best_score(db, kari.id, "vestfold-modul", "quiz") == 100

    # installed again: everything is where it was
    imported(qtbot, window.authoring, zipped)
    assert course_titles(window) == ["Demokurs", "Vestfold"]
    assert progress.module_progress(db, kari.id, "vestfold-modul").status == "completed"

    # an update: one module changed, so the teacher finds it in progress, answers kept
    edit(pack / "pack.md", "version: 1", "version: 2")
    edit(module / "02-tall.md", "| 120 | 135 | 90 |", "| 120 | 135 | 95 |")
    assert main(["pack", str(pack), "-o", str(tmp_path / "vestfold-2.zip")]) == 0
    told.clear()
    updated = imported(qtbot, window.authoring, tmp_path / "vestfold-2.zip")
    assert list(updated.installed.changed_modules) == ["vestfold-modul"]
    actions = window.authoring
    assert told[0] == ("ask", actions.tr("“%1” version %2 is installed. Replace it with version %3? Learners keep their "
                                         "progress.").replace("%1", "Vestfold politistasjon").replace("%2", "1").replace("%3", "2"))
    # by the title a teacher sees, not the module's id
    title = next(m.title for m in window.context.library.modules if m.id == "vestfold-modul")
    assert actions.tr("Changed modules: %1. Whoever had completed one finds it in progress again; their answers are "
                      "kept.").replace("%1", actions.tr("“%1”").replace("%1", title)) in told[1][1]
    assert "vestfold-modul" not in told[1][1]
    assert [(r.profile_id, r.module_id) for r in window.authoring.last_reopened] == [(kari.id, "vestfold-modul")]
    assert progress.module_progress(db, kari.id, "vestfold-modul").status == "in_progress"
    assert progress.best_score(db, kari.id, "vestfold-modul", "quiz") == 100


def test_a_refused_pack_says_why_and_changes_nothing(qtbot, make_window, tmp_path):
    import zipfile

    window = make_window()
    told = silence(window.authoring)
    bad = tmp_path / "farlig.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("p/pack.md", "---\ntype: pack\nid: p\ntitle: P\nlang: nb\nversion: 1\n---\n")
        archive.writestr("/etc/cron.d/x", "* * * * * root rm -rf /")
    assert imported(qtbot, window.authoring, bad) is None
    (kind, text, details) = told[-1]
    assert text == ("Pakken ble ikke installert. Ingenting ble endret. Send dette til den som laget pakken:\n\n"
                    f"{bad}: '/etc/cron.d/x' er en absolutt sti; alt i en innholdspakke må ligge i pakkemappen")
    assert not paths.user_content_dir().exists()


def test_menus_and_the_guide(qtbot, make_window):
    window = make_window()
    texts = [a.text() for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
             for a in menu.actions()]
    for action in (window.authoring.preview_action, window.authoring.import_action, window.authoring.packs_action,
                   window.authoring.guide_action):
        assert action.text() in texts
    guide = window.authoring.show_guide()
    qtbot.addWidget(guide)
    assert isinstance(guide, GuideDialog)
    assert guide.view.toPlainText().startswith("Skrive innhold til Faresignaler")
    guide.find_field.setText("Meldinger og hvordan du retter dem")
    assert guide.find_next() and guide.not_found.text() == ""
    guide.find_field.setText("dette står ikke i veiledningen")
    assert not guide.find_next() and guide.not_found.text()
    english = GuideDialog(paths.authoring_guide("en"))
    qtbot.addWidget(english)
    assert english.view.toPlainText().startswith("Writing content for Faresignaler")
    assert "<!-- chart: bar; rows: Totalsum" in guide.view.toPlainText()  # examples show literally


def test_the_guide_follows_the_app_language(qtbot, make_window):
    window = make_window(lang="en")
    guide = window.authoring.show_guide()
    qtbot.addWidget(guide)
    assert guide.view.toPlainText().startswith("Writing content for Faresignaler")


def test_declining_to_replace_an_installed_pack_changes_nothing(qtbot, make_window, tmp_path):
    pack = tmp_path / "vestfold"
    assert main(["new", "pack", str(pack)]) == 0
    assert main(["pack", str(pack), "-o", str(tmp_path / "v1.zip")]) == 0
    window = make_window()
    told = silence(window.authoring)
    imported(qtbot, window.authoring, tmp_path / "v1.zip")
    installed = paths.user_content_dir() / "vestfold" / "pack.md"
    before = installed.read_bytes()
    edit(pack / "pack.md", "version: 1", "version: 2")
    assert main(["pack", str(pack), "-o", str(tmp_path / "v2.zip")]) == 0
    window.authoring.ask_confirm = lambda title, text: told.append(("ask", text)) and False
    assert imported(qtbot, window.authoring, tmp_path / "v2.zip") is None
    assert told[-1][0] == "ask" and "erstatte den med versjon 2" in told[-1][1] and installed.read_bytes() == before


def _editions(qtbot, make_window, tmp_path, versions):
    """A window with version versions[0] of a pack installed, and zips of the others."""
    pack = tmp_path / "vestfold"
    assert main(["new", "pack", str(pack)]) == 0
    for version in versions:
        text = (pack / "pack.md").read_text("utf-8")
        (pack / "pack.md").write_text(re.sub(r"(?m)^version: .*$", f"version: {version}", text), "utf-8")
        assert main(["pack", str(pack), "-o", str(tmp_path / f"v{version}.zip")]) == 0
    window = make_window()
    told = silence(window.authoring)
    imported(qtbot, window.authoring, tmp_path / f"v{versions[0]}.zip")
    told.clear()
    return window, told


def test_going_back_to_an_older_version_is_asked_as_such_and_done_in_the_app(qtbot, make_window, tmp_path):
    window, told = _editions(qtbot, make_window, tmp_path, ["3", "2"])
    result = imported(qtbot, window.authoring, tmp_path / "v2.zip")
    asked = [t[1] for t in told if t[0] == "ask"]
    assert len(asked) == 1 and "versjon 3 er installert" in asked[0] and "versjon 2, som er ELDRE" in asked[0]
    assert "Vil du likevel gå tilbake" in asked[0]
    # Yes means yes: no hint to use --allow-older, which a teacher in the app cannot.
    assert result is not None and result.installed.manifest.version == "2"
    assert "version: 2" in (paths.user_content_dir() / "vestfold" / "pack.md").read_text("utf-8")
    assert not any("--allow-older" in " ".join(t[1:]) for t in told)


def test_the_same_version_is_asked_as_installing_again(qtbot, make_window, tmp_path):
    window, told = _editions(qtbot, make_window, tmp_path, ["4"])
    assert imported(qtbot, window.authoring, tmp_path / "v4.zip") is not None
    asked = [t[1] for t in told if t[0] == "ask"]
    assert asked == ["«Vestfold» versjon 4 er allerede installert. Vil du installere versjon 4 på nytt? "
                     "Fremdriften til dem som tar kurset, beholdes."]


def test_a_pack_with_errors_is_refused_before_asking_with_the_reasons_in_view(qtbot, make_window, tmp_path):
    window, told = _editions(qtbot, make_window, tmp_path, ["1"])
    pack = tmp_path / "vestfold"
    edit(pack / "01-modul" / "03-scenario.md", "(#samtale)", "(#samtal)")
    assert imported(qtbot, window.authoring, pack / "pack.md") is None
    assert [t[0] for t in told] == ["tell"]
    assert "peker til steget 'samtal'" in told[0][1]  # in the message, not only behind "Show details"


def test_importing_a_large_pack_keeps_the_window_responsive(qtbot, make_window, tmp_path):
    """A district's pack with hundreds of modules is checked, copied and loaded off the UI
    thread: the event loop keeps running, and a busy dialog says what is happening."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from benchmarks.generate import generate

    pack = generate(tmp_path / "distrikt", 300)
    (pack / "pack.md").write_text("---\ntype: pack\nid: distrikt\ntitle: Distriktet\nlang: nb\nversion: 1\n---\n",
                                  "utf-8")
    window = make_window()
    silence(window.authoring)
    ticks, shown = [], set()
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(1), shown.update(
        w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())))
    timer.start(20)
    result = imported(qtbot, window.authoring, pack)
    timer.stop()
    assert result is not None and result.installed.manifest.id == "distrikt"
    assert len([m for m in window.context.library.modules if m.id.startswith("m0")]) == 300
    assert len(ticks) >= 10, "the event loop must keep running while the pack is installed"
    assert window.authoring.tr("Checking and installing the pack…") in shown
