"""The app's words outside Qt: the command line, the content check and the core's errors.

Messages are written in English in the code and translated with gettext catalogues:
`faresignaler_nb.po` beside this file is the source, its `.mo` is compiled when the
package is built (setup.py). A source checkout without the `.mo` compiles the `.po` on
first use (and keeps the result beside it when it can). The Qt screens keep their own
Qt catalogue (`faresignaler_nb.ts`).

The language is chosen once per run: `--lang`, then the saved setting, then the system
locale; a locale that is neither Norwegian nor English, or none at all, gets bokmål, the
app's first language. Use:

    from trainer.i18n import _, ngettext
    _("cannot find '{path}'").format(path=target)
    ngettext("{n} module", "{n} modules", n).format(n=n)

Placeholders are `{name}`, filled after translating (never an f-string inside `_`)."""

from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
# Each language by its own name, as written inside a sentence ("Open it in norsk bokmål?").
LANGUAGE_NAMES = {"nb": "norsk bokmål", "en": "English"}

DOMAIN = "faresignaler"
FOLDER = Path(__file__).resolve().parent

_language: str | None = None
_translations: dict[str, _gettext.NullTranslations] = {}


def language_name(code: str, capitalised: bool = False) -> str:
    """A language's own name; an unknown code as it is. Capitalised to stand alone (a list)."""
    name = LANGUAGE_NAMES.get(code, code)
    return name[:1].upper() + name[1:] if capitalised else name


def po_path(lang: str) -> Path:
    return FOLDER / f"{DOMAIN}_{lang}.po"


def mo_path(lang: str) -> Path:
    return FOLDER / f"{DOMAIN}_{lang}.mo"


def system_language() -> str:
    """The language the system asks for, as gettext reads it (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG); Norwegian (nb, nn, no) and unset or C give bokmål."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        first = value.split(":")[0].split(".")[0].lower()
        if first in ("c", "posix", ""):
            return DEFAULT_LANGUAGE
        if first[:2] in ("nb", "nn", "no"):
            return "nb"
        return "en"
    return DEFAULT_LANGUAGE


def saved_language(settings_file: Path) -> str | None:
    """The language saved by the settings dialog (QSettings' ini file), read without Qt."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("General", "lang", fallback=None)
    return value if value in LANGUAGES else None


def choose_language(explicit: str | None, settings_file: Path | None = None) -> str:
    if explicit in LANGUAGES:
        return explicit
    saved = saved_language(settings_file) if settings_file is not None else None
    return saved or system_language()


def set_language(lang: str) -> None:
    """The language of every message from now on in this process."""
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    if _language is None:
        set_language(system_language())
    return _language


def translations(lang: str | None = None) -> _gettext.NullTranslations:
    lang = lang or language()
    if lang not in _translations:
        _translations[lang] = _load(lang)
    return _translations[lang]


def _(message: str) -> str:
    return translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations().ngettext(singular, plural, n)


def _load(lang: str) -> _gettext.NullTranslations:
    if lang == "en":
        return _gettext.NullTranslations()  # the messages are written in English
    import io
    import struct

    po, mo = po_path(lang), mo_path(lang)
    try:
        fresh = mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime)
        if fresh:
            try:
                return _gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))
            except (OSError, struct.error, ValueError, UnicodeDecodeError):
                pass  # a catalogue cut short (a full disk while it was written): compiled again below
        data = compile_po(po.read_text("utf-8"))
    except OSError:
        return _gettext.NullTranslations()
    try:  # a source checkout: keep the compiled catalogue for the next start, written whole or not at all
        staged = mo.with_name(f"{mo.name}.{os.getpid()}.tmp")
        try:
            staged.write_bytes(data)
            os.replace(staged, mo)
        finally:
            staged.unlink(missing_ok=True)
    except OSError:
        pass
    return _gettext.GNUTranslations(io.BytesIO(data))


# --- .po to .mo: the few lines of GNU msgfmt this project needs (no fuzzy entries) ---

def parse_po(text: str) -> dict[str, str]:
    """Catalogue entries as {msgid: msgstr}; a plural entry's msgid is 'singular\\0plural'
    and its msgstr the forms joined by '\\0', as in the .mo format. Empty msgstr: left out."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    key = None

    def finish():
        if "msgid" in current:
            msgid = current["msgid"]
            if "msgid_plural" in current:
                msgid += "\0" + current["msgid_plural"]
                forms = [current[k] for k in sorted(k for k in current if k.startswith("msgstr["))]
                msgstr = "\0".join(forms)
                if all(forms):
                    entries[msgid] = msgstr
            elif current.get("msgstr") or msgid == "":
                entries[msgid] = current.get("msgstr", "")
        current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and current:
                finish()
                key = None
            continue
        if line.startswith('"'):
            current[key] += _unquote(line)
            continue
        word, _space, rest = line.partition(" ")
        if word == "msgid" and "msgstr" in current or word == "msgid" and any(k.startswith("msgstr[") for k in current):
            finish()
        key = word
        current[key] = _unquote(rest.strip())
    finish()
    return entries


def _unquote(text: str) -> str:
    import ast

    return ast.literal_eval(text)


def compile_po(text: str) -> bytes:
    import struct

    entries = sorted(parse_po(text).items())
    ids = [k.encode("utf-8") for k, _v in entries]
    strs = [v.encode("utf-8") for _k, v in entries]
    count = len(entries)
    ids_start = 7 * 4
    strs_start = ids_start + count * 8
    data_start = strs_start + count * 8
    offsets, data = [], b""
    for text_bytes in ids + strs:
        offsets.append((len(text_bytes), data_start + len(data)))
        data += text_bytes + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, ids_start, strs_start, 0, 0)
    table = b"".join(struct.pack("<2I", length, offset) for length, offset in offsets)
    return header + table + data
