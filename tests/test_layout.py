"""The package's layout: packages by pipeline stage, imports one way, no import cycle.

The imports are read with :mod:`ast` from the source (every ``import`` statement, in functions
too, but not those under ``if TYPE_CHECKING:``, which never run), so a lazy import that closes
a circle is caught like any other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotes"

STAGES: dict[str, int] = {
    # the records, errors and word lists every stage may import
    "quotes.errors": 0,
    "quotes.model": 0,
    "quotes.lexicon": 0,
    "quotes.evaluate": 1,  # gold annotations and scoring: records only
    "quotes.nlp": 1,
    "quotes.find": 2,
    "quotes.speakers": 2,
    "quotes.confidence": 3,
    "quotes.corpus": 4,
    "quotes.digests": 4,  # reads the confidence model's thresholds, shows what find.display makes
    "quotes.store": 5,  # keeps what corpus and digests make
    "quotes.testing": 5,
    "quotes.cli": 6,
    "quotes.__main__": 7,
}
"""Each top-level module or package and its stage: a module imports only from lower stages or
its own package (``quotes/__init__.py``, the public API, imports from all)."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str) -> set[str]:
    """The modules of ``quotes`` that module ``name`` imports (``from a import b``: ``a.b`` when
    that is a module, else ``a``)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    is_package = MODULES[name].name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")[: len(name.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([base] if base else []))
            for a in node.names:
                found.add(f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name) for name in MODULES}


def _stage(name: str) -> str:
    return next(s for s in sorted(STAGES, key=len, reverse=True) if name == s or name.startswith(s + "."))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_cycle_finder_finds_a_lazy_circle() -> None:
    """The cycle check itself sees a circle, including one closed by an import in a function."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_walk_reads_lazy_imports() -> None:
    """An import inside a function counts (the rule registry once imported the pipeline that way)."""
    assert "quotes.corpus.cluster" in GRAPH["quotes.corpus.mapping"]


def test_no_import_cycle() -> None:
    """No module of quotes imports itself back through others."""
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n != "quotes"))
def test_imports_go_down_the_pipeline(name: str) -> None:
    """A module imports only from lower stages or from its own package."""
    own = _stage(name)
    upward = sorted(
        target
        for target in GRAPH[name]
        if target != "quotes" and _stage(target) != own and STAGES[_stage(target)] >= STAGES[own]
    )
    assert upward == [], f"{name} ({own}) imports {upward}"


def test_top_level_reads_as_the_pipeline() -> None:
    """The top of quotes/ holds about a dozen entries: the stages, records, errors and word lists."""
    entries = sorted(p.name for p in PACKAGE.iterdir() if p.name != "__pycache__")
    assert len([e for e in entries if not e.startswith("__") and e != "data"]) <= 13, entries
    for stage in ("nlp", "find", "speakers", "confidence", "corpus", "digests"):
        assert (PACKAGE / stage / "__init__.py").is_file()


@pytest.mark.parametrize("init", sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("__init__.py")))
def test_package_inits_only_document_and_export(init: str) -> None:
    """Each package's __init__ has a docstring and __all__, and holds no logic: imports only."""
    tree = ast.parse((PACKAGE / init).read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{init} has no docstring"
    body = tree.body[1:]
    exports = [
        node
        for node in body
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]
    ]
    assert exports, f"{init} has no __all__"
    logic = [
        type(node).__name__
        for node in body
        if not isinstance(node, ast.Import | ast.ImportFrom) and node not in exports
    ]
    assert logic == [], f"{init} holds {logic}"


def test_import_quotes_loads_no_torch() -> None:
    """``import quotes`` stays light: neither stanza nor torch is loaded (only nlp.stanza_backend imports stanza)."""
    import subprocess
    import sys

    code = "import sys, quotes; print(sorted(m for m in ('stanza', 'torch', 'numpy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    stanza_users = sorted(
        n
        for n, p in MODULES.items()
        if "import stanza" in p.read_text(encoding="utf-8") and n != "quotes.nlp.stanza_backend"
    )
    assert stanza_users == []


def test_no_export_hides_a_module() -> None:
    """No package exports a name that is also one of its modules (``quotes.x.y`` stays the module)."""
    import importlib
    import pkgutil

    import quotes

    clashes = []
    for info in [*pkgutil.walk_packages(quotes.__path__, "quotes."), pkgutil.ModuleInfo(None, "quotes", True)]:  # type: ignore[arg-type]
        if info.ispkg:
            package = importlib.import_module(info.name)
            clashes += [
                f"{info.name}.{m.name}" for m in pkgutil.iter_modules(package.__path__) if m.name in package.__all__
            ]
    assert clashes == []
