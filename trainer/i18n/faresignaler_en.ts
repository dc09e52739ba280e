<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CourseOverview</name>
    <message numerus="yes">
        <location filename="../ui/learner/course_overview.py" line="127"/>
        <location filename="../web/words.py" line="71"/>
        <source>%1 of %n module(s) completed</source>
        <translation>
            <numerusform>%1 of %n module completed</numerusform>
            <numerusform>%1 of %n modules completed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message numerus="yes">
        <location filename="../ui/authoring/scenario_panel.py" line="77"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n step.</numerusform>
            <numerusform>%n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebPlayer</name>
    <message numerus="yes">
        <location filename="../web/words.py" line="70"/>
        <source>To pass: %1 of %n required quiz(zes) passed (at least %2 % right).</source>
        <translation>
            <numerusform>To pass: %1 of %n required quiz passed (at least %2 % right).</numerusform>
            <numerusform>To pass: %1 of %n required quizzes passed (at least %2 % right).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message numerus="yes">
        <location filename="../ui/authoring/authoring_actions.py" line="1" />
        <source>…and %n more (see the details).</source>
        <translation>
            <numerusform>…and %n more (see the details).</numerusform>
            <numerusform>…and %n more (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message numerus="yes">
        <location filename="../ui/authoring/preview_window.py" line="1" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/authoring/preview_window.py" line="1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
