"""Content packs from others, at random: mutated zips and folders fed to the importer and
the validator. Whatever comes in, they end within a time bound, write nothing outside the
data folder, leave nothing half-installed, and answer only with content problems that
have a location (or with an installed pack that checks clean)."""

import io
import stat
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from trainer.course import packs, templates
from trainer.course.loader import load_library
from trainer.course.targets import load_for_validation

TIME_BOUND = 10.0  # seconds for one import or check, far above the usual tenth of a second
LIMITS = packs.Limits(files=60, file_bytes=64 * 1024, total_bytes=512 * 1024)


def _template_files() -> dict[str, bytes]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "p"
        templates.create("pack", root, "nb")
        return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*.md"))}


TEMPLATE = _template_files()

HOSTILE_NAMES = [
    "../evil.md", "../../evil.md", "/etc/evil.md", "C:/evil.md", "C:\\evil.md", "..\\evil.md", "a/../../evil.md",
    "a/./b.md", "", "/", ".hidden/x.md", "__MACOSX/x.md", "a:b.md", "x\x00y.md", "con.md", "é/ø.md", "A.md",
    "a.md", "x" * 300 + ".md", "bilde.png", "virus.exe", "01-modul", "01-modul/", "pack.md", "p/pack.md",
]
LINES = [
    "---", "type: pack", "type: module", "id: p", "id: ../x", "title: T", "lang: nb", "version: 1", "version: [1]",
    "## Steg {#a}", "- [Gå](#a) #t", "- [x] ja", "- [ ] nei", "> forklaring", "<!-- chart: bar -->", "| a | 1 |",
    "![bilde](../../etc/passwd)", "![web](https://evil.example/x.png)", "<script>alert(1)</script>", "```", "",
]
TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=30)), max_size=30).map("\n".join),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
)
META = st.dictionaries(
    st.sampled_from(["type", "id", "title", "lang", "version", "authors", "organisation", "licence", "x"]),
    st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.text(max_size=12),
              st.sampled_from(["pack", "p", "../p", "nb", "1"]), st.lists(st.text(max_size=5), max_size=3)),
    max_size=8,
)


@st.composite
def mutated_packs(draw):
    """(entries, prefix): zip entries as (name, bytes, is_link) after random mutations."""
    prefix = draw(st.sampled_from(["p/", "", "other/"]))
    files = {name: data for name, data in TEMPLATE.items()}
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["text", "mutate", "delete", "add", "meta", "truncate"]))
        names = sorted(files)
        if action == "text" and names:
            files[draw(st.sampled_from(names))] = draw(TEXT).encode("utf-8", "replace")
        elif action == "mutate" and names:
            name = draw(st.sampled_from(names))
            lines = files[name].decode("utf-8", "replace").splitlines()
            at = draw(st.integers(0, len(lines)))
            lines[at:at + draw(st.integers(0, 3))] = draw(st.lists(st.sampled_from(LINES), max_size=3))
            files[name] = "\n".join(lines).encode()
        elif action == "delete" and names:
            files.pop(draw(st.sampled_from(names)))
        elif action == "add":
            files[draw(st.sampled_from(HOSTILE_NAMES) | st.text(max_size=20))] = draw(TEXT).encode("utf-8", "replace")
        elif action == "meta":
            front = yaml.safe_dump(draw(META), allow_unicode=True)
            files["pack.md"] = f"---\n{front}---\n\nOm pakken.\n".encode()
        elif action == "truncate" and names:
            name = draw(st.sampled_from(names))
            files[name] = files[name][: draw(st.integers(0, len(files[name])))]
    links = set(draw(st.lists(st.sampled_from(sorted(files) or ["x"]), max_size=1)))
    entries = [((prefix + name) if not name.startswith(("/", "C:", "..")) else name, data, name in links)
               for name, data in files.items()]
    return entries


def make_zip(entries) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        seen = set()
        for name, data, is_link in entries:
            if name in seen:
                continue
            seen.add(name)
            info = zipfile.ZipInfo(name or "_")
            if is_link:
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def located(problems, where: Path) -> None:
    assert problems, "a refusal always says why"
    for problem in problems:
        assert isinstance(problem.line, int) and problem.line >= 0
        assert isinstance(problem.message, str) and problem.message.strip()
        assert problem.path == where or Path(problem.path).is_relative_to(where), problem


def snapshot(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def check_import(tmp: Path, entries, record=lambda _what: None) -> None:
    data = tmp / "data"
    packs_dir = data / "content"
    outside = tmp / "outside"
    outside.mkdir()
    zipped = tmp / "in.zip"
    zipped.write_bytes(make_zip(entries))
    started = time.monotonic()
    try:
        result = packs.install(zipped, packs_dir, [], LIMITS)
    except packs.PackError as error:
        record("refused")
        located(error.problems, zipped)
        assert snapshot(packs_dir) == []  # nothing half-installed
    else:
        record("installed")
        assert result.folder.parent == packs_dir and result.folder.name == result.manifest.id
        assert load_library([result.folder]).errors == []
    assert time.monotonic() - started < TIME_BOUND
    assert snapshot(outside) == []
    assert sorted(p.name for p in tmp.iterdir()) in (["in.zip", "outside"], ["data", "in.zip", "outside"])
    if data.exists():
        assert [p.name for p in data.iterdir()] in ([], ["content"])  # no staging folder left behind


def check_folder(tmp: Path, entries) -> None:
    folder = tmp / "pakke"
    folder.mkdir()
    for name, data, _is_link in entries:
        name = name.replace("\\", "/").lstrip("/")
        parts = [p for p in name.split("/") if p not in ("", ".", "..")]
        if not parts or any("\x00" in p or len(p.encode()) > 200 or ":" in p for p in parts):
            continue
        target = folder.joinpath(*parts)
        if target.exists() and target.is_dir() or any(p.is_file() for p in target.parents if p != folder and p.is_relative_to(folder)):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_dir():
            target.write_bytes(data)
    started = time.monotonic()
    library = load_for_validation([folder], [])
    check = packs.check_pack(folder, [])
    assert time.monotonic() - started < TIME_BOUND
    for problem in [*library.problems, *check.problems]:
        assert isinstance(problem.line, int) and problem.line >= 0 and problem.message.strip()
        assert Path(problem.path) == folder or Path(problem.path).is_relative_to(folder), problem


HEALTH = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=100, deadline=None, suppress_health_check=HEALTH)
@given(entries=mutated_packs())
def test_random_zips_are_installed_clean_or_refused_with_located_reasons(tmp_path_factory, entries):
    check_import(tmp_path_factory.mktemp("zip"), entries, event)


@settings(max_examples=100, deadline=None, suppress_health_check=HEALTH)
@given(entries=mutated_packs())
def test_random_pack_folders_give_located_problems_only(tmp_path_factory, entries):
    check_folder(tmp_path_factory.mktemp("folder"), entries)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=HEALTH)
@given(entries=mutated_packs())
def test_random_zips_long(tmp_path_factory, entries):
    check_import(tmp_path_factory.mktemp("zip"), entries, event)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=HEALTH)
@given(entries=mutated_packs())
def test_random_pack_folders_long(tmp_path_factory, entries):
    check_folder(tmp_path_factory.mktemp("folder"), entries)


def test_the_unmutated_template_installs():
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        check_import(Path(folder), [("p/" + name, data, False) for name, data in TEMPLATE.items()])
        assert (Path(folder) / "data" / "content" / "p" / "pack.md").is_file()
