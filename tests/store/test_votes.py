"""Anonymous hand counts from presenter mode: each show keeps its own."""

from trainer.store import db as store_db
from trainer.store import votes


def test_two_shows_on_one_day_keep_their_own_counts(fresh_db):
    """The counts of a second show of the same programme that day replaced the first's."""
    first, second = "2026-11-27T18:00:00", "2026-11-27T20:00:00"
    votes.record_votes(fresh_db, "kveld", "nb", "2026-11-27", "demo", "sko", "start", (3, 5), session=first)
    votes.record_votes(fresh_db, "kveld", "nb", "2026-11-27", "demo", "sko", "start", (9, 1), session=second)
    assert votes.votes_for(fresh_db, "kveld", "2026-11-27", first) == {("demo", "sko", "start"): (3, 5)}
    assert votes.votes_for(fresh_db, "kveld", "2026-11-27", second) == {("demo", "sko", "start"): (9, 1)}
    # Counted again in the same show: replaced, not added.
    votes.record_votes(fresh_db, "kveld", "nb", "2026-11-27", "demo", "sko", "start", (4, 5), session=first)
    assert votes.votes_for(fresh_db, "kveld", "2026-11-27", first) == {("demo", "sko", "start"): (4, 5)}
    assert fresh_db["presenter_votes"].count == 4
    # The day as a whole: both shows added up (one show's counts had stood for the day's).
    assert votes.votes_for(fresh_db, "kveld", "2026-11-27") == {("demo", "sko", "start"): (13, 6)}


def test_counts_saved_before_shows_were_told_apart_are_kept(tmp_path):
    """A file from before m007: its counts stay, under an empty session."""
    from trainer.store import schema

    path = tmp_path / "p.db"
    database = store_db.connect(path)
    database["presenter_votes"].drop()
    schema.m003_presenter_votes(database)
    database.execute("delete from _sqlite_migrations where name = 'm007_votes_session'")
    for index, count in enumerate((7, 2)):
        database["presenter_votes"].insert({
            "programme_id": "kveld", "lang": "nb", "day": "2026-11-26", "module_id": "demo", "part_id": "sko",
            "item_id": "start", "choice_index": index, "count": count})
    database.conn.close()
    database = store_db.connect(path)  # migrates
    assert [m.name for m in store_db.migrations.applied(database)][-1] == schema.MIGRATIONS[-1].__name__
    assert votes.votes_for(database, "kveld", "2026-11-26") == {("demo", "sko", "start"): (7, 2)}
    assert votes.votes_for(database, "kveld", "2026-11-26", "") == {("demo", "sko", "start"): (7, 2)}
    votes.record_votes(database, "kveld", "nb", "2026-11-26", "demo", "sko", "start", (1, 1), session="2026-11-26T19:00:00")
    assert database["presenter_votes"].count == 4
