"""The progress database on real SQLite files and in memory."""

import sqlite3

import pytest

from trainer.store import db as store_db
from trainer.store import progress


def test_file_database_settings(tmp_path):
    database = store_db.connect(tmp_path / "p.db")
    conn = database.conn
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("pragma synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("pragma busy_timeout").fetchone()[0] == 10000
    assert set(database.table_names()) >= {
        "profiles", "module_progress", "scenario_runs", "scenario_choices", "quiz_attempts", "quiz_answers",
    }


def test_migrations_run_once(tmp_path):
    store_db.connect(tmp_path / "p.db").conn.close()
    database = store_db.connect(tmp_path / "p.db")
    applied = [m.name for m in store_db.migrations.applied(database)]
    assert applied[:2] == ["m001_initial", "m002_records"]
    assert applied == [m.name for m in store_db.migrations._migrations]  # each once, in order
    assert store_db.migrations.pending(database) == []


def test_answer_is_committed_at_once(tmp_path):
    database = store_db.connect(tmp_path / "p.db")
    profile = progress.create_profile(database, "Kari")
    attempt = progress.start_attempt(database, profile.id, "demo", "quiz-demo", "2+abc")
    progress.record_answer(database, attempt, "betaler", 0, True, "2+abc")
    # A second, independent connection sees the answer without any commit call.
    other = sqlite3.connect(tmp_path / "p.db")
    assert other.execute("select question_id, answer, correct, content_version from quiz_answers").fetchall() == [
        ("betaler", "0", 1, "2+abc")
    ]


def test_newer_database_is_refused_in_plain_words(tmp_path):
    database = store_db.connect(tmp_path / "p.db")
    database["_sqlite_migrations"].insert({"migration_set": "faresignaler", "name": "m999_future", "applied_at": "x"})
    database.conn.close()
    with pytest.raises(store_db.NewerDatabaseError, match="nyere versjon") as refused:
        store_db.connect(tmp_path / "p.db")
    assert refused.value.detail == "m999_future"  # what it does not know, under the words
    # In the user's language: an English run said it in Norwegian.
    from trainer import i18n

    i18n.set_language("en")
    with pytest.raises(store_db.NewerDatabaseError, match="made by a newer version of Faresignaler"):
        store_db.connect(tmp_path / "p.db")


def test_garbage_file_is_a_storage_error(tmp_path):
    (tmp_path / "p.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(store_db.StorageError):
        store_db.connect(tmp_path / "p.db")


def test_profiles(fresh_db):
    kari = progress.create_profile(fresh_db, " Kari ")
    progress.create_profile(fresh_db, "anne")
    assert [p.name for p in progress.list_profiles(fresh_db)] == ["anne", "Kari"]
    assert progress.find_profile(fresh_db, "KARI") == kari
    with pytest.raises(progress.ProfileNameError):
        progress.create_profile(fresh_db, "  ")


def test_a_profile_name_is_one_line_of_visible_text_and_not_too_long(fresh_db):
    """A pasted line break split the name on the certificate and in every list; an
    invisible right-to-left mark makes one name look like another; a name of hundreds of
    characters ran over the certificate."""
    assert progress.profile_name(" Kari\n  Nord\tmann ") == "Kari Nord mann"
    assert progress.profile_name("Ola\u202e Nordmann\x00") == "Ola Nordmann"
    assert progress.profile_name("Åse Ødegård-Ækre") == "Åse Ødegård-Ækre"
    with pytest.raises(progress.ProfileNameError):
        progress.profile_name("\u202e\u200f")
    assert progress.profile_name("x" * progress.NAME_LIMIT) == "x" * progress.NAME_LIMIT
    with pytest.raises(progress.ProfileNameError, match=str(progress.NAME_LIMIT)):
        progress.create_profile(fresh_db, "x" * (progress.NAME_LIMIT + 1))
    kari = progress.create_profile(fresh_db, "Kari\r\nNordmann")
    assert kari.name == "Kari Nordmann"
    with pytest.raises(progress.ProfileNameError):
        progress.rename_profile(fresh_db, kari.id, "y" * 500)
    assert progress.rename_profile(fresh_db, kari.id, "Kari\u2066 N.").name == "Kari N."


def test_a_profile_is_found_by_its_name_in_any_case_and_spacing(fresh_db):
    """SQLite's NOCASE folds a to z only: "Åse Ødegård", "åse ødegård" and "ÅSE ØDEGÅRD"
    were three profiles, and "kari  nordmann" (two spaces) found nobody."""
    aase = progress.create_profile(fresh_db, "Åse Ødegård")
    kari = progress.create_profile(fresh_db, "Kari Nordmann")
    assert progress.find_profile(fresh_db, "åse ødegård") == aase
    assert progress.find_profile(fresh_db, "ÅSE ØDEGÅRD") == aase
    assert progress.find_profile(fresh_db, "Åse Ødegård") == aase  # å typed as a + ring
    assert progress.find_profile(fresh_db, " kari  nordmann ") == kari
    assert progress.find_profile(fresh_db, "Kari") is None
    for name in ("ørjan", "Zara", "ærlig", "anne", "Émile", "Ümit", "Öykü"):
        progress.create_profile(fresh_db, name)
    assert [p.name for p in progress.list_profiles(fresh_db)] == [  # the alphabet ends æ, ø, å
        "anne", "Émile", "Kari Nordmann", "Ümit", "Zara", "ærlig", "ørjan", "Öykü", "Åse Ødegård"]


def test_position_time_and_completion(fresh_db):
    pid = progress.create_profile(fresh_db, "Kari").id
    assert progress.module_progress(fresh_db, pid, "demo").status == "not_started"
    progress.save_position(fresh_db, pid, "demo", "tall")
    progress.add_time(fresh_db, pid, "demo", 30)
    progress.add_time(fresh_db, pid, "demo", 12)
    state = progress.module_progress(fresh_db, pid, "demo")
    assert (state.status, state.part_id, state.seconds_spent) == ("in_progress", "tall", 42)
    assert progress.last_module(fresh_db, pid) == "demo"
    progress.mark_completed(fresh_db, pid, "demo")
    progress.save_position(fresh_db, pid, "demo", "sko")  # revisiting keeps it completed
    state = progress.module_progress(fresh_db, pid, "demo")
    assert (state.status, state.part_id) == ("completed", "sko")
    assert progress.last_module(fresh_db, pid) is None


def test_scenario_run_path_and_ending(fresh_db):
    pid = progress.create_profile(fresh_db, "Kari").id
    run = progress.start_run(fresh_db, pid, "demo", "sko", "2+abc")
    progress.record_choice(fresh_db, run, "start", 0, "samtale", ("nye-ting",))
    progress.record_choice(fresh_db, run, "samtale", 0, "god-slutt", ("nye-venner",))
    latest = progress.latest_run(fresh_db, pid, "demo", "sko")
    assert latest.path == (("start", 0, "samtale"), ("samtale", 0, "god-slutt"))
    assert latest.current_step == "god-slutt" and not latest.finished
    progress.finish_run(fresh_db, run, "god-slutt")
    assert progress.latest_run(fresh_db, pid, "demo", "sko").finished
    assert progress.endings_reached(fresh_db, pid, "demo", "sko") == ["god-slutt"]
    assert fresh_db["scenario_choices"].get(1)["tags"] == "nye-ting"


def test_attempts_and_best_score(fresh_db):
    pid = progress.create_profile(fresh_db, "Kari").id
    first = progress.start_attempt(fresh_db, pid, "demo", "quiz-demo", "v")
    progress.record_answer(fresh_db, first, "betaler", 1, False, "v")
    result = progress.finish_attempt(fresh_db, first, 3, 5, 75)
    assert (result.score_percent, result.passed, result.answers) == (60, False, {"betaler": (1, False)})
    second = progress.start_attempt(fresh_db, pid, "demo", "quiz-demo", "v")
    progress.finish_attempt(fresh_db, second, 4, 5, 75)
    third = progress.start_attempt(fresh_db, pid, "demo", "quiz-demo", "v")
    progress.finish_attempt(fresh_db, third, 2, 5, 75)
    assert progress.best_score(fresh_db, pid, "demo", "quiz-demo") == 80
    assert progress.best_scores(fresh_db, pid) == {("demo", "quiz-demo"): 80}


def test_a_run_waits_at_a_choices_feedback_until_the_learner_goes_on(tmp_path):
    database = store_db.connect(tmp_path / "p.db")
    profile = progress.create_profile(database, "Kari")
    run = progress.start_run(database, profile.id, "demo", "sko", "v1")
    progress.record_choice(database, run, "start", 0, "samtale", ("nye-ting",), went_on=False)
    assert progress.latest_run(database, profile.id, "demo", "sko").waiting
    progress.record_went_on(database, run)
    assert not progress.latest_run(database, profile.id, "demo", "sko").waiting
    progress.record_choice(database, run, "samtale", 1, "stille")  # no feedback: gone on at once
    assert not progress.latest_run(database, profile.id, "demo", "sko").waiting


def test_choices_made_before_the_went_on_mark_count_as_gone_on(tmp_path):
    """A file from before m006: its runs resume as they did, at the step after the last choice."""
    from trainer.store import schema

    path = tmp_path / "p.db"
    database = store_db.connect(path)
    profile = progress.create_profile(database, "Kari")
    run = progress.start_run(database, profile.id, "demo", "sko", "v1")
    database.execute("alter table scenario_choices drop column went_on_at")
    database.execute("delete from _sqlite_migrations where name = 'm006_went_on'")
    database.execute("insert into scenario_choices (run_id, step_id, choice_index, target_step_id, tags, chosen_at) "
                     "values (?, 'start', 0, 'samtale', '', '2026-01-01T10:00:00')", [run])
    database.conn.close()
    database = store_db.connect(path)  # migrates
    # (applied again now, so last in the list: the order they ran in, not their order of writing)
    assert [m.name for m in store_db.migrations.applied(database)][-1] == "m006_went_on"
    assert {m.__name__ for m in schema.MIGRATIONS} <= {m.name for m in store_db.migrations.applied(database)}
    assert not progress.latest_run(database, profile.id, "demo", "sko").waiting
