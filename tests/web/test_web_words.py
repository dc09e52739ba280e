"""The web player's words come from the app's Qt catalogues when the site is written:
every key the player asks for is in the exported words, in bokmål and English, and a
change in faresignaler_nb.ts changes the site."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import trainer
from trainer import paths
from trainer.web import words as web_words
from webtools import course_data
from webtools import trainer as run_trainer

PLAYER = Path(trainer.__file__).parent / "web" / "site" / "player.js"
I18N = Path(trainer.__file__).parent / "i18n"


def player_keys() -> tuple[set[str], set[str]]:
    """The keys player.js asks for: t("key") for words, tn("key", n) for words with a number."""
    js = PLAYER.read_text(encoding="utf-8")
    return set(re.findall(r'(?<![\w.])t\("(\w+)"', js)), set(re.findall(r'(?<![\w.])tn\("(\w+)"', js))


def test_the_player_asks_for_every_word_by_its_key_written_out():
    # A key made at run time (t(name)) could not be checked here, so none is allowed.
    js = PLAYER.read_text(encoding="utf-8")
    calls = re.findall(r'(?<![\w.])tn?\((?!")[^)]*\)', js)
    assert [c for c in calls if not c.startswith(("t(key)", "tn(key, n)"))] == []
    plain, counted = player_keys()
    assert len(plain) > 50 and {"modulesDone", "toPass"} <= counted
    assert "WORDS = {" not in js.replace("var WORDS = DATA", ""), "the words belong in the catalogue, not in player.js"


def test_the_keys_are_the_ones_the_player_uses_and_plurals_are_asked_for_with_a_number():
    plain, counted = player_keys()
    keys = web_words.KEYS
    assert plain | counted | {"languageName"} == set(keys), "KEYS in trainer/web/words.py and player.js differ"
    assert "words.languageName" in PLAYER.read_text(encoding="utf-8")
    assert counted == {key for key, message in keys.items() if message.plural}


@pytest.fixture(scope="module")
def exported_words(tmp_path_factory):
    base = tmp_path_factory.mktemp("words")
    assert run_trainer("web", "-o", str(base / "site"), data=base / "data") == 0
    return course_data(base / "site")["words"]


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_word_the_player_uses_is_exported_in_bokmal_and_english(exported_words, lang):
    plain, counted = player_keys()
    found = exported_words[lang]
    missing = sorted(k for k in plain | counted | {"languageName"} if k not in found)
    assert missing == [], f"translate these in trainer/i18n/faresignaler_{lang}.ts"
    for key in plain | {"languageName"}:
        assert isinstance(found[key], str) and found[key].strip(), key
        assert "&" not in found[key], key  # Qt's keyboard mnemonics are left out on the page
    for key in counted:
        assert isinstance(found[key], list) and len(found[key]) == 2 and all(f.strip() for f in found[key]), key
        assert all("%n" in form for form in found[key]), key


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%[0-9n]", text))


def test_the_bokmal_words_have_the_same_placeholders_as_the_english(exported_words):
    nb, en = exported_words["nb"], exported_words["en"]
    for key in en:
        english = en[key] if isinstance(en[key], list) else [en[key]]
        bokmal = nb[key] if isinstance(nb[key], list) else [nb[key]]
        assert [_placeholders(t) for t in bokmal] == [_placeholders(t) for t in english], key


def test_phrases_with_a_number_read_right_for_one(exported_words):
    assert exported_words["nb"]["modulesDone"] == ["%1 av %n modul fullført", "%1 av %n moduler fullført"]
    assert exported_words["en"]["modulesDone"] == ["%1 of %n module completed", "%1 of %n modules completed"]
    assert "%n quiz som" in exported_words["nb"]["toPass"][0] and "%n quizer som" in exported_words["nb"]["toPass"][1]
    assert "required quiz passed" in exported_words["en"]["toPass"][0]
    # The app's own words, without the keyboard mnemonic: "F&ullfør modulen  ✓".
    assert exported_words["nb"]["finish"] == "Fullfør modulen  ✓"
    assert exported_words["nb"]["languageName"] == "Norsk (bokmål)" and exported_words["en"]["languageName"] == "English"


@pytest.fixture
def catalogue_copy(tmp_path, monkeypatch):
    """The app's catalogues copied to a folder the export reads instead."""
    folder = tmp_path / "i18n"
    shutil.copytree(I18N, folder)
    monkeypatch.setattr(paths, "translations_dir", lambda: folder)
    return folder / "faresignaler_nb.ts"


def _export(tmp_path) -> dict:
    site = tmp_path / "site"
    assert run_trainer("web", "-o", str(site), data=tmp_path / "data") == 0
    return course_data(site)["words"]


def test_the_bokmal_words_are_read_from_faresignaler_nb_ts(tmp_path, catalogue_copy):
    text = catalogue_copy.read_text(encoding="utf-8")
    for old, new in [
        ("<translation>Fortsett der du slapp</translation>", "<translation>Fortsett fra der du var</translation>"),
        ("<translation>Slett fremdriften min</translation>", "<translation>Glem fremdriften min</translation>"),
        ("<numerusform>%1 av %n modul fullført</numerusform>", "<numerusform>%1 av %n modul ferdig</numerusform>"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    catalogue_copy.write_text(text, encoding="utf-8")
    nb = _export(tmp_path)["nb"]
    assert nb["cont"] == "Fortsett fra der du var"
    assert nb["erase"] == "Glem fremdriften min"
    assert nb["modulesDone"] == ["%1 av %n modul ferdig", "%1 av %n moduler fullført"]


def test_a_word_without_a_bokmal_translation_is_missing_so_the_player_shows_the_english(tmp_path, catalogue_copy):
    text = catalogue_copy.read_text(encoding="utf-8")
    old = "<translation>Hopp til innholdet</translation>"
    assert text.count(old) == 1
    catalogue_copy.write_text(text.replace(old, '<translation type="unfinished"></translation>'), encoding="utf-8")
    exported = _export(tmp_path)
    assert "skip" not in exported["nb"]
    assert exported["en"]["skip"] == "Skip to the content"
