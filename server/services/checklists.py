"""Checklist results and crisis decisions, as contact entries.

A checklist result is one entry re-sent as revisions while it is answered. Each stored revision:
- raises `crisis.raised` to the shift leads (and audits it) for every crisis answer not raised by an
  earlier revision of the same entry: the console's crisis list, plus the built-in rule applied here to
  the bare answers (console.domain.crisis), so a console that missed one still raises the alarm;
- once complete (or as soon as it carries a crisis), makes its risk tier the case's last risk, opening a
  case for the person if they have none (the next card shows it).
A contact with a crisis raised cannot be wrapped up until a crisis_decision entry exists; a crisis
expression the person wrote in a live chat (services/chat_crisis.py) counts as raised too.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select, update
from sqlalchemy.engine import Connection, Row

from annyeong.console.domain.crisis import crisis_answers
from annyeong.console.wire import (
    ChecklistResult,
    CrisisAlert,
    CrisisItem,
    EntryCreate,
    LastChecklist,
    UserRef,
)
from annyeong.server import eventlog, schema
from annyeong.server.principal import Principal
from annyeong.server.problems import field_problem
from annyeong.server.services import chat_crisis
from annyeong.server.services.audit import AuditEntry, record
from annyeong.server.services.casedata import open_case_id
from annyeong.server.services.cases import open_case, publish_case

e, c, cs, u = schema.contact_entries, schema.contacts, schema.cases, schema.users
RISK_ORDER = {"none": 0, "low": 1, "moderate": 2, "high": 3, "imminent": 4}
# The risk a built-in crisis answer implies at least (as console.instruments.safety.RULE_RISK).
RULE_RISK = {"phq9_item9_positive": "high", "instrument_flag": "high"}


def entry_data(body: EntryCreate) -> dict[str, Any] | None:
    """The JSON member of the entry, after checking that exactly the member named by kind is set."""
    members = {"checklist_result": body.checklist, "crisis_decision": body.crisis_decision}
    for kind, member in members.items():
        field = "checklist" if kind == "checklist_result" else "crisis_decision"
        if kind != body.kind and member is not None:
            raise field_problem(
                422, "entry_member_not_allowed", f"{field} is not allowed on a {body.kind}", field
            )
        if kind == body.kind and member is None:
            raise field_problem(422, "entry_member_required", f"a {kind} entry needs {field}", field)
    if body.crisis_decision is not None:
        decision = body.crisis_decision
        if decision.decision == "other" and not (decision.reason or "").strip():
            raise field_problem(
                422, "reason_required", "say what was decided instead", "crisis_decision.reason"
            )
        return decision.model_dump(mode="json")
    if body.checklist is not None:
        return body.checklist.model_dump(mode="json")
    return None


def crisis_items(result: ChecklistResult) -> list[CrisisItem]:
    """The console's crisis list plus the built-in rule on the answers, once per item."""
    found = {item.item_id: item for item in result.crisis}
    for item_id, rule in crisis_answers(result.answers).items():
        if item_id not in found:
            found[item_id] = CrisisItem(
                instrument_id=result.instrument_id,
                item_id=item_id,
                rule=rule,  # type: ignore[arg-type]
                value=result.answers[item_id],
            )
    return list(found.values())


def _raised_before(conn: Connection, entry_id: str, revision: int) -> set[str]:
    rows = conn.execute(
        select(e.c.data).where(e.c.id == entry_id, e.c.revision != revision, e.c.kind == "checklist_result")
    ).scalars()
    seen: set[str] = set()
    for data in rows:
        if isinstance(data, dict):
            seen |= {item.item_id for item in crisis_items(ChecklistResult.model_validate(data))}
    return seen


def _risk(result: ChecklistResult, items: list[CrisisItem]) -> str | None:
    risk = result.risk
    for item in items:
        floor = RULE_RISK.get(item.rule, "imminent")
        if risk is None or RISK_ORDER[floor] > RISK_ORDER[risk]:
            risk = floor  # type: ignore[assignment]
    return risk


def _case_for(conn: Connection, contact: Row[Any], now: datetime) -> str:
    case_id = contact.case_id or open_case_id(conn, contact.caller_id)
    if case_id is None:
        # A risk assessment belongs to the person: a first-time caller gets a case now (as at wrap-up).
        case_id = open_case(conn, contact.caller_id, contact.counselor_id, now)
    if contact.case_id is None:
        conn.execute(update(c).where(c.c.id == contact.id).values(case_id=case_id))
    return str(case_id)


def after_result(
    conn: Connection,
    principal: Principal,
    contact: Row[Any],
    entry_id: str,
    revision: int,
    result: ChecklistResult,
    now: datetime,
) -> None:
    items = crisis_items(result)
    new = [item for item in items if item.item_id not in _raised_before(conn, entry_id, revision)]
    risk = _risk(result, items)
    case_id = contact.case_id
    if risk is not None and (result.complete or items):
        case_id = _case_for(conn, contact, now)
        row = conn.execute(select(cs).where(cs.c.id == case_id)).one()
        conn.execute(
            update(cs)
            .where(cs.c.id == case_id)
            .values(
                risk_tier=risk,
                risk_instrument_id=result.instrument_id,
                risk_assessed_at=now,
                version=row.version + 1,
                updated_at=now,
            )
        )
        publish_case(conn, case_id, now)
    if not new:
        return
    name = conn.execute(select(u.c.display_name).where(u.c.id == contact.counselor_id)).scalar_one()
    alert = CrisisAlert(
        contact_id=contact.id,
        case_id=case_id,
        counselor=UserRef(id=contact.counselor_id, name=name),
        entry_id=entry_id,
        instrument_id=result.instrument_id,
        items=items,
        raised_at=now,
    )
    eventlog.append(conn, "crisis.raised", alert.model_dump(mode="json"), eventlog.SUPERVISORS, now)
    subject = ("caller", contact.caller_id) if contact.caller_id else ("contact", contact.id)
    rules = ",".join(sorted({item.rule for item in new}))
    record(
        conn,
        principal,
        None,
        AuditEntry("crisis.raised", "granted", subject[0], subject[1], f"contact:{contact.id}", rules[:200]),
        now,
    )


def crisis_state(conn: Connection, contact_id: str) -> tuple[bool, bool]:
    """(a crisis was raised in the contact, a crisis decision is recorded)."""
    rows = conn.execute(
        select(e.c.kind, e.c.data).where(
            e.c.contact_id == contact_id, e.c.kind.in_(("checklist_result", "crisis_decision"))
        )
    ).all()
    decided = any(kind == "crisis_decision" for kind, _ in rows)
    raised = any(
        kind == "checklist_result"
        and isinstance(data, dict)
        and bool(crisis_items(ChecklistResult.model_validate(data)))
        for kind, data in rows
    ) or chat_crisis.raised(conn, contact_id)
    return raised, decided


def open_crises(conn: Connection) -> list[CrisisAlert]:
    """Contacts not wrapped up with a crisis raised and no decision yet: the board's crisis alerts."""
    rows = conn.execute(
        select(e.c.id, e.c.revision, e.c.contact_id, e.c.data, e.c.created_at, c.c.counselor_id, c.c.case_id)
        .join(c, c.c.id == e.c.contact_id)
        .where(e.c.kind == "checklist_result", c.c.wrapped_up_at.is_(None))
        .order_by(e.c.created_at, e.c.id, e.c.revision)
    ).all()
    names = dict(conn.execute(select(u.c.id, u.c.display_name)).tuples().all())
    found: dict[str, CrisisAlert] = {}
    for row in rows:
        if row.contact_id in found or not isinstance(row.data, dict):
            continue
        items = crisis_items(ChecklistResult.model_validate(row.data))
        if not items or crisis_state(conn, row.contact_id)[1]:
            continue
        found[row.contact_id] = CrisisAlert(
            contact_id=row.contact_id,
            case_id=row.case_id,
            counselor=UserRef(id=row.counselor_id, name=names.get(row.counselor_id, "")),
            entry_id=row.id,
            instrument_id=str(row.data.get("instrument_id", "")),
            items=items,
            raised_at=row.created_at,
        )
    # A crisis the person wrote in a chat is the same alarm: one alert per contact, its items added.
    for contact_id, alert in chat_crisis.open_alerts(conn, names).items():
        if contact_id in found:
            known = found[contact_id]
            first = min(known.raised_at, alert.raised_at)
            merged = {"items": [*known.items, *alert.items], "raised_at": first}
            found[contact_id] = known.model_copy(update=merged)
        elif not crisis_state(conn, contact_id)[1]:
            found[contact_id] = alert
    return sorted(found.values(), key=lambda a: (a.raised_at, a.contact_id))


# How many checklist revisions of a person the card looks at: a complete result is normally among the
# newest few (an abandoned run re-sends one revision per answer, a dozen or so at most).
LAST_CHECKLIST_SCAN = 200


@cache
def _last_checklist_query(excluding: bool) -> Select[Any]:
    query = (
        select(e.c.id, e.c.contact_id, e.c.data, e.c.created_at)
        .join(c, c.c.id == e.c.contact_id)
        .where(c.c.caller_id == bindparam("caller_id"), e.c.kind == "checklist_result")
        .order_by(e.c.created_at.desc(), e.c.revision.desc())
        .limit(LAST_CHECKLIST_SCAN)
    )
    return query.where(c.c.call_id != bindparam("exclude_call_id")) if excluding else query


def last_checklist(
    conn: Connection, caller_id: str, *, exclude_call_id: str | None = None
) -> LastChecklist | None:
    """The person's newest complete checklist result, read from the stored entries at lookup time (no
    column to keep in step: whatever reached the server is what the card shows). Every complete result
    counts, also one without a tier (the Seoul self-test: its total is shown)."""
    params = {"caller_id": caller_id, "exclude_call_id": exclude_call_id}
    for row in conn.execute(_last_checklist_query(exclude_call_id is not None), params):
        data = row.data
        if not isinstance(data, dict) or data.get("complete") is not True:
            continue
        result = ChecklistResult.model_validate(data)
        return LastChecklist(
            entry_id=row.id,
            contact_id=row.contact_id,
            instrument_id=result.instrument_id,
            version=result.version,
            total=result.total,
            tier=result.tier,
            risk=_risk(result, crisis_items(result)),  # type: ignore[arg-type]  # RiskTier codes only
            provisional=result.provisional,
            assessed_at=row.created_at,
        )
    return None
