"""The lock (requirements/constraints.txt) and pyproject.toml agree, and every dependency is bounded above."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from lock_check import differences, pins  # noqa: E402

# Zone data, not code: its "API" is the IANA database, and a cap would only keep old rules for Seoul's
# neighbours' clocks; the lock still pins the tested release.
UNCAPPED = {"tzdata"}


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        listed.extend(extra)
    return [Requirement(text) for text in listed]


def test_every_dependency_and_tool_has_an_upper_bound() -> None:
    unbounded = [
        str(req) for req in _requirements()
        if canonicalize_name(req.name) not in UNCAPPED
        and not any(spec.operator in ("<", "<=", "==", "~=") for spec in req.specifier)
    ]
    assert unbounded == []


def test_the_lock_pins_every_dependency_within_its_range() -> None:
    locked = pins()
    for req in _requirements():
        name = canonicalize_name(req.name)
        assert name in locked, f"{req.name} is not in requirements/constraints.txt: regenerate it"
        version, _marker = locked[name]
        assert req.specifier.contains(version, prereleases=True), f"{name}=={version} outside {req}"


def test_this_venv_is_the_locked_one() -> None:
    # CI installs with -c requirements/constraints.txt (packaging/install.sh): what it tests is the lock.
    assert differences() == []
