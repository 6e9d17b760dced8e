"""pyproject.toml installs every package folder under its annyeong.* name (the list is explicit because
setuptools cannot find packages and rename them at once), and resources/ goes with them."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_installed_under_its_annyeong_name() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {
        "annyeong." + ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("console", "ui", "server")
        for init in (ROOT / top).rglob("__init__.py")
    }
    listed = set(setuptools["packages"])
    assert folders <= listed, f"add to [tool.setuptools] packages: {sorted(folders - listed)}"
    assert listed - folders == {"annyeong.resources"}, f"listed but absent: {sorted(listed - folders)}"
    assert setuptools["package-dir"] == {
        "annyeong.console": "console", "annyeong.ui": "ui", "annyeong.server": "server",
        "annyeong.resources": "resources",
    }


def test_the_type_check_tree_points_at_the_folders() -> None:
    for top in ("console", "ui", "server"):
        link = ROOT / "packaging" / "typecheck" / "annyeong" / top
        assert link.is_symlink() and link.resolve() == (ROOT / top).resolve()
