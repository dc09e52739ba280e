"""Presenter mode as a presenter uses it: keys and clickers, blanking, jumping, votes and
reveals, content warnings, the notes overlay, the console on a second screen, slides
that fit the projector, and the parents' handout."""

import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication

import trainer
from trainer import paths
from trainer.course.loader import load_library
from trainer.course.slides import Slide, every_slide, paginate
from trainer.ui.presenter.slide_render import SlideFitter, SlideLayout, body_pixels
from trainer.ui.presenter.slide_theme import DARK, LIGHT, contrast

PROGRAMME = """---
type: programme
id: kveld
title: Foreldrekveld
lang: nb
minutes: 10
handout: [demo, demo/tall]
---

Velkommen.

> [!NOTE]
> Si hvem du er.

## Tallene

- Modul: demo
- Deler: intro, tall
- Minutter: 3

> [!NOTE]
> Vis diagrammet.

## Scenario og quiz

- Modul: demo
- Deler: sko, quiz-demo#betaler
- Minutter: 5

> [!NOTE]
> La salen stemme.

## Spørsmål

Har dere spørsmål?

- Minutter: 2

> [!NOTE]
> Takk for i kveld.
"""
SIZES = [(1280, 720), (1920, 1080)]


def tr(context: str, text: str, *args) -> str:
    """A UI string as the app shows it now (tests share one app, translators and all)."""
    text = QCoreApplication.translate(context, text)
    for number, arg in enumerate(args, 1):
        text = text.replace(f"%{number}", str(arg))
    return text


def warning_label(lang: str) -> str:
    from trainer.ui.presenter.labels import CONTENT_WARNING, slide_label

    return slide_label(CONTENT_WARNING, lang)
IMPORT_ROOT = str(Path(trainer.__file__).resolve().parent.parent)


@pytest.fixture
def evening(demo_content):
    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("summary:", "content_warning: Om vold mot barn.\nsummary:"), "utf-8")
    (demo_content / "nb" / "kveld.md").write_text(PROGRAMME, "utf-8")
    return load_library([demo_content])


@pytest.fixture
def make_presenter(qtbot, evening):
    from trainer.ui.presenter.presenter import Presenter

    made = []

    def make(dual=False, **options):
        presenter = Presenter(evening.programme("kveld", "nb"), evening, fullscreen=False, **options)
        qtbot.addWidget(presenter.audience)
        qtbot.addWidget(presenter.console)
        screen = QGuiApplication.primaryScreen()
        presenter.start(screens=[screen, screen] if dual else [screen])
        presenter.refit(QSize(1280, 720))
        presenter.asked = []
        presenter.ask = lambda question: presenter.asked.append(question) or False
        made.append(presenter)
        return presenter

    yield make
    for presenter in made:
        presenter.leave()


def press(qtbot, presenter, *keys, window=None):
    for key in keys:
        qtbot.keyClick(window or presenter.audience, key)


def go_to_kind(presenter, kind, item=None):
    p = presenter.presentation
    p.home()
    while not (p.current.kind == kind and (item is None or p.current.item_id == item)):
        assert p.forward(), f"no {kind} slide"
    presenter.update_views()


# ---------------------------------------------------------------- keys


def test_forward_and_back_keys(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    assert p.number == 1
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        before = p.number
        press(qtbot, presenter, key)
        assert p.number == before + 1, key
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
        before = p.number
        press(qtbot, presenter, key)
        assert p.number == before - 1, key
    assert presenter.audience.view.slide is p.current and presenter.audience.view.number == p.number


def test_home_end_and_go_to_a_slide(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_End)
    assert p.number == p.total
    press(qtbot, presenter, Qt.Key.Key_Home)
    assert p.number == 1
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_1)
    assert presenter.audience.goto_label.text() == tr("Presenter", "Go to slide: %1", 1)
    press(qtbot, presenter, Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_2, Qt.Key.Key_Return)
    assert p.number == 12 if p.total >= 12 else p.number == 1
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_4, Qt.Key.Key_Enter)
    assert p.number == 4
    assert presenter.goto_digits is None and not presenter.audience.goto_label.isVisible()
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return)
    assert p.number == 4  # there is no slide 999
    press(qtbot, presenter, Qt.Key.Key_G, Qt.Key.Key_2, Qt.Key.Key_Escape)
    assert (p.number, presenter.asked) == (4, [])  # Esc cancels the jump, it does not leave


def test_black_and_white_screens_and_back(qtbot, make_presenter):
    presenter = make_presenter()
    view = presenter.audience.view
    press(qtbot, presenter, Qt.Key.Key_Right)
    number = presenter.presentation.number

    def colour():
        return view.grab().toImage().pixelColor(view.width() // 2, view.height() // 2)

    press(qtbot, presenter, Qt.Key.Key_B)
    assert view.blank == "black" and colour() == QColor("#000000")
    press(qtbot, presenter, Qt.Key.Key_B)
    assert view.blank == ""
    press(qtbot, presenter, Qt.Key.Key_Period)
    assert view.blank == "black"
    press(qtbot, presenter, Qt.Key.Key_W)
    assert view.blank == "white" and colour() == QColor("#ffffff")
    press(qtbot, presenter, Qt.Key.Key_W)
    assert view.blank == ""
    # A clicker's next button on a blank screen brings the slide back before moving on.
    press(qtbot, presenter, Qt.Key.Key_B, Qt.Key.Key_PageDown)
    assert (view.blank, presenter.presentation.number) == ("", number)
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert presenter.presentation.number == number + 1


def test_f_toggles_full_screen(qtbot, make_presenter):
    presenter = make_presenter()
    assert not presenter.audience.isFullScreen()
    press(qtbot, presenter, Qt.Key.Key_F)
    assert presenter.audience.windowState() & Qt.WindowState.WindowFullScreen
    press(qtbot, presenter, Qt.Key.Key_F)
    assert not presenter.audience.windowState() & Qt.WindowState.WindowFullScreen


def test_escape_asks_before_leaving(qtbot, make_presenter):
    presenter = make_presenter()
    press(qtbot, presenter, Qt.Key.Key_Escape)
    assert presenter.asked == [tr("Presenter", "Leave the presentation?")] and presenter.audience.isVisible()
    presenter.ask = lambda question: True
    with qtbot.waitSignal(presenter.finished, timeout=1000):
        press(qtbot, presenter, Qt.Key.Key_Escape)
    assert not presenter.audience.isVisible() and not presenter.console.isVisible()


# ---------------------------------------------------------------- scenarios, quizzes, votes


def test_votes_reveal_and_trying_another_choice(qtbot, make_presenter, fresh_db):
    opened = []
    presenter = make_presenter(db_opener=lambda: opened.append(1) or fresh_db)
    go_to_kind(presenter, "step", "start")
    p = presenter.presentation
    asked = []
    presenter.ask_votes = lambda slide, counts: asked.append((slide.item_id, counts)) or [4, 19]
    press(qtbot, presenter, Qt.Key.Key_V)
    assert asked == [("start", ())]
    assert p.votes_for() == (4, 19) and presenter.audience.view.votes == (4, 19)
    assert presenter.console.votes_label.text() == tr("Presenter", "Votes: %1", "1: 4,  2: 19")
    press(qtbot, presenter, Qt.Key.Key_Space)  # reveal: the hall's favourite
    assert (p.current.kind, p.current.chosen) == ("reveal", 1)
    assert p.current.blocks == ("Det er lett å la være, men du går glipp av en sjanse.",)
    press(qtbot, presenter, Qt.Key.Key_Right)  # what happens next
    assert (p.current.kind, p.current.item_id) == ("step", "stille")
    press(qtbot, presenter, Qt.Key.Key_Left, Qt.Key.Key_Left)
    assert (p.current.kind, p.current.item_id) == ("step", "start")
    press(qtbot, presenter, Qt.Key.Key_1)  # try the other choice
    assert (p.current.kind, p.current.chosen) == ("reveal", 0)
    assert p.current.blocks == ("Bra: du spør uten å anklage.",)
    press(qtbot, presenter, Qt.Key.Key_Right)
    assert p.current.item_id == "samtale"
    # Nothing was stored: saving the counts is off unless the presenter asks for it.
    assert opened == [] and fresh_db["presenter_votes"].count == 0


def test_vote_counts_are_stored_only_when_asked_and_anonymously(qtbot, make_presenter, fresh_db):
    from datetime import date

    presenter = make_presenter(save_votes=True, db_opener=lambda: fresh_db)
    go_to_kind(presenter, "step", "start")
    presenter.ask_votes = lambda slide, counts: [3, 5]
    press(qtbot, presenter, Qt.Key.Key_V)
    rows = list(fresh_db["presenter_votes"].rows)
    assert rows == [
        {"programme_id": "kveld", "lang": "nb", "day": date.today().isoformat(), "module_id": "demo",
         "part_id": "sko", "item_id": "start", "choice_index": i, "count": n}
        for i, n in enumerate([3, 5])
    ]


def test_quiz_question_then_answer(qtbot, make_presenter):
    presenter = make_presenter()
    go_to_kind(presenter, "question", "betaler")
    p = presenter.presentation
    assert [c.text for c in p.current.choices] == ["Bestilleren", "Utføreren"]
    press(qtbot, presenter, Qt.Key.Key_Return)
    assert (p.current.kind, p.current.chosen) == ("answer", -1)
    assert p.current.blocks == ("Bestilleren betaler.",)
    press(qtbot, presenter, Qt.Key.Key_2)  # the hall said "Utføreren"
    assert (p.current.kind, p.current.chosen) == ("answer", 1)
    assert p.current.blocks == ("Nei, utføreren gjør jobben.", "Bestilleren betaler.")


def test_content_warning_comes_first_and_s_skips(qtbot, make_presenter):
    presenter = make_presenter()
    p = presenter.presentation
    press(qtbot, presenter, Qt.Key.Key_Right)
    # The warning is in the programme's language, whatever the language of the app.
    assert (p.current.kind, p.current.heading, p.current.blocks) == ("warning", warning_label("nb"), ("**Demomodul**", "Om vold mot barn."))
    assert presenter.console.skip_button.isEnabled()
    assert tr("Presenter", "Content warning: S skips this part") in presenter.console.state_label.text()
    press(qtbot, presenter, Qt.Key.Key_S)
    assert (p.current.heading, p.current.section) == ("Spørsmål", 2)
    assert not presenter.console.skip_button.isEnabled()
    press(qtbot, presenter, Qt.Key.Key_S)
    assert p.current.heading == "Spørsmål"  # S does nothing elsewhere


# ---------------------------------------------------------------- screens and notes


def test_one_screen_notes_overlay_on_n(qtbot, make_presenter):
    presenter = make_presenter()
    overlay = presenter.audience.overlay
    assert not presenter.dual and not presenter.console.isVisible() and not overlay.isVisible()
    press(qtbot, presenter, Qt.Key.Key_N)
    assert overlay.isVisible()
    assert "Si hvem du er." in overlay.notes.text()
    assert overlay.status.text().startswith(tr("Presenter", "Slide %1 of %2", 1, presenter.presentation.total))
    assert overlay.next_label.text().startswith(tr("Presenter", "Next: %1", warning_label("nb")))
    press(qtbot, presenter, Qt.Key.Key_N)
    assert not overlay.isVisible()


def test_two_screens_console_shows_notes_time_and_next(qtbot, make_presenter):
    presenter = make_presenter(dual=True)
    console = presenter.console
    assert presenter.dual and console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_N)
    assert not presenter.audience.overlay.isVisible()  # the hall never sees the notes
    presenter.presentation.tick(75)  # people arriving: the clock has not started
    presenter.update_views()
    assert "Si hvem du er." in console.notes.toPlainText()
    assert console.number_label.text() == tr("Presenter", "Slide %1 of %2", 1, presenter.presentation.total)
    assert console.time_label.text() == tr("Presenter", "%1 of %2", "0:00", "10:00")
    assert console.next_view.slide is presenter.presentation.slides[1]
    # A clicker can be aimed at either window: keys on the console work the same.
    press(qtbot, presenter, Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, window=console)
    assert presenter.presentation.number == 3
    presenter.presentation.tick(75)
    presenter.update_status()
    assert console.time_label.text() == tr("Presenter", "%1 of %2", "1:15", "10:00")
    assert console.section_label.text() == tr("Presenter", "Part %1 of %2: %3", 1, 3, "Tallene")
    presenter.presentation.tick(200)
    presenter.update_status()
    assert console.section_time_label.text() == (
        tr("Presenter", "This part: %1 of %2", "4:35", "3:00") + " " + tr("Presenter", "(%1 over)", "1:35"))
    press(qtbot, presenter, Qt.Key.Key_X, window=console)
    assert presenter.swapped and console.isVisible()
    press(qtbot, presenter, Qt.Key.Key_X, window=console)
    assert not presenter.swapped


def test_theme_key_switches_dark_and_light(qtbot, make_presenter):
    presenter = make_presenter()
    assert presenter.audience.view.theme is DARK
    press(qtbot, presenter, Qt.Key.Key_T)
    assert presenter.audience.view.theme is LIGHT
    view = presenter.audience.view
    assert view.grab().toImage().pixelColor(3, 3) == QColor(LIGHT.background)


def test_high_contrast_themes():
    for theme in (DARK, LIGHT):
        for colour in (theme.text, theme.heading, theme.muted, theme.correct):
            assert contrast(colour, theme.background) >= 7, (theme.name, colour)
            assert contrast(colour, theme.panel) >= 7, (theme.name, colour)
        assert contrast(theme.highlight_text, theme.highlight) >= 7, theme.name


# ---------------------------------------------------------------- fitting the projector


@pytest.fixture(scope="module")
def builtin():
    return load_library([paths.builtin_content_dir()])


@pytest.mark.parametrize("width,height", SIZES)
def test_every_built_in_programme_fits_the_projector(qapp, builtin, width, height):
    size = QSize(width, height)
    fitter = SlideFitter(size, builtin.roots, paths.assets_dir())
    assert {p.id for p in builtin.programmes} == {"foreldremote", "foreldremote-kort"}
    for programme in builtin.programmes:
        raw = every_slide(programme, builtin)
        slides = paginate(raw, fitter)
        # Split, never cut: every word of the content is still on some slide.
        assert [w for s in slides for b in s.blocks for w in b.split()] == [w for s in raw for b in s.blocks for w in b.split()]
        for slide in slides:
            votes = (888,) * len(slide.choices)
            layout = SlideLayout(slide, size, votes=votes, roots=builtin.roots, assets=paths.assets_dir(), number=99)
            assert not layout.overflows(), (programme.id, programme.lang, slide.kind, slide.heading, slide.piece)


def _fragment_pixel_sizes(document):
    sizes = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.text().strip():
                font = fragment.charFormat().font()
                sizes.append(font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72)
            iterator += 1
        block = block.next()
    return sizes


@pytest.mark.parametrize("width,height", SIZES)
def test_body_text_is_at_least_a_25th_of_the_screen_height(qapp, builtin, width, height):
    size = QSize(width, height)
    assert body_pixels(height) >= height / 25
    programme = builtin.programme("foreldremote", "nb")
    fitter = SlideFitter(size, builtin.roots, paths.assets_dir())
    for slide in paginate(every_slide(programme, builtin), fitter):
        layout = SlideLayout(slide, size, votes=(1,) * len(slide.choices), roots=builtin.roots)
        sizes = _fragment_pixel_sizes(layout.body) + _fragment_pixel_sizes(layout.heading)
        assert sizes or slide.kind == "chart"
        assert min(sizes, default=height) >= height / 25, (slide.kind, slide.heading)


def test_overflow_is_detected_and_split_away(qapp):
    size = QSize(1280, 720)
    sentence = "Dette er en setning som tar plass på lysbildet."
    slide = Slide("text", "Lang side", (" ".join([sentence] * 40),))
    assert SlideLayout(slide, size).overflows()
    pieces = paginate([slide], SlideFitter(size))
    assert len(pieces) > 1 and not any(SlideLayout(piece, size).overflows() for piece in pieces)
    assert " ".join(b for piece in pieces for b in piece.blocks).split() == slide.blocks[0].split()


def test_charts_are_painted_big(qapp, builtin):
    programme = builtin.programme("foreldremote", "nb")
    chart = next(s for s in every_slide(programme, builtin) if s.kind == "chart")
    layout = SlideLayout(chart, QSize(1920, 1080))
    rect = layout.chart_rect()
    assert rect.width() >= 1920 * 0.85 and rect.height() >= 1080 * 0.6


# ---------------------------------------------------------------- the handout


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool:
        return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return _decode_qt_pdf(path.read_bytes())


def _pdf_objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}


def _pdf_stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    if not match:
        return b""
    return zlib.decompress(match.group(1)) if b"/FlateDecode" in body else match.group(1)


def _decode_qt_pdf(data: bytes) -> str:
    """The text of a PDF that Qt wrote, read through each font's ToUnicode map: enough
    to find the phone numbers when pdftotext is not installed."""
    objects = _pdf_objects(data)
    fonts = {}
    for body in objects.values():
        for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", objects.get(int(ref), b""))
            if not unicode_ref:
                continue
            cmap, text = {}, _pdf_stream(objects[int(unicode_ref.group(1))])
            for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
                for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                    cmap[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
            for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
                for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
                    codes = range(int(lo, 16), int(hi, 16) + 1)
                    if dst.startswith(b"["):
                        targets = [bytes.fromhex(h.decode()).decode("utf-16-be") for h in re.findall(rb"<([0-9A-Fa-f]+)>", dst)]
                        cmap.update(zip(codes, targets))
                    else:
                        cmap.update((code, chr(int(dst[1:-1], 16) + i)) for i, code in enumerate(codes))
            fonts[name.decode()] = cmap
    out = []
    for body in objects.values():
        try:
            content = _pdf_stream(body)
        except zlib.error:
            continue
        cmap = {}
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if token.group(1):
                cmap = fonts.get(token.group(1).decode(), {})
            else:
                hexes = token.group(2).decode()
                out.append("".join(cmap.get(int(hexes[i:i + 4], 16), "?") for i in range(0, len(hexes), 4)))
    return re.sub(r"\s+", " ", "".join(out))


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", path.read_bytes()))


def _colours(path: Path) -> set[tuple[str, ...]]:
    """Every colour the pages paint with (r g b, or one grey)."""
    found = set()
    for body in _pdf_objects(path.read_bytes()).values():
        try:
            content = _pdf_stream(body)
        except zlib.error:
            continue
        for match in re.finditer(rb"((?:[\d.]+ ){1,3})(?:scn|SCN|rg|RG|g|G)\b", content):
            found.add(tuple(match.group(1).decode().split()))
    return found


@pytest.mark.parametrize("lang,title", [("nb", "Når barn blir rekruttert til vold"), ("en", "When children are recruited")])
def test_handout_pdf_holds_the_numbers(data_dir, tmp_path, qapp, lang, title):
    from trainer.cli import main

    out = tmp_path / f"ark-{lang}.pdf"
    assert main(["--lang", lang, "handout", "foreldremote", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert 1 <= _pages(out) <= 2
    text = " ".join(_pdf_text(out).split())
    for needed in ("112", "02800", "post.sor-ost@politiet.no", title):
        assert needed in text, needed
    # Black and white: every colour painted is a grey (r = g = b).
    assert all(len(set(c)) == 1 for c in _colours(out)), _colours(out)


def test_the_fallback_pdf_reader_agrees_with_pdftotext(data_dir, tmp_path, qapp):
    from trainer.cli import main

    out = tmp_path / "ark.pdf"
    assert main(["handout", "foreldremote-kort", "-o", str(out)]) == 0
    decoded = _decode_qt_pdf(out.read_bytes())
    assert "02800" in decoded and "112" in decoded and "Sju faresignaler" in decoded


def test_handout_of_a_programme_without_one_fails_clearly(data_dir, tmp_path, qapp, evening, demo_content, capsys):
    from trainer.cli import main

    (demo_content / "nb" / "kveld.md").write_text(PROGRAMME.replace("handout: [demo, demo/tall]\n", ""), "utf-8")
    code = main(["--content", str(demo_content), "handout", "kveld", "-o", str(tmp_path / "x.pdf")])
    assert code == 1
    assert "har ingen 'handout'" in capsys.readouterr().err
    assert main(["--content", str(demo_content), "handout", "finnes-ikke", "-o", str(tmp_path / "x.pdf")]) == 2


# ---------------------------------------------------------------- menu and command line


def test_menu_starts_presenter_mode_and_saves_the_handout(qtbot, evening, make_window, tmp_path):
    window = make_window()
    actions = window.presenting
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert tr("PresenterActions", "&Presenter mode…") in menu_texts
    assert tr("PresenterActions", "Parent &handout (PDF)…") in menu_texts
    offered = []
    actions.ask_programme = lambda programmes, title: offered.append([p.id for p in programmes]) or programmes[0]
    told = []
    actions.tell = lambda title, text: told.append(text)
    presenter = actions.start_presenter()
    assert offered == [["kveld"]]
    qtbot.addWidget(presenter.audience)
    qtbot.addWidget(presenter.console)
    assert presenter.audience.isVisible() and presenter.presentation.current.kind == "title"
    presenter.leave()
    assert actions.presenter is None
    actions.ask_save_path = lambda title, suggested: str(tmp_path / "ark")
    saved = actions.save_handout()
    assert saved == tmp_path / "ark.pdf" and saved.is_file()
    assert told[-1] == tr("PresenterActions", "Saved %1 (pages: %2).", saved, _pages(saved))


def _run(*args, env=None):
    pythonpath = os.pathsep.join(p for p in (IMPORT_ROOT, os.environ.get("PYTHONPATH")) if p)
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_trainer_present_starts_and_names_unknown_programmes(tmp_path):
    result = _run("--data-dir", str(tmp_path / "data"), "--smoke", "present", "foreldremote-kort")
    assert result.returncode == 0, result.stderr
    assert "present ok (foreldremote-kort," in result.stdout
    missing = _run("--data-dir", str(tmp_path / "data"), "present", "finnes-ikke")
    assert missing.returncode == 2
    assert "finner ikke programmet 'finnes-ikke' (programmer: foreldremote, foreldremote-kort)" in missing.stderr
    assert not (tmp_path / "data" / "progress.db").exists()  # presenting stores nothing by itself


def test_trainer_present_without_a_programme_offers_the_installed_ones(qapp, data_dir, monkeypatch, capsys):
    from trainer.cli import main
    from trainer.ui.presenter import dialogs

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the command installs its own
    offered = []

    def choose(programmes, lang, parent=None, title=""):
        offered.extend((p.id, p.lang) for p in programmes)
        return next(p for p in programmes if p.id == "foreldremote" and p.lang == "en")

    monkeypatch.setattr(dialogs, "choose_programme", choose)
    assert main(["--smoke", "present", "--windowed"]) == 0
    assert sorted(offered) == [("foreldremote", "en"), ("foreldremote", "nb"),
                               ("foreldremote-kort", "en"), ("foreldremote-kort", "nb")]
    assert "present ok (foreldremote," in capsys.readouterr().out
