"""What the server holds of the soak's journals, per kind of record (tests/sync/soak.py).

Read directly at the server (not through the proxy) as the shift lead, who may see every counselor's
records. Lists on the server stop at 200 items, newest first, so dispatches and handoffs are counted
right after their session ends, when its records are the newest there are; a referral the case's list
leaves out is looked up by its id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from tests.sync.support import PASSWORD

LIST_CAP = 200  # server/services/*: MAX_LIST


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    lost: int = 0
    duplicated: int = 0

    def count(self, copies: int) -> None:
        """One journaled record, held `copies` times by the server."""
        self.expected += 1
        self.found += copies > 0
        self.lost += copies == 0
        self.duplicated += copies > 1

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.lost += other.lost
        self.duplicated += other.duplicated


class Reader:
    """The shift lead's reads on one connection (signing in again when the token runs out)."""

    def __init__(self, url: str, user: str = "lee") -> None:
        self._http = httpx.Client(base_url=url, timeout=30)
        self._user = user
        self._sign_in()

    def _sign_in(self) -> None:
        r = self._http.post("/v1/auth/token", json={"username": self._user, "password": PASSWORD})
        r.raise_for_status()
        self._http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def try_get(self, path: str, **params: str) -> tuple[int, Any]:
        r = self._http.get(path, params=params or None)
        if r.status_code == 401:
            self._sign_in()
            r = self._http.get(path, params=params or None)
        if r.status_code >= 500:
            r.raise_for_status()
        return r.status_code, r.json()

    def get(self, path: str, **params: str) -> Any:
        status, body = self.try_get(path, **params)
        if status != 200:
            raise RuntimeError(f"GET {path}: {status} {body}")
        return body

    def me(self) -> str:
        return str(self.get("/v1/auth/me")["id"])

    def close(self) -> None:
        self._http.close()


def _unique(lines: Iterable[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    # A key journaled twice (a restart redid a step whose journal line was already written) is one record.
    return {line["key"]: line for line in lines if line["kind"] == kind}


def referrals(reader: Reader, lines: list[dict[str, Any]]) -> Tally:
    expected = _unique(lines, "referral")
    copies: Counter[str] = Counter()
    complete = True
    for contact_id in {line["contact"] for line in expected.values()}:
        case_id = reader.get(f"/v1/contacts/{contact_id}").get("case_id")
        if case_id is None:
            complete = False  # no referral reached the server, or it never linked the contact: look up
            continue
        items = reader.get("/v1/referrals", case_id=case_id)["items"]
        complete = complete and len(items) < LIST_CAP
        copies.update(r["id"] for r in items if r["id"] in expected and r["contact_id"] == contact_id)
    tally = Tally()
    for key, line in expected.items():
        if not copies[key] and not complete:
            status, body = reader.try_get(f"/v1/referrals/{key}")
            copies[key] = int(status == 200 and body["id"] == key and body["contact_id"] == line["contact"])
        tally.count(copies[key])
    return tally


def dispatches(reader: Reader, lines: list[dict[str, Any]]) -> tuple[Tally, Tally]:
    """(presses, steps). A press is found when one dispatch of its contact holds it; it is doubled when
    that contact has more than one dispatch for the service (each session presses a service once), or
    the press is listed twice. A step is counted among the holding dispatch's recorded steps."""
    presses = _unique(lines, "dispatch")
    listed = reader.get("/v1/dispatches")["items"]
    holding: dict[str, dict[str, Any]] = {}
    tally = Tally()
    for key, line in presses.items():
        same = [d for d in listed if d["contact_id"] == line["contact"] and d["service"] == line["service"]]
        holders = [d for d in same if any(p["id"] == key for p in d["requests"])]
        if not holders:
            status, body = reader.try_get(f"/v1/dispatches/{key}")
            holders = [body] if status == 200 else []
            same = same or holders
        if holders:
            holding[key] = holders[0]
        in_requests = sum(1 for d in holders for p in d["requests"] if p["id"] == key)
        tally.count(0 if not holders else max(len(same), in_requests))
    steps = Tally()
    for line in _unique(lines, "dispatch_step").values():
        dispatch = holding.get(line["dispatch"])
        steps.count(0 if dispatch is None else sum(1 for s in dispatch["steps"] if s["step"] == line["step"]))
    return tally, steps


def handoffs(reader: Reader, lines: list[dict[str, Any]]) -> Tally:
    listed = reader.get("/v1/handoffs")["items"]
    tally = Tally()
    for line in _unique(lines, "handoff").values():
        tally.count(sum(1 for h in listed if h["contact_id"] == line["contact"] and h["kind"] == "handoff"))
    return tally


def session(reader: Reader, lines: list[dict[str, Any]]) -> dict[str, Tally]:
    """The kinds counted right after a session's DONE (see the module's docstring)."""
    presses, steps = dispatches(reader, lines)
    return {"referral": referrals(reader, lines), "dispatch": presses, "dispatch_step": steps,
            "handoff": handoffs(reader, lines)}


def entries(found: Counter[str], lines: list[dict[str, Any]]) -> dict[str, Tally]:
    """Notes and entries, from every entry revision the server holds (support.server_entry_keys)."""
    out: dict[str, Tally] = {}
    for kind in ("note", "entry"):
        tally = out[kind] = Tally()
        for key in _unique(lines, kind):
            tally.count(found[key])
    return out
