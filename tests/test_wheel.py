"""The wheel as a workstation's IT staff would install it: built from this tree, installed with the
default install (no extras) into a fresh venv, it starts the console in training mode until the main
window paints. The editable install hides what the wheel lacks (resources/, the training server's
dependencies), so only this test sees it.

Slow (a build, a venv and PySide6 installed from the pip cache: one to three minutes on two cores): like
the bundle test it is not in the default run, and .ci/run runs both after the suite (`pytest -m packaged`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.packaged, pytest.mark.timeout(900)]


def build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True, timeout=600,
    )
    (wheel,) = out.glob("annyeong_console-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


def test_the_wheel_installs_one_name_and_carries_the_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"annyeong"}, f"only annyeong/ at the top of site-packages, not {sorted(tops)}"
    for needed in ("annyeong/resources/icons/app.svg", "annyeong/resources/api/openapi.yaml",
                   "annyeong/resources/translations/console_en.ts", "annyeong/server/migrations/env.py",
                   "annyeong/ui/main.py"):
        assert needed in names, f"{needed} is not in the wheel"
    assert any(n.startswith("annyeong/resources/instruments/") and n.endswith(".json") for n in names)
    assert not any(n.startswith("annyeong/__init__") for n in names), "annyeong is a namespace"


def test_a_fresh_venv_with_the_default_install_runs_training_mode(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    # --no-compile: byte-compiling every installed module (PySide6's, FastAPI's …) was half of the install's
    # time (48.9 s -> 23.7 s here) and proves nothing the start below does not; the start compiles what
    # it imports.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-compile", str(wheel)], check=True, timeout=900
    )
    console = env_dir / ("Scripts" if os.name == "nt" else "bin") / "annyeong-console"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANNYEONG_DATA_DIR=str(tmp_path / "data"),
        ANNYEONG_CONFIG_DIR=str(tmp_path / "config"),
    )
    # Run away from the repository so nothing of it can be imported by accident.
    done = subprocess.run(
        [str(console), "--smoke-test"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke: painted mainWindow" in done.stdout, done.stdout + done.stderr
    assert "Cannot open file" not in done.stderr, done.stderr
