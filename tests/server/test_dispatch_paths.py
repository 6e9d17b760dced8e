"""Emergency dispatch: one dispatch per intent however long the first one stays open, and the record of
the direct path the console gave (fallback_shown, a side step with the console's clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.server.helpers import User, assert_problem, on_call
from tests.server.test_dispatches import events_of, liaison, press
from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("dispatch-paths"), offer_timeout_s=5.0, training_auto_ack_s=0,
        database=db_backend,
    )
    yield live
    live.stop()


def age(server: LiveServer, dispatch_id: str, by: timedelta) -> None:
    """Move a dispatch's reception back in time (the server's clock cannot be moved from outside)."""
    received = server.sql("SELECT received_at FROM dispatches WHERE id = :id", id=dispatch_id)[0][0]
    if isinstance(received, str):  # SQLite: naive UTC text, written back in the same form
        at: object = (datetime.fromisoformat(received) - by).isoformat(sep=" ")
    else:
        at = received - by
    server.sql("UPDATE dispatches SET received_at = :at WHERE id = :id", at=at, id=dispatch_id)
    assert server.sql("SELECT received_at FROM dispatches WHERE id = :id", id=dispatch_id)[0][0] != received


def test_a_press_joins_the_open_dispatch_however_long_ago_it_was_made(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim)
    first = press(kim, contact["id"]).json()
    # Five minutes later the shift lead, who took over, presses for the same person: still unacknowledged.
    age(server, first["id"], timedelta(minutes=5))
    late = press(lee, contact["id"])
    assert late.status_code == 200, late.text
    assert late.json()["id"] == first["id"] and late.json()["deduplicated"] is True
    # An hour on, en route and still no outcome: the same intent, the same dispatch.
    path = f"/v1/dispatches/{first['id']}"
    acknowledged = liaison(server, "POST", f"{path}/acknowledge", json={"incident_number": "112-9"})
    assert acknowledged.status_code == 200
    assert liaison(server, "POST", f"{path}/status", json={"step": "en_route"}).status_code == 200
    age(server, first["id"], timedelta(hours=1))
    again = press(kim, contact["id"])
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    assert len(again.json()["requests"]) == 3
    # Contact confirmed is not finished (the person may need it again only after the loop is closed) …
    assert kim.post(f"{path}/status", {"step": "contact_confirmed"}).status_code == 200
    assert press(kim, contact["id"]).json()["id"] == first["id"]
    # … closed is: the next press is a new emergency.
    assert kim.post(f"{path}/status", {"step": "closed"}).status_code == 200
    anew = press(kim, contact["id"])
    assert anew.status_code == 201 and anew.json()["id"] != first["id"]
    # Failed is finished too.
    failed = kim.post(f"/v1/dispatches/{anew.json()['id']}/status", {"step": "failed", "reason": "부재"})
    assert failed.status_code == 200, failed.text
    third = press(kim, contact["id"])
    assert third.status_code == 201 and third.json()["id"] not in (first["id"], anew.json()["id"])


def test_a_press_never_joins_a_dispatch_the_console_has_finished(server: LiveServer) -> None:
    """Offline, a counselor recorded 연락 확인됨, closed the panel and pressed again for the same person.
    The new create can reach the server before the queued `closed` (it goes ahead of older steps that are
    backing off). Joined to the old dispatch, that `closed` would end the new emergency too."""
    kim = User(server, "kim")
    _, contact = on_call(server, kim)
    first = press(kim, contact["id"]).json()
    # A press joined on another PC is one of the dispatch's presses: naming it names the dispatch too.
    other_pc = press(kim, contact["id"]).json()
    assert other_pc["id"] == first["id"]
    joined_press = other_pc["requests"][-1]["id"]
    again = press(kim, contact["id"], finished_here=[joined_press])
    assert again.status_code == 201, again.text
    second = again.json()
    assert second["id"] != first["id"] and second["deduplicated"] is False
    # The old dispatch's steps arrive late: they close the old one only.
    path = f"/v1/dispatches/{first['id']}"
    assert kim.post(f"{path}/status", {"step": "contact_confirmed"}).status_code == 200
    assert kim.post(f"{path}/status", {"step": "closed"}).status_code == 200
    assert kim.get(f"/v1/dispatches/{second['id']}").json()["status"] == "received"
    # A press with nothing finished here still joins the open one: one dispatch per intent.
    assert press(kim, contact["id"]).json()["id"] == second["id"]


def test_a_step_recorded_offline_keeps_the_moment_the_counselor_recorded_it(server: LiveServer) -> None:
    kim = User(server, "kim")
    _, contact = on_call(server, kim)
    d = press(kim, contact["id"]).json()
    path = f"/v1/dispatches/{d['id']}"
    earlier = datetime.now(UTC) - timedelta(seconds=25)
    confirmed = kim.post(f"{path}/status", {"step": "contact_confirmed", "at": earlier.isoformat()}).json()
    (step,) = [s for s in confirmed["steps"] if s["step"] == "contact_confirmed"]
    assert step["clock"] == "client"
    assert abs(datetime.fromisoformat(confirmed["contact_confirmed_at"]) - earlier) < timedelta(seconds=1)
    # A moment ahead of the server's clock is not believed: the server's own time is recorded.
    ahead = datetime.now(UTC) + timedelta(hours=1)
    closed = kim.post(f"{path}/status", {"step": "closed", "at": ahead.isoformat()}).json()
    (step,) = [s for s in closed["steps"] if s["step"] == "closed"]
    assert step["clock"] == "server" and datetime.fromisoformat(closed["closed_at"]) < ahead


def test_fallback_shown_is_a_side_step_with_the_consoles_clock(server: LiveServer) -> None:
    kim, lee = User(server, "kim"), User(server, "lee")
    _, contact = on_call(server, kim)
    d = press(kim, contact["id"]).json()
    path = f"/v1/dispatches/{d['id']}"
    after = max([0, *(e["seq"] for e in lee.events())])
    shown_at = datetime.now(UTC) - timedelta(seconds=30)
    body = {"step": "fallback_shown", "reason": "not_received", "at": shown_at.isoformat()}
    first = kim.post(f"{path}/status", body)
    assert first.status_code == 200, first.text
    view = first.json()
    assert view["status"] == "received", "a side step leaves the main state alone"
    (step,) = [s for s in view["steps"] if s["step"] == "fallback_shown"]
    assert step["clock"] == "client" and step["reason"] == "not_received" and step["by"] == kim.id
    assert abs(datetime.fromisoformat(step["at"]) - shown_at) < timedelta(milliseconds=1)
    # A retry changes nothing; the other reason (received late, then no acknowledgement) is its own note.
    assert kim.post(f"{path}/status", body).json() == view
    later = {"step": "fallback_shown", "reason": "not_acknowledged", "at": datetime.now(UTC).isoformat()}
    notes = [s for s in kim.post(f"{path}/status", later).json()["steps"] if s["step"] == "fallback_shown"]
    assert [s["reason"] for s in notes] == ["not_received", "not_acknowledged"]
    # The lead hears of it, the audit keeps it, the liaison may not write it.
    assert "fallback_shown" in [s["step"] for s in events_of(lee.events(after), d["id"])[-1]["steps"]]
    actions = [
        r[0]
        for r in server.sql(
            "SELECT action FROM audit_log WHERE resource = :r AND action != 'dispatch.read' ORDER BY seq",
            r=f"dispatch:{d['id']}",
        )
    ]
    assert actions == ["dispatch.requested", "dispatch.fallback_shown", "dispatch.fallback_shown"]
    denied = liaison(server, "POST", f"{path}/status", json={**body, "reason": "x"})
    assert_problem(denied, 403, "dispatch_step_not_allowed")
    # Delivered late, after the loop was closed (the console was offline): still recorded, state kept.
    assert lee.post(f"{path}/status", {"step": "failed", "reason": "연락 두절"}).status_code == 200
    assert lee.post(f"{path}/status", {"step": "closed"}).status_code == 200
    late = kim.post(f"{path}/status", {**body, "reason": "late"})
    assert late.status_code == 200 and late.json()["status"] == "closed"
    assert [s["step"] for s in late.json()["steps"]][-1] == "fallback_shown"


def test_a_caller_whose_number_could_not_be_read_gives_the_dispatch_no_number(server: LiveServer) -> None:
    """The digits of an unknown number (test_calls.py) are not a number to send police to: the dispatch
    goes out without one unless the counselor typed it, never with the raw digits."""
    kim = User(server, "kim")
    _, contact = on_call(server, kim, "1234")
    sent = press(kim, contact["id"]).json()
    assert sent["person_number"] is None, sent
    assert "1234" not in str(sent)
