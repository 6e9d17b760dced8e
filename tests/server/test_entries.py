"""Append-only entries on a contact, made exactly-once by Idempotency-Key."""

from __future__ import annotations

import threading
import uuid

import httpx

from tests.server.helpers import User, assert_problem, post_call
from tests.support.live_server import LiveServer


def _open_contact(server: LiveServer, user: User) -> str:
    user.presence("available")
    call = post_call(server).json()
    r = user.post(f"/v1/calls/{call['id']}/accept")
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


def test_same_key_twice_is_one_entry(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    contact = _open_contact(live_server, kim)
    entry = {"id": str(uuid.uuid4()), "kind": "note", "body": "첫 통화. 주말이 외롭다고 함.", "revision": 1}
    first = kim.post(f"/v1/contacts/{contact}/entries", entry, idem=f"entry:{entry['id']}:1")
    again = kim.post(f"/v1/contacts/{contact}/entries", entry, idem=f"entry:{entry['id']}:1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    items = kim.get(f"/v1/contacts/{contact}/entries").json()["items"]
    assert len(items) == 1 and items[0]["body"] == entry["body"]
    added = [e for e in kim.events() if e["type"] == "contact.entry_added"]
    assert len(added) == 1


def test_same_key_other_body_is_422(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    contact = _open_contact(live_server, kim)
    entry = {"id": str(uuid.uuid4()), "body": "a", "revision": 1}
    assert kim.post(f"/v1/contacts/{contact}/entries", entry, idem="k").status_code == 201
    r = kim.post(f"/v1/contacts/{contact}/entries", {**entry, "body": "b"}, idem="k")
    assert_problem(r, 422, "idempotency_key_reused")
    # The same revision under a new key but with another body conflicts; the same body is a no-op.
    assert_problem(
        kim.post(f"/v1/contacts/{contact}/entries", {**entry, "body": "b"}, idem="k2"),
        409,
        "entry_revision_exists",
    )
    assert kim.post(f"/v1/contacts/{contact}/entries", entry, idem="k3").status_code == 201
    assert_problem(kim.post(f"/v1/contacts/{contact}/entries", entry), 400, "idempotency_key_missing")


def test_revisions_are_kept_in_order(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    contact = _open_contact(live_server, kim)
    note = str(uuid.uuid4())
    for revision, body in enumerate(("안녕", "안녕하세요", "안녕하세요. <b>굵게</b>"), start=1):
        r = kim.post(
            f"/v1/contacts/{contact}/entries",
            {"id": note, "body": body, "revision": revision},
            idem=f"entry:{note}:{revision}",
        )
        assert r.status_code == 201, r.text
    items = kim.get(f"/v1/contacts/{contact}/entries").json()["items"]
    assert [(i["revision"], i["body"]) for i in items] == [
        (1, "안녕"),
        (2, "안녕하세요"),
        (3, "안녕하세요. <b>굵게</b>"),
    ]


def test_racing_identical_requests_make_one_entry(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    contact = _open_contact(live_server, kim)
    entry = {"id": str(uuid.uuid4()), "body": "동시에", "revision": 1}
    results: list[httpx.Response] = []
    barrier = threading.Barrier(8)

    def send() -> None:
        barrier.wait()
        results.append(kim.post(f"/v1/contacts/{contact}/entries", entry, idem="race"))

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {r.status_code for r in results} == {201}
    assert len({r.text for r in results}) == 1
    assert len(kim.get(f"/v1/contacts/{contact}/entries").json()["items"]) == 1


def test_other_counselors_cannot_see_or_write(live_server: LiveServer) -> None:
    kim, park, lee = User(live_server, "kim"), User(live_server, "park"), User(live_server, "lee")
    contact = _open_contact(live_server, kim)
    assert_problem(park.get(f"/v1/contacts/{contact}"), 404, "contact_not_found")
    entry = {"id": str(uuid.uuid4()), "body": "x", "revision": 1}
    assert_problem(park.post(f"/v1/contacts/{contact}/entries", entry, idem="p"), 404, "contact_not_found")
    # The shift lead may read it, and sees the full number.
    r = lee.get(f"/v1/contacts/{contact}")
    assert r.status_code == 200 and r.json()["caller"]["number_e164"] == "+821012345678"
