"""Referrals and follow-ups in the account's local database, each new one with its outbox row.

Guarantees:
  - `ReferralStore.submit` commits the referral and its create row in ONE transaction (synchronous=FULL)
    before anything touches the network; the row's Idempotency-Key is the referral id, so however often it
    is sent the server records it once;
  - only the fields consent let go are written (the caller filtered them); withheld values never reach
    this file, the outbox or the server — only their names are kept;
  - what the server says (answers, referral.updated events) only moves a referral forward: a late or
    repeated event never takes its status back;
  - follow-ups: the server's due list is cached here (the red count shows offline too); one created here
    is committed with its create row and stays in the list until the server's copy replaces it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from annyeong.console.store.db import Database
from annyeong.console.store.local import LocalStore
from annyeong.console.store.outbox import Outbox
from annyeong.console.wire import Consent, FollowUp, FollowUpCreate, Referral, ReferralCreate

REFERRAL_CREATE = "referral.create"
FOLLOW_UP_CREATE = "follow_up.create"
_RANK = {
    "queued": -1, "submitted": 0, "received": 1, "assigned": 2, "contacted": 3, "closed": 4, "declined": 4,
}
FINISHED = frozenset({"closed", "declined"})


@dataclass(frozen=True)
class LocalReferral:
    client_id: str
    contact_id: str | None
    case_id: str | None
    target: str
    form_id: str
    fields: dict[str, Any]  # what went out (consented); empty for one known only from the server
    withheld: tuple[str, ...]
    consent: Consent | None
    lawful_basis: str | None
    status: str  # "queued" until the server answered, then its ReferralStatus
    created_at: datetime
    updated_at: datetime
    server: Referral | None = None
    delivery_error: str | None = None  # a problem code while the create is refused or retrying
    mine: bool = True  # False: learnt from an event (another counselor's, on a case I see)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def open(self) -> bool:
        return self.status not in FINISHED

    @property
    def decline_reason(self) -> str | None:
        return None if self.server is None else self.server.decline_reason


def _newer(current: Referral | None, incoming: Referral) -> bool:
    if current is None:
        return True
    if _RANK.get(incoming.status, 0) != _RANK.get(current.status, 0):
        return _RANK.get(incoming.status, 0) > _RANK.get(current.status, 0)
    return (len(incoming.steps), incoming.updated_at) > (len(current.steps), current.updated_at)


class ReferralStore:
    def __init__(self, db: Database, outbox: Outbox, *, now: Callable[[], datetime]) -> None:
        self._db = db
        self._outbox = outbox
        self._now = now

    # --- reads ------------------------------------------------------------------------------------

    def get(self, client_id: str) -> LocalReferral:
        r = self._db.conn.execute("SELECT * FROM referrals WHERE client_id = ?", (client_id,)).fetchone()
        if r is None:
            raise KeyError(client_id)
        return self._view(r)

    def for_contact(self, contact_id: str, case_id: str | None = None) -> list[LocalReferral]:
        """The contact's referrals (and its case's, when known), newest first."""
        rows = self._db.conn.execute(
            "SELECT * FROM referrals WHERE contact_id = ? OR (? IS NOT NULL AND case_id = ?)"
            " ORDER BY created_at DESC, rowid DESC",
            (contact_id, case_id, case_id),
        ).fetchall()
        return [self._view(r) for r in rows]

    def recent(self, limit: int = 50) -> list[LocalReferral]:
        rows = self._db.conn.execute(
            "SELECT * FROM referrals ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,)
        ).fetchall()
        return [self._view(r) for r in rows]

    def _view(self, r: sqlite3.Row) -> LocalReferral:
        body = json.loads(r["body"])
        error = self._db.conn.execute(
            "SELECT last_error FROM outbox WHERE record_id = ? AND kind = ? ORDER BY id LIMIT 1",
            (r["client_id"], REFERRAL_CREATE),
        ).fetchone()
        consent = body.get("consent")
        return LocalReferral(
            client_id=r["client_id"], contact_id=r["contact_id"], case_id=r["case_id"], target=r["target"],
            form_id=r["form_id"], fields=dict(body.get("fields") or {}),
            withheld=tuple(json.loads(r["withheld"])),
            consent=None if consent is None else Consent.model_validate(consent),
            lawful_basis=body.get("lawful_basis"), status=r["status"],
            created_at=datetime.fromisoformat(r["created_at"]),
            updated_at=datetime.fromisoformat(r["updated_at"]),
            server=None if r["server"] is None else Referral.model_validate_json(r["server"]),
            delivery_error=None if error is None else error["last_error"],
            mine=bool(body.get("fields") is not None or consent is not None or body.get("lawful_basis")),
        )

    # --- writes -----------------------------------------------------------------------------------

    def submit(self, body: ReferralCreate, *, withheld: list[str]) -> LocalReferral:
        """Commit the referral and its create row together (see the module's guarantees)."""
        client_id = str(body.id)
        now = self._now().isoformat()
        payload = body.model_dump(mode="json")
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO referrals (client_id, contact_id, case_id, target, form_id, form_version, body,"
                " withheld, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                (client_id, body.contact_id, body.case_id, body.target, body.form_id, body.form_version,
                 json.dumps(payload, ensure_ascii=False), json.dumps(sorted(withheld)), now, now),
            )
            self._outbox.enqueue(
                kind=REFERRAL_CREATE, payload=payload, idempotency_key=client_id, record_id=client_id,
            )
        return self.get(client_id)

    def record_server(self, referral: Referral) -> bool:
        """Merge what the server said; True when something changed (only ever forward)."""
        with self._db.transaction() as conn:
            r = conn.execute(
                "SELECT server, status FROM referrals WHERE client_id = ?", (referral.id,)
            ).fetchone()
            if r is None:
                # Another counselor's (or made on another PC), on a case this account may see.
                now = referral.updated_at.isoformat()
                conn.execute(
                    "INSERT INTO referrals (client_id, contact_id, case_id, target, form_id, form_version,"
                    " body, withheld, status, created_at, updated_at, server)"
                    " VALUES (?, ?, ?, ?, ?, ?, '{\"fields\": null}', ?, ?, ?, ?, ?)",
                    (referral.id, referral.contact_id, referral.case_id, referral.target, referral.form_id,
                     referral.form_version, json.dumps(sorted(referral.withheld_fields)), referral.status,
                     referral.submitted_at.isoformat(), now, _server_json(referral)),
                )
                return True
            current = None if r["server"] is None else Referral.model_validate_json(r["server"])
            if not _newer(current, referral):
                return False
            conn.execute(
                "UPDATE referrals SET status = ?, server = ?, updated_at = ?, case_id = COALESCE(?, case_id)"
                " WHERE client_id = ?",
                (referral.status, _server_json(referral), referral.updated_at.isoformat(), referral.case_id,
                 referral.id),
            )
        return True


def _server_json(referral: Referral) -> str:
    # The form fields stay with what we sent (events carry none); the server copy keeps status and steps.
    return referral.model_copy(update={"fields": {}}).model_dump_json()


class FollowUpStore:
    def __init__(self, db: Database, outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    def mine(self) -> list[tuple[FollowUp, bool]]:
        """(follow-up, created here and not delivered yet) of my list, scheduled ones, due first."""
        rows = self._db.conn.execute(
            "SELECT data, local FROM follow_ups WHERE mine = 1 ORDER BY due_at, id"
        ).fetchall()
        out = [(FollowUp.model_validate_json(r["data"]), bool(r["local"])) for r in rows]
        return [(f, local) for f, local in out if f.status == "scheduled"]

    def get(self, follow_up_id: str) -> FollowUp | None:
        r = self._db.conn.execute("SELECT data FROM follow_ups WHERE id = ?", (follow_up_id,)).fetchone()
        return None if r is None else FollowUp.model_validate_json(r["data"])

    def replace_mine(self, items: list[FollowUp]) -> None:
        """The server's list is the truth for what it knows; ours not yet delivered stay."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM follow_ups WHERE local = 0")
            for item in items:
                self._put(conn, item, local=False, mine=True)

    def record(self, follow_up: FollowUp, *, mine: bool) -> None:
        with self._db.transaction() as conn:
            if not mine or follow_up.status != "scheduled":
                conn.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up.id,))
                return
            self._put(conn, follow_up, local=False, mine=True)

    def create(self, body: FollowUpCreate, shown: FollowUp) -> None:
        """Commit the local copy (`shown`, what the list displays meanwhile) and its create row together."""
        payload = body.model_dump(mode="json")
        with self._db.transaction() as conn:
            self._put(conn, shown, local=True, mine=True)
            self._outbox.enqueue(
                kind=FOLLOW_UP_CREATE, payload=payload, idempotency_key=str(body.id), record_id=str(body.id),
            )

    @staticmethod
    def _put(conn: sqlite3.Connection, item: FollowUp, *, local: bool, mine: bool) -> None:
        conn.execute(
            "INSERT INTO follow_ups (id, due_at, data, local, mine) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, data = excluded.data,"
            " local = excluded.local, mine = excluded.mine",
            (item.id, item.due_at.isoformat(), item.model_dump_json(), int(local), int(mine)),
        )


def referrals_of(store: LocalStore) -> ReferralStore:
    """The referral tables of the account database behind a LocalStore (deliverers, event handlers)."""
    return ReferralStore(store._db, store._outbox, now=lambda: datetime.now(UTC))


def follow_ups_of(store: LocalStore) -> FollowUpStore:
    return FollowUpStore(store._db, store._outbox)
