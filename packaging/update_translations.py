"""Extract the console's UI strings with pyside6-lupdate and update resources/translations/console_*.ts.

    python packaging/update_translations.py          # update both .ts files (drops vanished strings)
    python packaging/update_translations.py --check  # exit 1 naming every unfinished/obsolete message

Why not plain ``pyside6-lupdate ui``: most modules translate through a one-line helper with a fixed
context (``def _t(text): return QCoreApplication.translate("ContactView", text)``), and lupdate's Python
parser cannot see through it (it files ``_t("메모")`` under an empty context, or not at all). So the
sources are copied to a scratch tree where every helper call is spelled out as the call it makes
(``QCoreApplication.translate("ContactView", "메모")``, same line), and lupdate runs on that copy. Strings
a helper receives through a loop over a literal table (``for code, text in (("a", "상담"), …)``) are added
as ``QT_TRANSLATE_NOOP`` lines. Anything else non-literal is reported, so it cannot slip through.

Korean is the source language. console_ko.ts is the complete catalog with identity translations (filled
here: for Korean the source *is* the translation); console_en.ts is translated by people.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("ui",)
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ko", "en")
SOURCE_LANGUAGE = "ko"


@dataclass(frozen=True)
class Problem:
    language: str
    context: str
    source: str
    kind: str  # "unfinished", "obsolete", "vanished", "dynamic"

    def __str__(self) -> str:
        return f"[{self.language}] {self.context}: {self.source!r} is {self.kind}"


def lupdate_binary() -> str:
    local = Path(sys.executable).parent / "pyside6-lupdate"
    return str(local) if local.exists() else (shutil.which("pyside6-lupdate") or "pyside6-lupdate")


def lrelease_binary() -> str:
    local = Path(sys.executable).parent / "pyside6-lrelease"
    return str(local) if local.exists() else (shutil.which("pyside6-lrelease") or "pyside6-lrelease")


# --- making helper calls visible -------------------------------------------------------------------


def _is_translate(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "QCoreApplication"
    )


def _helpers(tree: ast.Module) -> dict[str, str]:
    """``def f(text): return QCoreApplication.translate("Ctx", text)`` anywhere in the module → {f: Ctx}."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if call is None or not _is_translate(call):
            continue
        assert isinstance(call, ast.Call)
        if (
            len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = str(call.args[0].value)
    return found


def _literal_rows(node: ast.AST, tree: ast.Module) -> list[ast.AST] | None:
    """The rows of a literal table: a tuple/list literal, a module constant bound to one, or enumerate()."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "enumerate":
        rows = _literal_rows(node.args[0], tree) if node.args else None
        return None if rows is None else [
            ast.Tuple(elts=[ast.Constant(0), row]) for row in rows if isinstance(row, ast.expr)
        ]
    if isinstance(node, ast.Tuple | ast.List):
        return list(node.elts)
    if isinstance(node, ast.Name):
        for statement in tree.body:
            targets = statement.targets if isinstance(statement, ast.Assign) else (
                [statement.target] if isinstance(statement, ast.AnnAssign) else []
            )
            value = getattr(statement, "value", None)
            if any(isinstance(t, ast.Name) and t.id == node.id for t in targets) and value is not None:
                return _literal_rows(value, tree)
    return None


def _bound_strings(target: ast.AST, row: ast.AST, name: str) -> list[str] | None:
    """The string ``name`` takes when ``target`` is unpacked from ``row`` (None if not bound here)."""
    if isinstance(target, ast.Name):
        if target.id != name:
            return None
        if isinstance(row, ast.Constant) and isinstance(row.value, str):
            return [row.value]
        return []
    if isinstance(target, ast.Tuple) and isinstance(row, ast.Tuple) and len(target.elts) == len(row.elts):
        for sub_target, sub_row in zip(target.elts, row.elts, strict=True):
            found = _bound_strings(sub_target, sub_row, name)
            if found is not None:
                return found
    return None


def _loop_strings(tree: ast.Module, name: str) -> list[str]:
    strings: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For):
            rows = _literal_rows(node.iter, tree)
            for row in rows or []:
                strings.extend(_bound_strings(node.target, row, name) or [])
    return strings


def _literal_counts(text: str) -> str:
    """``translate(ctx, "%n건", None, len(rows))`` with the count spelled ``1``: lupdate's Python parser
    files a message as numerus (plural forms) only when the count is a number literal. Lines keep their
    numbers (a count spread over lines leaves its line breaks)."""
    tree = ast.parse(text)
    spans: list[tuple[int, int, int, int]] = []
    for node in ast.walk(tree):
        if _is_translate(node) and isinstance(node, ast.Call) and len(node.args) == 4:
            count = node.args[3]
            if isinstance(count, ast.Constant):
                continue
            assert count.end_lineno is not None and count.end_col_offset is not None
            spans.append((count.lineno - 1, count.col_offset, count.end_lineno - 1, count.end_col_offset))
    if not spans:
        return text
    raw = [line.encode("utf-8") for line in text.splitlines(keepends=True)]
    for first, start, last, end in sorted(spans, reverse=True):
        breaks = b"\n" * (last - first)
        raw[first:last + 1] = [raw[first][:start] + b"1" + breaks + raw[last][end:]]
    return b"".join(raw).decode("utf-8")


def visible_source(text: str, *, path: str = "") -> tuple[str, list[str]]:
    """``text`` with helper calls spelled out for lupdate, and the calls that could not be resolved."""
    text = _literal_counts(text)
    tree = ast.parse(text)
    helpers = _helpers(tree)
    lines = text.splitlines(keepends=True)
    raw = [line.encode("utf-8") for line in lines]
    edits: list[tuple[int, int, int, bytes]] = []  # line index, start byte, end byte, replacement
    extra: list[str] = []
    unresolved: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        context = helpers.get(node.func.id)
        if context is None or len(node.args) != 1:
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            func = node.func
            assert func.end_lineno is not None and func.end_col_offset is not None
            if func.lineno != func.end_lineno:
                unresolved.append(f"{path}:{node.lineno}")
                continue
            row = func.lineno - 1
            if raw[row][func.end_col_offset:func.end_col_offset + 1] != b"(":
                unresolved.append(f"{path}:{node.lineno}")
                continue
            replacement = f'QCoreApplication.translate("{context}", '.encode()
            edits.append((row, func.col_offset, func.end_col_offset + 1, replacement))
        elif isinstance(arg, ast.Name) and (strings := _loop_strings(tree, arg.id)):
            extra.extend(f"QT_TRANSLATE_NOOP({context!r}, {s!r})\n" for s in strings)
        else:
            unresolved.append(f"{path}:{node.lineno}")
    for row, start, end, replacement in sorted(edits, reverse=True):
        raw[row] = raw[row][:start] + replacement + raw[row][end:]
    out = b"".join(raw).decode("utf-8")
    if extra:
        out += ("" if out.endswith("\n") else "\n") + "".join(extra)
    return out, unresolved


def prepare_sources(scratch: Path) -> tuple[list[Path], list[str]]:
    files: list[Path] = []
    unresolved: list[str] = []
    for folder in SOURCE_DIRS:
        for source in sorted((ROOT / folder).rglob("*.py")):
            relative = source.relative_to(ROOT)
            text, missed = visible_source(source.read_text(encoding="utf-8"), path=relative.as_posix())
            unresolved.extend(missed)
            target = scratch / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            files.append(target)
    return files, unresolved


# --- running lupdate ----------------------------------------------------------------------------------


def ts_path(language: str, base: Path = TS_DIR) -> Path:
    return base / f"console_{language}.ts"


def run_lupdate(ts_dir: Path, *, drop_obsolete: bool) -> list[str]:
    """Update ``ts_dir``/console_*.ts (copies of ours, or ours) from the sources; returns unresolved calls."""
    with tempfile.TemporaryDirectory(prefix="annyeong-i18n-") as tmp:
        scratch = Path(tmp)
        files, unresolved = prepare_sources(scratch)
        # The .ts files sit at the same depth as in the repository, so locations read ../../ui/x.py.
        work_ts = scratch / "resources" / "translations"
        work_ts.mkdir(parents=True)
        for language in LANGUAGES:
            if ts_path(language, ts_dir).exists():
                shutil.copy(ts_path(language, ts_dir), ts_path(language, work_ts))
        for language in LANGUAGES:
            command = [
                lupdate_binary(), *map(str, files), "-source-language", SOURCE_LANGUAGE,
                "-target-language", language, "-locations", "relative",
                "-ts", str(ts_path(language, work_ts)),
            ]
            if drop_obsolete:
                command.insert(1, "-no-obsolete")
            subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
            shutil.copy(ts_path(language, work_ts), ts_path(language, ts_dir))
    return unresolved


def fill_identity(path: Path) -> int:
    """Korean: every unfinished message's translation is its source. Returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is not None and source is not None and translation.get("type") == "unfinished":
            forms = translation.findall("numerusform")
            if message.get("numerus") == "yes":
                # Korean has one plural form: "%n건" whatever the count.
                for extra in forms[1:]:
                    translation.remove(extra)
                form = forms[0] if forms else ET.SubElement(translation, "numerusform")
                form.text = source.text
            else:
                translation.text = source.text
            del translation.attrib["type"]
            filled += 1
    # Written even when nothing was filled: lupdate lays the file out its own way, and a run that filled
    # nothing left that layout, so the next run's fill turned the whole file over in the diff.
    _write(tree, path)
    return filled


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    root = tree.getroot()
    assert root is not None
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def translations_of(message: ET.Element) -> list[str]:
    """A message's translation, or each plural form of a numerus message ("%n건" → "%n record(s)")."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def translated(message: ET.Element) -> bool:
    texts = translations_of(message)
    return bool(texts) and all(text.strip() for text in texts)


def problems(path: Path, language: str) -> list[Problem]:
    """Every message that is not a finished, current translation."""
    found: list[Problem] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if translation is not None and not kind and not translated(message):
                kind = "unfinished"
            if kind:
                found.append(Problem(language, name, message.findtext("source") or "", kind))
    return found


def check(ts_dir: Path = TS_DIR) -> list[Problem]:
    """Run lupdate over copies of the committed .ts files; anything not finished and current is a problem."""
    with tempfile.TemporaryDirectory(prefix="annyeong-ts-check-") as tmp:
        copy = Path(tmp)
        for language in LANGUAGES:
            if not ts_path(language, ts_dir).exists():
                return [Problem(language, "", ts_path(language, ts_dir).name, "missing")]
            shutil.copy(ts_path(language, ts_dir), ts_path(language, copy))
        unresolved = run_lupdate(copy, drop_obsolete=False)
        found = [Problem("*", where, "", "dynamic") for where in unresolved]
        for language in LANGUAGES:
            found.extend(problems(ts_path(language, copy), language))
        return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        for problem in found:
            print(problem)
        return 1 if found else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    unresolved = run_lupdate(TS_DIR, drop_obsolete=True)
    for where in unresolved:
        print(f"not extractable (pass a literal to the translate helper): {where}")
    filled = fill_identity(ts_path(SOURCE_LANGUAGE))
    open_en = problems(ts_path("en"), "en")
    print(f"ko: {filled} filled; en: {len(open_en)} to translate")
    return 1 if unresolved else 0


if __name__ == "__main__":
    raise SystemExit(main())
