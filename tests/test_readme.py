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
    # The bundle build is left out of the README's run (addopts), so CI must run it as its own step.
    assert "BUNDLE_COMMAND='timeout 900 .venv/bin/python -m pytest -q -m bundle tests/test_bundle.py'" in ci
    assert 'bash -c "$BUNDLE_COMMAND"' in ci
