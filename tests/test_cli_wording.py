"""One mistake, one message, pointing at what to fix."""

from trainer.cli import main


def checked(pack, capsys) -> list[str]:
    main(["validate", str(pack)])
    return capsys.readouterr().out.splitlines()


def test_minutes_that_are_no_number_give_one_error(pack, capsys):
    assert main(["new", "programme", str(pack / "program.md")]) == 0
    programme = pack / "program.md"
    programme.write_text("\n".join("minutes: abc" if line.startswith("minutes:") else line
                                   for line in programme.read_text("utf-8").splitlines()) + "\n", "utf-8")
    capsys.readouterr()
    lines = [line for line in checked(pack, capsys) if "program.md" in line]
    assert len(lines) == 1 and "'minutes' må være et helt tall" in lines[0]


def test_an_answer_without_its_space_is_pointed_at(pack, capsys):
    quiz = pack / "01-modul" / "04-quiz.md"
    quiz.write_text(quiz.read_text("utf-8").replace("- [x] En grunn til å snakke sammen", "-[x] En grunn til å snakke sammen"), "utf-8")
    lines = checked(pack, capsys)
    assert len(lines) == 1, lines
    assert "'-[x] En grunn til å snakke sammen' blir ikke lest som et svar" in lines[0] and "mellomrom" in lines[0]


def test_an_unreadable_quiz_is_said_once(pack, capsys):
    (pack / "01-modul" / "04-quiz.md").write_bytes("---\ntype: quiz\ntitle: Bl\xe5\n---\n".encode("latin-1"))
    lines = checked(pack, capsys)
    assert len(lines) == 1 and "ikke UTF-8" in lines[0], lines


def test_health_check_lines_are_in_the_users_language_around_their_stable_token(tmp_path, data_dir, capsys, pack):
    assert main(["preview", str(pack), "--smoke"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("preview ok (") and "filer" in out and "problemer" in out and "files" not in out
    assert main(["--lang", "en", "preview", str(pack), "--smoke"]) == 0
    assert "files" in capsys.readouterr().out
    assert main(["present", "--smoke"]) == 0
    out = capsys.readouterr().out
    assert "present ok (" in out and "lysbilder)" in out and "slides" not in out
