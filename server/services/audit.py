"""The audit log: who did what to whose data, when, from where, and how it ended.

Rows are appended in the same transaction as what they describe. prev_hash/hash stay empty for now:
the security issue chains rows (hash of the previous row's hash + this row) in seq order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from server import schema
from server.deps import Principal


@dataclass(frozen=True)
class AuditEntry:
    action: str
    outcome: str  # granted | denied | not_found | withheld
    subject_type: str | None = None
    subject_id: str | None = None
    resource: str | None = None
    reason: str | None = None


def record(
    conn: Connection, principal: Principal, source: str | None, entry: AuditEntry, now: datetime
) -> None:
    conn.execute(
        insert(schema.audit_log).values(
            at=now,
            actor=principal.id,
            actor_role=principal.role,
            source=(source or "")[:64] or None,
            action=entry.action,
            subject_type=entry.subject_type,
            subject_id=entry.subject_id,
            resource=entry.resource,
            outcome=entry.outcome,
            reason=entry.reason,
        )
    )
