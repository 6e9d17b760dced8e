"""Referrals against the real server: live partner status, offline delivery once, consent kept.

The partner is played over HTTP with its training API key, exactly as a partner system (or
`annyeong-sim referral`) would."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.changes import Changes
from annyeong.console.core import ConsoleCore
from annyeong.console.referrals.ops import InvalidReferral, ReferralRefused
from annyeong.console.wire import Consent
from tests.console.support import signed_in, wait_for
from tests.support import web
from tests.support.live_server import LiveServer, start_live_server

CENTER = "isolation-prevention-center"
SECRET_NAME = "홍비밀테스트"
SECRET_ADDRESS = "비밀로 12길 34"


def partner(
    live: LiveServer, referral_id: str, step: str, *, target: str = CENTER, **body: Any
) -> dict[str, Any]:
    r = web.post(
        f"{live.url}/v1/referrals/{referral_id}/status", json={"step": step, **body},
        headers={"X-API-Key": f"training-partner-key-{target}"}, timeout=10,
    )
    r.raise_for_status()
    return dict(r.json())


def stored(live: LiveServer) -> list[dict[str, Any]]:
    """Every referral the server holds, as the shift lead reads them (fields included)."""
    r = live.get("/v1/referrals")
    r.raise_for_status()
    return list(r.json()["items"])


async def on_call(core: ConsoleCore, live: LiveServer, number: str = "010-2345-6789") -> str:
    await core.calls.set_presence("available")
    call = live.post_call(number)
    return (await core.calls.accept_call(call["id"])).contact_id


async def online(core: ConsoleCore) -> None:
    await core.start_sync()
    await wait_for(lambda: core.sync_status.state == "online", what="online")


def fill_subject(core: ConsoleCore) -> None:
    core.contacts.update_contact_details(
        subject={
            "name": SECRET_NAME,
            "number": "010-3333-4444",
            "district": "마포구",
            "address": SECRET_ADDRESS,
            "age_band": "70s",
        }
    )
    core.contacts.update_note("밤에 잠이 안 온다고 하심.\n\n  아들과 연락 끊김.  센터 연결 원하심.")


def test_the_draft_is_prefilled_from_the_contact_the_card_and_the_checklist(live_server: Any,
                                                                            tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await core.calls.set_presence("available")
        await online(core)  # the offer brings the caller's card (its flags and last risk)
        call = live_server.post_call("010-2345-6789")
        await wait_for(lambda: core.offered_call is not None, what="offer")
        await core.calls.accept_call(call["id"])
        fill_subject(core)
        # Before anything is known about the call, the reason is the form's own default.
        default = core.referrals.referral_forms.get(CENTER).field("reason").default  # type: ignore[union-attr]
        plain = core.referrals.referral_draft(CENTER)
        assert default and plain.values["reason"] == default and "reason" not in plain.prefilled
        core.contacts.update_contact_details(subject={"callback_time": "평일 오후 2–5시"},
                                    service_types=["conversation", "isolation_check"])
        checklist = {"instrument_id": "seoul_isolation_selftest_12", "version": "1", "total": 31,
                     "tier": "high", "risk": "high", "next_step": "refer_prevention_center",
                     "entry_id": "e-1"}
        draft = core.referrals.referral_draft(
            "refer_prevention_center", checklist=checklist
        )  # a next-step code
        assert draft.target == CENTER and draft.checklist_entry == "e-1"
        v = draft.values
        assert v["subject_name"] == SECRET_NAME and v["callback_number"] == "010-3333-4444"
        assert v["district"] == "마포구" and v["age_band"] == "70s" and v["counselor"] == "김상담"
        assert v["summary"] == "밤에 잠이 안 온다고 하심.\n아들과 연락 끊김. 센터 연결 원하심."
        assert v["checklist"].startswith("외로움·고립 자가진단") and "총점 31" in v["checklist"]
        assert v["risk_tier"] == "high" and v["urgency"] == "soon"  # a high tier asks for a quick call
        assert v["callback_time"] == "평일 오후 2–5시"
        assert v["reason"] == ("② 외로움 대화 · ③ 고립정도 확인 상담 중 연계를 원하심. "
                               "외로움·고립 자가진단 (서울시 12문항): 위험도 높음 → 고립예방센터 연계 권장.")
        # The caller's card carries an active suicide-risk flag (the demo data): it goes as a code.
        assert v["risk_flags"] == [f.kind for f in core.active_card.active_flags if f.active]  # type: ignore[union-attr]
        assert "suicide_risk" in v["risk_flags"]
        expected = {"subject_name", "callback_number", "summary", "checklist", "risk_tier", "reason",
                    "callback_time", "risk_flags"}
        assert expected <= set(draft.prefilled)
        with pytest.raises(ReferralRefused):
            core.referrals.referral_draft("no-such-target")
        await core.close()

    asyncio.run(go())


def test_a_partner_step_shows_in_the_console_as_it_happens(tmp_path: Path) -> None:
    """The step arrives on the event stream, not at the next poll; how fast is a figure printed here
    (and measured as a benchmark), never a verdict that depends on the machine being quiet."""
    live = start_live_server(tmp_path / "server")

    async def go() -> float:
        core = await signed_in(live.url, tmp_path / "data")
        await on_call(core, live)
        await online(core)
        fill_subject(core)
        draft = core.referrals.referral_draft(CENTER)
        made = core.referrals.submit_referral(
            draft, draft.values, consent=Consent(given=True, by="person", how="verbal_phone")
        )
        assert made.status == "queued"
        await wait_for(lambda: core.referrals.for_contact()[0].status == "submitted", what="delivered")
        seen: list[Changes] = []
        core.add_listener(seen.append)
        start = time.monotonic()
        partner(live, made.client_id, "received", note="담당 박복지")
        await wait_for(
            lambda: core.referrals.for_contact()[0].status == "received", timeout=30, what="received"
        )
        took = time.monotonic() - start
        assert any(c.referral for c in seen)
        partner(live, made.client_id, "declined", reason="연락 거부")
        await wait_for(lambda: core.referrals.for_contact()[0].status == "declined", what="declined")
        assert (
            core.referrals.for_contact()[0].decline_reason == "연락 거부"
            and not core.referrals.for_contact()[0].open
        )
        await core.close()
        return took

    try:
        took = asyncio.run(go())
        print(f"partner step → console: {took * 1000:.0f} ms")
    finally:
        live.stop()


def test_refused_consent_never_sends_the_withheld_fields(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server")

    async def go() -> str:
        core = await signed_in(live.url, tmp_path / "data")
        await on_call(core, live)
        await online(core)
        fill_subject(core)
        draft = core.referrals.referral_draft(CENTER)
        # The person said no, but allows the district and the reason (so the center knows the need).
        consent = Consent(given=False, by="person", how="verbal_phone", scope=["district", "reason"])
        made = core.referrals.submit_referral(draft, draft.values, consent=consent)
        assert "subject_name" in made.withheld and "callback_number" in made.withheld
        assert SECRET_NAME not in str(made.fields)
        await wait_for(
            lambda: core.sync_status.pending == 0 and core.referrals.for_contact()[0].status == "submitted",
            what="delivered",
        )
        assert core.context.account is not None
        # Read through the core's own (encrypted) connection: nor in the local referral copy.
        assert SECRET_NAME.encode() not in _referral_rows(core.context.account.db.conn)
        await core.close()
        return made.client_id

    try:
        client_id = asyncio.run(go())
        (item,) = stored(live)
        assert item["id"] == client_id
        assert set(item["fields"]) <= {"district", "reason", "callback_time", "urgency", "counselor"}
        assert item["fields"]["district"] == "마포구"
        assert {"subject_name", "callback_number", "address"} & set(item["withheld_fields"])
        assert "subject_name" in item["withheld_fields"] and item["consent"]["given"] is False
        # Nothing of what was withheld is in the server's referral tables (the case record has the name:
        # the counselor typed it into the contact, which is the helpline's own record, not the partner's).
        raw = _server_referral_rows(live.db_path)
        assert SECRET_NAME not in raw and "010-3333-4444" not in raw and SECRET_ADDRESS not in raw
        assert "마포구" in raw  # what was allowed is there
    finally:
        live.stop()


def _server_referral_rows(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if "referral" in r[0]]
        cells = [cell for table in tables for row in conn.execute(f"SELECT * FROM {table}") for cell in row]
    finally:
        conn.close()
    assert "referrals" in tables
    return "\n".join(_readable(cell) for cell in cells)


def _readable(cell: object) -> str:
    """A cell as text, JSON unescaped ("\\uD64D" → "홍"), so a search finds stored Korean either way."""
    text = cell.decode("utf-8", "replace") if isinstance(cell, bytes) else str(cell)
    try:
        return text + json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def _referral_rows(conn: sqlite3.Connection) -> bytes:
    rows = [tuple(r) for r in conn.execute("SELECT body, server FROM referrals").fetchall()]
    rows += [tuple(r) for r in conn.execute("SELECT payload, '' FROM outbox").fetchall()]
    return repr(rows).encode()


def test_a_referral_made_offline_is_delivered_once_after_a_restart(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server")
    port = int(live.url.rsplit(":", 1)[1])

    async def offline_part() -> str:
        core = await signed_in(live.url, tmp_path / "data")
        await on_call(core, live)
        await online(core)
        fill_subject(core)
        live.stop()
        await wait_for(lambda: core.sync_status.state == "offline", timeout=15, what="offline")
        draft = core.referrals.referral_draft("loneliness-care-companions")
        made = core.referrals.submit_referral(draft, draft.values,
                                    consent=Consent(given=True, by="guardian", how="verbal_phone"))
        await asyncio.sleep(0.5)
        assert core.referrals.for_contact()[0].status == "queued" and core.sync_status.pending >= 1
        await core.close()  # the console is closed before it could send it
        return made.client_id

    async def back_online() -> None:
        core = await signed_in(live.url, tmp_path / "data")
        await online(core)
        await wait_for(lambda: core.sync_status.pending == 0, timeout=15, what="delivered after restart")
        assert core.referrals.referral(client_id) is not None
        await wait_for(lambda: core.referrals.referral(client_id).status == "submitted", what="status")  # type: ignore[union-attr]
        await core.close()

    try:
        client_id = asyncio.run(offline_part())
        live = start_live_server(tmp_path / "server", port=port)
        asyncio.run(back_online())
        items = stored(live)
        assert [i["id"] for i in items] == [client_id]
        assert items[0]["consent"]["by"] == "guardian" and items[0]["fields"]["subject_name"] == SECRET_NAME
    finally:
        live.stop()


def test_what_the_core_refuses_before_anything_is_stored(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        await on_call(core, live_server)
        draft = core.referrals.referral_draft(CENTER)
        values = dict(draft.values)
        yes = Consent(given=True, by="person", how="verbal_phone")
        with pytest.raises(InvalidReferral) as missing:
            core.referrals.submit_referral(draft, values)  # neither consent nor a lawful basis
        assert missing.value.field == "consent"
        with pytest.raises(InvalidReferral) as basis:
            core.referrals.submit_referral(
                draft, values, lawful_basis="pipa_15_1_5"
            )  # not an emergency partner
        assert basis.value.reason == "not_allowed"
        with pytest.raises(InvalidReferral) as required:
            core.referrals.submit_referral(draft, {**values, "callback_number": ""}, consent=yes)
        assert required.value.field == "callback_number" and required.value.reason == "required"
        with pytest.raises(InvalidReferral) as bad:
            core.referrals.submit_referral(draft, {**values, "callback_number": "12"}, consent=yes)
        assert bad.value.reason == "invalid_number"
        with pytest.raises(InvalidReferral):
            core.referrals.submit_referral(draft, {**values, "risk_tier": "catastrophic"}, consent=yes)
        with pytest.raises(ReferralRefused) as nothing:
            core.referrals.submit_referral(
                draft, values, consent=Consent(given=False, by="person", how="verbal_phone")
            )
        assert nothing.value.code == "nothing_allowed"
        assert core.referrals.for_contact() == [] and core.sync_status.pending == 0
        await core.close()

    asyncio.run(go())


def test_an_emergency_referral_records_its_lawful_basis(tmp_path: Path) -> None:
    live = start_live_server(tmp_path / "server")

    async def go() -> None:
        core = await signed_in(live.url, tmp_path / "data")
        await on_call(core, live)
        await online(core)
        fill_subject(core)
        draft = core.referrals.referral_draft("line-109")
        core.referrals.submit_referral(draft, draft.values, lawful_basis="pipa_15_1_5",
                             lawful_basis_note="자살 계획을 말함, 동의를 물을 수 없음")
        await wait_for(lambda: core.sync_status.pending == 0, what="delivered")
        await core.close()

    try:
        asyncio.run(go())
        (item,) = stored(live)
        assert item["lawful_basis"] == "pipa_15_1_5" and item["consent"] is None
        assert item["fields"]["subject_name"] == SECRET_NAME and item["withheld_fields"] == []
    finally:
        live.stop()
