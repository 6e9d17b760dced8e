"""Certificate pins as the settings spell them (console/tls.py checks them in the TLS handshake).

Plain string code on purpose: the settings validate pins while loading, before the sign-in window's
first paint, and must not pull in ssl, certifi or hashlib for it.
"""

from __future__ import annotations

import re

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def normalize_pin(text: str) -> str | None:
    """'AB:CD:…' or 'abcd…' (64 hex digits) → lower-case hex without colons; None when malformed."""
    candidate = text.strip().lower().replace(":", "")
    if candidate.startswith("sha256/"):
        return None  # an SPKI/base64 pin (HPKP style): not what this console checks
    return candidate if _HEX64.match(candidate) else None
