"""What of a referral form may go to the partner (PIPA), shared by the console's preview and the server.

The server applies this before anything is stored: a field the person did not allow is dropped, and
only its name is kept (so the counselor and an auditor can see that something was withheld).

- Emergency referral (a lawful basis recorded instead of consent): everything goes.
- Consent given, scope empty: everything goes. Consent given with a scope: only those fields.
- Consent refused: only the fields in scope (what the person still allowed, possibly nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

V = TypeVar("V")


def allowed_fields(
    fields: Mapping[str, V],
    *,
    consent_given: bool | None,
    scope: Iterable[str] = (),
    lawful_basis: str | None = None,
) -> tuple[dict[str, V], list[str]]:
    """(fields that may be stored and sent, sorted names of those withheld). consent_given None means
    no consent was recorded at all: without a lawful basis nothing goes."""
    if lawful_basis is not None:
        return dict(fields), []
    allowed = set(scope)
    if consent_given and not allowed:
        return dict(fields), []
    kept = {name: value for name, value in fields.items() if name in allowed}
    return kept, sorted(name for name in fields if name not in allowed)


def payload_size(fields: Mapping[str, Any]) -> int:
    """A rough byte size of the form fields (UTF-8 of names and text), for the size limit."""
    total = 0
    for name, value in fields.items():
        total += len(name.encode("utf-8", "surrogatepass"))
        items = value if isinstance(value, list) else [value]
        total += sum(len(str(item).encode("utf-8", "surrogatepass")) for item in items)
    return total
