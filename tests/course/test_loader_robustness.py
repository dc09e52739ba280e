"""Whatever an author writes, the loader answers with problems that have a location,
never with an exception."""

import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.course.loader import load_library

KEYS = ["type", "id", "title", "lang", "audience", "minutes", "version", "summary", "tags", "pass",
        "modules", "content_warning", "notes", "x"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.text(max_size=12),
                    st.sampled_from(["module", "page", "scenario", "quiz", "course", "contact", "nb"]))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                      max_leaves=6)
LINES = st.lists(st.one_of(
    st.sampled_from(["## Steg {#a}", "## B {#b .truefalse}", "- [Gå](#a) #t", "- [x] ja", "- [ ] nei",
                     "1. en", "- a -> b", "> forklaring", "> [!NOTE]", "  > tilbakemelding",
                     "<!-- chart: bar; rows: x -->", "| a | b |", "|---|---|", "| x | 1 |", "```", "",
                     "![bilde](x.png)", "<script>x</script>", "## {#}", "- [](#)"]),
    st.text(max_size=20)), max_size=25)


def check_random_file(root, meta, module_meta, body):
    folder = root / "m"
    folder.mkdir()
    if module_meta:
        (folder / "module.md").write_text(
            "---\ntype: module\nid: m\ntitle: M\nlang: nb\naudience: [parent]\nminutes: 1\n---\n", "utf-8")
    front = yaml.safe_dump(meta, allow_unicode=True) if meta else ""
    (folder / "part.md").write_text(f"---\n{front}---\n" + "\n".join(body), "utf-8")
    started = time.monotonic()
    library = load_library([root])
    assert time.monotonic() - started < 5  # ends within a time bound
    for problem in library.problems:
        assert problem.path.is_relative_to(root) and isinstance(problem.line, int) and problem.message


FILES = dict(meta=st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8), module_meta=st.booleans(), body=LINES)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(**FILES)
def test_random_files_give_located_problems_only(tmp_path_factory, meta, module_meta, body):
    check_random_file(tmp_path_factory.mktemp("fuzz"), meta, module_meta, body)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(**FILES)
def test_random_files_give_located_problems_only_long(tmp_path_factory, meta, module_meta, body):
    check_random_file(tmp_path_factory.mktemp("fuzz"), meta, module_meta, body)
