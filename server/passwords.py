"""Password hashing parameters: production argon2 unless a test run asks for cheap ones.

A test suite signs in hundreds of times; each production verify costs a third of a second or more on a
small machine. The cheap profile is taken only when asked for by name (ServerConfig.password_hashing,
or ANNYEONG_ARGON2_PROFILE=test for a server started as a process), and only by a training or demo
server, whose accounts guard nothing real. Hashes carry their own parameters, so a production server
that meets a cheap hash upgrades it at the next sign-in (check_needs_rehash).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from argon2 import PasswordHasher

PROFILE_ENV = "ANNYEONG_ARGON2_PROFILE"
PRODUCTION = "production"
TEST = "test"
PROFILES = (PRODUCTION, TEST)


def hasher_for(profile: str) -> PasswordHasher:
    if profile == PRODUCTION:
        return PasswordHasher()
    if profile == TEST:
        # The smallest parameters argon2 accepts; still a real argon2id hash and verify.
        return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    raise ValueError(f"unknown password hashing profile {profile!r} (one of {', '.join(PROFILES)})")


def profile_from_env(environ: Mapping[str, str] = os.environ) -> str:
    raw = environ.get(PROFILE_ENV, "").strip()
    if not raw:
        return PRODUCTION
    if raw not in PROFILES:
        raise ValueError(f"{PROFILE_ENV}={raw!r} is not one of {', '.join(PROFILES)}")
    return raw
