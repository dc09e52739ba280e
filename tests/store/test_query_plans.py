"""A learner's progress overview never scans whole tables: every query it runs uses an
index, so it stays fast with a million answers (benchmarks/run.py measures it)."""

from trainer.store import progress
from trainer.store.records import module_summaries
from trainer.store.standing import course_standing


def test_progress_overview_queries_use_indexes(fresh_db, demo_library, kari):
    statements = []
    fresh_db.conn.set_trace_callback(statements.append)
    course = demo_library.courses_in("nb")[0]
    course_standing(fresh_db, kari.id, course, demo_library)
    module_summaries(fresh_db, kari.id, course, demo_library)
    progress.latest_attempt(fresh_db, kari.id, "demo", "quiz-demo")
    progress.latest_run(fresh_db, kari.id, "demo", "sko")
    fresh_db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().lower().startswith("select")]
    assert selects
    for sql in selects:
        plan = " | ".join(row[3] for row in fresh_db.conn.execute("explain query plan " + sql))
        for table in ("quiz_attempts", "quiz_answers", "scenario_runs", "scenario_choices", "module_progress"):
            assert f"SCAN {table}" not in plan or "USING" in plan.split(f"SCAN {table}")[1][:60], (sql, plan)
