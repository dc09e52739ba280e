import pytest

from trainer.store import progress


@pytest.fixture
def kari(fresh_db, demo_library):
    """A learner who has done the demo module: a scenario ending, a failed and a passed quiz."""
    db = fresh_db
    profile = progress.create_profile(db, "Kari Nordmann")
    version = demo_library.module("demo", "nb").content_version
    progress.save_position(db, profile.id, "demo", "sko")
    progress.add_time(db, profile.id, "demo", 300)
    run = progress.start_run(db, profile.id, "demo", "sko", version)
    progress.record_choice(db, run, "start", 0, "samtale", ("nye-ting",))
    progress.record_choice(db, run, "samtale", 0, "god-slutt", ("nye-venner",))
    progress.finish_run(db, run, "god-slutt")
    first = progress.start_attempt(db, profile.id, "demo", "quiz-demo", version)
    progress.record_answer(db, first, "betaler", 1, False, version)
    progress.finish_attempt(db, first, 2, 5, 75)
    second = progress.start_attempt(db, profile.id, "demo", "quiz-demo", version)
    progress.record_answer(db, second, "betaler", 0, True, version)
    progress.record_answer(db, second, "roller", {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"}, True, version)
    progress.finish_attempt(db, second, 4, 5, 75)
    progress.mark_completed(db, profile.id, "demo")
    return profile
