"""Password hashing parameters: production argon2 by default; the suite's cheap profile only when asked
for by name, and never on a server whose accounts guard real data."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from annyeong.server.config import ServerConfig
from annyeong.server.main import config_from_args, parse_args
from annyeong.server.passwords import PROFILE_ENV, hasher_for, profile_from_env


def test_production_is_the_default_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    assert ServerConfig(database_url="sqlite://").password_hashing == "production"
    assert ServerConfig(database_url="sqlite://", training=True).password_hashing == "production"
    assert config_from_args(parse_args([])).password_hashing == "production"
    assert config_from_args(parse_args(["--training"])).password_hashing == "production"
    production = hasher_for("production")
    default = PasswordHasher()
    assert (production.time_cost, production.memory_cost, production.parallelism) == (
        default.time_cost, default.memory_cost, default.parallelism,
    )


def test_the_test_profile_only_by_name_and_only_for_training_or_demo(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert profile_from_env({}) == "production"
    assert profile_from_env({PROFILE_ENV: " "}) == "production"
    assert profile_from_env({PROFILE_ENV: "test"}) == "test"
    for wrong in ("TEST", "fast", "1"):
        with pytest.raises(ValueError, match=PROFILE_ENV):
            profile_from_env({PROFILE_ENV: wrong})
    with pytest.raises(ValueError, match="training and demo"):
        ServerConfig(database_url="sqlite://", password_hashing="test")
    with pytest.raises(ValueError):
        ServerConfig(database_url="sqlite://", training=True, password_hashing="cheap")
    demo = ServerConfig(database_url="sqlite://", demo=True, password_hashing="test")
    assert demo.password_hashing == "test"
    monkeypatch.setenv(PROFILE_ENV, "test")
    assert config_from_args(parse_args(["--training"])).password_hashing == "test"
    assert config_from_args(parse_args(["--demo"])).password_hashing == "test"
    with pytest.raises(SystemExit, match="training and demo"):
        config_from_args(parse_args([]))
    monkeypatch.setenv(PROFILE_ENV, "quick")
    with pytest.raises(SystemExit, match=PROFILE_ENV):
        config_from_args(parse_args(["--training"]))


def test_cheap_hashes_are_real_argon2_and_production_upgrades_them() -> None:
    cheap, production = hasher_for("test"), hasher_for("production")
    stored = cheap.hash("annyeong120")
    assert stored.startswith("$argon2id$")
    assert cheap.verify(stored, "annyeong120") and production.verify(stored, "annyeong120")
    with pytest.raises(VerificationError):
        cheap.verify(stored, "wrong")
    assert not cheap.check_needs_rehash(stored)
    assert production.check_needs_rehash(stored), "a production server re-hashes at the next sign-in"
