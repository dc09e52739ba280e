"""--restore-backup undoes a damage whenever it is given, with every command that opens
the database, and the backups from before the damage are kept until it is undone."""

from pathlib import Path

from test_startup_recovery import run_smoke  # the tests' folders are on the path (rootdir-relative)
from trainer.cli import main
from trainer.store import db as store_db
from trainer.store import progress, safety


def make_kari(path: Path) -> None:
    database = store_db.connect(path)
    profile = progress.create_profile(database, "Kari Nordmann")
    progress.mark_completed(database, profile.id, "faresignaler")
    database.conn.close()


def damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(8192)
        handle.write(b"\xde\xad" * 2048)


def names(path: Path) -> list[str]:
    database = store_db.connect(path)
    try:
        return [p.name for p in progress.list_profiles(database)]
    finally:
        database.conn.close()


def test_restore_backup_with_list_after_the_damage_was_set_aside(data_dir, capsys):
    path = data_dir / "progress.db"
    data_dir.mkdir()
    make_kari(path)
    safety.open_safely(path).db.conn.close()  # the start-up backup
    damage(path)
    assert main(["list"]) == 0
    err = capsys.readouterr().err
    assert "lagt til side" in err and "--restore-backup" in err
    # A later command says again that the file in use was started empty.
    assert main(["export", "--profile", "Kari Nordmann", "--format", "csv"]) == 1
    assert "--restore-backup" in capsys.readouterr().err
    assert main(["--restore-backup", "list"]) == 0
    captured = capsys.readouterr()
    assert "Kari Nordmann" in captured.out and "er hentet inn" in captured.err
    assert names(path) == ["Kari Nordmann"]
    assert main(["--restore-backup", "list"]) == 0  # nothing left to undo: said so, nothing changed
    assert "Ingenting ble hentet inn" in capsys.readouterr().err
    assert names(path) == ["Kari Nordmann"]


def test_what_was_saved_after_the_damage_is_kept_aside_by_a_later_restore(data_dir, capsys):
    path = data_dir / "progress.db"
    data_dir.mkdir()
    make_kari(path)
    safety.open_safely(path).db.conn.close()
    damage(path)
    assert main(["profile", "add", "Ola"]) == 0
    assert main(["profile", "--restore-backup", "add", "Per"]) == 0
    assert "Per" in names(path) and "Kari Nordmann" in names(path) and "Ola" not in names(path)
    replaced = list(data_dir.glob("progress-replaced-*.db"))
    assert len(replaced) == 1 and names(replaced[0]) == ["Ola"]


def test_backups_from_before_the_damage_are_not_rotated_out(data_dir):
    path = data_dir / "progress.db"
    data_dir.mkdir()
    make_kari(path)
    safety.open_safely(path).db.conn.close()
    before = safety.backups(path)
    damage(path)
    safety.open_safely(path).db.conn.close()  # kept aside, started empty
    for number in range(safety.KEEP_BACKUPS + 3):  # a week of starts on the new file
        opened = safety.open_safely(path)
        progress.create_profile(opened.db, f"Ola {number}")
        opened.db.conn.close()
    assert set(before) <= set(safety.backups(path))
    opened = safety.open_safely(path, restore=True)
    assert opened.restored and opened.backup == before[0]
    assert [p.name for p in progress.list_profiles(opened.db)] == ["Kari Nordmann"]
    opened.db.conn.close()


def test_restore_backup_with_smoke_after_the_damage_was_set_aside(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    make_kari(data / "progress.db")
    assert run_smoke(data).returncode == 0
    damage(data / "progress.db")
    assert run_smoke(data).returncode == 0
    result = run_smoke(data, "--restore-backup")
    assert result.returncode == 0 and "er hentet inn" in result.stderr
    assert names(data / "progress.db") == ["Kari Nordmann"]


def test_restore_backup_with_import_and_present(data_dir, tmp_path, capsys):
    path = data_dir / "progress.db"
    data_dir.mkdir()
    make_kari(path)
    safety.open_safely(path).db.conn.close()
    damage(path)
    assert main(["list"]) == 0
    pack = tmp_path / "pakke"
    assert main(["new", "pack", str(pack)]) == 0
    capsys.readouterr()
    assert main(["--restore-backup", "import", str(pack)]) == 0
    assert "er hentet inn" in capsys.readouterr().err and names(path) == ["Kari Nordmann"]
    damage(path)
    assert main(["list"]) == 0
    capsys.readouterr()
    assert main(["--restore-backup", "present", "--smoke"]) == 0
    assert "er hentet inn" in capsys.readouterr().err and names(path) == ["Kari Nordmann"]
