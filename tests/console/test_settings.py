"""Settings load/save: defaults, round trip, and bad files that must never crash the console."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annyeong.console import paths
from annyeong.console.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults_without_problem(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "nope.json")
    assert loaded.settings == Settings()
    assert loaded.problem is None
    assert loaded.settings.training
    assert loaded.settings.simulator_interval_s == 45.0
    assert loaded.settings.note_debounce_ms == 300


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "settings.json"
    settings = Settings(server_url="https://cases.example.org", simulator_enabled=False, last_username="kim")
    save_settings(settings, path)
    loaded = load_settings(path)
    assert loaded.settings == settings and loaded.problem is None
    assert not loaded.settings.training
    assert not list(path.parent.glob(".settings-*")), "no temp file left behind"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{not json", "settings_invalid_json"),
        (b"[1, 2]", "settings_invalid_json"),
        (b"\xff\xfe\x00garbage", "settings_unreadable"),
    ],
)
def test_bad_file_gives_defaults_and_a_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problem == problem


def test_one_bad_value_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"server_url": "https://x.example", "note_debounce_ms": "fast",
                                "simulator_interval_s": 30, "unknown_future_key": 1}))
    loaded = load_settings(path)
    assert loaded.problem == "settings_invalid_value"
    assert loaded.settings.server_url == "https://x.example"
    assert loaded.settings.note_debounce_ms == 300
    assert loaded.settings.simulator_interval_s == 30.0


def test_newer_version_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 99, "language": "en"}))
    loaded = load_settings(path)
    assert loaded.problem == "settings_newer_version"
    assert loaded.settings.language == "en"


def test_dirs_follow_the_environment(tmp_path: Path) -> None:
    # conftest points both at tmp_path: the console never touches the developer's real dirs in tests.
    assert paths.data_dir() == tmp_path / "data"
    assert paths.config_dir() == tmp_path / "config"
    assert paths.settings_path() == tmp_path / "config" / "settings.json"


def test_account_path_is_hashed_and_stable(tmp_path: Path) -> None:
    a = paths.account_db_path(tmp_path, "http://127.0.0.1:8120/", "kim")
    b = paths.account_db_path(tmp_path, "http://127.0.0.1:8120", "kim")
    c = paths.account_db_path(tmp_path, "http://127.0.0.1:8120", "park")
    assert a == b != c
    assert a.name == "console.sqlite3" and len(a.parent.name) == 16
    assert "kim" not in str(a)
