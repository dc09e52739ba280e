"""Every kind of problem an author can make is reported with its file and line."""

from pathlib import Path

import pytest

from trainer.course.loader import load_library

MODULE = "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n"


def problems_for(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
    library = load_library([tmp_path])
    return [f"{p.path.relative_to(tmp_path)}:{p.line}: {'advarsel: ' if p.warning else ''}{p.message}" for p in library.problems]


def scenario(body: str, meta: str = "") -> str:
    return f"---\ntype: scenario\nid: s\ntitle: S\n{meta}---\n\n{body}"


def test_clean_fixture_has_no_problems(demo_library):
    assert demo_library.problems == []


def test_missing_and_unknown_front_matter_keys(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": "---\ntype: module\nid: m\ntitel: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n\nTekst.\n",
    })
    assert "m/module.md:1: front matter mangler nøkkelen 'title'" in found
    assert "m/module.md:4: ukjent nøkkel 'titel' (mente du 'title'?)" in found


def test_choice_to_missing_step_suggests_closest(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#start}\n\nTekst.\n\n- [Gå](#samtlae)\n  > ok\n\n## B {#samtale}\n\nSlutt.\n"),
    })
    assert "m/s.md:11: valget 'Gå' peker til steget 'samtlae', som ikke finnes (mente du 'samtale'?)" in found


def test_unreachable_step_and_no_ending(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [Til B](#b)\n  > ok\n\n## B {#b}\n\n- [Til A](#a)\n  > ok\n\n## C {#c}\n\n- [Til A](#a)\n  > ok\n"),
    })
    assert "m/s.md:1: scenarioet har ingen slutt: minst ett steg må være uten valg" in found
    assert "m/s.md:17: steget 'c' kan ikke nås fra start" in found


def test_dead_end_loop_is_reported(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario(
            "## A {#a}\n\n- [Løkke](#b)\n  > ok\n- [Slutt](#end)\n  > ok\n\n## B {#b}\n\n- [Tilbake til B](#b)\n  > ok\n\n## Slutt {#end}\n\nFerdig.\n"
        ),
    })
    assert "m/s.md:14: fra steget 'b' kommer man aldri til en slutt" in found


def test_duplicate_ids(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [Videre](#a2)\n  > ok\n\n## A2 {#a2}\n\nSlutt.\n\n## A igjen {#a2}\n\nSlutt.\n"),
        "n/module.md": MODULE,
        "n/p.md": "---\ntype: page\nid: p\ntitle: P\n---\n\nTekst.\n",
    })
    assert "m/s.md:16: steg-id 'a2' er brukt 2 ganger" in found
    assert any("modul-id 'm' er brukt av flere moduler på nb" in f for f in found)


def test_question_without_correct_answer(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/q.md": "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Spørsmål {#q1}\n\n- [ ] a\n- [ ] b\n\n> Forklaring.\n",
    })
    assert found == ["m/q.md:7: spørsmålet har ikke noe riktig svar: merk det riktige med '- [x]'"]


def test_missing_explanation_is_only_a_warning(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/q.md": "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Spørsmål {#q1}\n\n- [x] a\n- [ ] b\n  > Nei.\n",
    })
    assert found == ["m/q.md:7: advarsel: spørsmålet har ingen forklaring (en '> ' linje etter svarene)"]


def test_missing_and_remote_images(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/p.md": "---\ntype: page\nid: p\ntitle: P\n---\n\n![a](mangler.png)\n\n![b](https://example.org/x.png)\n",
    })
    assert found == [
        "m/p.md:7: bildet 'mangler.png' finnes ikke i innholdsmappen",
        "m/p.md:9: bildet 'https://example.org/x.png' ligger på nettet og vises aldri: legg det i modulmappen",
    ]


def test_empty_file_not_utf8_and_no_front_matter(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/tom.md": "   \n",
        "m/latin1.md": "---\ntype: page\nid: p\ntitle: Bl\xe5\n---\n".encode("latin-1"),
        "m/bare.md": "Bare tekst.\n",
    })
    assert "m/tom.md:1: filen er tom" in found
    assert "m/latin1.md:4: filen er ikke UTF-8; lagre den som UTF-8 i redigeringsprogrammet" in found
    assert "m/bare.md:1: filen mangler front matter: den må begynne med en linje '---'" in found


def test_yaml_colon_gets_a_plain_hint(tmp_path):
    found = problems_for(tmp_path, {"m/module.md": "---\ntype: module\ntitle: Del 1: Roller\n---\n"})
    assert len(found) == 1 and found[0].startswith("m/module.md:3: front matter kan ikke leses: et kolon inne i en verdi")


def test_translation_with_other_ids(tmp_path):
    quiz_nb = "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Spørsmål {#q1}\n\n- [x] a\n- [ ] b\n  > Nei.\n\n> F.\n"
    quiz_en = "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Question {#question-1}\n\n- [x] a\n- [ ] b\n  > No.\n\n> E.\n"
    found = problems_for(tmp_path, {
        "nb/m/module.md": MODULE,
        "nb/m/q.md": quiz_nb,
        "en/m/module.md": MODULE.replace("lang: nb", "lang: en"),
        "en/m/q.md": quiz_en,
    })
    assert found == ["en/m/q.md:7: spørsmålet 'question-1' har ingen motpart på nb; nb har 'q1'"]


def test_a_translation_says_what_differs_where(tmp_path):
    """The issue's example: the English step has another id than the Norwegian one."""
    scenario = ("---\ntype: scenario\nid: s\ntitle: S\n---\n\n## Start {#start}\n\n"
                "- [Videre](#{target})\n  > Ok.\n\n## Slutt {#{target}}\n\nFerdig.\n")
    quiz = "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Spørsmål {#q1}\n\n- [x] a\n- [ ] b\n\n> F.\n"
    found = problems_for(tmp_path, {
        "nb/m/module.md": MODULE,
        "nb/m/s.md": scenario.replace("{target}", "samtale"),
        "nb/m/q.md": quiz,
        "en/m/module.md": MODULE.replace("lang: nb", "lang: en"),
        "en/m/s.md": scenario.replace("{target}", "conversation"),
        "en/m/q.md": quiz.replace("- [x] a\n- [ ] b", "- [ ] a\n- [x] b"),
    })
    assert [f for f in found if "advarsel" not in f] == [
        "en/m/q.md:7: spørsmålet 'q1' har andre svar enn på nb: antall svar og hvilke som er riktige må være det samme",
        "en/m/s.md:7: valgene i steget 'start' fører til conversation; på nb til samtale",
        "en/m/s.md:12: steget 'conversation' har ingen motpart på nb; nb har 'samtale'",
    ]


def test_a_recommended_mark_anywhere_but_after_a_choice_is_refused_with_its_line(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario(
            "## A {#a}\n\nTekst.\n\n"                       # 7-9
            "- [Ring politiet](#b) {anbefalt}\n  > Ok.\n"     # 11: a marker the parser does not know
            "- [Betal](#b) {recommended}\n"                    # 13: right
            "  > Nei. {recommended}\n\n"                      # 14: in the feedback
            "## B {#b}\n\nSlutt.\n\n- Omsorg {recommended}\n"),  # 16-20: in an ending
    })
    assert found == [
        "m/s.md:11: ukjent markering '{anbefalt}' etter valget: den eneste markeringen et valg kan ha, er '{recommended}'",
        "m/s.md:14: '{recommended}' skal stå sist på valglinjen, etter lenken: - [tekst](#steg) {recommended}",
        "m/s.md:20: '{recommended}' markerer et valg, men slutten 'b' har ingen valg: fjern markeringen",
    ]


def test_the_preview_checks_the_mark_as_validate_does(tmp_path):
    """The live preview's checking path (targets.check_target) reports the same line."""
    from trainer.course.targets import check_target

    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "module.md").write_text(MODULE, "utf-8")
    (tmp_path / "m" / "s.md").write_text(
        scenario("## A {#a}\n\n- [Videre](#b) {recommend}\n  > Ok.\n\n## B {#b}\n\nSlutt.\n"), "utf-8")
    checked = check_target(tmp_path / "m" / "s.md", [])
    assert [(p.path.name, p.line, p.message) for p in checked.problems] == [
        ("s.md", 9, "ukjent markering '{recommend}' etter valget: den eneste markeringen et valg kan ha, er '{recommended}'"),
    ]


def test_marking_every_choice_is_a_warning(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [En](#b) {recommended}\n  > Ok.\n- [To](#b) {recommended}\n  > Ok.\n\n"
                           "## B {#b}\n\nSlutt.\n"),
    })
    assert found == ["m/s.md:7: advarsel: alle valgene i steget 'a' er markert '{recommended}': marker bare det valget du anbefaler"]


def test_a_translation_marks_the_same_choices(tmp_path):
    text = ("---\ntype: scenario\nid: s\ntitle: S\n---\n\n## Start {#start}\n\n"
            "- [En](#slutt){one}\n  > Ok.\n- [To](#slutt){two}\n  > Ok.\n\n## Slutt {#slutt}\n\nFerdig.\n")
    found = problems_for(tmp_path, {
        "nb/m/module.md": MODULE,
        "nb/m/s.md": text.replace("{one}", " {recommended}").replace("{two}", ""),
        "en/m/module.md": MODULE.replace("lang: nb", "lang: en"),
        "en/m/s.md": text.replace("{one}", "").replace("{two}", " {recommended}"),
    })
    assert found == [
        "en/m/s.md:9: valget er markert '{recommended}' på nb, men ikke her",
        "en/m/s.md:11: valget er markert '{recommended}' her, men ikke på nb",
    ]


def test_a_translation_gives_its_endings_the_same_kinds(tmp_path):
    text = ("---\ntype: scenario\nid: s\ntitle: S\n---\n\n## Start {#start}\n\n"
            "- [En](#god)\n  > Ok.\n- [To](#svak)\n  > Ok.\n\n## God {#god{good}}\n\nBra.\n\n## Svak {#svak{poor}}\n\nNei.\n")
    found = problems_for(tmp_path, {
        "nb/m/module.md": MODULE,
        "nb/m/s.md": text.replace("{good}", " .good").replace("{poor}", " .poor"),
        "en/m/module.md": MODULE.replace("lang: nb", "lang: en"),
        "en/m/s.md": text.replace("{good}", " .good").replace("{poor}", ""),
    })
    assert found == ["en/m/s.md:18: slutten 'svak' har ikke noe merke her; på nb er den merket '.poor'"]


def test_course_names_unknown_module(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/p.md": "---\ntype: page\nid: p\ntitle: P\n---\n\nTekst.\n",
        "kurs.md": "---\ntype: course\nid: k\ntitle: K\nlang: nb\nmodules: [m, mm2]\n---\n",
    })
    assert found == ["kurs.md:6: kurset viser til modulen 'mm2', som ikke finnes på nb"]  # its line in modules:


@pytest.mark.parametrize("tag_meta, expected", [
    ("", "m/s.md:9: merket '#signal' er ikke beskrevet under 'tags' i front matter"),
    # the unused tag's own line, under 'tags:' (it was reported at line 1)
    ("tags:\n  signal: Et signal\n  ubrukt: Ubrukt\n", "m/s.md:7: advarsel: merket 'ubrukt' står under 'tags', men ingen valg bruker det"),
])
def test_tags_must_be_declared(tmp_path, tag_meta, expected):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [Videre](#b) #signal\n  > ok\n\n## B {#b}\n\nSlutt.\n", tag_meta),
    })
    assert expected in found


def _quiz(*questions: str) -> str:
    return "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n" + "\n".join(questions)


def _single(qid: str, right: str, wrong: tuple[str, ...], feedback: bool = True) -> str:
    lines = [f"## Spørsmål {{#{qid}}}\n", f"- [x] {right}"]
    for text in wrong:
        lines.append(f"- [ ] {text}")
        if feedback:
            lines.append("  > Nei.")
    return "\n".join(lines) + "\n\n> Forklaring.\n"


def _statement(qid: str, true: bool) -> str:
    return f"## Påstand {{#{qid} .truefalse}}\n\n- [{'x' if true else ' '}] Sant\n- [{' ' if true else 'x'}] Usant\n\n> Forklaring.\n"


def test_the_longest_answer_being_right_in_most_questions_is_a_warning(tmp_path):
    cued = _quiz(*(_single(f"s{i}", "det lange og riktige svaret", ("kort", "kortere")) for i in range(3)))
    found = problems_for(tmp_path, {"m/module.md": MODULE, "m/q.md": cued})
    assert found == ["m/q.md:1: advarsel: det riktige svaret er det lengste i 3 av 3 ett-svar-spørsmål, "
                     "så det kan gjettes ut fra lengden (høyst halvparten)"]
    mixed = _quiz(_single("s1", "det lange og riktige svaret", ("kort", "kortere")),
                  _single("s2", "kort", ("et langt, men galt svar", "kortere")))
    assert problems_for(tmp_path / "ok", {"m/module.md": MODULE, "m/q.md": mixed}) == []


def test_true_and_false_statements_out_of_balance_is_a_warning(tmp_path):
    found = problems_for(tmp_path, {"m/module.md": MODULE, "m/q.md": _quiz(*(_statement(f"t{i}", False) for i in range(3)))})
    assert found == ["m/q.md:1: advarsel: quizen har 0 sanne og 3 usanne påstander (høyst én i forskjell)"]
    balanced = _quiz(_statement("t1", False), _statement("t2", True), _statement("t3", False))
    assert problems_for(tmp_path / "ok", {"m/module.md": MODULE, "m/q.md": balanced}) == []


def test_wrong_answers_without_feedback_are_a_warning(tmp_path):
    found = problems_for(tmp_path, {"m/module.md": MODULE, "m/q.md": _quiz(
        _single("s1", "a", ("b", "c"), feedback=False), _single("s2", "d", ("e",)))})
    assert found == ["m/q.md:1: advarsel: bare 1 av 3 gale svar har tilbakemelding "
                     "(gi hvert galt svar en '> ' linje rykket inn under svaret)"]


def test_a_counted_quiz_with_fewer_than_five_questions_is_a_warning(tmp_path):
    course = "---\ntype: course\nid: k\ntitle: K\nlang: nb\nmodules: [m]\npass:\n  quizzes: [q]\n  percent: 80\n---\n"
    short = _quiz(*(_single(f"s{i}", "ja", ("nei, aldri",)) for i in range(3)))
    found = problems_for(tmp_path, {"k.md": course, "m/module.md": MODULE, "m/q.md": short})
    assert found == ["k.md:1: advarsel: quizen 'q' teller for kurset, men har bare 3 spørsmål "
                     "(minst 5, ellers krever beståttgrensen at alt er riktig)"]
    enough = _quiz(*(_single(f"s{i}", "ja", ("nei, aldri",)) for i in range(5)))
    assert problems_for(tmp_path / "ok", {"k.md": course, "m/module.md": MODULE, "m/q.md": enough}) == []


def test_step_and_question_ids_follow_the_id_rule_with_their_line(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#start}\n\n- [Videre](#slutt-gød)\n  > ok\n\n## Slutt {#slutt-gød .good}\n\nFerdig.\n"),
        "m/q.md": "---\ntype: quiz\nid: q\ntitle: Q\n---\n\n## Hvem? {#Hvem-Betalær}\n\n- [x] a\n- [ ] b\n  > Nei.\n\n> F.\n",
    })
    assert "m/s.md:12: id 'slutt-gød' kan bare ha små bokstaver a-z, tall, '-' og '_'" in found
    assert "m/q.md:7: id 'Hvem-Betalær' kan bare ha små bokstaver a-z, tall, '-' og '_'" in found


@pytest.mark.parametrize("file_text, expected", [
    ("---\ntype:page\nid: p\ntitle: P\n---\n\nTekst.\n",
     "m/p.md:2: front matter kan ikke leses: skriv et mellomrom etter kolonet: type: page"),
    ("---\ntype: page\nid: p\ntitle: P\ntype:page\n---\n\nTekst.\n",
     "m/p.md:5: front matter kan ikke leses: skriv et mellomrom etter kolonet: type: page"),
    ("---\ntype: page\nid: p\ntitle: “Del 1: Roller”\n---\n\nTekst.\n",
     "m/p.md:4: front matter kan ikke leses: krøllete anførselstegn (“ ” eller ‘ ’) leses ikke som anførselstegn: "
     "bruk rette, for eksempel title: \"Del 1: Roller\""),
    ("---\ntype: page\nid: 2025\ntitle: P\n---\n\nTekst.\n",
     "m/p.md:3: 'id: 2025' leses som et tall eller en dato, ikke som tekst: sett det i anførselstegn, "
     "for eksempel id: \"2025\""),
])
def test_front_matter_typos_get_plain_advice_at_their_line(tmp_path, file_text, expected):
    found = problems_for(tmp_path, {"m/module.md": MODULE + "\nTekst.\n", "m/p.md": file_text})
    assert found == [expected]


def test_lang_no_is_told_to_be_nb_or_en(tmp_path):
    found = problems_for(tmp_path, {"m/module.md": MODULE.replace("lang: nb", "lang: no") + "\nTekst.\n"})
    assert found == ["m/module.md:5: 'lang' må være nb eller en: YAML leser 'no' som et ja eller nei; "
                     "skriv lang: nb (eller, for engelsk, lang: en)"]


def test_a_step_written_with_another_heading_level_is_named_at_its_line(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [Videre](#b)\n  > ok\n\n### B {#b}\n\nSlutt.\n"),
    })
    assert "m/s.md:12: et steg begynner med '## ' (to #): skriv '## B {#b}'" in found


def test_feedback_written_at_the_start_of_the_line_is_told_to_be_indented(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE,
        "m/s.md": scenario("## A {#a}\n\n- [Videre](#b)\n> Bra valg.\n\n## B {#b}\n\nSlutt.\n"),
    })
    assert ("m/s.md:10: tilbakemeldingen under et valg må rykkes inn med to mellomrom, '  > tekst'; "
            "først på linjen vises den som stegets tekst") in found


def test_a_wrong_value_under_pass_is_reported_at_its_own_line(tmp_path):
    found = problems_for(tmp_path, {
        "m/module.md": MODULE + "\nTekst.\n",
        "kurs.md": "---\ntype: course\nid: k\ntitle: K\nlang: nb\nmodules: [m]\npass:\n  quizzes: all\n"
                   "  percent: 800\n  prosent: 80\n---\n",
    })
    assert "kurs.md:9: 'pass: percent' må være et tall fra 0 til 100" in found
    assert any(f.startswith("kurs.md:10: ukjent nøkkel 'prosent' under 'pass'") for f in found)
