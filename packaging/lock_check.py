"""Does this Python's environment hold exactly the versions requirements/constraints.txt pins?

    python packaging/lock_check.py        # prints each difference; exits 1 if there is one

The bundle freezes whatever the build venv holds, so packaging/build_bundle.py refuses to build from a
venv that drifted from the lock (a package upgraded by hand, an install without ``-c``). Pins whose
marker does not apply here (Windows-only packages on Linux) and pins of packages not installed (the lock
covers every extra) are not differences.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

LOCK = Path(__file__).resolve().parent.parent / "requirements" / "constraints.txt"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(?:;\s*(.+))?$")


def pins(lock: Path = LOCK) -> dict[str, tuple[str, str | None]]:
    """Canonical name → (version, marker or None), from the lock's ``name==version ; marker`` lines."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            found[canonicalize_name(match[1])] = (match[2], match[3])
    return found


def differences(lock: Path = LOCK) -> list[str]:
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    problems = []
    for name, (version, marker) in sorted(pins(lock).items()):
        if marker is not None and not Marker(marker).evaluate():
            continue
        have = installed.get(name)
        if have is not None and have != version:
            problems.append(f"{name}: installed {have}, locked {version}")
    return problems


def main() -> int:
    problems = differences()
    for problem in problems:
        print(problem)
    if problems:
        print(f"the venv differs from {LOCK.name}: "
              "pip install -c requirements/constraints.txt -e '.[server,dev]'")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
