"""The start-up cache is used while nothing changed and rebuilt when anything does."""

import os

from trainer.course import cache, loader


def test_cache_hit_then_invalidated_by_an_edit(demo_content, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    first = cache.load_cached([demo_content], cache_dir)
    assert [m.title for m in first.modules] == ["Demo module", "Demomodul"]

    def must_not_parse(roots):
        raise AssertionError("parsed although nothing changed")

    monkeypatch.setattr(loader, "load_library", must_not_parse)
    again = cache.load_cached([demo_content], cache_dir)
    assert [m.id for m in again.modules] == [m.id for m in first.modules]
    monkeypatch.undo()

    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("title: Demomodul", "title: Ny tittel"), "utf-8")
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    changed = cache.load_cached([demo_content], cache_dir)
    assert "Ny tittel" in [m.title for m in changed.modules]


def test_damaged_cache_is_ignored(demo_content, tmp_path):
    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    for file in cache_dir.iterdir():
        file.write_bytes(b"not a pickle")
    assert len(cache.load_cached([demo_content], cache_dir).modules) == 2


def test_unwritable_cache_folder_only_costs_speed(demo_content, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert len(cache.load_cached([demo_content], blocked / "cache").modules) == 2
