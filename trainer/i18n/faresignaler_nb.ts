<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AudienceWindow</name>
    <message>
        <location filename="../ui/presenter/windows.py" line="97" />
        <source>Faresignaler: presentation</source>
        <translation>Faresignaler: presentasjon</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="36" />
        <source>Pre&amp;view content…</source>
        <translation>Forhånds&amp;vis innhold …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="38" />
        <source>&amp;Import content pack…</source>
        <translation>&amp;Importer innholdspakke …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="40" />
        <source>Content pac&amp;ks…</source>
        <translation>Innholdspa&amp;kker …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="42" />
        <source>Authoring &amp;guide</source>
        <translation>&amp;Veiledning for forfattere</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="48" />
        <source>Preview content</source>
        <translation>Forhåndsvis innhold</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="48" />
        <source>Content files (*.md)</source>
        <translation>Innholdsfiler (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="51" />
        <location filename="../ui/authoring/authoring_actions.py" line="118" />
        <location filename="../ui/authoring/authoring_actions.py" line="141" />
        <location filename="../ui/authoring/authoring_actions.py" line="166" />
        <source>Import content pack</source>
        <translation>Importer innholdspakke</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="51" />
        <source>Content packs (*.zip pack.md)</source>
        <translation>Innholdspakker (*.zip pack.md)</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="123" />
        <source>“%1” version %2 is installed. Replace it with version %3? Learners keep their progress.</source>
        <translation>«%1» versjon %2 er installert. Vil du erstatte den med versjon %3? Fremdriften til dem som tar kurset, beholdes.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="131" />
        <source>Checking and installing the pack…</source>
        <translation>Kontrollerer og installerer pakken …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="150" />
        <source>“%1” (version %2) is installed.</source>
        <translation>«%1» (versjon %2) er installert.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="153" />
        <source>Changed modules: %1. Whoever had completed one finds it in progress again; their answers are kept.</source>
        <translation>Endrede moduler: %1. Den som hadde fullført en av dem, finner den som påbegynt igjen; svarene er tatt vare på.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="156" />
        <source>No module changed, so all progress stays as it was.</source>
        <translation>Ingen moduler er endret, så all fremdrift er som før.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="159" />
        <source>This pack replaces the contact card (%1). The new card, “%2”:</source>
        <translation>Denne pakken erstatter kontaktkortet (%1). Det nye kortet, «%2»:</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="178" />
        <location filename="../ui/authoring/authoring_actions.py" line="186" />
        <source>Remove content pack</source>
        <translation>Fjern innholdspakke</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="179" />
        <source>Remove “%1”? Learners' progress is kept, and comes back if the pack is installed again.</source>
        <translation>Fjerne «%1»? Fremdriften til dem som tar kurset, tas vare på, og kommer tilbake hvis pakken installeres igjen.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="186" />
        <source>The pack could not be removed.</source>
        <translation>Pakken kunne ikke fjernes.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="210" />
        <source>Loading the course…</source>
        <translation>Laster inn kurset …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>Checking the pack…</source>
        <translation>Kontrollerer pakken …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>“%1” version %2 is installed. This pack has version %3, which is OLDER. Go back to the older version %3 anyway? Learners keep their progress.</source>
        <translation>«%1» versjon %2 er installert. Denne pakken har versjon %3, som er ELDRE. Vil du likevel gå tilbake til den eldre versjonen %3? Fremdriften til dem som tar kurset, beholdes.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>“%1” version %2 is already installed. Install version %2 again? Learners keep their progress.</source>
        <translation>«%1» versjon %2 er allerede installert. Vil du installere versjon %2 på nytt? Fremdriften til dem som tar kurset, beholdes.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>The pack was not installed. Nothing was changed. Send this to whoever made the pack:</source>
        <translation>Pakken ble ikke installert. Ingenting ble endret. Send dette til den som laget pakken:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>… og %n til (se detaljene).</numerusform>
            <numerusform>… og %n til (se detaljene).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="22" />
        <source>Course certificate</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="23" />
        <source>has passed the course</source>
        <translation>har bestått kurset</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="24" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="25" />
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="26" />
        <source>Best quiz score</source>
        <translation>Beste quizresultat</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="27" />
        <source>Issued %1 by %2.</source>
        <translation>Utstedt %1 av %2.</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="28" />
        <source>Content versions of the quizzes passed</source>
        <translation>Innholdsversjoner for de beståtte quizene</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="29" />
        <source>Made with Faresignaler %1</source>
        <translation>Laget med Faresignaler %1</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="31" />
        <source>The course&apos;s %1 modules, with dates and results, are listed from the next page.</source>
        <translation>Kursets %1 moduler står oppført med dato og resultat fra neste side.</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="33" />
        <source>Modules and results for %1</source>
        <translation>Moduler og resultater for %1</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="34" />
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="27" />
        <source>Passed with at least %1 % on each of these quizzes: %2.</source>
        <translation>Bestått med minst %1 % på hver av disse quizene: %2.</translation>
    </message>
    <message>
        <location filename="../ui/records/certificate_pdf.py" line="30" />
        <source>Not completed</source>
        <translation>Ikke fullført</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../ui/presenter/windows.py" line="148" />
        <source>Faresignaler: presenter view</source>
        <translation>Faresignaler: presentatørvisning</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="156" />
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="158" />
        <source>Time of day</source>
        <translation>Klokka</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="160" />
        <source>Slide number</source>
        <translation>Lysbildenummer</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="162" />
        <source>Elapsed and planned time</source>
        <translation>Brukt og planlagt tid</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="172" />
        <source>Presenter notes</source>
        <translation>Presentatørnotater</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="186" />
        <source>◀ Back</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="180" />
        <source>Forward: → PgDn Space Enter · Back: ← PgUp Backspace · B or . black · W white · G and a number: go to slide · Home/End · 1–9 choose · V votes · S skip a content warning · X switch screens · N notes (one screen), ↓ ↑ scroll them · + and − notes size · T theme · F full screen · Esc leave</source>
        <translation>Fram: → PgDn Mellomrom Enter · Tilbake: ← PgUp Tilbaketast · B eller . svart · W hvit · G og et tall: gå til lysbilde · Home/End · 1–9 velg · V stemmer · S hopp over en innholdsadvarsel · X bytt skjermer · N notater (én skjerm), ↓ ↑ blar i dem · + og − notatstørrelse · T tema · F fullskjerm · Esc avslutt</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="187" />
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="192" />
        <source>Votes…</source>
        <translation>Stemmer …</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="193" />
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="194" />
        <source>Black screen</source>
        <translation>Svart skjerm</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="195" />
        <source>Switch screens</source>
        <translation>Bytt skjermer</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="196" />
        <source>Light/dark</source>
        <translation>Lyst/mørkt</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="197" />
        <source>Notes A−</source>
        <translation>Notater A−</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="198" />
        <source>Notes A+</source>
        <translation>Notater A+</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="199" />
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/presenter/windows.py" line="262" />
        <source>No notes for this slide.</source>
        <translation>Ingen notater til dette lysbildet.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/learner/contact_dialog.py" line="17" />
        <location filename="../ui/learner/contact_dialog.py" line="24" />
        <source>Contact the police</source>
        <translation>Kontakt politiet</translation>
    </message>
    <message>
        <location filename="../ui/learner/contact_dialog.py" line="23" />
        <source>**Emergency? Call 112.**</source>
        <translation>**Akutt? Ring 112.**</translation>
    </message>
</context>
<context>
    <name>ContentWarningScreen</name>
    <message>
        <location filename="../ui/learner/content_warning.py" line="24" />
        <source>Before you start</source>
        <translation>Før du begynner</translation>
    </message>
    <message>
        <location filename="../ui/learner/content_warning.py" line="32" />
        <source>Take it at your own pace. You can pause at any time, skip this module and come back later, or talk to someone you trust about what you read.</source>
        <translation>Ta den tiden du trenger. Du kan ta pause når du vil, hoppe over modulen og komme tilbake senere, eller snakke med noen du stoler på om det du leser.</translation>
    </message>
    <message>
        <location filename="../ui/learner/content_warning.py" line="35" />
        <source>&amp;Continue</source>
        <translation>Fo&amp;rtsett</translation>
    </message>
    <message>
        <location filename="../ui/learner/content_warning.py" line="37" />
        <source>&amp;Skip for now</source>
        <translation>Hopp &amp;over</translation>
    </message>
    <message>
        <location filename="../ui/learner/content_warning.py" line="66" />
        <source>Content warning: %1</source>
        <translation>Innholdsadvarsel: %1</translation>
    </message>
</context>
<context>
    <name>CourseOverview</name>
    <message>
        <location filename="../ui/learner/course_overview.py" line="131" />
        <location filename="../ui/learner/course_overview.py" line="318" />
        <source>Continue where you stopped</source>
        <translation>Fortsett der du slapp</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="133" />
        <source>Courses</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="160" />
        <source>Hello, %1</source>
        <translation>Hei, %1</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="172" />
        <source>No courses are installed in this language.</source>
        <translation>Ingen kurs er installert på dette språket.</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="174" />
        <source>No courses</source>
        <translation>Ingen kurs</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="212" />
        <source>Modules in %1</source>
        <translation>Moduler i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/learner/course_overview.py" line="127" />
        <location filename="../web/words.py" line="71" />
        <source>%1 of %n module(s) completed</source>
        <translation>
            <numerusform>%1 av %n modul fullført</numerusform>
            <numerusform>%1 av %n moduler fullført</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="201" />
        <source>Course progress</source>
        <translation>Fremdrift i kurset</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="205" />
        <source>What is left to pass</source>
        <translation>Hva som gjenstår for å bestå</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="221" />
        <source>For %1 · about %2 min</source>
        <translation>For %1 · om lag %2 min</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="236" />
        <source>Click a module, or choose it with the arrow keys and press Enter.</source>
        <translation>Klikk på en modul, eller velg den med piltastene og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="252" />
        <source>Course passed. Well done! You can save your certificate under My progress.</source>
        <translation>Kurset er bestått. Godt jobbet! Du kan lagre kursbeviset under Min fremdrift.</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="260" />
        <source>Quizzes passed: %1 of %2 required (at least %3 % right): %4</source>
        <translation>Beståtte quizer: %1 av %2 som kreves (minst %3 % riktig): %4</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="293" />
        <source>teachers</source>
        <translation>lærere</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="293" />
        <source>parents</source>
        <translation>foreldre</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="293" />
        <source>officers</source>
        <translation>politi</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="297" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="298" />
        <source>In progress</source>
        <translation>Påbegynt</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="299" />
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="304" />
        <source>Quiz: best %1 %</source>
        <translation>Quiz: beste %1 %</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="331" />
        <source>Start the next module</source>
        <translation>Start neste modul</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="339" />
        <source>Take the modules in any order. Your progress is saved as you go.</source>
        <translation>Ta modulene i den rekkefølgen du vil. Fremdriften lagres underveis.</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="340" />
        <source>Take the modules in any order. Your progress is not being saved right now: see the notice at the top.</source>
        <translation>Ta modulene i den rekkefølgen du vil. Fremdriften lagres ikke akkurat nå: se meldingen øverst.</translation>
    </message>
    <message>
        <location filename="../ui/learner/course_overview.py" line="343" />
        <source>You have completed every module in this course.</source>
        <translation>Du har fullført alle modulene i dette kurset.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="27" />
        <location filename="../ui/authoring/pack_dialogs.py" line="29" />
        <source>Authoring guide</source>
        <translation>Veiledning for forfattere</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="33" />
        <source>The authoring guide is missing from this installation (%1).</source>
        <translation>Veiledningen for forfattere mangler i denne installasjonen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="38" />
        <location filename="../ui/authoring/pack_dialogs.py" line="39" />
        <source>Find in the guide</source>
        <translation>Søk i veiledningen</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="41" />
        <source>&amp;Find next</source>
        <translation>&amp;Finn neste</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="67" />
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../ui/loading_screen.py" line="12" />
        <source>Loading the course…</source>
        <translation>Laster inn kurset …</translation>
    </message>
    <message>
        <location filename="../ui/loading_screen.py" line="17" />
        <source>Loading the course</source>
        <translation>Laster inn kurset</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="232" />
        <source>Emergency? Call 112.  Not urgent: the police on 02800.</source>
        <translation>Akutt? Ring 112.  Ikke akutt: politiet på 02800.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="249" />
        <source>Emergency: 112 · Police: 02800</source>
        <translation>Akutt: 112 · Politiet: 02800</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="247" />
        <source>Police (F2)</source>
        <translation>Politiet (F2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233" />
        <source>Contact the police (F2)</source>
        <translation>Kontakt politiet (F2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="245" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="246" />
        <source>&amp;Switch profile</source>
        <translation>&amp;Bytt profil</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="250" />
        <source>Course &amp;overview</source>
        <translation>Kurs&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="268" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273" />
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277" />
        <source>&amp;Larger text</source>
        <translation>&amp;Større tekst</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="281" />
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="285" />
        <source>&amp;High contrast</source>
        <translation>&amp;Høy kontrast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="307" />
        <source>Module &amp;parts</source>
        <translation>Modulens &amp;deler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="292" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="293" />
        <source>&amp;Contact the police</source>
        <translation>&amp;Kontakt politiet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="299" />
        <source>&amp;About Faresignaler</source>
        <translation>&amp;Om Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="419" />
        <source>Not in this language</source>
        <translation>Ikke på dette språket</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="420" />
        <source>The module %1 is not available in the chosen language. Open it in %2?</source>
        <translation>Modulen %1 finnes ikke på språket du har valgt. Vil du åpne den på %2?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="452" />
        <source>About Faresignaler</source>
        <translation>Om Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="453" />
        <source>Faresignaler %1

Offline training about the recruitment of children and young people into Violence as a Service. Built on material from Sør-Øst police district (autumn 2025).</source>
        <translation>Faresignaler %1

Opplæring uten nett om rekruttering av barn og unge til vold som handelsvare. Bygget på materiale fra Sør-Øst politidistrikt (høsten 2025).</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../ui/learner/module_view.py" line="38" />
        <source>◀  &amp;Overview</source>
        <translation>◀  &amp;Oversikt</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="43" />
        <source>Parts of the module</source>
        <translation>Deler av modulen</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="58" />
        <source>Reading page</source>
        <translation>Leseside</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="77" />
        <source>◀  &amp;Previous</source>
        <translation>◀  Fo&amp;rrige</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="115" />
        <location filename="../ui/learner/module_view.py" line="178" />
        <source>Page</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="115" />
        <location filename="../ui/learner/module_view.py" line="178" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="115" />
        <location filename="../ui/learner/module_view.py" line="178" />
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="154" />
        <source>Already read</source>
        <translation>Lest</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="160" />
        <source>ending reached</source>
        <translation>slutten nådd</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="164" />
        <source>%1 of %2 signs</source>
        <translation>%1 av %2 tegn</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="167" />
        <source>good ending</source>
        <translation>god slutt</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="169" />
        <source>partly good ending</source>
        <translation>delvis god slutt</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="170" />
        <source>poor ending</source>
        <translation>svak slutt</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="212" />
        <location filename="../ui/learner/module_view.py" line="232" />
        <source>&amp;Next  ▶</source>
        <translation>&amp;Neste  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="212" />
        <source>F&amp;inish module  ✓</source>
        <translation>F&amp;ullfør modulen  ✓</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="232" />
        <source>Next &amp;module  ▶</source>
        <translation>Neste &amp;modul  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="334" />
        <source>Finish without the quiz?</source>
        <translation>Fullføre uten quizen?</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="325" />
        <source>You have not taken the quiz “%1” yet. Its result counts towards the course. Finish the module anyway?</source>
        <translation>Du har ikke tatt quizen «%1» ennå. Resultatet teller med i kurset. Vil du fullføre modulen likevel?</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="337" />
        <source>Finish anyway</source>
        <translation>Fullfør likevel</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="337" />
        <source>Take the quiz</source>
        <translation>Ta quizen</translation>
    </message>
    <message>
        <location filename="../ui/learner/module_view.py" line="328" />
        <source>You have not taken the quiz “%1” yet. Finish the module anyway?</source>
        <translation>Du har ikke tatt quizen «%1» ennå. Vil du fullføre modulen likevel?</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="78" />
        <source>Content packs</source>
        <translation>Innholdspakker</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="79" />
        <source>Content packs add modules, courses and programmes, for example from your police district. They are installed in your data folder, never in the app itself.</source>
        <translation>Innholdspakker legger til moduler, kurs og programmer, for eksempel fra politidistriktet ditt. De installeres i datamappen din, aldri i selve appen.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="83" />
        <source>Pack</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="83" />
        <location filename="../ui/authoring/pack_dialogs.py" line="159" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="83" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="83" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="84" />
        <source>Contact card</source>
        <translation>Kontaktkort</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="89" />
        <source>Installed content packs</source>
        <translation>Installerte innholdspakker</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="92" />
        <source>About the pack</source>
        <translation>Om pakken</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="93" />
        <source>No content packs are installed. Use “Import…” to add one.</source>
        <translation>Ingen innholdspakker er installert. Bruk «Importer …» for å legge til en.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="96" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="98" />
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="159" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="160" />
        <source>Authors</source>
        <translation>Forfattere</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="161" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="162" />
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="167" />
        <source>This folder has no pack.md, so little is known about it.</source>
        <translation>Denne mappen har ingen pack.md, så lite er kjent om den.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="171" />
        <source>this pack provides the contact card the app shows (%1).</source>
        <translation>denne pakken står for kontaktkortet appen viser (%1).</translation>
    </message>
    <message>
        <location filename="../ui/authoring/pack_dialogs.py" line="172" />
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../ui/presenter/presenter.py" line="166" />
        <source>Leave the presentation</source>
        <translation>Avslutt presentasjonen</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="168" />
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="169" />
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="342" />
        <source>Leave the presentation?</source>
        <translation>Vil du avslutte presentasjonen?</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="383" />
        <source>Slide %1 of %2</source>
        <translation>Lysbilde %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="384" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="393" />
        <source>Part %1 of %2: %3</source>
        <translation>Del %1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="396" />
        <source>This part: %1 of %2</source>
        <translation>Denne delen: %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="398" />
        <source>(%1 over)</source>
        <translation>(%1 over tiden)</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="422" />
        <location filename="../ui/presenter/presenter.py" line="454" />
        <source>End of the programme</source>
        <translation>Slutt på programmet</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="428" />
        <source>The projector is black (B to return)</source>
        <translation>Projektoren er svart (B for å komme tilbake)</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="430" />
        <source>The projector is white (W to return)</source>
        <translation>Projektoren er hvit (W for å komme tilbake)</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="432" />
        <source>Content warning: S skips this part</source>
        <translation>Innholdsadvarsel: S hopper over denne delen</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="438" />
        <source>Votes: %1</source>
        <translation>Stemmer: %1</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="441" />
        <source>No votes yet. Press V to type the hand count.</source>
        <translation>Ingen stemmer ennå. Trykk V for å skrive inn håndopprekningen.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="444" />
        <source>Go to slide: %1</source>
        <translation>Gå til lysbilde: %1</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="455" />
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="443" />
        <source>No vote was taken: the story goes on with choice %1. V or 1–9 gives the hall's choice.</source>
        <translation>Det ble ikke stemt: historien går videre med valg %1. V eller 1–9 gir salens valg.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="446" />
        <source>End of the programme: there is no slide after this one. Esc leaves.</source>
        <translation>Slutt på programmet: det er ingen lysbilder etter dette. Esc avslutter.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="176" />
        <source>L leaves. Enter, Space or Esc goes on with the show.</source>
        <translation>L avslutter. Enter, mellomrom eller Esc fortsetter visningen.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/presenter.py" line="603" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>PresenterActions</name>
    <message>
        <location filename="../ui/presenter/actions.py" line="25" />
        <source>&amp;Presenter mode…</source>
        <translation>&amp;Presentatørmodus …</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="28" />
        <source>Parent &amp;handout (PDF)…</source>
        <translation>&amp;Utdelingsark til foreldre (PDF) …</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="52" />
        <location filename="../ui/presenter/actions.py" line="54" />
        <source>Presenter mode</source>
        <translation>Presentatørmodus</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="52" />
        <source>The installed content has no programmes.</source>
        <translation>Det installerte innholdet har ingen programmer.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="74" />
        <location filename="../ui/presenter/actions.py" line="76" />
        <location filename="../ui/presenter/actions.py" line="88" />
        <location filename="../ui/presenter/actions.py" line="90" />
        <source>Parent handout</source>
        <translation>Utdelingsark til foreldre</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="74" />
        <source>The installed content has no programme with a handout.</source>
        <translation>Det installerte innholdet har ikke noe program med utdelingsark.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="79" />
        <source>Save the parent handout</source>
        <translation>Lagre utdelingsarket til foreldre</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="88" />
        <source>The handout could not be saved:
%1</source>
        <translation>Utdelingsarket kunne ikke lagres:
%1</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="90" />
        <source>Saved %1 (pages: %2).</source>
        <translation>Lagret %1 (sider: %2).</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="63" />
        <source>This programme has errors and cannot be shown:

%1

'trainer validate' lists every one.</source>
        <translation>Programmet har feil og kan ikke vises:

%1

'trainer validate' viser alle.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/actions.py" line="58" />
        <source>This programme has errors, so no handout is made from it:

%1

&apos;trainer validate&apos; lists every one.</source>
        <translation>Programmet har feil, så det lages ikke noe utdelingsark fra det:

%1

&apos;trainer validate&apos; viser alle.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="57" />
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="68" />
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="72" />
        <source>Files in the preview</source>
        <translation>Filene i forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="76" />
        <source>Reload &amp;now</source>
        <translation>&amp;Last inn nå</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="97" />
        <source>Preview of the page</source>
        <translation>Forhåndsvisning av siden</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="99" />
        <source>About this file</source>
        <translation>Om denne filen</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="100" />
        <source>Nothing to show: fix the problems above and save.</source>
        <translation>Ingenting å vise: rett problemene over, og lagre.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="107" />
        <source>&amp;Start the quiz again</source>
        <translation>Start quizen på &amp;nytt</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="144" />
        <source>Reload</source>
        <translation>Last inn på nytt</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="147" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="184" />
        <source>No problems.</source>
        <translation>Ingen problemer.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="187" />
        <source>Updated %1.</source>
        <translation>Oppdatert %1.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="204" />
        <source>Content pack</source>
        <translation>Innholdspakke</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="208" />
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="213" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="218" />
        <source>Contact card</source>
        <translation>Kontaktkort</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="232" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="240" />
        <source>Cannot be shown</source>
        <translation>Kan ikke vises</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="323" />
        <source>A file cannot be read, so the preview shows the last version that worked. Fix the problems and save again.</source>
        <translation>En fil kan ikke leses, så forhåndsvisningen viser siste versjon som virket. Rett problemene, og lagre igjen.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="326" />
        <source>This file is not in a module folder (a folder with module.md), so the app will not show it until it is moved into one.</source>
        <translation>Filen ligger ikke i en modulmappe (en mappe med module.md), så appen viser den ikke før den flyttes dit.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="332" />
        <source>Nothing to show in %1</source>
        <translation>Ingenting å vise i %1</translation>
    </message>
    <message>
        <location filename="../ui/authoring/preview_window.py" line="1" />
        <source>%1 and %2.</source>
        <translation>%1 og %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/authoring/preview_window.py" line="1" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/authoring/preview_window.py" line="1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="28" />
        <source>What is stored and where</source>
        <translation>Hva lagres, og hvor</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="35" />
        <source>Everything stays on this computer. Nothing is sent anywhere unless you choose to send your results to your school's learning record store.</source>
        <translation>Alt blir på denne datamaskinen. Ingenting sendes noe sted, med mindre du selv velger å sende resultatene dine til skolens læringsdatabase (LRS).</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="37" />
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="40" />
        <source>each profile's display name; for each module its status, where you were, the pages you opened and the time spent; every choice in the scenarios and the ending you reached; every quiz attempt with each answer, whether it was right, and the version of the content it was answered against.</source>
        <translation>navnet på hver profil; for hver modul status, hvor du var, hvilke sider du har åpnet og tiden du har brukt; hvert valg i scenarioene og slutten du kom til; hvert quizforsøk med hvert svar, om det var riktig, og hvilken versjon av innholdet det ble besvart mot.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="44" />
        <source>the language, the last profile used, and the address and user name of a learning record store if you gave one (never the password).</source>
        <translation>språket, den sist brukte profilen, og adressen og brukernavnet til en læringsdatabase hvis du har oppgitt det (aldri passordet).</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="47" />
        <source>technical error messages, to help fix problems. No answers are written there.</source>
        <translation>tekniske feilmeldinger, for å kunne rette feil. Ingen svar skrives der.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="49" />
        <source>copies of progress.db taken each time the app starts; the last five are kept. Deleting a profile or erasing all data removes them too.</source>
        <translation>kopier av progress.db som tas hver gang appen starter; de fem siste beholdes. Når en profil slettes eller alle data slettes, fjernes også kopiene.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="52" />
        <source>content packs you have imported, for example from your police district.</source>
        <translation>innholdspakker du har importert, for eksempel fra politidistriktet ditt.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="54" />
        <source>a copy of the course in a form that starts faster. Nothing personal; it may be deleted.</source>
        <translation>en kopi av kurset i en form som starter raskere. Ingenting personlig; den kan slettes.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="56" />
        <source>only if the progress file was ever damaged: the damaged file, kept so that nothing is lost. You may delete it.</source>
        <translation>bare hvis fremdriftsfilen en gang har vært skadet: den skadde filen, tatt vare på så ingenting går tapt. Du kan slette den.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="59" />
        <source>Nothing about the audience at a parent evening is stored; only if the presenter asks for it, the hand counts are saved with the programme and the date. No account is needed, and no e-mail address or other personal data is asked for.</source>
        <translation>Ingenting om publikum på et foreldremøte lagres; bare hvis presentatøren ber om det, lagres håndopprekningene med programmet og datoen. Du trenger ingen konto, og appen spør ikke etter e-postadresse eller andre personopplysninger.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="62" />
        <source>To delete your data: File &gt; Delete this profile, or File &gt; Erase all data. Deleted data is removed from the database file at once.</source>
        <translation>Slik sletter du dataene dine: Fil &gt; Slett denne profilen, eller Fil &gt; Slett alle data. Det som slettes, fjernes fra databasefilen med en gang.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../ui/authoring/problem_list.py" line="16" />
        <source>Problems in this file</source>
        <translation>Problemer i denne filen</translation>
    </message>
    <message>
        <location filename="../ui/authoring/problem_list.py" line="25" />
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <location filename="../ui/authoring/problem_list.py" line="25" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../ui/authoring/problem_list.py" line="26" />
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <location filename="../ui/authoring/problem_list.py" line="26" />
        <source>error</source>
        <translation>feil</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="27" />
        <source>Welcome to Faresignaler</source>
        <translation>Velkommen til Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="30" />
        <source>Learn to recognise how children and young people are recruited into Violence as a Service, and what you as an adult can do. Everything stays on this computer.</source>
        <translation>Lær å kjenne igjen hvordan barn og unge rekrutteres til vold som handelsvare, og hva du som voksen kan gjøre. Alt blir på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="37" />
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="39" />
        <source>&amp;Continue as selected</source>
        <translation>F&amp;ortsett som valgt profil</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="41" />
        <source>Re&amp;name…</source>
        <translation>&amp;Gi nytt navn …</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="43" />
        <source>&amp;Delete…</source>
        <translation>&amp;Slett …</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="46" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="47" />
        <source>Name for a new profile</source>
        <translation>Navn på ny profil</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="49" />
        <source>C&amp;reate profile</source>
        <translation>Opp&amp;rett profil</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="55" />
        <source>Choose your profile:</source>
        <translation>Velg profilen din:</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="74" />
        <source>New here? Create a profile with your name as it should appear on the certificate:</source>
        <translation>Ny her? Opprett en profil med navnet ditt slik det skal stå på kursbeviset:</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="138" />
        <source>Rename profile</source>
        <translation>Gi profilen nytt navn</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="138" />
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="153" />
        <source>Delete profile</source>
        <translation>Slett profil</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="154" />
        <source>Delete the profile %1 and everything recorded for it? This cannot be undone.</source>
        <translation>Slette profilen %1 og alt som er lagret for den? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="161" />
        <source>The profile %1 is deleted.</source>
        <translation>Profilen %1 er slettet.</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="167" />
        <source>Write a name first.</source>
        <translation>Skriv et navn først.</translation>
    </message>
    <message>
        <location filename="../ui/learner/profile_picker.py" line="143" />
        <location filename="../ui/learner/profile_picker.py" line="170" />
        <source>A profile with that name exists already: choose it in the list.</source>
        <translation>Det finnes allerede en profil med det navnet: velg den i listen.</translation>
    </message>
</context>
<context>
    <name>ProgrammeChooser</name>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="70" />
        <source>Choose a programme</source>
        <translation>Velg et program</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="72" />
        <source>Programmes</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="75" />
        <source>%1  (%2, %3 minutes)</source>
        <translation>%1  (%2, %3 minutter)</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="89" />
        <source>Which programme do you want to use?</source>
        <translation>Hvilket program vil du bruke?</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../ui/learner/progress_view.py" line="38" />
        <source>◀  &amp;Overview</source>
        <translation>◀  &amp;Oversikt</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="40" />
        <source>My progress</source>
        <translation>Min fremdrift</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="42" />
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="47" />
        <source>What remains to pass</source>
        <translation>Hva som gjenstår for å bestå</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="49" />
        <source>Modules and results</source>
        <translation>Moduler og resultater</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="55" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="55" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="55" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="55" />
        <source>Quiz attempts</source>
        <translation>Quizforsøk</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="56" />
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="56" />
        <source>Last</source>
        <translation>Siste</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="56" />
        <source>Scenario endings reached</source>
        <translation>Scenarioslutter du har nådd</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="171" />
        <source>Results</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="59" />
        <source>Column headings</source>
        <translation>Kolonneoverskrifter</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="67" />
        <source>Quiz scores over attempts</source>
        <translation>Quizresultater over forsøk</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="68" />
        <source>Save &amp;certificate (PDF)…</source>
        <translation>Lagre &amp;kursbevis (PDF) …</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="70" />
        <source>&amp;Export my results…</source>
        <translation>&amp;Eksporter resultatene mine …</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="121" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="121" />
        <source>In progress</source>
        <translation>Påbegynt</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="122" />
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="139" />
        <source>You have passed this course. You can save your certificate.</source>
        <translation>Du har bestått kurset. Du kan lagre kursbeviset ditt.</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="145" />
        <source>What remains to pass:</source>
        <translation>Dette gjenstår for å bestå:</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="159" />
        <source>Your quiz scores will appear here as a chart after your first quiz.</source>
        <translation>Quizresultatene dine vises her som et diagram etter den første quizen.</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="164" />
        <source>Quiz scores (%) over attempts</source>
        <translation>Quizresultater (%) over forsøk</translation>
    </message>
    <message>
        <location filename="../ui/learner/progress_view.py" line="174" />
        <source>Needed to pass: %1 %</source>
        <translation>Krav for å bestå: %1 %</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="64" />
        <source>Result of your answer</source>
        <translation>Resultat av svaret ditt</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="72" />
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="74" />
        <location filename="../ui/learner/quiz_player.py" line="426" />
        <source>Next &amp;question  ▶</source>
        <translation>Neste spørs&amp;mål  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="76" />
        <source>Next &amp;module  ▶</source>
        <translation>Neste &amp;modul  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="78" />
        <source>&amp;Take the quiz again</source>
        <translation>Ta quizen på n&amp;ytt</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="219" />
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="289" />
        <source>Choose all that are right.</source>
        <translation>Velg alle som er riktige.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="294" />
        <source>Choose the right match for each line.</source>
        <translation>Velg det som hører sammen med hver linje.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="306" />
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="341" />
        <source>Put the steps in the right order: drag a line, or select it and move it with the buttons or with Alt+Up and Alt+Down.</source>
        <translation>Sett stegene i riktig rekkefølge: dra en linje, eller velg den og flytt den med knappene eller med Alt+Pil opp og Alt+Pil ned.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="347" />
        <source>Steps to put in order</source>
        <translation>Steg som skal i rekkefølge</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="353" />
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="354" />
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="397" />
        <source>Choose an answer first.</source>
        <translation>Velg et svar først.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="406" />
        <source>Right!</source>
        <translation>Riktig!</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="406" />
        <source>Not quite.</source>
        <translation>Ikke helt.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="409" />
        <location filename="../ui/learner/quiz_player.py" line="444" />
        <source>The right answer</source>
        <translation>Riktig svar</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="426" />
        <source>See your &amp;result  ▶</source>
        <translation>Se resul&amp;tatet  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="440" />
        <source>Your answer: right</source>
        <translation>Ditt svar: riktig</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="442" />
        <source>Your answer: not right</source>
        <translation>Ditt svar: ikke riktig</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="444" />
        <source>Also right</source>
        <translation>Også riktig</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="451" />
        <source>Right</source>
        <translation>Riktig</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="453" />
        <source>Not right. The right match: %1</source>
        <translation>Ikke riktig. Det som hører sammen: %1</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="491" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="496" />
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="496" />
        <source>Not passed yet</source>
        <translation>Ikke bestått ennå</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="497" />
        <source>You answered %1 of %2 right (%3 %).</source>
        <translation>Du svarte riktig på %1 av %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="499" />
        <source>Needed to pass: %1 %. Your best score: %2 %.</source>
        <translation>Krav for å bestå: %1 %. Ditt beste resultat: %2 %.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="509" />
        <source>Worth a second look:</source>
        <translation>Verdt å se på igjen:</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="512" />
        <source>Every answer was right.</source>
        <translation>Alle svarene var riktige.</translation>
    </message>
    <message>
        <location filename="../ui/learner/quiz_player.py" line="1" />
        <source>No answer to this question is marked as right.</source>
        <translation>Ingen svar på dette spørsmålet er merket som riktig.</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <location filename="../ui/records/records_actions.py" line="33" />
        <source>My p&amp;rogress</source>
        <translation>Min &amp;fremdrift</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="34" />
        <source>&amp;Export my results…</source>
        <translation>&amp;Eksporter resultatene mine …</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="35" />
        <source>Send results to a &amp;learning record store…</source>
        <translation>Send &amp;resultater til en læringsdatabase …</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="36" />
        <source>&amp;Delete this profile…</source>
        <translation>S&amp;lett denne profilen …</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="37" />
        <source>Erase &amp;all data…</source>
        <translation>Slett alle &amp;data …</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="38" />
        <source>What is &amp;stored and where</source>
        <translation>Hva &amp;lagres, og hvor</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="80" />
        <location filename="../ui/records/records_actions.py" line="91" />
        <location filename="../ui/records/records_actions.py" line="93" />
        <source>Certificate</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="80" />
        <source>The course is not passed yet.</source>
        <translation>Kurset er ikke bestått ennå.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="83" />
        <source>Save certificate</source>
        <translation>Lagre kursbevis</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="91" />
        <source>The certificate could not be saved: %1</source>
        <translation>Kursbeviset kunne ikke lagres: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="93" />
        <source>The certificate is saved as %1.</source>
        <translation>Kursbeviset er lagret som %1.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="100" />
        <source>Export my results</source>
        <translation>Eksporter resultatene mine</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="118" />
        <location filename="../ui/records/records_actions.py" line="120" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="118" />
        <source>The file could not be saved: %1</source>
        <translation>Filen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="120" />
        <source>Your results are saved as %1.</source>
        <translation>Resultatene dine er lagret som %1.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="133" />
        <source>Delete profile</source>
        <translation>Slett profil</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="134" />
        <source>Delete the profile %1 and everything recorded for it? This cannot be undone.</source>
        <translation>Slette profilen %1 og alt som er lagret for den? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="146" />
        <source>Erase all data</source>
        <translation>Slett alle data</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="147" />
        <source>Erase every profile and all results on this computer? This cannot be undone.</source>
        <translation>Slette alle profiler og alle resultater på denne datamaskinen? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="163" />
        <source>Replace file</source>
        <translation>Erstatt filen</translation>
    </message>
    <message>
        <location filename="../ui/records/records_actions.py" line="163" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../ui/authoring/scenario_panel.py" line="40" />
        <source>Play from the &amp;start</source>
        <translation>Spill fra &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/authoring/scenario_panel.py" line="47" />
        <source>Map of the steps</source>
        <translation>Kart over stegene</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/authoring/scenario_panel.py" line="77" />
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n steg.</numerusform>
            <numerusform>%n steg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/authoring/scenario_panel.py" line="79" />
        <source>Cannot be reached: %1.</source>
        <translation>Kan ikke nås: %1.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/scenario_panel.py" line="81" />
        <source>Dead ends: %1.</source>
        <translation>Blindveier: %1.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/scenario_panel.py" line="83" />
        <source>Every step can be reached and leads to an ending.</source>
        <translation>Alle steg kan nås, og alle fører til en slutt.</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="42" />
        <source>Situation</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="49" />
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="50" />
        <source>&amp;Go on  ▶</source>
        <translation>&amp;Gå videre  ▶</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="55" />
        <source>&amp;Try again from the start</source>
        <translation>&amp;Prøv igjen fra starten</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="148" />
        <source>Content warning</source>
        <translation>Innholdsadvarsel</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="165" />
        <source>Choice %1</source>
        <translation>Valg %1</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="224" />
        <source>none this time</source>
        <translation>ingen denne gangen</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="225" />
        <source>none: you noticed them all</source>
        <translation>ingen: du la merke til alle</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="226" />
        <source>Signs you noticed</source>
        <translation>Signaler du la merke til</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="227" />
        <source>Signs you could also have noticed</source>
        <translation>Signaler du også kunne lagt merke til</translation>
    </message>
    <message>
        <location filename="../ui/learner/scenario_player.py" line="264" />
        <source>You chose</source>
        <translation>Du valgte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="20" />
        <source>The same as the app</source>
        <translation>Samme som appen</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="27" />
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="28" />
        <source>High contrast (light text on black)</source>
        <translation>Høy kontrast (lys tekst på svart)</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="31" />
        <source>&amp;Language of the app:</source>
        <translation>&amp;Språk i appen:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="32" />
        <source>Language of the &amp;course:</source>
        <translation>Språk i &amp;kurset:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="33" />
        <source>&amp;Text size:</source>
        <translation>&amp;Tekststørrelse:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="34" />
        <source>T&amp;heme:</source>
        <translation>&amp;Fargetema:</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43" />
        <source>Keyboard: Ctrl++ and Ctrl+- change the text size; Ctrl+Shift+H switches high contrast.</source>
        <translation>Tastatur: Ctrl++ og Ctrl+- endrer tekststørrelsen; Ctrl+Shift+H slår høy kontrast av og på.</translation>
    </message>
</context>
<context>
    <name>SlideLabels</name>
    <message>
        <location filename="../ui/presenter/labels.py" line="14" />
        <source>Content warning</source>
        <translation>Innholdsadvarsel</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="15" />
        <source>The hall's choice</source>
        <translation>Salens valg</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="16" />
        <source>Correct answer</source>
        <translation>Riktig svar</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="17" />
        <source>Recommended choice</source>
        <translation>Anbefalt valg</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="19" />
        <source>The school's contact:</source>
        <translation>Skolens kontakt:</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="20" />
        <source>Keep the evidence:</source>
        <translation>Ta vare på spor:</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="21" />
        <source>take screenshots of messages and usernames, and keep them. Do not forward them to anyone.</source>
        <translation>ta skjermbilder av meldinger og brukernavn, og ta vare på dem. Ikke videresend dem til noen.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="23" />
        <source>Source: %1.</source>
        <translation>Kilde: %1.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="24" />
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="19" />
        <source>The way the story goes on</source>
        <translation>Slik går historien videre</translation>
    </message>
    <message>
        <location filename="../ui/presenter/labels.py" line="22" />
        <source>The hall was split</source>
        <translation>Salen var delt</translation>
    </message>
</context>
<context>
    <name>StartupNotice</name>
    <message>
        <location filename="../ui/startup_notice.py" line="27" />
        <source>Restore the newest backup</source>
        <translation>Hent inn den nyeste sikkerhetskopien</translation>
    </message>
    <message>
        <location filename="../ui/startup_notice.py" line="28" />
        <source>Start empty</source>
        <translation>Start tomt</translation>
    </message>
</context>
<context>
    <name>StepMap</name>
    <message>
        <location filename="../ui/authoring/step_map.py" line="27" />
        <source>Map of the steps</source>
        <translation>Kart over stegene</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="54" />
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="56" />
        <source>ending</source>
        <translation>slutt</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="58" />
        <source>cannot be reached from the start</source>
        <translation>kan ikke nås fra start</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="60" />
        <source>dead end: no way on to an ending</source>
        <translation>blindvei: kommer aldri til en slutt</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="75" />
        <source>(no title)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="76" />
        <source>(no id)</source>
        <translation>(uten id)</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="90" />
        <source>leads to the missing step '%1'</source>
        <translation>fører til steget '%1', som ikke finnes</translation>
    </message>
    <message>
        <location filename="../ui/authoring/step_map.py" line="97" />
        <source>Play from this step</source>
        <translation>Spill fra dette steget</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <location filename="../ui/storage_notice.py" line="24" />
        <source>Your answers are not being saved</source>
        <translation>Svarene dine lagres ikke</translation>
    </message>
    <message>
        <location filename="../ui/storage_notice.py" line="49" />
        <source>Your answers are not being saved: the disk is full. What was saved before is safe. Free some space and restart the app to save again.</source>
        <translation>Svarene dine lagres ikke: disken er full. Det som er lagret fra før, er i behold. Frigjør plass og start appen på nytt for å lagre igjen.</translation>
    </message>
    <message>
        <location filename="../ui/storage_notice.py" line="53" />
        <source>Your answers are not being saved: the progress file can no longer be written to. What was saved before is safe. Ask your IT contact, or restart the app with another folder (--data-dir).</source>
        <translation>Svarene dine lagres ikke: fremdriftsfilen kan ikke lenger skrives til. Det som er lagret fra før, er i behold. Spør IT-kontakten din, eller start appen på nytt med en annen mappe (--data-dir).</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="94" />
        <source>Send results to a learning record store</source>
        <translation>Send resultater til en læringsdatabase</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="95" />
        <source>If your school collects results in a learning record store (LRS), enter its address here. Each result is sent once; anything that does not arrive is sent the next time. The password is not saved.</source>
        <translation>Hvis skolen samler resultater i en læringsdatabase (LRS), skriver du adressen her. Hvert resultat sendes én gang; det som ikke kommer fram, sendes neste gang. Passordet lagres ikke.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="105" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="106" />
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="107" />
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="110" />
        <source>Sending status</source>
        <translation>Status for sending</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="111" />
        <source>&amp;Send now</source>
        <translation>&amp;Send nå</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="127" />
        <source>Write the address of the learning record store first.</source>
        <translation>Skriv adressen til læringsdatabasen først.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="139" />
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="145" />
        <source>Sent %1 new results (%2 had been sent before).</source>
        <translation>Sendte %1 nye resultater (%2 var sendt fra før).</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="154" />
        <source>Not sent: %1. Nothing is lost; try again later.</source>
        <translation>Ikke sendt: %1. Ingenting er tapt; prøv igjen senere.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="112" />
        <source>Allow plain &amp;http on this network</source>
        <translation>Tillat vanlig &amp;http på dette nettet</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="113" />
        <source>Only if you know the network is safe: with an http:// address the password and the results are sent unencrypted.</source>
        <translation>Bare hvis du vet at nettet er trygt: med en http://-adresse sendes passordet og resultatene ukryptert.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="175" />
        <source>Not sent: %1 would be reached with plain http, which sends the password and the results unencrypted. Use an https:// address, or tick “Allow plain http on this network” if you know the network is safe. The address is not saved.</source>
        <translation>Ikke sendt: %1 skal nås med vanlig http, som sender passordet og resultatene ukryptert. Bruk en https://-adresse, eller kryss av for «Tillat vanlig http på dette nettet» hvis du vet at nettet er trygt. Adressen er ikke lagret.</translation>
    </message>
    <message>
        <location filename="../ui/records/records_dialogs.py" line="181" />
        <source>Not sent: %1. The address is not saved.</source>
        <translation>Ikke sendt: %1. Adressen er ikke lagret.</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="21" />
        <source>Hand count</source>
        <translation>Håndopprekning</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="30" />
        <source>Votes for choice %1</source>
        <translation>Stemmer for valg %1</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="39" />
        <source>Save the counts (anonymous: only the programme, the date and the numbers)</source>
        <translation>Lagre tallene (anonymt: bare programmet, datoen og tallene)</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="53" />
        <source>How many hands for each choice?</source>
        <translation>Hvor mange hender for hvert valg?</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="61" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/presenter/dialogs.py" line="62" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>WebPlayer</name>
    <message>
        <location filename="../web/words.py" line="50" />
        <source>English</source>
        <comment>the name of this language, in itself</comment>
        <extracomment>The name of this language, written in the language itself: the page&apos;s language switch shows it.</extracomment>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="51" />
        <source>Skip to the content</source>
        <translation>Hopp til innholdet</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="56" />
        <source>Erase my progress</source>
        <translation>Slett fremdriften min</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="57" />
        <source>Erase all your progress in this browser? This cannot be undone.</source>
        <translation>Slette all fremdriften din i denne nettleseren? Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="58" />
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="59" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="60" />
        <source>Your progress is erased.</source>
        <translation>Fremdriften din er slettet.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="64" />
        <source>Your progress is kept in this browser only; nothing leaves the computer.</source>
        <translation>Fremdriften lagres bare i denne nettleseren; ingenting sendes fra datamaskinen.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="65" />
        <source>Your progress is saved in your learning platform.</source>
        <translation>Fremdriften lagres i læringsplattformen din.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="69" />
        <source>Course passed. Well done!</source>
        <translation>Kurset er bestått. Godt jobbet!</translation>
    </message>
    <message numerus="yes">
        <location filename="../web/words.py" line="70" />
        <source>To pass: %1 of %n required quiz(zes) passed (at least %2 % right).</source>
        <translation>
            <numerusform>For å bestå: %1 av %n quiz som kreves er bestått (minst %2 % riktige).</numerusform>
            <numerusform>For å bestå: %1 av %n quizer som kreves er bestått (minst %2 % riktige).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../web/words.py" line="75" />
        <source>For</source>
        <comment>the column of whom a module is for</comment>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="76" />
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="94" />
        <source>Do you want to continue?</source>
        <translation>Vil du fortsette?</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="96" />
        <source>Back to the overview</source>
        <translation>Tilbake til oversikten</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="122" />
        <source>Put the steps in the right order with the buttons beside each step.</source>
        <translation>Sett stegene i riktig rekkefølge med knappene ved hvert steg.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="126" />
        <source>%1: position %2 of %3</source>
        <translation>%1: plass %2 av %3</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="127" />
        <source>No courses are included.</source>
        <translation>Ingen kurs er tatt med.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="128" />
        <source>Emergency? Call 112.</source>
        <translation>Akutt? Ring 112.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="130" />
        <source>No connection to the learning platform: your progress is kept in this browser only, and no result reaches the learning platform.</source>
        <translation>Ingen forbindelse med læringsplattformen: fremdriften din lagres bare i denne nettleseren, og ingen resultater kommer fram til læringsplattformen.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="131" />
        <source>Your progress could not be saved in the learning platform. Keep this page open and go on; it is tried again at each step. If this goes on, tell the person who runs the course.</source>
        <translation>Fremdriften din kunne ikke lagres i læringsplattformen. La siden være åpen og fortsett; det prøves igjen ved hvert steg. Hvis det fortsetter, si fra til den som har ansvaret for kurset.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="132" />
        <source>(The learning platform&apos;s error code: %1.)</source>
        <translation>(Feilkoden fra læringsplattformen: %1.)</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="133" />
        <source>Your saved progress could not be read, so the course starts from the beginning. What was saved is kept aside in this browser.</source>
        <translation>Den lagrede fremdriften din kunne ikke leses, så kurset begynner fra starten. Det som var lagret, er tatt vare på i denne nettleseren.</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="139" />
        <source>Your saved progress could not be read, so the course starts from the beginning. This browser did not let the course keep a copy of what was saved (private browsing, or its storage is full).</source>
        <translation>Den lagrede fremdriften din kunne ikke leses, så kurset begynner fra starten. Nettleseren lot ikke kurset ta vare på en kopi av det som var lagret (privat nettlesing, eller lagringsplassen er full).</translation>
    </message>
    <message>
        <location filename="../web/words.py" line="134" />
        <source>This browser does not let the course keep your progress (private browsing, or its storage is full): it is gone when you close the page.</source>
        <translation>Nettleseren lar ikke kurset ta vare på fremdriften din (privat nettlesing, eller lagringsplassen er full): den forsvinner når du lukker siden.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/storage_notice.py" line="91" />
        <source>progress is not being saved</source>
        <translation>fremdriften lagres ikke</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ui/errors.py" line="75" />
        <source>Faresignaler ran into an unexpected error. Your answers are not being saved in this session (see the notice in the window).

The details are written to %1.</source>
        <translation>Faresignaler fikk en uventet feil. Svarene dine lagres ikke i denne økten (se meldingen i vinduet).

Detaljene er skrevet til %1.</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="78" />
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="71" />
        <source>Faresignaler ran into an unexpected error. Your answers so far are saved.

The details are written to %1. Restart the app if something looks wrong.</source>
        <translation>Faresignaler fikk en uventet feil. Svarene dine så langt er lagret.

Detaljene er skrevet til %1. Start appen på nytt hvis noe ser feil ut.</translation>
    </message>
</context>
<context>
    <name>ShowEnded</name>
    <message>
        <location filename="../ui/presenter/show_ended.py" line="19" />
        <source>The presentation has ended</source>
        <translation>Presentasjonen er avsluttet</translation>
    </message>
    <message>
        <location filename="../ui/presenter/show_ended.py" line="20" />
        <source>The screen you were on comes back when you go on. It may show the names of the app's profiles: blank or switch off the projector first.</source>
        <translation>Skjermen du var på, kommer tilbake når du går videre. Den kan vise navnene i appens profiler: gjør projektorbildet svart eller slå av projektoren først.</translation>
    </message>
    <message>
        <location filename="../ui/presenter/show_ended.py" line="25" />
        <source>&amp;Back to Faresignaler</source>
        <translation>&amp;Tilbake til Faresignaler</translation>
    </message>
</context>
</TS>
