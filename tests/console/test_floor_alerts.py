"""A shift lead's open crises and escalated handoffs, as the events tell them
(console/dispatches/floor_alerts.py): what is open is announced once, goes when it is decided, taken or
wrapped up, and the lead's own crisis or handoff is never an alert to the lead."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from annyeong.console.dispatches.floor_alerts import FloorAlerts
from annyeong.console.wire import Event

NOW = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
KIM = {"id": "u-kim", "name": "김상담"}
LEE = {"id": "u-lee", "name": "이팀장"}


def event(seq: int, type_: str, data: dict[str, Any]) -> Event:
    return Event(seq=seq, type=type_, created_at=NOW, data=data)


def crisis(contact: str, who: dict[str, str] = KIM, decided: bool = False) -> dict[str, Any]:
    return {"contact_id": contact, "counselor": who, "entry_id": "e-1", "instrument_id": "crisis_screen",
            "raised_at": NOW.isoformat(), "decided": decided}


def handoff(status: str = "pending", escalated: bool = True, who: dict[str, str] = KIM) -> dict[str, Any]:
    return {"id": "h-1", "status": status, "target": "next_shift", "from_user": who,
            "sbar": {"situation": "부탁드립니다", "risk_tier": "high"}, "created_at": NOW.isoformat(),
            "escalated_at": NOW.isoformat() if escalated else None}


def test_a_crisis_is_open_until_its_decision_or_the_wrap_up() -> None:
    alerts = FloorAlerts()
    assert alerts.seen(event(1, "crisis.raised", crisis("c-1")), "u-lee")
    assert not alerts.seen(event(2, "crisis.raised", crisis("c-1")), "u-lee"), "the same view twice: no news"
    assert [c.counselor.name for c in alerts.open_crises()] == ["김상담"]
    decided = {"contact_id": "c-1", "kind": "crisis_decision"}
    assert alerts.seen(event(3, "contact.entry_added", decided), "u-lee")
    assert alerts.open_crises() == []
    alerts.seen(event(4, "crisis.raised", crisis("c-2")), "u-lee")
    assert alerts.seen(event(5, "contact.updated", {"id": "c-2", "wrapped_up_at": NOW.isoformat()}), "u-lee")
    assert alerts.open_crises() == []


def test_the_leads_own_crisis_and_handoff_are_not_alerts() -> None:
    alerts = FloorAlerts()
    assert not alerts.seen(event(1, "crisis.raised", crisis("c-1", who=LEE)), "u-lee")
    assert not alerts.seen(event(2, "handoff.escalated", handoff(who=LEE)), "u-lee")
    assert alerts.open_crises() == [] and alerts.open_escalations() == []


def test_an_escalated_handoff_is_open_until_taken() -> None:
    alerts = FloorAlerts()
    assert not alerts.seen(event(1, "handoff.created", handoff(escalated=False)), "u-lee")
    assert not alerts.seen(event(2, "handoff.updated", handoff(escalated=False)), "u-lee")
    assert alerts.seen(event(3, "handoff.escalated", handoff()), "u-lee")
    assert [h.id for h in alerts.open_escalations()] == ["h-1"]
    assert alerts.seen(event(4, "handoff.updated", handoff(status="accepted")), "u-lee")
    assert alerts.open_escalations() == []


def waiting_chat(call: str, status: str = "queued") -> dict[str, Any]:
    return {"id": call, "status": status, "channel": "chat", "created_at": NOW.isoformat(), "waited_s": 90,
            "crisis": True}


def test_a_waiting_crisis_chat_is_open_until_it_leaves_the_queue() -> None:
    alerts = FloorAlerts()
    assert alerts.seen(event(1, "queue.crisis", waiting_chat("call-1")), "u-lee")
    assert not alerts.seen(event(2, "queue.crisis", waiting_chat("call-1")), "u-lee"), "the same chat again"
    assert [c.id for c in alerts.waiting_crises()] == ["call-1"]
    # Ringing at a counselor is still waiting; accepted is not (crisis.raised takes over).
    assert not alerts.seen(event(3, "call.updated", {"id": "call-1", "status": "offered"}), "u-lee")
    assert alerts.seen(event(4, "call.updated", {"id": "call-1", "status": "accepted"}), "u-lee")
    assert alerts.waiting_crises() == []
    alerts.seen(event(5, "queue.crisis", waiting_chat("call-2")), "u-lee")
    assert alerts.seen(event(6, "call.updated", {"id": "call-2", "status": "abandoned"}), "u-lee")
    assert not alerts.seen(event(7, "call.updated", {"id": "call-3", "status": "ended"}), "u-lee")
    assert alerts.waiting_crises() == []


def test_a_board_read_sets_the_waiting_crisis_chats() -> None:
    from annyeong.console.wire import BoardCall

    alerts = FloorAlerts()
    alerts.seen(event(1, "queue.crisis", waiting_chat("call-gone")), "u-lee")
    plain = {**waiting_chat("call-2"), "crisis": False}
    alerts.board_seen([BoardCall.model_validate(waiting_chat("call-1")), BoardCall.model_validate(plain)])
    assert [c.id for c in alerts.waiting_crises()] == ["call-1"]
