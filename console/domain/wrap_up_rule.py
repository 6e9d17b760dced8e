"""The wrap-up rule: what a contact must have before it may be closed. Shared by server and console.

The server refuses an incomplete wrap-up with exactly these fields named, and the console can check the
same rule before it asks, so the message a counselor sees does not depend on a round trip.

Non-data dispositions (silent, hang-up, prank, wrong number, test) describe a contact in which no service
was given, so they need no summary or service type (as in the dispositions of comparable helplines);
everything else needs a summary, at least one service type and a disposition. A follow-up marked as
needed needs a date and an assignee. A contact in which a crisis answer was given (the checklists'
safety rules)
needs its crisis decision recorded (dispatched / safety plan agreed / other with a reason), whatever the
disposition: that one is never waived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

NON_DATA_DISPOSITIONS: Final = frozenset({"silent", "hang_up", "prank", "wrong_number", "test"})


@dataclass(frozen=True)
class Missing:
    field: str  # dotted path as in a PATCH body: "summary", "follow_up.due_at"
    type: str  # "missing"


def missing_fields(
    *,
    summary: str | None,
    service_types: list[str] | tuple[str, ...],
    disposition: str | None,
    follow_up_needed: bool,
    follow_up_due_at: datetime | None,
    follow_up_assignee_id: str | None,
    follow_up_pool: str | None = None,
    crisis_raised: bool = False,
    crisis_decided: bool = False,
) -> list[Missing]:
    """Every field that keeps the contact from being wrapped up, in form order; empty when complete.

    A needed follow-up has an assignee when it names a person or a pool ("counselors": anyone in the
    pool takes it)."""
    missing: list[Missing] = []
    needs_content = disposition not in NON_DATA_DISPOSITIONS
    if needs_content and not (summary or "").strip():
        missing.append(Missing("summary", "missing"))
    if needs_content and not service_types:
        missing.append(Missing("service_types", "missing"))
    if disposition is None:
        missing.append(Missing("disposition", "missing"))
    if follow_up_needed:
        if follow_up_due_at is None:
            missing.append(Missing("follow_up.due_at", "missing"))
        if not (follow_up_assignee_id or follow_up_pool):
            missing.append(Missing("follow_up.assignee_id", "missing"))
    if crisis_raised and not crisis_decided:
        missing.append(Missing("crisis_decision", "missing"))
    return missing
