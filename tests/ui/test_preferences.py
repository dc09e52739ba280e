"""Every setting goes through one table: a typo is an error, bad values read as the
default, and what is set survives a restart."""

import pytest
from PySide6.QtCore import QSettings

from trainer.ui.preferences import DEFAULTS, Preferences


def open_at(path) -> Preferences:
    return Preferences(QSettings(str(path), QSettings.Format.IniFormat))


def test_an_unknown_key_is_an_error(tmp_path):
    preferences = open_at(tmp_path / "settings.ini")
    with pytest.raises(KeyError):
        preferences.get("last_profile")
    with pytest.raises(KeyError):
        preferences.set("lrs_url", "https://lrs.example.org")


def test_every_key_reads_its_default_on_a_fresh_start(tmp_path):
    preferences = open_at(tmp_path / "settings.ini")
    assert {key: preferences.get(key) for key in DEFAULTS} == DEFAULTS


def test_what_is_saved_survives_a_restart_and_bad_values_read_as_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    preferences = open_at(path)
    for key, value in (("last_profile_id", 7), ("last_screen", "module"), ("last_module", "faresignaler"),
                       ("lrs/url", "https://lrs.example.org/xAPI"), ("text_size", 150), ("parts_list", "hidden")):
        preferences.set(key, value)
    preferences.save()
    again = open_at(path)
    assert [again.get(k) for k in ("last_profile_id", "last_screen", "last_module", "lrs/url", "text_size",
                                   "parts_list")] == [7, "module", "faresignaler", "https://lrs.example.org/xAPI", 150,
                                                      "hidden"]
    path.write_text("[General]\nlast_profile_id=seven\nlast_screen=attic\ntext_size=900\ntheme=neon\n"
                    "parts_list=sideways\n", "utf-8")
    broken = open_at(path)
    assert [broken.get(k) for k in ("last_profile_id", "last_screen", "text_size", "theme", "parts_list")] == [
        0, "overview", 200, "light", "auto"]


def test_no_module_reads_qsettings_by_a_bare_key():
    """Only the preferences table touches settings.ini's keys."""
    import re
    from pathlib import Path

    import trainer

    root = Path(trainer.__file__).parent
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py") if p.name != "preferences.py"
                 and re.search(r"\.(value|setValue|remove)\(\s*[\"']", p.read_text("utf-8"))]
    assert offenders == []


def test_setting_what_is_already_set_does_not_rewrite_the_file(tmp_path):
    path = tmp_path / "settings.ini"
    preferences = open_at(path)
    preferences.set("last_profile_id", 3)
    preferences.save()
    marked = path.stat().st_mtime_ns
    again = open_at(path)
    again.set("last_profile_id", 3)
    again.save()
    assert path.stat().st_mtime_ns == marked
    again.set("last_profile_id", 4)
    again.save()
    assert open_at(path).get("last_profile_id") == 4


def test_an_english_run_stays_english_when_the_text_size_or_settings_change(qtbot, make_window, monkeypatch):
    """Run with --lang en (or on an English system) and nothing saved: Ctrl++, Ctrl+Shift+H
    or OK in Settings turned the app and the course bokmål, and saved bokmål; Settings
    showed "Norsk bokmål" on an English screen."""
    from trainer import i18n
    from trainer.ui import settings_dialog

    window = make_window("en")
    menus = lambda: [action.text() for action in window.menuBar().actions()]  # noqa: E731
    assert menus()[0] == "&File" and window.context.lang == "en"
    window.larger_action.trigger()
    window.contrast_action.trigger()
    assert menus()[0] == "&File" and window.context.lang == "en" and i18n.language() == "en"
    assert not window.preferences.is_saved("lang")
    shown = []

    def accept(dialog):
        shown.append(dialog.language.currentData())
        return True

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", accept)
    window.show_settings()  # OK as it stands
    assert shown == ["en"]
    assert menus()[0] == "&File" and window.context.lang == "en" and window.preferences.get("lang") == "en"


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_command_line_reads_the_language_the_app_saved(data_dir, lang):
    """The app saves its settings with Qt; the command line reads the language from the same
    file before Qt is loaded (trainer.i18n): one file, one key, whichever writes it."""
    from trainer import i18n, paths
    from trainer.ui.application import open_settings

    preferences = Preferences(open_settings())
    preferences.set("lang", lang)
    preferences.save()
    assert i18n.saved_language(paths.settings_path()) == lang
