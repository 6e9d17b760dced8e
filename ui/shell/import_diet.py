"""What the console process would otherwise import or keep for nothing; applied before anything else of
ui/ is imported (ui/__init__.py), so the whole process, the app and the tests alike, runs with it.

- httpx's package imports its command-line tool (click, rich, pygments) whenever they are installed (a
  developer's venv has them): ~7 MB resident and ~1 s of a busy PC's start, never used by the console.
- httpcore imports trio whenever it is installed (a developer's venv has it, for Selenium), to offer trio
  locks beside asyncio's: with trio come attrs, outcome and sortedcontainers, ~4 MB resident, and the
  console runs on asyncio only. httpcore is imported here with trio hidden (it then uses anyio alone);
  trio stays importable for whatever else in the process wants it (Selenium in the tests).
- PySide6's ``__feature__`` support asks, for every module imported after PySide6, whether its source
  names PySide6, through ``inspect.getsource``; linecache then keeps every line of every module for the
  life of the process (~20 MB at sign-in). The same question answered from the file itself keeps nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _names_pyside(module: ModuleType) -> bool:
    """As PySide6's own check answers (a module without a .py source does not use PySide6), without
    leaving the source in linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def apply() -> None:
    # None in sys.modules makes httpx's `from ._main import main` raise ImportError, which it handles
    # (it defines a stub `main`); setdefault leaves an httpx imported before us as it is.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    _import_httpcore_without_trio()
    import shiboken6  # noqa: F401 (loads shibokensupport, whose check is replaced below)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", _names_pyside)  # noqa: B010 (a module the stubs do not know)


def _import_httpcore_without_trio() -> None:
    if "httpcore" in sys.modules or "trio" in sys.modules:
        return  # already decided (or trio is wanted by something else in this process)
    sys.modules["trio"] = None  # type: ignore[assignment]  # its ImportError is what httpcore handles
    try:
        import httpcore  # noqa: F401
    finally:
        del sys.modules["trio"]
