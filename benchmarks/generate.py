"""Generated content for benchmarks: N modules, each with reading pages, a branching
scenario and a quiz, in the real content format (they validate clean)."""

from __future__ import annotations

from pathlib import Path

MODULE = """---
type: module
id: m{n:04d}
title: Modul {n}
lang: nb
audience: [teacher, parent]
minutes: 10
version: 1
summary: En generert modul for målinger.
---

Dette er innledningen til modul {n}. Den har **uthevet** tekst og en liste:

- første punkt
- andre punkt
"""

PAGE = """---
type: page
id: side-{k}
title: Side {k}
---

## Overskrift

Et avsnitt med tekst som forklarer noe viktig om faresignaler. Et nytt tegn er en grunn til
å snakke sammen, ikke et bevis. De fleste unge har det bra.

> [!NOTE]
> Spør salen hva de ville gjort.
"""

SCENARIO = """---
type: scenario
id: scenario
title: Et scenario
tags:
  nye-ting: Nye ting uten forklaring
  nye-venner: Nye, eldre venner
---

## Start {#start}

Noe skjer.

- [Spør rolig](#samtale) #nye-ting
  > Bra.
- [Vent](#vent)
  > Lett å gjøre.

## Samtale {#samtale}

- [Spør om vennen](#god) #nye-venner
  > Godt.
- [La det ligge](#svak)
  > Synd.

## Vent {#vent}

- [Ta det opp](#samtale)
  > Aldri for sent.
- [La det gå](#svak)
  > Signalene står ubesvart.

## God slutt {#god}

Dere snakket sammen.

## Svak slutt {#svak}

Du vet ikke mer.
"""

QUIZ = """---
type: quiz
id: quiz-m{n:04d}
title: Quiz {n}
---

## Hvem betaler? {{#q1}}

- [x] Bestilleren
- [ ] Utføreren

> Bestilleren betaler.

## Hvilke er tegn? {{#q2}}

- [x] Nye ting
- [ ] Gode karakterer
- [x] Krypterte apper

> To av dem.

## Koble {{#q3}}

- Bestiller -> Betaler
- Utfører -> Gjør jobben

> Faste roller.

## Rekkefølge {{#q4}}

1. Sosiale medier
2. Annonse
3. Gruppe

> Slik går det til.
"""

COURSE = """---
type: course
id: generert
title: Generert kurs
lang: nb
modules: [{modules}]
---
"""


def generate(root: Path, count: int) -> Path:
    language = root / "nb"
    language.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        folder = language / f"m{n:04d}"
        folder.mkdir(exist_ok=True)
        (folder / "module.md").write_text(MODULE.format(n=n), "utf-8")
        for k in (2, 3):
            (folder / f"0{k}-side.md").write_text(PAGE.format(k=k), "utf-8")
        (folder / "04-scenario.md").write_text(SCENARIO, "utf-8")
        (folder / "05-quiz.md").write_text(QUIZ.format(n=n), "utf-8")
    modules = ", ".join(f"m{n:04d}" for n in range(min(count, 50)))
    (language / "kurs.md").write_text(COURSE.format(modules=modules), "utf-8")
    return root
