"""Every user-visible string has a Norwegian translation, and the shipped .qm is built
from the .ts in the repository."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import trainer

PACKAGE = Path(trainer.__file__).parent
SOURCE_TREE = PACKAGE.parent / "trainer" / "ui"
TS = PACKAGE / "i18n" / "faresignaler_nb.ts"


def _tool(name):
    import PySide6

    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    local = Path(PySide6.__file__).parent / name
    return str(local) if local.exists() else None


def marked_sources() -> list[str]:
    """Where lupdate finds the app's messages: the windows, and the web player's words
    (trainer/web/words.py marks the messages the exported site shows)."""
    return sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py")) + [str(PACKAGE / "web" / "words.py")]


def test_every_message_is_translated():
    root = ET.parse(TS).getroot()
    unfinished = [
        m.find("source").text
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not _translated(m.find("translation"))
    ]
    assert unfinished == []


def _translated(translation) -> str:
    """The text of a translation, or of its plural forms (Qt's %n)."""
    return ((translation.text or "") + "".join(f.text or "" for f in translation.iter("numerusform"))).strip()


def test_no_string_in_code_is_missing_from_the_ts(tmp_path):
    tool = _tool("lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = marked_sources()
    subprocess.run([tool, *sources, "-ts", str(copy), "-no-obsolete"], check=True, capture_output=True)
    root = ET.parse(copy).getroot()
    new = [m.find("source").text for m in root.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert new == [], "run pyside6-lupdate and translate these in trainer/i18n/faresignaler_nb.ts"


def test_qm_is_built_from_the_ts(tmp_path):
    tool = _tool("lrelease")
    if tool is None:
        pytest.skip("lrelease is not installed")
    subprocess.run([tool, str(TS), "-qm", str(tmp_path / "x.qm")], check=True, capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == (PACKAGE / "i18n" / "faresignaler_nb.qm").read_bytes()


QT_TS = PACKAGE / "i18n" / "qtbase_nb.ts"


def test_qt_dialog_strings_qm_is_built_from_its_ts(tmp_path):
    tool = _tool("lrelease")
    if tool is None:
        pytest.skip("lrelease is not installed")
    subprocess.run([tool, str(QT_TS), "-qm", str(tmp_path / "x.qm")], check=True, capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == (PACKAGE / "i18n" / "qtbase_nb.qm").read_bytes()


def test_qt_own_dialogs_speak_bokmal_not_nynorsk_or_english(qapp):
    """The certificate's save dialog once showed "Look in" and "Files of type" beside
    nynorsk "Lagra" and "Filnamn"."""
    from PySide6.QtCore import QCoreApplication

    from trainer.ui.widgets.appearance import install_translators

    def tr(context, text):
        return QCoreApplication.translate(context, text)

    try:
        install_translators(qapp, "nb")
        assert [tr("QFileDialog", s) for s in ("Look in:", "File &name:", "Files of type:", "&Save", "Save As")] == [
            "Søk i:", "Fil&navn:", "Filtype:", "&Lagre", "Lagre som"]
        assert [tr("QPlatformTheme", s) for s in ("&Yes", "&No", "Cancel", "Save", "Open", "Close")] == [
            "&Ja", "&Nei", "Avbryt", "Lagre", "Åpne", "Lukk"]
        assert tr("QFileSystemModel", "Name") == "Navn" and tr("QLineEdit", "&Undo") == "&Angre"
        install_translators(qapp, "en")
        assert tr("QFileDialog", "Look in:") == "Look in:" and tr("QPlatformTheme", "&Yes") == "&Yes"
    finally:
        install_translators(qapp, "nb")


EN_TS = PACKAGE / "i18n" / "faresignaler_en.ts"


def test_english_plural_forms_qm_is_built_from_its_ts(tmp_path):
    tool = _tool("lrelease")
    if tool is None:
        pytest.skip("lrelease is not installed")
    subprocess.run([tool, str(EN_TS), "-qm", str(tmp_path / "x.qm")], check=True, capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == (PACKAGE / "i18n" / "faresignaler_en.qm").read_bytes()


def test_every_plural_has_its_english_forms(tmp_path):
    # English is the source language, but "%n step(s)" needs a translation to become
    # "1 step" / "3 steps": every plural message in the code must be in faresignaler_en.ts.
    tool = _tool("lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(EN_TS, copy)
    sources = marked_sources()
    subprocess.run([tool, *sources, "-ts", str(copy), "-pluralonly", "-no-obsolete"], check=True, capture_output=True)
    root = ET.parse(copy).getroot()
    new = [m.find("source").text for m in root.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert new == [], "add their English singular and plural to trainer/i18n/faresignaler_en.ts"


def test_english_plurals_read_right(qapp):
    from PySide6.QtCore import QCoreApplication

    from trainer.ui.widgets.appearance import install_translators

    install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("ScenarioPanel", "%n step(s).", "", 1) == "1 step."
        assert QCoreApplication.translate("ScenarioPanel", "%n step(s).", "", 3) == "3 steps."
    finally:
        install_translators(qapp, "nb")


def test_module_count_reads_right_for_one_in_both_languages(qapp):
    """The overview's progress bar and the web player share this message; one module is
    "1 av 1 modul", not "1 av 1 moduler"."""
    from PySide6.QtCore import QCoreApplication

    from trainer.ui.widgets.appearance import install_translators

    def count(n):
        return QCoreApplication.translate("CourseOverview", "%1 of %n module(s) completed", "", n)

    try:
        install_translators(qapp, "nb")
        assert (count(1), count(6)) == ("%1 av 1 modul fullført", "%1 av 6 moduler fullført")
        install_translators(qapp, "en")
        assert (count(1), count(6)) == ("%1 of 1 module completed", "%1 of 6 modules completed")
    finally:
        install_translators(qapp, "nb")
