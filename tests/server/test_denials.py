"""Every refusal at an endpoint's gate is on the access record, one row per account, endpoint and
minute, and a second one counting the refusals that followed it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine

from annyeong.server.audited import Who
from annyeong.server.denial_window import DenialLog
from annyeong.server.deps import Principal
from annyeong.server.services import audit
from tests.server.helpers import User, assert_problem, telephony
from tests.support.live_server import LiveServer


def _denials(server: LiveServer, actor: str) -> list[tuple[str, str]]:
    rows = server.sql(
        "SELECT resource, reason FROM audit_log WHERE action = 'access.denied' AND actor = :actor "
        "AND outcome = 'denied' ORDER BY seq",
        actor=actor,
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def test_role_level_refusals_are_audited_once_a_minute(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    for _ in range(5):
        assert_problem(kim.get("/v1/audit"), 403)
    assert_problem(kim.post("/v1/audit/export", {"from": "2026-01-01T00:00:00Z"}), 403)
    assert_problem(kim.get("/v1/board"), 403)
    found = _denials(live_server, kim.id)
    # A probe of five refusals in a minute writes one row for that endpoint (a minute boundary in the
    # middle may make it two).
    assert [r for r, _ in found].count("endpoint:listAudit") in (1, 2)
    assert {"endpoint:exportAudit", "endpoint:getBoard"} <= {r for r, _ in found}, found
    assert all(reason == "permission_denied" for _, reason in found[:1])


def test_a_machine_key_outside_its_endpoints_is_audited(live_server: LiveServer) -> None:
    r = telephony(live_server, "GET", "/v1/board")
    assert_problem(r, 403)
    found = _denials(live_server, "key:telephony")
    assert [res for res, _ in found] == ["endpoint:getBoard"], found
    # The chain still verifies with the refusals in it.
    engine = create_engine(live_server.database_url)
    try:
        with engine.connect() as conn:
            assert audit.verify(conn).ok
    finally:
        engine.dispose()


def _who(actor: str) -> Who:
    return Who(Principal(id=actor, role="counselor", is_user=True), "127.0.0.1")


def test_the_count_of_a_minute_is_written_after_it() -> None:
    log = DenialLog()
    start = datetime(2026, 12, 6, 10, 41, 5, tzinfo=UTC)
    assert [r[2] for r in log.note(_who("kim"), "listAudit", "permission_denied", start)] == [
        "permission_denied"
    ]
    for i in range(1, 100):
        assert log.note(_who("kim"), "listAudit", "permission_denied", start + timedelta(seconds=i / 2)) == []
    # Another endpoint or account has its own window.
    assert len(log.note(_who("kim"), "getBoard", "permission_denied", start)) == 1
    assert len(log.note(_who("park"), "listAudit", "permission_denied", start)) == 1
    assert log.closed(start + timedelta(seconds=30)) == []
    closed = log.closed(start + timedelta(minutes=1))
    assert [(r[1], r[2]) for r in closed] == [
        ("listAudit", "permission_denied: 99 more in the minute from 2026-12-06T10:41Z")
    ]
    assert log.pending() == 0
    # A refusal in the next minute writes the previous minute's count first, when no flush came between.
    log.note(_who("kim"), "listAudit", "permission_denied", start + timedelta(minutes=2))
    log.note(_who("kim"), "listAudit", "permission_denied", start + timedelta(minutes=2, seconds=1))
    rows = log.note(_who("kim"), "listAudit", "permission_denied", start + timedelta(minutes=3))
    assert [r[2] for r in rows] == [
        "permission_denied: 1 more in the minute from 2026-12-06T10:43Z",
        "permission_denied",
    ]
