"""The one dependency rule and an import graph without cycles, proven by parsing every import. The map
these rules belong to is docs/architecture.md ("Layout and the one dependency rule").

console/ is the Qt-free core: it must run in a command-line tool or a headless test. server/ is the
reference case API: it may share console's pure wire and domain modules, nothing with a UI. Installed,
the folders are annyeong.console, annyeong.ui and annyeong.server, the names the rules use.
"""

from __future__ import annotations

import ast
from collections.abc import Collection
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "docs" / "architecture.md"
OURS = ("console", "ui", "server")
QT = ("PySide6", "shiboken6", "qasync")
UI = "annyeong.ui"
# server/ may import only these parts of console/: pure data shapes and rules.
SERVER_MAY_USE_FROM_CONSOLE = {"annyeong.console.wire", "annyeong.console.domain"}


def installed_name(name: str) -> str:
    """Old-style names (a folder at the top) count as what they would be installed as."""
    return f"annyeong.{name}" if name.split(".")[0] in OURS else name


def qt_or_ui(name: str) -> bool:
    return name.split(".")[0] in QT or name == UI or name.startswith(UI + ".")


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, installed_name(alias.name)) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, installed_name(node.module)))
    return found


def python_files(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    return files


def test_the_map_is_in_the_repository() -> None:
    text = MAP.read_text(encoding="utf-8")
    assert "Layout and the one dependency rule" in text


@pytest.mark.parametrize("package", ["console", "server"])
def test_core_and_server_never_import_qt_or_ui(package: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files(package)
        for line, name in imported_modules(path)
        if qt_or_ui(name)
    ]
    assert not bad, "\n".join(bad)


def test_server_uses_only_pure_parts_of_console() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files("server")
        for line, name in imported_modules(path)
        if name.startswith("annyeong.console")
        and not any(name == ok or name.startswith(ok + ".") for ok in SERVER_MAY_USE_FROM_CONSOLE)
    ]
    assert not bad, "\n".join(bad)


def test_domain_and_wire_import_nothing_from_store_or_sync() -> None:
    pure = [path for part in ("wire", "domain") for path in sorted((ROOT / "console" / part).rglob("*.py"))]
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in pure
        if path.exists()
        for line, name in imported_modules(path)
        if name.startswith(
            ("annyeong.console.store", "annyeong.console.sync", "annyeong.console.core", "httpx", "sqlite3")
        )
    ]
    assert not bad, "\n".join(bad)


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    # A guard that never fires proves nothing: feed it a file that breaks the rule.
    sample = tmp_path / "bad.py"
    sample.write_text(
        "import os\nfrom PySide6.QtWidgets import QLabel\nimport annyeong.ui.main\n", encoding="utf-8"
    )
    names = [name for _, name in imported_modules(sample)]
    assert [n for n in names if qt_or_ui(n)] == ["PySide6.QtWidgets", "annyeong.ui.main"]


# ---------------------------------------------------------------- cycles


def our_modules() -> dict[str, Path]:
    found = {}
    for package in OURS:
        for path in python_files(package):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found["annyeong." + ".".join(parts)] = path
    return found


def load_time_imports(path: Path, modules: Collection[str] = ()) -> list[str]:
    """Imports that run when the module loads: its top level, including `try`/`if` blocks, but not
    `if TYPE_CHECKING:` (never runs) nor function bodies (run later, when every module is loaded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.Import):
                names.extend(installed_name(alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                module = installed_name(node.module)
                # `from package import submodule` names the submodule; the package it sits in is already
                # loading (Python imports a parent before its child), as with any dotted import.
                names.extend(f"{module}.{alias.name}" for alias in node.names)
                if not any(f"{module}.{alias.name}" in modules for alias in node.names):
                    names.append(module)
            elif isinstance(node, ast.If):
                test = ast.unparse(node.test)
                if "TYPE_CHECKING" not in test:
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                    visit(block)

    visit(tree.body)
    return names


def import_graph() -> dict[str, set[str]]:
    modules = our_modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for target in load_time_imports(path, modules):
            if target in modules and target != name:
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles_among_our_modules() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in found)


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
