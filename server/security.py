"""Opaque secrets: bearer tokens and API keys are random strings the database knows only by hash."""

from __future__ import annotations

import hashlib
import secrets


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    # sha256 is enough here (unlike for passwords): the secrets carry 256 bits of randomness, so there is
    # nothing to brute-force, and lookups by hash must be fast and exact.
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()
