"""An updated content pack never deletes progress: a completed module whose content changed
goes back to in progress, with its answers and the old status kept."""

from trainer.store import content_updates, erase, progress


def test_only_completed_changed_modules_go_back_to_in_progress(fresh_db):
    db = fresh_db
    kari = progress.create_profile(db, "Kari")
    per = progress.create_profile(db, "Per")
    for module_id in ("endret", "uendret"):
        progress.save_position(db, kari.id, module_id, "intro")
        progress.mark_completed(db, kari.id, module_id)
    progress.save_position(db, per.id, "endret", "quiz")
    attempt = progress.start_attempt(db, kari.id, "endret", "quiz", "1+aaa")
    progress.record_answer(db, attempt, "q1", 0, True, "1+aaa")
    progress.finish_attempt(db, attempt, 1, 1, 80)
    completed_at = progress.module_progress(db, kari.id, "endret").completed_at

    reopened = content_updates.reopen_changed_modules(db, "vestfold", {"endret": ("1+aaa", "1+bbb")})

    assert reopened == [content_updates.Reopened(kari.id, "endret")]
    assert progress.module_progress(db, kari.id, "endret").status == "in_progress"
    assert progress.module_progress(db, kari.id, "endret").completed_at is None
    assert progress.module_progress(db, kari.id, "uendret").status == "completed"
    assert progress.module_progress(db, per.id, "endret").status == "in_progress"
    assert progress.best_score(db, kari.id, "endret", "quiz") == 100  # answers are kept
    (change,) = content_updates.changes_for(db, kari.id)
    assert {k: change[k] for k in ("module_id", "pack_id", "old_version", "new_version", "old_status",
                                    "old_completed_at")} == {
        "module_id": "endret", "pack_id": "vestfold", "old_version": "1+aaa", "new_version": "1+bbb",
        "old_status": "completed", "old_completed_at": completed_at}
    assert content_updates.reopen_changed_modules(db, "vestfold", {}) == []


def test_erasing_a_profile_erases_its_content_changes(fresh_db):
    db = fresh_db
    kari = progress.create_profile(db, "Kari")
    progress.mark_completed(db, kari.id, "endret")
    content_updates.reopen_changed_modules(db, "vestfold", {"endret": ("1", "2")})
    erase.delete_profile(db, kari.id)
    assert db["content_changes"].count == 0 and db["profiles"].count == 0


def test_a_pack_import_installs_and_reopens_in_one_step(data_dir, tmp_path):
    """The one way to import a pack, as `trainer import` and the app use it."""
    from trainer import paths
    from trainer.course import templates
    from trainer.store import content_updates, db as store_db, progress

    pack = tmp_path / "vestfold"
    templates.create("pack", pack, "nb", set())
    first = content_updates.import_pack(pack)
    assert first.installed.folder == paths.user_content_dir() / "vestfold" and first.reopened == []
    module_id = next(iter(first.installed.added_modules))
    database = store_db.connect(paths.database_path())
    kari = progress.create_profile(database, "Kari")
    progress.mark_completed(database, kari.id, module_id)
    database.conn.close()
    page = next(pack.glob("*/*.md"))
    page.write_text(page.read_text("utf-8") + "\nEn ny setning.\n", "utf-8")
    second = content_updates.import_pack(pack)
    assert list(second.installed.changed_modules) == [module_id]
    assert second.reopened == [content_updates.Reopened(kari.id, module_id)] and second.progress_error is None
    database = store_db.connect(paths.database_path())
    assert progress.module_progress(database, kari.id, module_id).status == "in_progress"
