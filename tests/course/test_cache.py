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


def _touch(path):
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_cached_modules_unpack_their_parts_only_when_used(demo_content, tmp_path):
    cache_dir = tmp_path / "cache"
    fresh = cache.load_cached([demo_content], cache_dir)
    library, known = cache.read_cached([demo_content], cache_dir)
    assert known == cache.fingerprint([demo_content])
    assert [m.id for m in library.modules] == [m.id for m in fresh.modules]
    assert all(isinstance(m.parts, cache.PackedParts) and m.parts._parts is None for m in library.modules)
    module = library.module("demo", "nb")
    assert module.quizzes[0].id == "quiz-demo"  # used: unpacked
    assert module.parts._parts is not None
    assert module == fresh.module("demo", "nb") and module.parts == fresh.module("demo", "nb").parts
    assert all(m.parts._parts is None for m in library.modules if m is not module)


def test_read_cached_takes_the_cache_as_it_is_and_refreshed_finds_a_change(demo_content, tmp_path):
    cache_dir = tmp_path / "cache"
    assert cache.read_cached([demo_content], cache_dir) == (None, "")
    cache.load_cached([demo_content], cache_dir)
    _library, known = cache.read_cached([demo_content], cache_dir)
    assert cache.refreshed([demo_content], cache_dir, known) is None  # nothing changed

    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8").replace("title: Demomodul", "title: Ny tittel"), "utf-8")
    _touch(module)
    stale, known = cache.read_cached([demo_content], cache_dir)
    assert "Ny tittel" not in [m.title for m in stale.modules]  # shown at once, checked after
    fresh = cache.refreshed([demo_content], cache_dir, known)
    assert "Ny tittel" in [m.title for m in fresh.modules]
    again, known_now = cache.read_cached([demo_content], cache_dir)  # and the cache is renewed
    assert "Ny tittel" in [m.title for m in again.modules] and known_now != known


def test_a_cache_from_another_version_is_not_used(demo_content, tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    monkeypatch.setattr(cache, "__version__", "99.0")
    assert cache.read_cached([demo_content], cache_dir) == (None, "")


def test_a_stopped_check_reports_nothing(demo_content, tmp_path):
    import threading

    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    _library, known = cache.read_cached([demo_content], cache_dir)
    module = demo_content / "nb" / "demo" / "module.md"
    module.write_text(module.read_text("utf-8") + "\nEndret.\n", "utf-8")
    _touch(module)
    stop = threading.Event()
    stop.set()
    assert cache.refreshed([demo_content], cache_dir, known, stop) is None  # called off: the app quits
    assert cache.refreshed([demo_content], cache_dir, known) is not None


def test_a_single_file_root_is_part_of_the_fingerprint(demo_content, tmp_path):
    own = tmp_path / "mitt-program.md"
    own.write_text("---\ntype: programme\nid: mitt\ntitle: Mitt\nlang: nb\n---\n", "utf-8")
    before = cache.fingerprint([demo_content, own])
    own.write_text(own.read_text("utf-8") + "\n## Del\n", "utf-8")
    _touch(own)
    assert cache.fingerprint([demo_content, own]) != before


def test_the_whole_built_in_course_and_the_demo_round_trip_through_the_cache(demo_content, tmp_path):
    """Every model type the content uses can be stored: a type the cache cannot store
    would quietly turn the cache off and slow every start."""
    from trainer import paths

    roots = [paths.builtin_content_dir(), demo_content]
    fresh = cache.load_cached(roots, tmp_path / "cache")
    assert list((tmp_path / "cache").glob("content-*.json")), "no cache was written"
    library, _known = cache.read_cached(roots, tmp_path / "cache")
    assert library == fresh
    for module, original in zip(library.modules, fresh.modules):
        assert tuple(module.parts) == tuple(original.parts)
    assert library.contacts == fresh.contacts and library.programmes == fresh.programmes


class _RunsCode:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def test_a_planted_cache_file_runs_no_code(demo_content, tmp_path):
    """The data folder may be shared: what is planted in its cache is data, never code."""
    import json
    import pickle

    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    [made] = cache_dir.glob("content-*")
    marker = tmp_path / "ran"
    planted = pickle.dumps({"format": ("x", 1), "library": _RunsCode(marker)})
    for name in (made.with_suffix(".pickle").name, made.with_suffix(".json").name):  # then and now
        for old in cache_dir.iterdir():
            old.unlink()
        (cache_dir / name).write_bytes(planted)
        assert cache.read_cached([demo_content], cache_dir) == (None, "")
        assert len(cache.load_cached([demo_content], cache_dir).modules) == 2
        assert not marker.exists()
    [made] = cache_dir.glob("content-*.json")
    head = json.dumps([cache.__version__, cache.CACHE_FORMAT]) + "\n" + json.dumps("f") + "\n"
    for hostile in ({"C": "os:system", "F": [f"touch {marker}"]},
                    {"C": "subprocess:Popen", "F": [["touch", str(marker)]]},
                    {"C": "trainer.course.model:ContentError", "F": ["x", 1, "y"]},
                    {"C": "trainer.course.model:Path", "F": ["/"]},
                    {"B": 5}):
        made.write_text(head + json.dumps(hostile), "utf-8")
        assert cache.read_cached([demo_content], cache_dir) == (None, ""), hostile
        assert not marker.exists()
