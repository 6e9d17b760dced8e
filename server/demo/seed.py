"""Demo and training data: counselors, a shift lead, an admin, bridge keys, and returning callers.

Seeded once into an empty database (`--demo`, and always in `--training`). Everyone starts offline; a
console that signs in sets its own presence.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import get_args

from argon2 import PasswordHasher
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from annyeong.console.domain.phone import normalize
from annyeong.console.wire import ReferralTarget
from annyeong.server import schema
from annyeong.server.demo.history import CALLERS, DemoCaller, DemoCase, PastContact
from annyeong.server.security import secret_hash

DEMO_PASSWORD = "annyeong120"
TELEPHONY_KEY = "training-telephony-key"
CHATBOT_KEY = "training-chatbot-key"
DISPATCH_KEY = "training-dispatch-key"
MACHINE_KEYS = (
    ("telephony", TELEPHONY_KEY, "telephony"),
    ("chatbot", CHATBOT_KEY, "chatbot"),
    ("dispatch", DISPATCH_KEY, "dispatch_liaison"),
)
# Referral partners: one key per partner organisation, acting for that organisation only, and
# the training desk's key that plays every partner (annyeong-sim referral uses it by default).
PARTNER_DESK_KEY = "training-partner-key"
PARTNER_KEYS: tuple[tuple[str, str, str], ...] = (
    ("partner-desk", PARTNER_DESK_KEY, "*"),
    *((f"partner-{t}", f"{PARTNER_DESK_KEY}-{t}", t) for t in get_args(ReferralTarget)),
)

USERS = (
    ("kim", "김상담", "counselor"),
    ("park", "박상담", "counselor"),
    ("choi", "최상담", "counselor"),
    ("lee", "이팀장", "shift_lead"),
    ("admin", "관리자", "admin"),
)


def seed(conn: Connection, hasher: PasswordHasher, now: datetime) -> bool:
    """Insert the demo data unless there are users already. Returns whether it seeded."""
    if conn.execute(select(func.count()).select_from(schema.users)).scalar_one() > 0:
        return False
    # One hash for all demo users: they share the password anyway, and each argon2 hash costs ~50 ms.
    password_hash = hasher.hash(DEMO_PASSWORD)
    ids: dict[str, str] = {}
    for username, display_name, role in USERS:
        ids[username] = str(uuid.uuid4())
        conn.execute(
            insert(schema.users).values(
                id=ids[username],
                username=username,
                password_hash=password_hash,
                role=role,
                display_name=display_name,
                presence="offline",
                presence_since=now,
                idle_since=None,
                failed_logins=0,
                created_at=now,
            )
        )
    ensure_machine_keys(conn, now)
    for caller in CALLERS:
        _seed_caller(conn, caller, ids, now)
    return True


def ensure_machine_keys(conn: Connection, now: datetime) -> int:
    """Add the demo bridge keys that are missing by name (a key a later issue introduced reaches a
    training database seeded before it). Returns how many were added."""
    k = schema.api_keys
    present = set(conn.execute(select(k.c.name)).scalars())
    wanted: list[tuple[str, str, str, str | None]] = [(n, k, role, None) for n, k, role in MACHINE_KEYS]
    wanted += [(name, key, "referral_partner", org) for name, key, org in PARTNER_KEYS]
    added = 0
    for name, key, role, organisation in wanted:
        if name in present:
            continue
        conn.execute(
            insert(k).values(
                id=str(uuid.uuid4()),
                name=name,
                key_hash=secret_hash(key),
                role=role,
                organisation=organisation,
                created_at=now,
            )
        )
        added += 1
    return added


def _seed_caller(conn: Connection, caller: DemoCaller, ids: dict[str, str], now: datetime) -> None:
    caller_id = str(uuid.uuid4())
    conn.execute(insert(schema.callers).values(id=caller_id, e164=normalize(caller.number), created_at=now))
    case_id = _seed_case(conn, caller_id, caller.case, ids, now) if caller.case else None
    contact_ids = [
        _past_contact(conn, caller_id, case_id, ids[past.counselor], past, now) for past in caller.contacts
    ]
    if caller.case is not None and case_id is not None:
        for due_in_days, assignee in caller.case.follow_ups:
            conn.execute(
                insert(schema.follow_ups).values(
                    id=str(uuid.uuid4()),
                    case_id=case_id,
                    contact_id=contact_ids[-1],
                    due_at=now + timedelta(days=due_in_days),
                    assignee_id=ids[assignee],
                    status="scheduled",
                    version=1,
                    created_by=ids[assignee],
                    created_at=now - timedelta(days=caller.contacts[-1].days_ago),
                )
            )


def _seed_case(conn: Connection, caller_id: str, case: DemoCase, ids: dict[str, str], now: datetime) -> str:
    case_id = str(uuid.uuid4())
    risk = case.risk
    conn.execute(
        insert(schema.cases).values(
            id=case_id,
            caller_id=caller_id,
            status=case.status,
            owner_id=ids[case.owner],
            version=1 + len(case.flags),
            risk_tier=risk[0] if risk else None,
            risk_instrument_id=risk[1] if risk else None,
            risk_assessed_at=now - timedelta(days=risk[2]) if risk else None,
            created_at=now - timedelta(days=case.opened_days_ago),
            updated_at=now - timedelta(days=case.closed_days_ago or 0),
            closed_at=now - timedelta(days=case.closed_days_ago)
            if case.closed_days_ago is not None
            else None,
        )
    )
    for flag in case.flags:
        created = now - timedelta(days=flag.days_ago)
        conn.execute(
            insert(schema.case_flags).values(
                id=str(uuid.uuid4()),
                case_id=case_id,
                kind=flag.kind,
                instruction=flag.instruction,
                set_by=ids[flag.set_by],
                created_at=created,
                expires_at=now + timedelta(days=flag.expires_in_days) if flag.expires_in_days else None,
            )
        )
    return case_id


def _past_contact(
    conn: Connection,
    caller_id: str,
    case_id: str | None,
    counselor_id: str,
    past: PastContact,
    now: datetime,
) -> str:
    started = now - timedelta(days=past.days_ago)
    call_id, contact_id, note_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    ended = started + timedelta(minutes=past.minutes)
    conn.execute(
        insert(schema.calls).values(
            id=call_id,
            status="ended",
            channel="phone",
            caller_id=caller_id,
            created_by="seed",
            created_at=started - timedelta(seconds=20),
            offered_to=counselor_id,
            offered_at=started - timedelta(seconds=10),
            accepted_at=started,
            ended_at=ended,
            contact_id=contact_id,
        )
    )
    names = [p["name"] for p in (past.reporter, past.subject) if p and p.get("name")]
    conn.execute(
        insert(schema.contacts).values(
            id=contact_id,
            call_id=call_id,
            counselor_id=counselor_id,
            caller_id=caller_id,
            channel="phone",
            started_at=started,
            ended_at=ended,
            case_id=case_id,
            version=2,
            service_types=sorted(past.service_types),
            summary=past.summary,
            disposition=past.disposition,
            reporter=past.reporter,
            subject=past.subject,
            party_names=" ".join(names) or None,
            follow_up={"needed": False, "due_at": None, "assignee_id": None},
            wrapped_up_at=ended + timedelta(minutes=3),
        )
    )
    for revision, body in enumerate(past.notes, start=1):
        conn.execute(
            insert(schema.contact_entries).values(
                id=note_id,
                revision=revision,
                contact_id=contact_id,
                kind="note",
                body=body,
                author_id=counselor_id,
                created_at=started + timedelta(minutes=revision * 3),
            )
        )
    return contact_id
