"""The rules of the house (DESIGN.md), read from the source: import direction between packages, engines kept
apart, renderers that only format, and modules short enough to read."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "summariser"
MAX_LINES = 320
ENGINE_USERS = ("summariser.engines", "summariser.pipeline", "summariser.api", "summariser.cli")
ENGINE_PACKAGES = ("summariser.engines.extractive", "summariser.engines.llm")
Graph = dict[str, set[str]]


def _name(path: Path) -> str:
    """Dotted module name of a source file (a package's __init__ is the package)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


@cache
def imports_of(module: str) -> frozenset[str]:
    """Project modules `module` imports anywhere in its file (functions and TYPE_CHECKING blocks included)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if _under(a.name, "summariser")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            if _under(base, "summariser"):
                found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names}
    return frozenset(found)


def stage(module: str) -> str:
    """The package a module belongs to (text, ingest, …) or, for a top-level module, its own name."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def stage_graph() -> Graph:
    """Which package imports which, self-imports left out."""
    graph: Graph = {stage(m): set() for m in MODULES}
    for m in MODULES:
        graph[stage(m)] |= {stage(i) for i in imports_of(m) if stage(i) != stage(m)}
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _witnesses(group: list[str]) -> Iterator[str]:
    """The module imports that tie a cyclic group of packages together."""
    for m in sorted(MODULES):
        for i in sorted(imports_of(m)):
            if stage(m) in group and stage(i) in group and stage(i) != stage(m):
                yield f"{m} imports {i}"


def under(prefix: str) -> list[str]:
    """Every module in the package or module `prefix`."""
    return [m for m in sorted(MODULES) if _under(m, prefix)]


def _offenders(importers: list[str], imported: tuple[str, ...]) -> list[str]:
    """`module imports target` for every module of `importers` importing anything under `imported`."""
    return [
        f"{m} imports {i}"
        for m in importers
        for i in sorted(imports_of(m))
        if any(_under(i, t) for t in imported)
    ]


def test_the_walk_resolves_every_import_form() -> None:
    assert "summariser.engines" in imports_of("summariser.api")  # from summariser import engines
    assert "summariser.render.stats" in imports_of("summariser.cli")  # inside a function
    assert "summariser.render.outcome" in imports_of("summariser.cli")  # inside a function
    assert "summariser.api" in imports_of("summariser")  # under TYPE_CHECKING
    assert "summariser.reconcile.conflicts" in imports_of("summariser.reconcile")
    assert {"pipeline", "engines"} <= stage_graph()["api"]


def test_the_cycle_finder_finds_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_between_packages() -> None:
    found = cycles(stage_graph())
    assert found == [], "\n".join(w for group in found for w in _witnesses(group))


def test_engines_import_the_models() -> None:
    for engine in ENGINE_PACKAGES:
        assert any("summariser.models" in imports_of(m) for m in under(engine)), engine


def test_engines_never_import_each_other_nor_the_cli() -> None:
    extractive, llm = ENGINE_PACKAGES
    assert _offenders(under(extractive), (llm,)) == []
    assert _offenders(under(llm), (extractive,)) == []
    assert _offenders(under("summariser.engines"), ("summariser.cli",)) == []


def test_only_the_pipeline_the_library_and_the_cli_import_an_engine() -> None:
    outside = [m for m in sorted(MODULES) if not any(_under(m, user) for user in ENGINE_USERS)]
    assert "summariser.evaluation.score" in outside and "summariser.engines.evidence" not in outside
    assert _offenders(outside, ("summariser.engines",)) == []


def reachable(module: str) -> set[str]:
    """Every project module loaded, directly or not, by importing `module`."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        m = todo.pop()
        for i in imports_of(m):
            if i in MODULES and i not in seen:
                seen.add(i)
                todo.append(i)
    return seen


def test_renderers_import_no_engine_and_no_reconcile() -> None:
    assert under("summariser.render")
    assert _offenders(under("summariser.render"), ("summariser.engines", "summariser.reconcile")) == []


def test_renderers_do_not_reach_engines_or_the_reconciler_through_other_modules() -> None:
    reached = {r for m in under("summariser.render") for r in reachable(m)}
    assert "summariser.models" in reached
    assert (
        sorted(r for r in reached if _under(r, "summariser.engines") or _under(r, "summariser.reconcile"))
        == []
    )


def _lines(module: str) -> int:
    return len(MODULES[module].read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_320_lines() -> None:
    assert _lines("summariser.models.outcome") > 100  # the count reads real files
    assert {m: _lines(m) for m in MODULES if _lines(m) > MAX_LINES} == {}
