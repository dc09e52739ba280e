"""The start-up cache is used while nothing changed and rebuilt when anything does."""

import os
import time

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


def test_each_module_s_parts_are_a_line_after_the_index_and_a_bad_reference_is_refused(demo_content, tmp_path):
    cache_dir = tmp_path / "cache"
    fresh = cache.load_cached([demo_content], cache_dir)
    [made] = cache_dir.glob("content-*.json")
    _head, _made_from, index, *blobs = made.read_text("utf-8").split("\n")
    assert len(blobs) == len(fresh.modules)  # the index holds no parts text: start-up decodes only it
    assert all(module.id not in index or '"B":' in index for module in fresh.modules)
    for bad in (len(blobs), -1, "0", True):
        try:
            cache.loads(json_dumps({"B": bad}) + "\n[]", [demo_content])
        except cache.CacheFormatError:
            continue
        raise AssertionError(f"accepted {bad!r}")


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


# ---------------------------------------------------------------- paths relative to the roots


def _paths_in(value, found):
    """Every Path in a library, its modules' parts included (which unpacks them)."""
    import dataclasses
    from pathlib import Path

    if isinstance(value, Path):
        found.append(value)
    elif isinstance(value, (list, tuple, cache.PackedParts)):
        for item in value:
            _paths_in(item, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _paths_in(key, found)
            _paths_in(item, found)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _paths_in(getattr(value, field.name), found)
    return found


def test_a_cache_moved_with_its_content_resolves_every_path_to_the_new_place(demo_content, tmp_path):
    import shutil

    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    [made] = cache_dir.glob("content-*.json")
    assert str(demo_content) not in made.read_text("utf-8")  # no absolute path of the content is stored

    moved = tmp_path / "elsewhere" / "kurs"
    shutil.copytree(demo_content, moved)
    shutil.rmtree(demo_content)
    made.rename(cache._cache_file(cache_dir, [moved]))  # the cache for the new place
    library, _known = cache.read_cached([moved], cache_dir)
    assert library is not None
    assert all(isinstance(m.parts, cache.PackedParts) and m.parts._parts is None for m in library.modules)
    assert library.roots == [moved]
    module = library.module("demo", "nb")
    assert module.folder == moved / "nb" / "demo" and module.path == moved / "nb" / "demo" / "module.md"
    assert module.parts[0].path.parent == moved / "nb" / "demo"  # unpacked now, against the new roots
    found = _paths_in(library, [])
    assert len(found) > 10 and all(path.is_relative_to(moved) for path in found), found
    assert library == loader.load_library([moved])


def test_paths_outside_the_roots_stay_absolute_and_a_root_itself_is_relative(tmp_path):
    from pathlib import Path

    root, other = tmp_path / "root", tmp_path / "other"
    value = [root, root / "a" / "b.md", other / "c.md", Path(str(root) + "-sibling") / "d.md"]
    text = cache.dumps(value, [root])
    assert str(root / "a") not in text and str(other / "c.md") in text
    assert cache.loads(text, [other]) == (other, other / "a" / "b.md", other / "c.md", Path(str(root) + "-sibling") / "d.md")


def test_a_relative_path_that_names_no_root_is_refused(tmp_path):
    from pathlib import Path

    for bad in ([1, "a.md"], [-1, "a.md"], [True, "a.md"], [0, 5], ["0", "a.md"]):
        text = json_dumps({"R": bad})
        try:
            cache.loads(text, [tmp_path])
        except cache.CacheFormatError:
            continue
        raise AssertionError(f"accepted {bad}")
    assert cache.loads(json_dumps({"R": [0, "a.md"]}), [tmp_path]) == Path(tmp_path / "a.md")


def json_dumps(value):
    import json

    return json.dumps(value)


# ---------------------------------------------------------------- the shipped index of the built-in course


def _shipped(demo_content, monkeypatch):
    """The demo course as the built-in course, with its shipped index written."""
    from trainer import paths

    monkeypatch.setattr(paths, "builtin_content_dir", lambda: demo_content)
    index = cache.write_shipped_index()
    assert index == demo_content / cache.SHIPPED_INDEX
    return index


def _count_parses(monkeypatch):
    calls = []
    original = loader.load_library

    def counted(roots):
        calls.append(roots)
        return original(roots)

    monkeypatch.setattr(loader, "load_library", counted)
    return calls


def test_a_first_start_reads_the_shipped_index_and_keeps_it_as_its_cache(demo_content, tmp_path, monkeypatch):
    fresh = loader.load_library([demo_content])
    index = _shipped(demo_content, monkeypatch)
    parses = _count_parses(monkeypatch)
    cache_dir = tmp_path / "data" / "cache"

    library = cache.load_cached([demo_content], cache_dir)
    assert parses == []
    assert library == fresh
    for module, original in zip(library.modules, fresh.modules):
        assert tuple(module.parts) == tuple(original.parts)

    # The data folder's cache is the index's library under the files' own fingerprint.
    [made] = cache_dir.glob("content-*.json")
    assert made.read_text("utf-8").split("\n", 2)[2] == index.read_text("utf-8").split("\n", 2)[2]
    again, known = cache.read_cached([demo_content], cache_dir)
    assert known == cache.fingerprint([demo_content]) and again == fresh
    assert cache.load_cached([demo_content], cache_dir) == fresh  # the next start: the local cache
    assert parses == []


def test_a_first_start_with_the_shipped_index_imports_no_parser(demo_content, tmp_path, monkeypatch):
    import subprocess
    import sys
    from pathlib import Path

    import trainer

    _shipped(demo_content, monkeypatch)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from trainer import paths\n"
        f"paths.builtin_content_dir = lambda: Path({str(demo_content)!r})\n"
        "from trainer.course import cache\n"
        f"library = cache.load_cached([Path({str(demo_content)!r})], Path({str(tmp_path / 'cache')!r}))\n"
        "print(len(library.modules), sorted(m for m in sys.modules if m.split('.')[0] == 'yaml'\n"
        "      or m in ('trainer.course.loader', 'trainer.course.frontmatter')))\n"
    )
    import_root = str(Path(trainer.__file__).resolve().parent.parent)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": import_root})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2 []"


def test_a_shipped_index_of_other_bytes_is_not_used(demo_content, tmp_path, monkeypatch):
    """One letter changed, with the same size and modification time: the index is stale."""
    _shipped(demo_content, monkeypatch)
    module = demo_content / "nb" / "demo" / "module.md"
    before = module.stat()
    text = module.read_text("utf-8")
    assert "title: Demomodul" in text
    module.write_text(text.replace("title: Demomodul", "title: Demomoduk"), "utf-8")
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert module.stat().st_size == before.st_size and module.stat().st_mtime_ns == before.st_mtime_ns
    parses = _count_parses(monkeypatch)

    library = cache.load_cached([demo_content], tmp_path / "cache")
    assert len(parses) == 1
    assert "Demomoduk" in [m.title for m in library.modules]


def test_a_shipped_index_made_by_other_code_is_not_used_unless_there_is_no_source(demo_content, tmp_path,
                                                                                monkeypatch):
    """A changed parser or model could read an older index wrongly; a frozen build has no
    source to compare, and its index is written with the build."""
    _shipped(demo_content, monkeypatch)
    parses = _count_parses(monkeypatch)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    cache.load_cached([demo_content], tmp_path / "changed-code")
    assert len(parses) == 1
    monkeypatch.setattr(cache, "code_fingerprint", lambda: None)
    cache.load_cached([demo_content], tmp_path / "frozen")
    assert len(parses) == 1  # the files are the same: the index is used


def test_the_code_fingerprint_follows_the_content_core_s_source():
    from pathlib import Path

    assert cache.code_fingerprint() == cache.code_fingerprint() and len(cache.code_fingerprint()) == 64
    sources = {p.name for p in Path(cache.__file__).parent.rglob("*.py")}
    assert {"cache.py", "loader.py", "model.py", "blocks.py"} <= sources


def test_a_new_file_beside_the_shipped_index_makes_it_stale(demo_content, tmp_path, monkeypatch):
    _shipped(demo_content, monkeypatch)
    (demo_content / "nb" / "demo" / "extra.png").write_bytes(b"\x89PNG")
    parses = _count_parses(monkeypatch)
    cache.load_cached([demo_content], tmp_path / "cache")
    assert len(parses) == 1


def test_a_damaged_shipped_index_is_not_used(demo_content, tmp_path, monkeypatch):
    index = _shipped(demo_content, monkeypatch)
    whole = index.read_text("utf-8")
    parses = _count_parses(monkeypatch)
    for number, damaged in enumerate((whole[: len(whole) // 2], "not json\n" + whole, whole.replace('"R":[0,', '"R":[7,'))):
        index.write_text(damaged, "utf-8")
        library = cache.load_cached([demo_content], tmp_path / f"cache-{number}")
        assert len(parses) == number + 1 and len(library.modules) == 2


def test_a_shipped_index_naming_a_type_outside_the_model_runs_nothing(demo_content, tmp_path, monkeypatch):
    import json

    index = _shipped(demo_content, monkeypatch)
    head, made_from, _library = index.read_text("utf-8").split("\n", 2)  # the index, then its modules' parts, a line each
    assert json.loads(made_from) == [cache.content_fingerprint(demo_content), cache.code_fingerprint()]  # "fresh"
    marker = tmp_path / "ran"
    parses = _count_parses(monkeypatch)
    for number, hostile in enumerate(({"C": "os:system", "F": [f"touch {marker}"]},
                                      {"C": "trainer.course.model:ContentError", "F": ["x", 1, "y"]},
                                      {"C": "trainer.course.model:Problem", "F": [{"P": "/"}, 1, "m", False, ""]})):
        index.write_text("\n".join((head, made_from, json.dumps(hostile))), "utf-8")
        library = cache.load_cached([demo_content], tmp_path / f"cache-{number}")
        assert len(parses) == number + 1 and len(library.modules) == 2
        assert not marker.exists()


def test_the_shipped_index_is_only_for_the_built_in_course_alone(demo_content, tmp_path, monkeypatch):
    _shipped(demo_content, monkeypatch)
    own = tmp_path / "mitt-program.md"
    own.write_text("---\ntype: programme\nid: mitt\ntitle: Mitt\nlang: nb\n---\n", "utf-8")
    parses = _count_parses(monkeypatch)
    cache.load_cached([demo_content, own], tmp_path / "cache")
    assert len(parses) == 1


def test_the_built_in_course_from_its_shipped_index_equals_it_parsed(tmp_path, monkeypatch):
    """The real course, copied (a checkout or an installation may hold an index already)."""
    import shutil

    from trainer import paths

    copy = tmp_path / "content"
    shutil.copytree(paths.builtin_content_dir(), copy, ignore=shutil.ignore_patterns(cache.SHIPPED_INDEX))
    fresh = loader.load_library([copy])
    assert len(fresh.modules) >= 10
    _shipped(copy, monkeypatch)
    parses = _count_parses(monkeypatch)
    library = cache.load_cached([copy], tmp_path / "cache")
    assert parses == []
    assert library == fresh
    for module, original in zip(library.modules, fresh.modules):
        assert tuple(module.parts) == tuple(original.parts)
    assert library.contacts == fresh.contacts and library.programmes == fresh.programmes


def test_the_content_fingerprint_follows_bytes_and_names_not_times_or_places(demo_content, tmp_path):
    import shutil

    before = cache.content_fingerprint(demo_content)
    elsewhere = tmp_path / "copy"
    shutil.copytree(demo_content, elsewhere)  # new place, new modification times
    assert cache.content_fingerprint(elsewhere) == before
    (elsewhere / cache.SHIPPED_INDEX).write_text("anything", "utf-8")  # the index is not its own content
    assert cache.content_fingerprint(elsewhere) == before
    (elsewhere / "nb" / "demo" / "logo.png").rename(elsewhere / "nb" / "demo" / "logo2.png")
    assert cache.content_fingerprint(elsewhere) != before


def test_a_new_field_in_a_cached_type_comes_with_a_new_cache_format():
    """An ending's kind was added to the model without a new cache format, so a cache made
    before read every ending as unmarked until it was deleted. The shape of every type a
    cache stores is recorded here with the format: change both together."""
    import hashlib
    import importlib
    import json

    shape = {}
    for name in cache.MODEL_MODULES:
        module = importlib.import_module(name)
        for attr in sorted(vars(module)):
            kind = getattr(module, attr)
            if isinstance(kind, type) and kind.__module__ == name and cache._field_names(kind) is not None:
                shape[f"{name}.{attr}"] = list(cache._field_names(kind))  # NamedTuples and dataclasses alike
    digest = hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]
    assert (cache.CACHE_FORMAT, digest) == (13, "5477f8e04c7e74a6")


def test_a_cache_speaks_the_language_of_its_run(tmp_path, demo_content):
    """The problems a cache holds are worded when it is made: an English run showed a
    programme's errors in the bokmål of the run before."""
    from trainer import i18n

    broken = demo_content / "nb" / "demo" / "05-broken.md"
    broken.write_text("---\ntype: page\ntitle: Uten id\n---\n\nTekst.\n", "utf-8")
    before = i18n.language()
    try:
        i18n.set_language("nb")
        norsk = [p.message for p in cache.load_cached([demo_content], tmp_path / "cache").problems]
        i18n.set_language("en")
        english = [p.message for p in cache.load_cached([demo_content], tmp_path / "cache").problems]
        i18n.set_language("nb")
        again = [p.message for p in cache.load_cached([demo_content], tmp_path / "cache").problems]
    finally:
        i18n.set_language(before)
    assert norsk and english and norsk != english and again == norsk
    assert len(list((tmp_path / "cache").glob("content-*.json"))) == 2  # one for each language, kept


def test_only_the_most_recently_written_caches_are_kept(demo_content, tmp_path):
    """Each set of content folders (a pack installed, a folder previewed) makes a cache of
    its own; old ones went nowhere. A temporary file left by a killed write goes too, but
    not one another process may be writing now."""
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    now = time.time()
    old = []
    for age in range(1, cache.KEPT_CACHES + 3):  # more than are kept, each a day older
        path = cache_dir / f"content-{age:016x}.json"
        path.write_text("[]\n", encoding="utf-8")
        os.utime(path, (now - age * 86400, now - age * 86400))
        old.append(path)
    left = cache_dir / "content-0000000000000001.123.tmp"
    being_written = cache_dir / "content-0000000000000002.456.tmp"
    for path in (left, being_written):
        path.write_text("", encoding="utf-8")
    os.utime(left, (now - 2 * cache.LEFT_TEMPORARY_S, now - 2 * cache.LEFT_TEMPORARY_S))
    cache.load_cached([demo_content], cache_dir)
    kept = {p.name for p in cache_dir.glob("content-*.json")}
    newest = {p.name for p in old[:cache.KEPT_CACHES - 1]}
    assert kept == newest | {cache._cache_file(cache_dir, [demo_content]).name}  # with the one just written
    assert not left.exists() and being_written.exists()


def test_a_shipped_index_with_problems_is_parsed_again_in_the_run_s_language(demo_content, tmp_path, monkeypatch):
    """The index is written by a build in one language; its problems would reach a run in
    the other language in the build's words."""
    from trainer import i18n

    (demo_content / "nb" / "demo" / "05-broken.md").write_text(
        "---\ntype: page\ntitle: Uten id\n---\n\nTekst.\n", "utf-8")
    before = i18n.language()
    try:
        i18n.set_language("nb")
        _shipped(demo_content, monkeypatch)
        i18n.set_language("en")
        english = [p.message for p in loader.load_library([demo_content]).problems]
        parses = _count_parses(monkeypatch)
        got = [p.message for p in cache.load_cached([demo_content], tmp_path / "cache").problems]
    finally:
        i18n.set_language(before)
    assert len(parses) == 1 and english and got == english


def test_the_cache_in_daily_use_is_kept_however_long_ago_it_was_written(demo_content, tmp_path):
    """Read at every start, never written again: it was the oldest file, and the first
    to go when a teacher previewed other folders."""
    cache_dir = tmp_path / "cache"
    cache.load_cached([demo_content], cache_dir)
    daily = cache._cache_file(cache_dir, [demo_content])
    now = time.time()
    for number in range(cache.KEPT_CACHES):  # previews, each a day older than the next
        other = tmp_path / f"preview-{number}.md"
        other.write_text("---\ntype: programme\nid: p\ntitle: P\nlang: nb\n---\n", "utf-8")
        cache.load_cached([demo_content, other], cache_dir)
        written = cache._cache_file(cache_dir, [demo_content, other])
        os.utime(written, (now - (number + 1) * 86400, now - (number + 1) * 86400))
    os.utime(daily, (now - 90 * 86400, now - 90 * 86400))  # written long ago
    cache.read_cached([demo_content], cache_dir)  # today's start
    newest = tmp_path / "preview-new.md"
    newest.write_text("---\ntype: programme\nid: q\ntitle: Q\nlang: nb\n---\n", "utf-8")
    cache.load_cached([demo_content, newest], cache_dir)  # a write: pruning
    assert daily.exists()
    assert len(list(cache_dir.glob("content-*.json"))) == cache.KEPT_CACHES
