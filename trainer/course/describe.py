"""What the preview shows for a file that is not a page, scenario or quiz: a pack, a
module, a course, a programme or a contact card, as Markdown with its facts and what it
holds. Qt-free, in the user's language (trainer.i18n), so it is tested as text."""

from __future__ import annotations

from html import escape

from trainer.i18n import _, language_name


def kind_label(kind: str) -> str:
    return {"page": _("Page"), "scenario": _("Scenario"), "quiz": _("Quiz")}.get(kind, kind)


def audience_label(who: str) -> str:
    return {"teacher": _("teachers"), "parent": _("parents"), "officer": _("officers")}.get(who, who)


def with_key(label: str, key: str) -> str:
    """A value in the reader's words, with the word an author writes in the file: the
    preview speaks one language, and still shows what to type."""
    return f"{escape(label)} (`{key}`)" if label != key else f"`{key}`"


def describe(kind: str, thing, library) -> str:
    """`kind` is "pack", "module", "course", "programme" or "contact"; `library` is what
    the file was loaded among, for the titles of the modules it names."""
    lines: list[str] = []

    def fact(label: str, value, markdown: bool = False) -> None:
        """One line of facts; `markdown` for a value that is already escaped Markdown."""
        if value not in ("", None, (), []):
            lines.append(f"**{escape(label)}:** {value if markdown else escape(str(value))}  ")

    def language(code: str) -> None:
        fact(_("Language"), with_key(language_name(code), code), markdown=True)

    def module_name(module_id: str, lang: str) -> str:
        module = library.module(module_id, lang)
        return escape(module.title) if module else "⚠ " + escape(_("missing"))

    if kind == "pack":
        fact(_("Id"), thing.id)
        fact(_("Version"), thing.version)
        language(thing.lang)
        fact(_("Authors"), ", ".join(thing.authors))
        fact(_("Organisation"), thing.organisation)
        fact(_("Licence"), thing.licence)
        lines += ["", thing.description]
    elif kind == "module":
        fact(_("Id"), thing.id)
        language(thing.lang)
        fact(_("For"), ", ".join(with_key(audience_label(who), who) for who in thing.audience), markdown=True)
        fact(_("Minutes"), thing.minutes)
        fact(_("Version"), thing.version)
        fact(_("Content warning"), thing.content_warning)
        lines += ["", escape(thing.summary), "", f"### {escape(_('Parts'))}", ""]
        lines += [f"{i}. {escape(p.title)} ({escape(kind_label(p.kind))}, `{p.id}`)"
                  for i, p in enumerate(thing.parts, 1)]
    elif kind == "course":
        fact(_("Id"), thing.id)
        language(thing.lang)
        fact(_("Minutes"), thing.minutes)
        fact(_("Organisation"), thing.organisation)
        lines += ["", escape(thing.summary), "", f"### {escape(_('Modules'))}", ""]
        for number, module_id in enumerate(thing.module_ids, 1):
            lines.append(f"{number}. {module_name(module_id, thing.lang)} (`{module_id}`)")
    elif kind == "programme":
        fact(_("Id"), thing.id)
        language(thing.lang)
        fact(_("Minutes"), _("{minutes} (the sections: {planned})").format(
            minutes=thing.minutes, planned=thing.planned_minutes))
        lines += ["", thing.intro]
        for section in thing.sections:
            lines += ["", f"### {escape(section.title)} · {section.minutes} min", ""]
            if section.module_id:
                parts = ", ".join(str(r) for r in section.parts) or _("the whole module")
                lines.append(f"{escape(_('Module'))}: {module_name(section.module_id, thing.lang)} "
                             f"(`{section.module_id}`) · {escape(_('Parts'))}: {escape(parts)}")
            if section.text:
                lines += ["", section.text]
            if section.notes:
                lines += ["", "> **" + escape(_("Presenter note")) + ":** " + " ".join(section.notes.split())]
    elif kind == "contact":
        lines.append(thing.body)
    return "\n".join(lines)
