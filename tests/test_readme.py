"""README promises exactly two set-up commands; CI must run the very same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shell_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_readme_has_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = shell_blocks(setup)
    assert len(commands) == 2, commands
    start, test = commands
    assert "annyeong-console" in start and "install.sh" in start
    assert "pytest" in test and "install.sh" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"TEST_COMMAND='{test}'" in ci
    # The wheel and the bundle are left out of the README's run (addopts), so CI must run them as a step.
    packaged = ("timeout 1800 .venv/bin/python -m pytest -q -m packaged"
                " tests/test_wheel.py tests/test_bundle.py")
    assert f"PACKAGED_COMMAND='{packaged}'" in ci
    assert 'bash -c "$PACKAGED_COMMAND"' in ci
