"""The console process of the soak (tests/sync/soak.py): one session, killed and restarted at random.

A session's plan comes from its seed alone, so a restarted process (or a rerun) writes the same kinds in
the same order: note revisions, separate entries (checklist results), referrals, one or two emergency
dispatches with the counselor's later steps, and at the end a handoff of the contact. Every record is
committed through the store with its outbox row, as the core does, and only then journaled: what the
journal names was on disk before the kill could land, so the server must end up holding it exactly once.

The handoff is online only in the real console (one Idempotency-Key per press, held in memory): it is
journaled BEFORE it is sent, and a restarted process that finds that line presses again with a new key,
as a person would after a crash; handoff_pending then means the first press got through.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, get_args

from annyeong.console.wire import DispatchService, ReferralTarget

RECORD_KINDS: Final = ("note", "entry", "referral", "dispatch", "dispatch_step")
KINDS: Final = (*RECORD_KINDS, "handoff")
SERVICES: Final[tuple[str, ...]] = get_args(DispatchService)
TARGETS: Final[tuple[str, ...]] = get_args(ReferralTarget)
BASES: Final = ("consent", "partial", "lawful")  # lawful falls back to consent where a form forbids it


@dataclass(frozen=True)
class Item:
    """One planned record. service: of a dispatch and its steps; step: a dispatch step; target and
    basis: a referral (consent given, consent for some fields only, or an emergency lawful basis)."""

    kind: str
    service: str = ""
    step: str = ""
    target: str = ""
    basis: str = ""


def session_plan(records: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    planned: list[Item | None] = [None] * records
    free = list(range(records))
    # At most one dispatch per service: a second press for the same contact and service while the first
    # is open joins it (by design, locally and on the server), which would make two journal keys one.
    for service in rng.sample(SERVICES, rng.randint(1, len(SERVICES))):
        chain = [Item("dispatch", service=service)]
        if rng.random() < 0.5:
            chain.append(Item("dispatch_step", service=service, step="fallback_called"))
        outcome = "contact_confirmed" if rng.random() < 0.7 else "failed"
        chain.append(Item("dispatch_step", service=service, step=outcome))
        if rng.random() < 0.8:
            chain.append(Item("dispatch_step", service=service, step="closed"))
        chain = chain[: len(free)]  # a prefix keeps the order the server requires (closed after an outcome)
        slots = sorted(rng.sample(free, len(chain)))
        for slot, item in zip(slots, chain, strict=True):
            planned[slot] = item
            free.remove(slot)
    for slot in sorted(rng.sample(free, min(len(free), max(1, records // 15)))):
        planned[slot] = Item("referral", target=rng.choice(TARGETS), basis=rng.choice(BASES))
    return [item or Item("note" if rng.random() < 0.5 else "entry") for item in planned]


def handoff_target(seed: int) -> str:
    """The shift lead by name, or the next shift's pool."""
    return "counselor" if random.Random(seed ^ 0x5EED).random() < 0.5 else "next_shift"


# --- the journal --------------------------------------------------------------------------------------


def read_journal(journal: Path) -> list[dict[str, Any]]:
    """The lines written so far. A line torn by the kill is cut off first: the next append would
    otherwise run on from it. A torn line was never fsync'd, so its record counts as not written."""
    if not journal.exists():
        return []
    data = journal.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if whole != data:
        with journal.open("r+b") as f:
            f.truncate(len(whole))
            os.fsync(f.fileno())
    return [json.loads(line) for line in whole.decode().splitlines() if line]


def _append(out: IO[str], line: dict[str, Any]) -> None:
    out.write(json.dumps(line) + "\n")
    out.flush()
    os.fsync(out.fileno())


# --- the writes ---------------------------------------------------------------------------------------


def _referral(store: Any, forms: Any, contact_id: str, item: Item) -> str:
    """Built as console/referrals/ops.py submit_referral builds it: consent applied before anything is
    written, withheld fields sent by name only."""
    from annyeong.console.domain.contact_details import SEOUL_DISTRICTS
    from annyeong.console.domain.referral import allowed_fields
    from annyeong.console.store.referrals import referrals_of
    from annyeong.console.wire import Consent, ReferralCreate

    form = forms.get(item.target)
    values: dict[str, Any] = {}
    for f in form.fields:
        if f.kind == "choice":
            values[f.name] = f.options[0].value
        elif f.kind == "multi_choice":
            values[f.name] = [f.options[0].value]
        elif f.kind == "phone":
            values[f.name] = "010-2345-6789"
        elif f.kind == "district":
            values[f.name] = SEOUL_DISTRICTS[0]
        else:
            values[f.name] = f"시험 {f.name}"[: f.max_length]
    consent: Consent | None = None
    lawful: str | None = None
    scope: list[str] = []
    if item.basis == "lawful" and form.emergency_allowed:
        lawful = "pipa_15_1_5"
    elif item.basis == "partial":
        personal = form.personal_fields
        allowed = set(personal[: max(1, len(personal) // 2)])
        scope = sorted(allowed | {f.name for f in form.fields if not f.personal})
        consent = Consent(given=False, by="person", how="verbal_phone", scope=scope)
    else:
        consent = Consent(given=True, by="person", how="verbal_phone")
    kept, withheld = allowed_fields(
        values, consent_given=None if consent is None else consent.given, scope=scope, lawful_basis=lawful
    )
    body = ReferralCreate(
        id=uuid.uuid4(), target=form.target, form_id=form.id, form_version=form.version,
        contact_id=contact_id, fields={**kept, **{name: None for name in withheld}}, consent=consent,
        lawful_basis=lawful,  # type: ignore[arg-type]  # one of LAWFUL_BASES or None
    )
    return referrals_of(store).submit(body, withheld=withheld).client_id


def _write(console: Any, forms: Any, contact_id: str, i: int, item: Item, presses: dict[str, str]
           ) -> dict[str, Any]:
    """Commit one planned record; its journal line."""
    from annyeong.console.dispatches.local import DispatchFields
    from annyeong.console.store.dispatches import step_key
    from annyeong.console.store.local import entry_key
    from annyeong.console.wire import DispatchLocation

    line: dict[str, Any] = {"i": i, "kind": item.kind, "contact": contact_id}
    if item.kind == "note":
        console.store.save_note_draft(contact_id, f"메모 {i}")
        note = console.db.conn.execute(
            "SELECT note_id, revision FROM notes WHERE contact_id = ?", (contact_id,)).fetchone()
        line["key"] = entry_key(note["note_id"], note["revision"])
    elif item.kind == "entry":
        line["key"] = console.add_entry(contact_id, f"체크리스트 결과 {i}")
    elif item.kind == "referral":
        line["key"] = _referral(console.store, forms, contact_id, item)
    elif item.kind == "dispatch":
        fields = DispatchFields(location=DispatchLocation(district="종로구"), risk=("thoughts",),
                                caller_relation="self", summary=f"시험 출동 요청 {i}")
        # After a kill between the commit and the journal, this press returns the intent already
        # committed (joinable: not closed, not failed), so the key journaled is the one queued.
        dispatch, _created = console.store.dispatches.press(
            contact_id=contact_id, service=item.service, fields=fields)
        presses[item.service] = line["key"] = dispatch.client_id
        line["service"] = item.service
    else:
        client_id = presses[item.service]
        reason = "연락 두절" if item.step == "failed" else None
        console.store.dispatches.record_step(client_id, item.step, reason=reason)  # idempotent locally
        line.update(key=step_key(client_id, item.step), dispatch=client_id, step=item.step)
    return line


async def _hand_off(console: Any, contact_id: str, target: str, lead_id: str | None) -> str:
    """Press until the server answers; "sent", or "pending" when an earlier press got through."""
    from annyeong.console.api.handoffs import create_handoff
    from annyeong.console.errors import ApiError, AuthRequired, Offline
    from annyeong.console.wire import HandoffCreate, Sbar
    from tests.sync.support import PASSWORD

    key = f"handoff:{uuid.uuid4()}"  # this press's; kept for its retries, lost with the process
    body = HandoffCreate(
        contact_id=contact_id, target=target,  # type: ignore[arg-type]  # a HandoffTarget
        to_user_id=lead_id if target == "counselor" else None,
        sbar=Sbar(situation="시험 인계: 위기 평가 후 후속 상담 필요", recommendation="내일 오전 재연락"),
    )
    for _ in range(5000):
        try:
            await create_handoff(console.client, body, idempotency_key=key)
            return "sent"
        except Offline:
            await asyncio.sleep(0.05)
        except AuthRequired:
            await console.client.login(username="kim", password=PASSWORD)
        except ApiError as exc:
            if exc.code == "handoff_pending":
                return "pending"
            if not exc.retryable:
                raise
            await asyncio.sleep(min(exc.retry_after or 0.05, 2.0))
    raise RuntimeError("the handoff never got an answer")


async def drive(
    *, proxy_url: str, server_url: str, db_path: Path, journal: Path, records: int, pace: float, seed: int,
    number: str, lead_id: str | None,
) -> None:
    from annyeong.console.errors import ConsoleError
    from annyeong.console.referrals.forms import load_forms
    from tests.sync.support import PASSWORD, mini_console, open_contact

    console = mini_console(proxy_url, db_path, pull=False, base=0.05, cap=1.0)
    for _ in range(200):  # the proxy may fail the sign-in too
        try:
            await console.client.login(username="kim", password=PASSWORD)
            break
        except ConsoleError:
            await asyncio.sleep(0.05)
    active = console.store.active_contact()
    if active is None:
        direct = mini_console(server_url, db_path.with_suffix(".direct"), push=False, pull=False)
        direct.client.set_tokens(access_token=console.client._access_token, refresh_token=None)
        contact = await open_contact(server_url, direct.client, number=number)
        await direct.close()
        await direct.client.aclose()
        active = console.store.open_contact(contact)
    contact_id = active.contact_id
    lines = read_journal(journal)
    presses = {line["service"]: line["key"] for line in lines if line["kind"] == "dispatch"}
    start = 1 + max((line["i"] for line in lines if line["kind"] in RECORD_KINDS), default=-1)
    plan = session_plan(records, seed)
    forms = load_forms()
    console.engine.start()
    rng = random.Random(f"{seed}:{len(lines)}")  # pacing only
    with journal.open("a") as out:
        for i in range(start, records):
            _append(out, _write(console, forms, contact_id, i, plan[i], presses))
            console.engine.wake()
            await asyncio.sleep(rng.uniform(0.0, pace))  # a person's pace, so kills land mid-session
        if not any(line["kind"] == "handoff" for line in lines):
            _append(out, {"i": records, "kind": "handoff", "key": f"handoff:{contact_id}",
                          "contact": contact_id})
    print(f"HANDOFF {await _hand_off(console, contact_id, handoff_target(seed), lead_id)}", flush=True)
    while console.outbox.counts()[0]:  # pending only; a refused row stays as failed
        await asyncio.sleep(0.05)
    for row in console.outbox.rows():  # parked as refused: the parent reports it (and the count loses it)
        print(f"REFUSED {row.kind} {row.record_id} {row.last_error}", flush=True)
    print("DONE", flush=True)
    await console.close()
    await console.client.aclose()
