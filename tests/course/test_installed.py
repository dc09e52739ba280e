"""Which content is installed: one answer for the app, the presenter, the preview and the
commands."""

from trainer import paths
from trainer.course.installed import content_roots


def test_the_built_in_course_then_the_packs_by_name_never_a_hidden_folder(data_dir, tmp_path):
    assert content_roots() == [paths.builtin_content_dir()]
    packs = paths.user_content_dir()
    for name in ("vestfold", "agder", ".import-x1y2", ".removing-old-1"):
        (packs / name).mkdir(parents=True)
    (packs / "notes.txt").write_text("not a pack", "utf-8")
    assert content_roots() == [paths.builtin_content_dir(), packs / "agder", packs / "vestfold"]
    own = tmp_path / "eget"
    own.mkdir()
    assert content_roots([str(own)]) == [own.resolve(), packs / "agder", packs / "vestfold"]
