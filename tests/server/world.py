"""A small world of records owned by kim, and one caller per role, for the matrix and audit walks.

`call_op` drives any operation of the API with a minimal valid request: the path's ids are kim's
records, the body is the smallest one the schema accepts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.server.helpers import CHATBOT_KEY, User, on_call
from tests.support import web
from tests.support.live_server import TELEPHONY_KEY, LiveServer

CENTER = "isolation-prevention-center"
OTHER_PARTNER_KEY = "training-partner-key-community-center-welfare"
DISPATCH_KEY = "training-dispatch-key"
SBAR = {"situation": "인계", "background": "", "assessment": "", "recommendation": ""}


@dataclass
class Caller:
    """Who makes a request: a signed-in person or a machine key."""

    role: str
    headers: dict[str, str]
    name: str
    user_id: str | None = None


@dataclass
class World:
    server: LiveServer
    ids: dict[str, str] = field(default_factory=dict)
    kim: Caller | None = None


def person(server: LiveServer, username: str, role: str) -> Caller:
    user = User(server, username)
    return Caller(role, dict(user.headers), username, user.id)


def machine(role: str, key: str) -> Caller:
    return Caller(role, {"X-API-Key": key}, role)


def build(server: LiveServer) -> World:
    """kim on a call with a contact, a case, a note, a follow-up, a dispatch, a referral and a handoff
    to choi; every record belongs to kim (choi is the handoff's receiver)."""
    kim = User(server, "kim")
    choi = User(server, "choi")
    park = User(server, "park")
    call, contact = on_call(server, kim, "010-3030-4040")
    ids = {"call_id": call["id"], "contact_id": contact["id"], "park_id": park.id, "choi_id": choi.id}
    case_id = contact.get("case_id")
    if not case_id:
        r = kim.post("/v1/cases", {"contact_id": contact["id"]}, idem=str(uuid.uuid4()))
        assert r.status_code == 201, r.text
        case_id = r.json()["id"]
    ids["case_id"] = case_id
    note = {"id": str(uuid.uuid4()), "body": "메모", "revision": 1}
    assert kim.post(f"/v1/contacts/{contact['id']}/entries", note, idem=str(uuid.uuid4())).status_code == 201
    follow = {"id": str(uuid.uuid4()), "case_id": case_id, "due_at": _soon()}
    r = kim.post("/v1/follow-ups", follow, idem=follow["id"])
    assert r.status_code == 201, r.text
    ids["follow_up_id"] = r.json()["id"]
    dispatch = {"id": str(uuid.uuid4()), "service": "police_112", "contact_id": contact["id"]}
    r = kim.post("/v1/dispatches", dispatch, idem=dispatch["id"])
    assert r.status_code == 201, r.text
    ids["dispatch_id"] = r.json()["id"]
    r = kim.post("/v1/referrals", referral_body(contact["id"]), idem=str(uuid.uuid4()))
    assert r.status_code == 201, r.text
    ids["referral_id"] = r.json()["id"]
    handoff = {"case_id": case_id, "target": "counselor", "to_user_id": choi.id, "sbar": SBAR}
    r = kim.post("/v1/handoffs", handoff, idem=str(uuid.uuid4()))
    assert r.status_code == 201, r.text
    ids["handoff_id"] = r.json()["id"]
    relay = {"id": str(uuid.uuid4()), "dispatch_id": ids["dispatch_id"], "service": "police_112",
             "read_out": "서울 관악구, 본인 진술: 수단 있음"}
    r = kim.post("/v1/relays", relay, idem=relay["id"])
    assert r.status_code == 201, r.text
    ids["relay_id"] = r.json()["id"]
    return World(server, ids, Caller("counselor", dict(kim.headers), "kim", kim.id))


def referral_body(contact_id: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "target": CENTER,
        "form_id": "isolation_center_referral",
        "form_version": "1",
        "contact_id": contact_id,
        "fields": {"district": "노원구", "reason": "고립 위험"},
        "consent": {"given": True, "by": "person", "how": "verbal_phone"},
    }


def _soon() -> str:
    return (datetime.now(UTC) + timedelta(days=1)).isoformat()


def request_for(op: str, w: World) -> tuple[dict[str, Any] | None, dict[str, str]]:
    """(JSON body, extra headers) of a minimal valid request for `op`."""
    i = w.ids
    new = str(uuid.uuid4())
    bodies: dict[str, Any] = {
        "signIn": {"username": "nobody", "password": "wrong"},
        "refreshToken": {"refresh_token": "not-a-token"},
        "changePassword": {"current_password": "not-my-password", "new_password": "long-enough-1"},
        "setMyPresence": {"status": "break"},
        "createCall": {"from_number": "010-5050-6060", "channel": "phone"},
        "declineCall": {"reason": ""},
        "createChat": {"from_number": None, "transcript": []},
        "updateContact": {"summary": "요약"},
        "postChatMessage": {"id": new, "text": "안녕하세요"},
        "readChatMessages": {"up_to_seq": 0},
        "setChatTyping": {"typing": True},
        "endChat": {},
        "startWebChat": {"consent": True},
        "answerWebChatSelfTest": {"answers": []},
        "sendWebChatMessage": {"id": new, "text": "안녕하세요"},
        "readWebChat": {"up_to_seq": 0},
        "typingWebChat": {"typing": True},
        "endContact": {},
        "addEntry": {"id": new, "body": "메모 2", "revision": 1},
        "createCase": {"contact_id": i["contact_id"]},
        "updateCase": {"status": "open"},
        "addCaseFlag": {"kind": "do_not_call_back", "instruction": "주의"},
        "lookupCaller": {"number": "010-3030-4040"},
        "unmaskCaller": {"contact_id": i["contact_id"], "reason": "회신"},
        "search": {"query": "메모", "kind": "text"},
        "requestDispatch": {"id": new, "service": "fire_ems_119", "contact_id": i["contact_id"]},
        "acknowledgeDispatch": {"incident_number": "112-0001"},
        "recordDispatchStep": {"step": "fallback_called"},
        "requestRelay": {"id": new, "dispatch_id": i["dispatch_id"], "service": "police_112",
                         "read_out": "위치 모름, 회신 번호로 연락"},
        "createHandoff": {"case_id": i["case_id"], "target": "next_shift", "sbar": SBAR},
        "rejectHandoff": {"reason": "부재"},
        "assignHandoff": {"to_user_id": i["park_id"]},
        "createReferral": referral_body(i["contact_id"]) | {"id": new},
        "pushReferralStatus": {"step": "received"},
        "createFollowUp": {"id": new, "case_id": i["case_id"], "due_at": _soon()},
        "updateFollowUp": {"outcome": "통화함"},
        "sendMessage": {"to_user_id": i["park_id"], "text": "확인 부탁"},
        "exportAudit": {"from": "2020-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z", "reason": "월간 점검"},
    }
    headers = {"Idempotency-Key": new, "If-Match": '"1"'}
    return bodies.get(op), headers


PATH_IDS = {
    "call_id": "call_id",
    "contact_id": "contact_id",
    "case_id": "case_id",
    "dispatch_id": "dispatch_id",
    "handoff_id": "handoff_id",
    "referral_id": "referral_id",
    "follow_up_id": "follow_up_id",
    "user_id": "park_id",
    "relay_id": "relay_id",
}


def call_op(w: World, who: Caller, method: str, path: str, op: str) -> httpx.Response:
    url = path
    for name, key in PATH_IDS.items():
        url = url.replace("{" + name + "}", w.ids[key])
    url = url.replace("{escalation_id}", "no-such-escalation")
    body, extra = request_for(op, w)
    headers = {**who.headers, **extra}
    full = f"{w.server.url}{url}"
    if op == "followEvents":
        with web.stream("GET", full, headers=headers, timeout=10) as r:
            return r
    return web.request(method.upper(), full, headers=headers, json=body, timeout=10)


def callers(server: LiveServer) -> dict[str, Caller]:
    """One caller per role; the counselor is park (kim owns the world's records)."""
    return {
        "counselor": person(server, "park", "counselor"),
        "shift_lead": person(server, "lee", "shift_lead"),
        "admin": person(server, "admin", "admin"),
        "telephony": machine("telephony", TELEPHONY_KEY),
        "chatbot": machine("chatbot", CHATBOT_KEY),
        "dispatch_liaison": machine("dispatch_liaison", DISPATCH_KEY),
        "referral_partner": machine("referral_partner", OTHER_PARTNER_KEY),
    }
