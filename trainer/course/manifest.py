"""The manifest of a content pack: `pack.md` with `type: pack` at the top of the pack's
folder. It says what the pack is and who made it; its body is a short description."""

from __future__ import annotations

import datetime

from trainer.course import blocks as md
from trainer.course.frontmatter import SourceFile
from trainer.course.meta import Collector, check_keys, string_list, text_value
from trainer.course.model import PackManifest  # noqa: F401 - re-exported
from trainer.i18n import _

MANIFEST_NAME = "pack.md"


def version_of(source: SourceFile, report: Collector) -> str:
    """The version as the author wrote it: YAML reads `version: 1.10` as the number 1.1,
    and a school would then see edition 1.10 as older than 1.9."""
    value = source.meta.get("version")
    if isinstance(value, (datetime.date, datetime.datetime, int, float)) and not isinstance(value, bool) \
            and source.written.get("version", "").strip():
        return source.written["version"].strip()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
        if "version" in source.meta:
            report.error(
                source.key_lines.get("version", 1),
                _("'version' must be a number or a short text, for example 1, 1.2 or 2025-10"),
            )
        return ""
    return str(value).strip()


def parse_manifest(source: SourceFile, report: Collector) -> PackManifest:
    check_keys(source, "pack", report)  # organisation and licence: one text (meta.TEXT_KEYS)
    return PackManifest(
        id=text_value(source, "id"),
        title=text_value(source, "title"),
        lang=text_value(source, "lang"),
        version=version_of(source, report),
        authors=string_list(source, "authors", report) if "authors" in source.meta else (),
        organisation=text_value(source, "organisation"),
        licence=text_value(source, "licence"),
        description=md.join(source.body),
        path=source.path,
    )
