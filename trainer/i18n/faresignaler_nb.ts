<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/certificate_pdf.py" line="22" />
        <source>Certificate of completion</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="23" />
        <source>has completed and passed the course</source>
        <translation>har gjennomført og bestått kurset</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="24" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="25" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="26" />
        <source>Best quiz score</source>
        <translation>Beste quizresultat</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="27" />
        <source>Issued %1 by %2.</source>
        <translation>Utstedt %1 av %2.</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="28" />
        <source>Content versions</source>
        <translation>Innholdsversjoner</translation>
    </message>
    <message>
        <location filename="../ui/certificate_pdf.py" line="29" />
        <source>Made with Faresignaler %1</source>
        <translation>Laget med Faresignaler %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/contact_dialog.py" line="15" />
        <location filename="../ui/contact_dialog.py" line="22" />
        <source>Contact the police</source>
        <translation>Kontakt politiet</translation>
    </message>
    <message>
        <location filename="../ui/contact_dialog.py" line="21" />
        <source>**Emergency? Call 112.**</source>
        <translation>**Akutt? Ring 112.**</translation>
    </message>
</context>
<context>
    <name>CourseOverview</name>
    <message>
        <location filename="../ui/course_overview.py" line="30" />
        <location filename="../ui/course_overview.py" line="157" />
        <source>Continue where you stopped</source>
        <translation>Fortsett der du slapp</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="32" />
        <source>Courses</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="49" />
        <source>Hello, %1</source>
        <translation>Hei, %1</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="56" />
        <source>No courses are installed in this language.</source>
        <translation>Ingen kurs er installert på dette språket.</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="58" />
        <source>No courses</source>
        <translation>Ingen kurs</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="75" />
        <source>Course passed. Well done!</source>
        <translation>Kurset er bestått. Godt jobbet!</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="79" />
        <source>To pass: %1 of %2 required quizzes passed (at least %3 % right).</source>
        <translation>For å bestå: %1 av %2 quizer som kreves er bestått (minst %3 % riktige).</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="88" />
        <source>Modules in %1</source>
        <translation>Moduler i %1</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="90" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="90" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="90" />
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="90" />
        <source>Best quiz score</source>
        <translation>Beste quizresultat</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="114" />
        <source>&amp;Open selected module</source>
        <translation>&amp;Åpne valgt modul</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="123" />
        <source>%v of %m modules completed</source>
        <translation>%v av %m moduler fullført</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="124" />
        <source>Course progress</source>
        <translation>Fremdrift i kurset</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="137" />
        <source>teachers</source>
        <translation>lærere</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="137" />
        <source>parents</source>
        <translation>foreldre</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="137" />
        <source>officers</source>
        <translation>politi</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="141" />
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="142" />
        <source>In progress</source>
        <translation>Påbegynt</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="143" />
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="170" />
        <source>Start the next module</source>
        <translation>Start neste modul</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="176" />
        <source>Take the modules in any order. Your progress is saved as you go.</source>
        <translation>Ta modulene i den rekkefølgen du vil. Fremdriften lagres underveis.</translation>
    </message>
    <message>
        <location filename="../ui/course_overview.py" line="178" />
        <source>You have completed every module in this course.</source>
        <translation>Du har fullført alle modulene i dette kurset.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="61" />
        <source>Emergency? Call 112.  Not urgent: the police on 02800.</source>
        <translation>Akutt? Ring 112.  Ikke akutt: politiet på 02800.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="62" />
        <source>Contact the police (F2)</source>
        <translation>Kontakt politiet (F2)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="71" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="72" />
        <source>&amp;Switch profile</source>
        <translation>&amp;Bytt profil</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="76" />
        <source>Course &amp;overview</source>
        <translation>Kurs&amp;oversikt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="81" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="85" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="86" />
        <source>&amp;Contact the police</source>
        <translation>&amp;Kontakt politiet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="90" />
        <source>&amp;About Faresignaler</source>
        <translation>&amp;Om Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="147" />
        <source>Content warning</source>
        <translation>Innholdsadvarsel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="148" />
        <source>%1

Content warning: %2

Do you want to continue?</source>
        <translation>%1

Innholdsadvarsel: %2

Vil du fortsette?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="161" />
        <source>About Faresignaler</source>
        <translation>Om Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="162" />
        <source>Faresignaler %1

Offline training about the recruitment of children and young people into violence as a service. Built on material from Sør-Øst police district (autumn 2025).</source>
        <translation>Faresignaler %1

Opplæring uten nett om rekruttering av barn og unge til vold som handelsvare. Bygget på materiale fra Sør-Øst politidistrikt (høsten 2025).</translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <location filename="../ui/module_view.py" line="34" />
        <source>◀  &amp;Overview</source>
        <translation>◀  &amp;Oversikt</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="39" />
        <source>Parts of the module</source>
        <translation>Deler av modulen</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="52" />
        <source>Reading page</source>
        <translation>Leseside</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="59" />
        <source>◀  &amp;Previous</source>
        <translation>◀  &amp;Forrige</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="91" />
        <location filename="../ui/module_view.py" line="134" />
        <source>Read</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="91" />
        <location filename="../ui/module_view.py" line="134" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="91" />
        <location filename="../ui/module_view.py" line="134" />
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="166" />
        <source>&amp;Finish module  ✓</source>
        <translation>&amp;Fullfør modulen  ✓</translation>
    </message>
    <message>
        <location filename="../ui/module_view.py" line="166" />
        <source>&amp;Next  ▶</source>
        <translation>&amp;Neste  ▶</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../ui/profile_picker.py" line="24" />
        <source>Welcome to Faresignaler</source>
        <translation>Velkommen til Faresignaler</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="26" />
        <source>Learn to recognise how children and young people are recruited into violence as a service, and what you as an adult can do. Everything stays on this computer.</source>
        <translation>Lær å kjenne igjen hvordan barn og unge rekrutteres til vold som handelsvare, og hva du som voksen kan gjøre. Alt blir på denne datamaskinen.</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="32" />
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="34" />
        <source>&amp;Continue as selected</source>
        <translation>&amp;Fortsett som valgt profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="37" />
        <source>Your name, as it should appear on the certificate</source>
        <translation>Navnet ditt, slik det skal stå på kursbeviset</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="38" />
        <source>Name for a new profile</source>
        <translation>Navn på ny profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="40" />
        <source>C&amp;reate profile</source>
        <translation>&amp;Opprett profil</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="45" />
        <source>Choose your profile:</source>
        <translation>Velg profilen din:</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="59" />
        <source>New here? Create a profile:</source>
        <translation>Ny her? Opprett en profil:</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="104" />
        <source>Write a name first.</source>
        <translation>Skriv et navn først.</translation>
    </message>
    <message>
        <location filename="../ui/profile_picker.py" line="107" />
        <source>A profile with that name exists already: choose it in the list.</source>
        <translation>Det finnes allerede en profil med det navnet: velg den i listen.</translation>
    </message>
</context>
<context>
    <name>QuizPlayer</name>
    <message>
        <location filename="../ui/quiz_player.py" line="51" />
        <source>Result of your answer</source>
        <translation>Resultat av svaret ditt</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="56" />
        <source>&amp;Answer</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="58" />
        <location filename="../ui/quiz_player.py" line="301" />
        <source>&amp;Next question  ▶</source>
        <translation>&amp;Neste spørsmål  ▶</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="60" />
        <source>&amp;Take the quiz again</source>
        <translation>&amp;Ta quizen på nytt</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="137" />
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="193" />
        <source>Choose all that are right.</source>
        <translation>Velg alle som er riktige.</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="203" />
        <source>Choose the right match for each line.</source>
        <translation>Velg det som hører sammen med hver linje.</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="212" />
        <source>(choose)</source>
        <translation>(velg)</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="231" />
        <source>Put the steps in the right order: select a line and move it with the buttons or with Alt+Up and Alt+Down.</source>
        <translation>Sett stegene i riktig rekkefølge: velg en linje og flytt den med knappene eller med Alt+Pil opp og Alt+Pil ned.</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="237" />
        <source>Steps to put in order</source>
        <translation>Steg som skal i rekkefølge</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="242" />
        <source>Move &amp;up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="243" />
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="277" />
        <source>Choose an answer first.</source>
        <translation>Velg et svar først.</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="285" />
        <source>Right!</source>
        <translation>Riktig!</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="285" />
        <source>Not quite.</source>
        <translation>Ikke helt.</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="288" />
        <source>The right answer</source>
        <translation>Riktig svar</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="301" />
        <source>See your &amp;result  ▶</source>
        <translation>Se &amp;resultatet  ▶</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="327" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="329" />
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="329" />
        <source>Not passed yet</source>
        <translation>Ikke bestått ennå</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="330" />
        <source>You answered %1 of %2 right (%3 %).</source>
        <translation>Du svarte riktig på %1 av %2 (%3 %).</translation>
    </message>
    <message>
        <location filename="../ui/quiz_player.py" line="332" />
        <source>Needed to pass: %1 %. Your best score: %2 %.</source>
        <translation>Krav for å bestå: %1 %. Ditt beste resultat: %2 %.</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <location filename="../ui/scenario_player.py" line="38" />
        <source>Situation</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="45" />
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="46" />
        <source>Go &amp;on  ▶</source>
        <translation>&amp;Gå videre  ▶</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="55" />
        <source>&amp;Try again from the start</source>
        <translation>&amp;Prøv igjen fra starten</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="119" />
        <source>Content warning</source>
        <translation>Innholdsadvarsel</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="135" />
        <source>Choice %1</source>
        <translation>Valg %1</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="150" />
        <source>none this time</source>
        <translation>ingen denne gangen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="151" />
        <source>none: you noticed them all</source>
        <translation>ingen: du la merke til alle</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="152" />
        <source>Signs you noticed</source>
        <translation>Signaler du la merke til</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="153" />
        <source>Signs you could also have noticed</source>
        <translation>Signaler du også kunne lagt merke til</translation>
    </message>
    <message>
        <location filename="../ui/scenario_player.py" line="188" />
        <source>You chose</source>
        <translation>Du valgte</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="74" />
        <source>The progress database cannot be opened:
%1</source>
        <translation>Fremdriftsdatabasen kan ikke åpnes:
%1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../ui/errors.py" line="39" />
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="40" />
        <source>Faresignaler ran into an unexpected error. Your answers so far are saved.

The details are written to %1. Restart the app if something looks wrong.</source>
        <translation>Faresignaler fikk en uventet feil. Svarene dine så langt er lagret.

Detaljene er skrevet til %1. Start appen på nytt hvis noe ser feil ut.</translation>
    </message>
</context>
</TS>