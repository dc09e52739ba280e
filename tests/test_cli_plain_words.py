"""No system or library English inside a Norwegian sentence, addresses checked before
anything is sent, and a message that says a thing once."""

import errno
import socket

import pytest

from trainer.cli import main
from trainer.errors import os_reason


@pytest.mark.parametrize("code", [errno.ELOOP, errno.EIO, errno.EBUSY, errno.EMFILE, errno.EXDEV])
@pytest.mark.parametrize("reading", [True, False])
def test_os_reasons_are_never_the_systems_english(code, reading):
    import os

    reason = os_reason(OSError(code, os.strerror(code)), reading=reading)
    assert os.strerror(code) not in reason


def listening_then_closed() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nothing listens there


def made_profile(data_dir):
    from trainer.store import db as store_db
    from trainer.store import progress

    data_dir.mkdir(parents=True, exist_ok=True)
    database = store_db.connect(data_dir / "progress.db")
    profile = progress.create_profile(database, "Kari")
    progress.mark_completed(database, profile.id, "faresignaler")  # something to send
    database.conn.close()


def test_sync_to_a_server_that_refuses_says_so_in_norwegian_once(data_dir, capsys):
    made_profile(data_dir)
    assert main(["sync", "--lrs", f"http://127.0.0.1:{listening_then_closed()}/xAPI"]) == 1
    err = capsys.readouterr().err
    assert "serveren avviste forbindelsen" in err and "refused" not in err.lower()
    assert err.count("neste gang") == 1


@pytest.mark.parametrize("address", ["https://exa mple.com/", "https://example.com/a b/xAPI", "https://exa\tmple.com/"])
def test_sync_with_a_space_in_the_address_is_refused_before_sending(data_dir, capsys, address):
    made_profile(data_dir)
    assert main(["sync", "--lrs", address]) == 1
    err = capsys.readouterr().err
    assert "mellomrom" in err and "Traceback" not in err and "server" not in err


@pytest.mark.parametrize("front, words", [
    ("modules: [a, b", "en liste i [ ] er ikke lukket"),
    ('title: "Del 1', "et anførselstegn er ikke lukket"),
    ("title: @hei", "sett hele verdien i anførselstegn"),
])
def test_yaml_mistakes_are_said_in_plain_words(tmp_path, data_dir, capsys, front, words):
    path = tmp_path / "kurs.md"
    path.write_text(f"---\ntype: course\n{front}\n---\n", "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:3:" in out and words in out and "expected" not in out and "YAML:" not in out
