"""The audit log's hash chain: the canonical form of an entry, its hash, and the check of a whole chain.

hash = sha256(canonical JSON of the entry's fields + prev_hash). The canonical form is a stored format:
it must never change, or every chain written before the change stops verifying (migration 0007 uses it
to chain the rows written before the chain existed).

Purging old entries keeps the chain verifiable: before the oldest entries up to seq N are deleted, a
checkpoint entry (action audit.checkpoint, resource "audit_log:N", reason = hash of entry N) is appended.
The first remaining entry's prev_hash must then equal the hash a checkpoint recorded for the entry
before it. An unkeyed chain proves the log was not edited *unless the whole tail was recomputed*; the head
hash printed by `annyeong-server audit verify` is what an auditor notes down to close that gap.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64
CHECKPOINT = "audit.checkpoint"
FIELDS = (
    "seq",
    "at",
    "actor",
    "actor_role",
    "source",
    "action",
    "subject_type",
    "subject_id",
    "resource",
    "outcome",
    "reason",
)


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    return value


def canonical(entry: Mapping[Any, Any], prev_hash: str) -> bytes:
    body = {name: _value(entry.get(name)) for name in FIELDS}
    body["prev_hash"] = prev_hash
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass"
    )


def entry_hash(entry: Mapping[Any, Any], prev_hash: str) -> str:
    return hashlib.sha256(canonical(entry, prev_hash)).hexdigest()


def checkpoint_resource(purged_through: int) -> str:
    return f"audit_log:{purged_through}"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_seq: int | None
    last_seq: int | None
    head_hash: str | None
    broken_seq: int | None = None
    problem: str | None = None


def verify(rows: Iterable[Mapping[Any, Any]], anchor_for: Callable[[int], set[str]]) -> Verdict:
    """Walk `rows` in seq order. `anchor_for(n)` gives the hashes checkpoints recorded for entry n (the
    last purged one); the first remaining entry must chain to one of them (or to GENESIS when n is 0)."""
    count = 0
    first: int | None = None
    prev_seq: int | None = None
    prev_hash: str | None = None

    def broken(seq: int, problem: str) -> Verdict:
        return Verdict(False, count, first, prev_seq, prev_hash, seq, problem)

    for row in rows:
        seq = int(row["seq"])
        if prev_seq is None:
            first = seq
            anchors = {GENESIS} if seq == 1 else anchor_for(seq - 1)
            if row["prev_hash"] not in anchors:
                return broken(seq, "the first entry does not chain to the start or to a purge checkpoint")
        elif seq != prev_seq + 1:
            return broken(seq, f"entries {prev_seq + 1}..{seq - 1} are missing")
        elif row["prev_hash"] != prev_hash:
            return broken(seq, "prev_hash does not match the previous entry's hash")
        if row["hash"] != entry_hash(row, str(row["prev_hash"])):
            return broken(seq, "the entry's content does not match its hash (edited)")
        count += 1
        prev_seq, prev_hash = seq, str(row["hash"])
    return Verdict(True, count, first, prev_seq, prev_hash)
