"""The one dependency rule, proven by parsing every import (docs/architecture.md, "Layout and the one
dependency rule").

console/ is the Qt-free core: it must run in a command-line tool or a headless test. server/ is the
reference case API: it may share console's pure wire and domain modules, nothing with a UI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_AND_UI = {"PySide6", "shiboken6", "qasync", "ui"}
# server/ may import only these parts of console/: pure data shapes and rules.
SERVER_MAY_USE_FROM_CONSOLE = {"console.wire", "console.domain"}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def python_files(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    return files


@pytest.mark.parametrize("package", ["console", "server"])
def test_core_and_server_never_import_qt_or_ui(package: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files(package)
        for line, name in imported_modules(path)
        if name.split(".")[0] in QT_AND_UI
    ]
    assert not bad, "\n".join(bad)


def test_server_uses_only_pure_parts_of_console() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in python_files("server")
        for line, name in imported_modules(path)
        if name.split(".")[0] == "console"
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
        if name.startswith(("console.store", "console.sync", "console.core", "httpx", "sqlite3"))
    ]
    assert not bad, "\n".join(bad)


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    # A guard that never fires proves nothing: feed it a file that breaks the rule.
    sample = tmp_path / "bad.py"
    sample.write_text("import os\nfrom PySide6.QtWidgets import QLabel\nimport ui.app\n", encoding="utf-8")
    names = [name for _, name in imported_modules(sample)]
    assert [n for n in names if n.split(".")[0] in QT_AND_UI] == ["PySide6.QtWidgets", "ui.app"]
