"""The package's layout rule: a module imports only from its own stage or earlier ones.

The stages, in the order the data flows: the foundations (``paths``, ``schema``) and
``lexicon`` → ``read`` → ``parse`` → ``build`` → ``analyse`` → ``export`` → the command line.
Imports inside functions count too: a late import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

from cwlib import paths

STAGES = {
    "paths": 0,
    "version": 0,
    "schema": 0,
    "errors": 0,
    "patterns": 0,
    "lexicon": 0,
    "read": 1,
    "parse": 2,
    "build": 3,
    "analyse": 4,
    "export": 5,
    "cli": 6,
    "__main__": 6,
    "__init__": 6,
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(paths.PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(paths.PACKAGE_DIR).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        out["cwlib." + ".".join(parts)] = path
    return out


def _imports(path: Path, known: set[str]) -> set[str]:
    """The cwlib modules a file imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cwlib"):
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        if isinstance(node, ast.ImportFrom) and node.module == "cwlib":
            # ``from cwlib import x``: a sub-module x, or a name of the package top
            # (``cwlib/__init__.py``, the last stage since it reaches into parse and build)
            names = [n if n in known else "cwlib.__init__" for n in names[1:]]
        found |= {n for n in names if n in known}
    return found


def _stage(module: str) -> tuple[str, int]:
    part = module.split(".")[1] if "." in module else "__init__"
    return part, STAGES[part]


def test_every_module_has_a_stage() -> None:
    unknown = [m for m in _modules() if "." in m and m.split(".")[1] not in STAGES]
    assert not unknown, f"modules outside every stage: {unknown}"


def test_imports_flow_one_way() -> None:
    modules = _modules()
    known = set(modules)
    wrong = []
    for module, path in modules.items():
        if module == "cwlib":
            continue
        name, stage = _stage(module)
        for imported in _imports(path, known):
            if imported == "cwlib":
                continue
            other, other_stage = _stage(imported)
            if other_stage > stage:
                wrong.append(f"{module} ({name}) imports {imported} ({other})")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_no_import_cycle() -> None:
    modules = _modules()
    known = set(modules)
    graph = {m: _imports(p, known) - {m, "cwlib"} for m, p in modules.items() if m != "cwlib"}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, set())):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)
