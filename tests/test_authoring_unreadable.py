"""A folder the author may not read (`chmod 000`, a share without rights): every authoring
command names it in plain words and refuses, never a traceback, never a pack or a "0 errors"
that leaves it out silently. The tests may run as root, which ignores permissions, so the
refusal the system gives is simulated: listing the folder, or reaching anything in it,
fails with EACCES, as it does for anyone else."""

import builtins
import errno
import io
import os

import pytest

from trainer.cli import main


@pytest.fixture
def unreadable(monkeypatch):
    blocked: list[str] = []

    def refuse(path, listing):
        if isinstance(path, int):
            return
        wanted = os.path.abspath(os.fsdecode(path))
        for folder in blocked:
            if wanted.startswith(folder + os.sep) or (listing and wanted == folder):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))

    def guarded(real, listing=False):
        def call(path=".", *args, **kwargs):
            refuse(path, listing)
            return real(path, *args, **kwargs)
        return call

    for name in ("stat", "lstat"):
        monkeypatch.setattr(os, name, guarded(getattr(os, name)))
    for name in ("scandir", "listdir"):
        monkeypatch.setattr(os, name, guarded(getattr(os, name), listing=True))
    monkeypatch.setattr(builtins, "open", guarded(builtins.open))
    monkeypatch.setattr(io, "open", guarded(io.open))

    def block(folder):
        blocked.append(os.path.abspath(folder))
        return folder
    return block


def test_the_simulation_refuses_as_the_system_does(tmp_path, unreadable):
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "a.md").write_text("a", "utf-8")
    unreadable(folder)
    assert folder.is_dir()  # the folder itself is seen, as with chmod 000
    with pytest.raises(PermissionError):
        list(folder.iterdir())
    with pytest.raises(PermissionError):
        (folder / "a.md").is_file()
    with pytest.raises(PermissionError):
        (folder / "a.md").read_text("utf-8")


def test_validate_and_pack_name_an_unreadable_module_folder(pack, tmp_path, unreadable, capsys):
    unreadable(pack / "01-modul")
    assert main(["validate", str(pack)]) == 1
    out, err = capsys.readouterr()
    assert f"{pack / '01-modul'}: kan ikke lese mappen: ingen tilgang" in out.splitlines()
    assert err.strip().startswith("0 moduler, 1 kurs: ")  # the module is not counted as checked
    zip_file = tmp_path / "ut.zip"
    assert main(["pack", str(pack), "-o", str(zip_file)]) == 1
    out, err = capsys.readouterr()
    assert f"{pack / '01-modul'}: kan ikke lese mappen: ingen tilgang" in out.splitlines()
    assert "skrev" not in out + err
    assert not zip_file.exists()


def test_validate_the_unreadable_folder_itself(pack, unreadable, capsys):
    unreadable(pack / "01-modul")
    assert main(["validate", str(pack / "01-modul")]) == 1
    out, err = capsys.readouterr()
    assert out == f"{pack / '01-modul'}: kan ikke lese mappen: ingen tilgang\n"
    assert main(["--lang", "en", "validate", str(pack / "01-modul")]) == 1
    assert capsys.readouterr().out == f"{pack / '01-modul'}: cannot read the folder: no permission\n"


def test_validate_a_file_in_an_unreadable_folder(pack, unreadable, capsys):
    unreadable(pack / "01-modul")
    assert main(["validate", str(pack / "01-modul" / "module.md")]) == 1
    assert capsys.readouterr().err == f"trainer validate: kan ikke lese '{pack / '01-modul' / 'module.md'}': ingen tilgang\n"


def test_import_names_the_unreadable_folder(pack, unreadable, capsys):
    unreadable(pack / "01-modul")
    assert main(["import", str(pack)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{pack / '01-modul'}: kan ikke lese mappen: ingen tilgang\n"
    assert "pack.md" not in out + err
    unreadable(pack)
    assert main(["import", str(pack)]) == 1
    assert capsys.readouterr().out == f"{pack}: kan ikke lese mappen: ingen tilgang\n"
    assert main(["pack", str(pack)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{pack}: kan ikke lese mappen: ingen tilgang\n"
    assert "skrive" not in err  # not "you are not allowed to write there"


def test_an_unreadable_file_is_named_in_plain_words(pack, unreadable, tmp_path, capsys):
    quiz = pack / "01-modul" / "04-quiz.md"
    unreadable(tmp_path / "no-such")  # the fixture in place; the file itself is refused below
    real_open = builtins.open

    def refusing(path, *args, **kwargs):
        if os.fspath(path) == str(quiz):
            raise PermissionError(errno.EACCES, "Permission denied", str(quiz))
        return real_open(path, *args, **kwargs)

    builtins.open = io.open = refusing
    try:
        assert main(["validate", str(pack)]) == 1
        out, _err = capsys.readouterr()
        assert f"{quiz}: kan ikke lese filen: ingen tilgang" in out.splitlines()
        assert "Permission denied" not in out
        assert main(["pack", str(pack), "-o", str(tmp_path / "ut.zip")]) == 1
        assert f"{quiz}: kan ikke lese filen: ingen tilgang" in capsys.readouterr().out.splitlines()
        assert not (tmp_path / "ut.zip").exists()
    finally:
        builtins.open, io.open = real_open, real_open


def test_preview_checks_an_unreadable_folder_without_a_traceback(pack, unreadable):
    from trainer.course.targets import check_target

    unreadable(pack / "01-modul")
    checked = check_target(pack / "01-modul", [])
    assert [str(p) for p in checked.errors] == [f"{pack / '01-modul'}: kan ikke lese mappen: ingen tilgang"]


def test_new_in_an_unreadable_folder_names_it(pack, unreadable, capsys):
    unreadable(pack / "01-modul")
    assert main(["new", "scenario", str(pack / "01-modul" / "x.md")]) == 1
    assert capsys.readouterr().err == f"trainer new: kan ikke lese mappen '{pack / '01-modul'}': ingen tilgang\n"


def test_a_real_chmod_000_folder_stops_the_pack(pack, tmp_path):
    """The same with the system's own refusal: as root (which ignores permissions) the
    command runs without the capabilities that let root read anything."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import trainer

    prefix = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: root reads a chmod 000 folder")
        drop = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}"]
    module = pack / "01-modul"
    module.chmod(0)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "trainer", "pack", str(pack), "-o", str(tmp_path / "p.zip")],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(Path(trainer.__file__).resolve().parent.parent),
                 "TRAINER_DATA_DIR": str(tmp_path / "data")})
    finally:
        module.chmod(0o755)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert result.stdout == f"{module}: kan ikke lese mappen: ingen tilgang\n"
    assert not (tmp_path / "p.zip").exists()
