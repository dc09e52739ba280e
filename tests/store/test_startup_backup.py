"""The start-up backup is taken when the progress changed since the newest backup, and
only then: starts without an answer no longer push older, different backups out."""

import sqlite3

from trainer.store import progress, safety


def start(path):
    """What the app does at start-up and on quitting."""
    opened = safety.open_safely(path)
    opened.db.conn.close()
    return opened


def with_kari(tmp_path):
    path = tmp_path / "progress.db"
    opened = safety.open_safely(path)
    progress.create_profile(opened.db, "Kari")
    opened.db.conn.close()
    return path


def assert_answers_left_in_the_log_are_backed_up(path):
    first = start(path).backup
    writer = safety.open_safely(path, backup=False).db  # stays open, like a copy that crashed
    progress.create_profile(writer, "Ola")
    try:
        second = start(path).backup
        assert second != first
        copy = sqlite3.connect(second)
        assert copy.execute("select count(*) from profiles").fetchone()[0] == 2
        copy.close()
    finally:
        writer.conn.close()


def test_starts_without_a_change_keep_the_one_backup(tmp_path):
    path = with_kari(tmp_path)
    first = start(path).backup
    assert first is not None
    for _ in range(6):
        assert start(path).backup == first
    assert safety.backups(path) == [first]
    assert safety.start_up_backup(path).backup == first  # the app's way: on a worker, after the first screen


def test_a_change_is_backed_up_at_the_next_start_and_older_backups_stay(tmp_path):
    path = with_kari(tmp_path)
    first = start(path).backup
    opened = safety.open_safely(path)
    progress.create_profile(opened.db, "Ola")
    opened.db.conn.close()
    second = start(path).backup
    assert second != first and safety.backups(path) == [second, first]
    restored = sqlite3.connect(second)
    assert [r[0] for r in restored.execute("select name from profiles order by id")] == ["Kari", "Ola"]
    restored.close()


def test_changes_still_in_the_write_ahead_log_are_backed_up(tmp_path):
    """A crash leaves answers in the log, not yet in the file: the file looks unchanged."""
    assert_answers_left_in_the_log_are_backed_up(with_kari(tmp_path))


def test_a_missing_newest_backup_or_a_damaged_note_means_a_new_backup(tmp_path):
    path = with_kari(tmp_path)
    first = start(path).backup
    first.unlink()
    second = start(path).backup
    assert second is not None and second.exists() and second != first
    (safety.backups_dir(path) / "progress-newest.json").write_text("{not json", "utf-8")
    third = start(path).backup
    assert third != second and third.exists()


def test_a_change_that_keeps_the_file_s_size_and_time_is_still_backed_up(tmp_path):
    """A FAT memory stick keeps times to 2 s, and copying tools put old times back."""
    import os

    path = with_kari(tmp_path)
    first = start(path).backup
    before = path.stat()
    opened = safety.open_safely(path, backup=False)
    progress.rename_profile(opened.db, 1, "Kari Nordmann")
    opened.db.conn.close()
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    second = start(path).backup
    assert second != first
    copy = sqlite3.connect(second)
    assert copy.execute("select name from profiles").fetchone()[0] == "Kari Nordmann"
    copy.close()


def test_a_progress_file_behind_a_link_has_its_log_found(tmp_path):
    real_folder = tmp_path / "real"
    real = with_kari(real_folder)
    link_folder = tmp_path / "link"
    link_folder.mkdir()
    path = link_folder / "progress.db"
    path.symlink_to(real)
    assert_answers_left_in_the_log_are_backed_up(path)  # SQLite keeps the log beside the real file


def test_a_newest_backup_damaged_later_is_not_trusted(tmp_path):
    path = with_kari(tmp_path)
    first = start(path).backup
    first.write_bytes(first.read_bytes()[:1000])  # a disk error or a sync tool cut it short
    second = start(path).backup
    assert second != first and safety.check_copy(second) is None
