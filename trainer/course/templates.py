"""Starting files for authors (`trainer new`): a module, a scenario, a quiz, a programme
or a whole content pack, in Norwegian or English. Each is valid as written (it passes
`trainer validate` without a warning) and explains itself in comments that the app never
shows: `#` lines in the front matter and `<!-- ... -->` in the text."""

from __future__ import annotations

import errno
import os
from shlex import quote
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import CONTENT, TrainerError, os_reason
from trainer.i18n import _

KINDS = ("module", "scenario", "quiz", "programme", "pack")
LANGUAGES = ("nb", "en")


class TemplateError(TrainerError):
    """Nothing was written; the message says why."""

    kind = CONTENT


def slug(name: str, fallback: str) -> str:
    """A file or folder name as an id: `03-Nye Joggesko` -> `nye-joggesko`."""
    text = name.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9_-]+", "-", text).strip("-_")
    text = re.sub(r"^\d+[-_]+(?=[a-z])", "", text)  # the ordering number in front
    text = re.sub(r"-{2,}", "-", text)
    return text if re.match(r"^[a-z0-9]", text) else fallback


def title_of(ident: str) -> str:
    words = ident.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else ident


def title_from_name(name: str, ident: str) -> str:
    """A title from the folder or file name the author chose, in their letters ("æøå-pakke"
    gives "Æøå pakke", not the id's "Aeoa pakke"); the id's when the name has no words."""
    words = re.sub(r"^\d+[-_ ]+", "", Path(name).stem if name.lower().endswith(".md") else name)
    words = re.sub(r"[-_\s]+", " ", words).strip()
    return words[:1].upper() + words[1:] if any(ch.isalpha() for ch in words) else title_of(ident)


# ---------------------------------------------------------------- the texts

MODULE = {
    "nb": """---
# Modulens data. Linjer som begynner med # er kommentarer: appen viser dem aldri,
# og du kan slette dem når du er ferdig.
type: module
# id: modulens navn for appen: små bokstaver a-z, tall, - og _ (ikke æ, ø, å).
# Den er lik på alle språk, og fremdriften til dem som tar kurset lagres under den.
id: __ID__
title: __TITLE__
lang: nb
# audience: hvem modulen er for: teacher (lærere), parent (foreldre), officer (politi).
audience: [teacher, parent]
# minutes: omtrent hvor mange minutter modulen tar.
minutes: 10
# version: øk tallet når du endrer innholdet.
version: 1
summary: Én setning om hva modulen handler om. Den vises i kursoversikten.
# Handler modulen om noe som kan være vondt å lese? Fjern # foran neste linje.
# content_warning: Modulen omtaler vold mot barn.
---

Teksten her blir modulens første side. Skriv vanlig Markdown: avsnitt, **uthevet** tekst,
lister og tabeller.

- Hver side, hvert scenario og hver quiz er en egen fil i denne mappen.
- Gi filene nummer, så kommer de i riktig rekkefølge: `02-side.md`, `03-scenario.md`.

<!-- Lag et scenario og en quiz med: trainer new scenario __FOLDER__/03-scenario.md
og: trainer new quiz __FOLDER__/04-quiz.md . Se hvordan det blir: trainer preview __FOLDER__
Sjekk alt: trainer validate __FOLDER__ . Denne kommentaren vises ikke i appen. -->
""",
    "en": """---
# The module's data. Lines that begin with # are comments: the app never shows them,
# and you can delete them when you are done.
type: module
# id: the module's name for the app: small letters a-z, digits, - and _.
# It is the same in every language, and learners' progress is stored under it.
id: __ID__
title: __TITLE__
lang: en
# audience: who the module is for: teacher, parent, officer.
audience: [teacher, parent]
# minutes: about how many minutes the module takes.
minutes: 10
# version: raise the number when you change the content.
version: 1
summary: One sentence about what the module is about. It is shown in the course overview.
# Is the module about something that may be hard to read? Remove the # before the next line.
# content_warning: This module describes violence against children.
---

The text here becomes the module's first page. Write ordinary Markdown: paragraphs,
**bold** text, lists and tables.

- Every page, scenario and quiz is a file of its own in this folder.
- Number the files so that they come in the right order: `02-page.md`, `03-scenario.md`.

<!-- Make a scenario and a quiz with: trainer new scenario __FOLDER__/03-scenario.md --lang en
and: trainer new quiz __FOLDER__/04-quiz.md --lang en . See how it looks: trainer preview __FOLDER__
Check everything: trainer validate __FOLDER__ . This comment is not shown in the app. -->
""",
}

SCENARIO = {
    "nb": """---
# Et scenario er en liten forgreinet historie: en situasjon, valg, tilbakemelding på
# valget, en ny situasjon, og til slutt en oppsummering.
type: scenario
id: __ID__
title: __TITLE__
# tags: faresignalene (eller rollene) valgene tar tak i, som 'merke: navn'.
# Sett merket (#merke) sist på et valg som legger merke til signalet. På slutten ser
# den som tar kurset hvilke signaler de la merke til, og hvilke de gikk glipp av.
tags:
  nye-ting: Nye ting uten forklaring
  nye-venner: Nye, eldre venner
# Fjern # foran neste linje hvis scenarioet kan være vondt å lese.
# content_warning: Handler om en 14-åring som kan være i ferd med å bli rekruttert.
---

Emil er 14 år og går i niende klasse. (Innledningen vises over det første steget.)

<!-- Hvert steg er en overskrift '## Tittel {#id}'; det første steget er starten.
Valgene er en punktliste med lenker til stegene de fører til: - [Hva du gjør](#steg-id)
Tilbakemeldingen er et sitat (>) rykket inn to mellomrom under valget.
{recommended} sist på et valg markerer det valget dere anbefaler: på foreldremøter står
det «Anbefalt valg» ved det når salens valg vises (uten markering finner appen det ut
fra merkene).
Et steg uten valg er en slutt, og teksten der er oppsummeringen. Merk hvordan slutten
gikk etter id-en: {#id .good}, {#id .partly} eller {#id .poor}.
Alle steg må kunne nås fra starten, og fra hvert steg må man kunne komme til en slutt.
Denne kommentaren vises ikke i appen. -->

## Nye joggesko {#start}

Sønnen din, Emil, kommer hjem med dyre joggesko. Han sier at en venn ga ham dem.

- [Spør hvem vennen er](#samtale) #nye-ting
  > Godt. Du viser interesse uten å anklage. Nye ting uten forklaring er en grunn til å
  > snakke sammen, ikke et bevis.
- [La det ligge, det er jo bare sko](#senere)
  > Det er lett å la være. Men nye ting uten forklaring er et av faresignalene.

> [!NOTE]
> Presentatørnotat: vises bare for den som holder et foreldremøte, aldri på projektoren.

## Samtalen {#samtale}

Emil forteller at han har fått nye venner som er eldre, og at de «fikser ting».

- [Spør hvem vennene er, og hva de fikser](#god-slutt) #nye-venner
  > Bra. Nye, eldre venner er et faresignal. Du holder samtalen åpen.
- [Si at det høres fint ut](#senere)
  > Du lar et faresignal passere. Det går an å ta det opp igjen senere.

## Senere samme uke {#senere}

Emil er mye borte om kveldene og svarer kort når du spør.

- [Spør skolen eller politiet om råd](#god-slutt) #nye-venner {recommended}
  > Godt. Du trenger ikke være sikker for å spørre om råd.
- [Vent og se](#svak-slutt)
  > Å vente gjør det vanskeligere å snakke om det senere.

## En god samtale {#god-slutt .good}

Du tok signalene på alvor og holdt samtalen åpen. Det er det viktigste en voksen kan gjøre.

## Det gikk for lang tid {#svak-slutt .poor}

Signalene var der. Neste gang: snakk tidlig, og spør om råd. Politiet kan nås på 02800.
""",
    "en": """---
# A scenario is a small branching story: a situation, choices, feedback on the choice,
# a new situation, and at the end a summary.
type: scenario
id: __ID__
title: __TITLE__
# tags: the warning signs (or roles) that the choices deal with, as 'tag: name'.
# Put the tag (#tag) last on a choice that notices the sign. At the end, the learner
# sees which signs they noticed and which they missed.
tags:
  nye-ting: New things without explanation
  nye-venner: New, older friends
# Remove the # before the next line if the scenario may be hard to read.
# content_warning: About a 14-year-old who may be being recruited.
---

Emil is 14 and in year nine. (The introduction is shown above the first step.)

<!-- Each step is a heading '## Title {#id}'; the first step is the start.
The choices are a bulleted list of links to the steps they lead to: - [What you do](#step-id)
The feedback is a quote (>) indented two spaces under the choice.
{recommended} last on a choice marks the choice you recommend: at parent evenings it is
shown as "Recommended choice" when the hall's choice is revealed (without a mark, the
app works it out from the tags).
A step without choices is an ending, and its text is the summary. Mark how the ending
went after its id: {#id .good}, {#id .partly} or {#id .poor}.
Every step must be reachable from the start, and every step must lead to an ending.
This comment is not shown in the app. -->

## New trainers {#start}

Your son, Emil, comes home with expensive trainers. He says a friend gave them to him.

- [Ask who the friend is](#samtale) #nye-ting
  > Good. You show interest without accusing. New things without explanation are a
  > reason to talk, not proof.
- [Let it go, they are only shoes](#senere)
  > It is easy to let it go. But new things without explanation are one of the warning signs.

> [!NOTE]
> Presenter note: shown only to whoever runs a parent evening, never on the projector.

## The conversation {#samtale}

Emil says he has new friends who are older, and that they "fix things".

- [Ask who the friends are and what they fix](#god-slutt) #nye-venner
  > Good. New, older friends are a warning sign. You keep the conversation open.
- [Say that it sounds nice](#senere)
  > You let a warning sign pass. You can bring it up again later.

## Later that week {#senere}

Emil is out most evenings and gives short answers when you ask.

- [Ask the school or the police for advice](#god-slutt) #nye-venner {recommended}
  > Good. You do not need to be sure to ask for advice.
- [Wait and see](#svak-slutt)
  > Waiting makes it harder to talk about it later.

## A good conversation {#god-slutt .good}

You took the signs seriously and kept the conversation open. That is the most important
thing an adult can do.

## Too much time went by {#svak-slutt .poor}

The signs were there. Next time: talk early, and ask for advice. The police can be reached
on 02800.
""",
}

QUIZ = {
    "nb": """---
# En quiz: hvert spørsmål er en overskrift '## Spørsmålet {#id}'. Svarlisten under
# bestemmer hva slags spørsmål det er.
type: quiz
id: __ID__
title: __TITLE__
# pass: hvor mange prosent riktige som trengs for å bestå quizen.
pass: 80
---

Fem spørsmål om faresignaler. (Denne teksten vises før det første spørsmålet.)

<!-- Ett riktig svar: - [x] riktig og - [ ] feil. Flere riktige: flere - [x].
Sant/usant: {#id .truefalse} og to svar. Koble par: - venstre -> høyre.
Rekkefølge: 1. 2. 3. i riktig rekkefølge (appen blander dem).
Et sitat (>) rykket inn under et svar er tilbakemelding på akkurat det svaret.
Sitatet etter svarlisten er forklaringen som vises etter at man har svart.
Denne kommentaren vises ikke i appen. -->

## Hva er et faresignal? {#hva-er-et-signal}

- [x] En grunn til å snakke sammen
- [ ] Et bevis på at barnet er rekruttert
  > Nei. Et signal er en grunn til å spørre, ikke et bevis.
- [ ] Noe bare politiet trenger å vite om
  > Nei. Foreldre, lærere og trenere kan også legge merke til signalene og spørre.

> Et faresignal er en grunn til å være nysgjerrig og snakke sammen.

## Hvilke av disse er faresignaler? {#hvilke-signaler}

- [x] Nye ting uten forklaring
- [x] Nye, eldre venner
- [ ] Gode karakterer
  > Nei. Gode karakterer står ikke på listen over faresignaler.

> Nye ting og nye, eldre venner er to av de sju faresignalene.

## Et faresignal er et bevis. {#bevis .truefalse}

- [ ] Sant
- [x] Usant

> Usant. Et signal er en grunn til å snakke sammen, ikke et bevis.

## Koble situasjonen til hva du gjør {#hvem-ringer}

- Noen er i fare nå -> Ring 112
- Du vil ha råd -> Ring 02800 eller lokalt politi

> Ved fare: ring 112. Ellers kan du ringe politiet på 02800 for å få råd.

## Sett stegene i riktig rekkefølge {#rekkefolge}

1. Du legger merke til et signal
2. Du snakker rolig med barnet
3. Du spør skolen eller politiet om råd

> Først se, så snakke, så spørre om råd.
""",
    "en": """---
# A quiz: each question is a heading '## The question {#id}'. The list of answers
# under it decides what kind of question it is.
type: quiz
id: __ID__
title: __TITLE__
# pass: the percentage of right answers needed to pass the quiz.
pass: 80
---

Five questions about warning signs. (This text is shown before the first question.)

<!-- One right answer: - [x] right and - [ ] wrong. Several right: several - [x].
True/false: {#id .truefalse} and two answers. Match pairs: - left -> right.
Order: 1. 2. 3. in the right order (the app shuffles them).
A quote (>) indented under an answer is feedback on exactly that answer.
The quote after the list of answers is the explanation shown once the learner has answered.
This comment is not shown in the app. -->

## What is a warning sign? {#hva-er-et-signal}

- [x] A reason to talk
- [ ] Proof that the child has been recruited
  > No. A sign is a reason to ask, not proof.
- [ ] Something only the police need to know about
  > No. Parents, teachers and coaches can also notice the signs and ask.

> A warning sign is a reason to be curious and to talk.

## Which of these are warning signs? {#hvilke-signaler}

- [x] New things without explanation
- [x] New, older friends
- [ ] Good marks
  > No. Good marks are not on the list of warning signs.

> New things and new, older friends are two of the seven warning signs.

## A warning sign is proof. {#bevis .truefalse}

- [ ] True
- [x] False

> False. A sign is a reason to talk, not proof.

## Match the situation to what you do {#hvem-ringer}

- Someone is in danger now -> Call 112
- You want advice -> Call 02800 or your local police

> In danger: call 112. Otherwise you can call the police on 02800 for advice.

## Put the steps in the right order {#rekkefolge}

1. You notice a sign
2. You talk calmly with the child
3. You ask the school or the police for advice

> First notice, then talk, then ask for advice.
""",
}

PROGRAMME = {
    "nb": """---
# Et program er det som vises på projektoren i presentatørmodus (trainer present),
# for eksempel på et foreldremøte. Det lager ikke nytt fagstoff, men velger moduler og
# deler som allerede finnes, og gir presentatøren notater og tid.
type: programme
id: __ID__
title: __TITLE__
lang: nb
# minutes: hvor lenge programmet skal vare; minuttene i delene bør bli like mye til sammen.
minutes: 15
summary: Et kort foreldremøte om faresignalene og hvem du kan ringe.
# handout: hva som står på arket foreldrene får med hjem: 'modul' eller 'modul/side'.
handout: [faresignaler/grunn-til-a-snakke, faresignaler/hvem-ringer-du]
---

Når barn blir rekruttert til vold. (Denne teksten står på tittelsiden.)

> [!NOTE]
> Ønsk velkommen, og si hvem du er. Notatene vises bare på den bærbare skjermen.

## Et tegn er en grunn til å snakke

<!-- Hver del er en overskrift '## Tittel' med Modul:, Deler: og Minutter:.
Modulene her er fra det innebygde kurset; bytt dem gjerne ut med deres egne. -->

- Modul: faresignaler
- Deler: grunn-til-a-snakke
- Minutter: 6

> [!NOTE]
> Si flere ganger at et tegn er en grunn til å snakke, ikke et bevis.

## Hvem ringer du?

- Modul: faresignaler
- Deler: hvem-ringer-du
- Minutter: 5

> [!NOTE]
> Si numrene høyt: 112 når noen er i fare nå, ellers lokalt politi eller 02800.

## Spørsmål

Har dere spørsmål?

- Minutter: 4

> [!NOTE]
> Takk for at de kom.
""",
    "en": """---
# A programme is what the projector shows in presenter mode (trainer present), for
# example at a parent evening. It adds no new facts: it picks modules and parts that
# already exist, and gives the presenter notes and timings.
type: programme
id: __ID__
title: __TITLE__
lang: en
# minutes: how long the programme should last; the sections' minutes should add up to it.
minutes: 15
summary: A short parent evening about the warning signs and whom to call.
# handout: what the sheet parents take home shows: 'module' or 'module/page'.
handout: [faresignaler/grunn-til-a-snakke, faresignaler/hvem-ringer-du]
---

When children are recruited into violence. (This text is on the title slide.)

> [!NOTE]
> Welcome everyone and say who you are. Notes are shown only on the laptop.

## A sign is a reason to talk

<!-- Each section is a heading '## Title' with Module:, Parts: and Minutes:.
The modules here are from the built-in course; replace them with your own if you like. -->

- Module: faresignaler
- Parts: grunn-til-a-snakke
- Minutes: 6

> [!NOTE]
> Say more than once that a sign is a reason to talk, not proof.

## Whom do you call?

- Module: faresignaler
- Parts: hvem-ringer-du
- Minutes: 5

> [!NOTE]
> Say the numbers out loud: 112 when someone is in danger now, otherwise the local police or 02800.

## Questions

Do you have any questions?

- Minutes: 4

> [!NOTE]
> Thank them for coming.
""",
}

PACK_MANIFEST = {
    "nb": """---
# Manifestet for innholdspakken. Filen må hete pack.md og ligge øverst i pakkemappen.
type: pack
# id: pakkens navn for appen; pakken installeres i en mappe med dette navnet.
# Små bokstaver a-z, tall, - og _. Behold den samme id-en i nye utgaver av pakken.
id: __ID__
title: __TITLE__
lang: nb
# version: øk når du sender ut en ny utgave. Den som har fullført en modul som ikke er
# endret, beholder fremdriften sin.
version: 1
authors: [Ola Nordmann]
organisation: Ditt politidistrikt
# licence: hvilke vilkår andre kan bruke innholdet på, for eksempel CC BY 4.0.
licence: CC BY 4.0
---

Kort om pakken: hva den inneholder, og hvem den er for. Teksten vises i appen under
Fil > Innholdspakker …

<!-- Lag zip-filen til skolene med: trainer pack __FOLDER__
Vil dere ha et eget kontaktkort i stedet for det innebygde? Legg en fil med type: contact
i pakken (se veiledningen). Denne kommentaren vises ikke i appen. -->
""",
    "en": """---
# The content pack's manifest. The file must be called pack.md and lie at the top of the pack's folder.
type: pack
# id: the pack's name for the app; the pack is installed in a folder with this name.
# Small letters a-z, digits, - and _. Keep the same id in new editions of the pack.
id: __ID__
title: __TITLE__
lang: en
# version: raise it when you send out a new edition. Learners who completed a module
# that did not change keep their progress.
version: 1
authors: [Ola Nordmann]
organisation: Your police district
# licence: the terms on which others may use the content, for example CC BY 4.0.
licence: CC BY 4.0
---

About the pack: what it holds and who it is for. This text is shown in the app under
File > Content packs…

<!-- Make the zip for the schools with: trainer pack __FOLDER__
Want your own contact card instead of the built-in one? Put a file with type: contact in
the pack (see the guide). This comment is not shown in the app. -->
""",
}

PACK_COURSE = {
    "nb": """---
# Et kurs samler moduler. Modulene i pakken vises i kursoversikten gjennom et kurs.
# Du kan også ta med moduler fra det innebygde kurset, for eksempel faresignaler.
type: course
id: __ID__-kurs
title: __TITLE__
lang: nb
minutes: 20
summary: Et kurs fra __TITLE__.
modules: [__ID__-modul]
# pass: hvilke quizer som må bestås, og hvor mange prosent riktige som trengs.
pass:
  quizzes: [quiz]
  percent: 80
organisation: Ditt politidistrikt
---
""",
    "en": """---
# A course brings modules together. The pack's modules appear in the course overview through a course.
# You can also list modules from the built-in course, for example faresignaler.
type: course
id: __ID__-kurs
title: __TITLE__
lang: en
minutes: 20
summary: A course from __TITLE__.
modules: [__ID__-modul]
# pass: which quizzes must be passed, and the percentage of right answers needed.
pass:
  quizzes: [quiz]
  percent: 80
organisation: Your police district
---
""",
}

PACK_FIGURES = {
    "nb": """---
type: page
id: tall
title: Tall fra distriktet
---

Distriktets egne tall vises som et diagram, med tabellen under.

<!-- Linjen chart: rett over tabellen gjør den til et diagram: bar (stolper) eller line
(linjer). rows: velger radene diagrammet viser; title: gir det en tittel.
EKSEMPELTALL: bytt dem ut med distriktets egne tall før pakken deles. -->

<!-- chart: bar; rows: Kommune A, Kommune B; title: Registrerte saker (eksempeltall) -->
| Kommune | 2023 | 2024 | 2025* |
|---|---|---|---|
| Kommune A | 120 | 135 | 90 |
| Kommune B | 45 | 52 | 30 |
| Totalt | 165 | 187 | 120 |

\\* 2025 er et delår. Kilde: ditt politidistrikt.
""",
    "en": """---
type: page
id: tall
title: Figures from the district
---

The district's own figures are shown as a chart, with the table below it.

<!-- The chart: line right above the table turns it into a chart: bar or line.
rows: picks the rows the chart shows; title: gives it a title.
SAMPLE FIGURES: replace them with the district's own before the pack is shared. -->

<!-- chart: bar; rows: Town A, Town B; title: Registered cases (sample figures) -->
| Town | 2023 | 2024 | 2025* |
|---|---|---|---|
| Town A | 120 | 135 | 90 |
| Town B | 45 | 52 | 30 |
| Total | 165 | 187 | 120 |

\\* 2025 is part of a year. Source: your police district.
""",
}

DEFAULT_FILES = {  # the file name when PATH is a folder
    "scenario": {"nb": "scenario.md", "en": "scenario.md"},
    "quiz": {"nb": "quiz.md", "en": "quiz.md"},
    "programme": {"nb": "program.md", "en": "programme.md"},
}
DEFAULT_TITLES = {
    "quiz": {"nb": "Test deg selv", "en": "Test yourself"},
    "scenario": {"nb": "Nye joggesko", "en": "New trainers"},
}
PACK_FOLDER_NAMES = {
    "nb": {"course": "kurs.md", "module": "01-modul"},
    "en": {"course": "course.md", "module": "01-module"},
}


def fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace(f"__{key.upper()}__", value)
    return text


def yaml_text(value: str) -> str:
    """A title safe to put after 'title: ' (quoted when YAML would misread it)."""
    if re.search(r"[:#\[\]{}&*!|>'\"%@`,]", value) or value[:1] in "-?":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class Written:
    kind: str
    paths: tuple[Path, ...]  # every file written
    main: Path  # the file (or folder) to open next
    hint: str = ""  # a note for the author, when the file needs a place to live


def _sibling_ids(folder: Path) -> set[str]:
    found = set()
    if not folder.is_dir():
        return found
    for path in folder.glob("*.md"):
        try:
            for line in path.read_text("utf-8-sig").splitlines()[1:40]:
                if line.startswith("id:"):
                    found.add(line[3:].strip().strip("'\""))
                    break
                if line.strip() == "---":
                    break
        except (OSError, UnicodeDecodeError):
            continue
    return found


def _nearby_module_ids(folder: Path) -> dict[str, Path]:
    """The modules beside a new module's folder (its pack, or the folder above): id ->
    module.md, read from the front matter's id line without parsing the files."""
    folder = Path(folder).resolve()
    pack = next((f for f in folder.parents if (f / "pack.md").is_file()), None)
    # In a pack: all of it. Elsewhere: the folders beside it and beside its folder
    # (ids2/a when ids2/b/a is made), not a whole home folder.
    modules = (sorted(pack.glob("*/module.md")) + sorted(pack.glob("*/*/module.md")) if pack is not None
               else sorted(folder.parent.glob("*/module.md")) + sorted(folder.parent.parent.glob("*/module.md")))
    found: dict[str, Path] = {}
    for module in modules:
        if module.parent != folder:
            for ident in _sibling_ids_of(module):
                found.setdefault(ident, module)
    return found


def _sibling_ids_of(path: Path) -> set[str]:
    try:
        for line in path.read_text("utf-8-sig").splitlines()[1:40]:
            if line.startswith("id:"):
                return {line[3:].strip().strip("'\"")}
            if line.strip() == "---":
                break
    except (OSError, UnicodeDecodeError):
        pass
    return set()


def _unique(ident: str, taken: set[str]) -> str:
    candidate, number = ident, 2
    while candidate in taken:
        candidate, number = f"{ident}-{number}", number + 1
    return candidate


def _write(files: dict[Path, str]) -> None:
    existing = [p for p in files if p.exists()]
    if existing:
        raise TemplateError(_("'{value}' already exists; choose another name (nothing is written)").format(value=existing[0]))
    for path, text in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as error:
            raise TemplateError(_("'{path}' cannot be written: {value}").format(path=path, value=os_reason(error))) from None


def _blocking_folder(path: Path) -> Path:
    """The folder on the way to `path` that this user may not look into."""
    path = Path(path).absolute()
    for candidate in [*reversed(path.parents), path]:
        try:
            os.stat(candidate)
        except PermissionError:
            return candidate.parent
        except OSError:
            break
    try:
        return path if path.is_dir() else path.parent
    except OSError:
        return path.parent


def create(kind: str, path: Path, lang: str = "nb", taken: set[str] = frozenset()) -> Written:
    """Write the starting file(s) for `kind` at `path`. `taken` holds the module, course
    and programme ids already installed, which a new file must not reuse. Raises
    TemplateError."""
    too_long = next((part for part in Path(path).parts if len(os.fsencode(part)) > 255), None)
    if too_long is not None:  # (the system's limit for one name, in bytes: æ, ø and å take two)
        raise TemplateError(_("the name '{name}…' is too long: a file or folder name can have at most 255 letters").format(
            name=too_long[:40]))
    try:
        return _create(kind, path, lang, taken)
    except OSError as error:  # looking before writing: a folder on the way cannot be read
        if error.errno == errno.ENAMETOOLONG:
            raise TemplateError(_("the path '{path}' is too long for the system").format(path=path)) from None
        raise TemplateError(_("cannot read the folder '{path}': {reason}").format(
            path=_blocking_folder(path), reason=os_reason(error, reading=True))) from None


def _create(kind: str, path: Path, lang: str, taken: set[str]) -> Written:
    if kind not in KINDS:
        raise TemplateError(_("unknown kind '{kind}': use {names}").format(kind=kind, names=', '.join(KINDS)))
    if lang not in LANGUAGES:
        raise TemplateError(_("unknown language '{lang}': use nb or en").format(lang=lang))
    path = Path(path)
    if kind == "module":
        if path.name.lower() == "module.md":
            folder, target = path.parent, path
        elif path.suffix.lower() == ".md":  # a module is a folder; "m.md" would be a module file named wrong
            raise TemplateError(_("'{path}' looks like a file; a module is a folder with a module.md in it: "
                                  "trainer new module {folder}").format(path=path, folder=quote(str(path.with_suffix("")))))
        else:
            folder, target = path, path / "module.md"
        ident = slug(folder.resolve().name, "modul" if lang == "nb" else "module")
        beside = _nearby_module_ids(folder)
        if ident in beside:  # two modules with one id: the second would be refused by the check
            raise TemplateError(_("the module '{id}' is already in {other}; give the new folder another name "
                                  "(nothing is written)").format(id=ident, other=beside[ident]))
        ident = _unique(ident, set(taken))
        title = title_from_name(folder.resolve().name, ident)
        _write({target: fill(MODULE[lang], id=ident, title=yaml_text(title), folder=str(folder))})
        return Written(kind, (target,), folder)
    if kind == "pack":
        if path.suffix:
            raise TemplateError(_("'{path}' looks like a file; a content pack is a folder: trainer new pack FOLDER").format(path=path))
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise TemplateError(_("'{path}' already exists and is not empty; choose a new folder (nothing is written)").format(path=path))
        ident = slug(path.resolve().name, "pakke" if lang == "nb" else "pack")
        base, number = ident, 2
        while f"{ident}-modul" in taken or f"{ident}-kurs" in taken:
            ident, number = f"{base}-{number}", number + 1
        title = yaml_text(title_from_name(path.resolve().name, ident))
        names = PACK_FOLDER_NAMES[lang]
        module = path / names["module"]
        values = dict(id=ident, title=title, folder=str(path))
        module_title = "Fra distriktet" if lang == "nb" else "From the district"
        files = {
            path / "pack.md": fill(PACK_MANIFEST[lang], **values),
            path / names["course"]: fill(PACK_COURSE[lang], **values),
            module / "module.md": re.sub(r"\n<!--.*?-->\n", "\n", fill(MODULE[lang], id=f"{ident}-modul", title=module_title),
                                         flags=re.DOTALL).rstrip("\n") + "\n",
            module / "02-tall.md": PACK_FIGURES[lang],
            module / "03-scenario.md": fill(SCENARIO[lang], id="scenario", title=DEFAULT_TITLES["scenario"][lang]),
            module / "04-quiz.md": fill(QUIZ[lang], id="quiz", title=DEFAULT_TITLES["quiz"][lang]),
        }
        _write(files)
        return Written(kind, tuple(files), path)
    # scenario, quiz, programme: one file
    if path.is_dir():
        path = path / DEFAULT_FILES[kind][lang]
    elif not path.suffix:
        path = path.with_suffix(".md")
    ident = slug(path.stem, kind)
    text = {"scenario": SCENARIO, "quiz": QUIZ, "programme": PROGRAMME}[kind][lang]
    hint = ""
    if kind in ("scenario", "quiz"):
        ident = _unique(ident, _sibling_ids(path.parent))
        title = DEFAULT_TITLES[kind][lang]
        if not (path.parent / "module.md").is_file():
            hint = _("The file is not in a module folder (a folder with module.md), so the app does not show it "
                     "until it is moved there. Make a module with: trainer new module FOLDER")
    else:
        ident = _unique(ident, set(taken))
        title = title_from_name(path.name, ident)
    _write({path: fill(text, id=ident, title=yaml_text(title))})
    return Written(kind, (path,), path, hint)
