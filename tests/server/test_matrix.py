"""The permission matrix, walked cell by cell over HTTP: every operation × every role, on someone else's
record, and every "own" cell again by the record's owner. docs/permissions.md must be current."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from annyeong.server.matrix import ENDPOINTS, access
from annyeong.server.permissions import ROLES
from annyeong.server.permissions_doc import operations, render
from tests.server.world import Caller, build, call_op, callers, person
from tests.support.live_server import LiveServer, start_live_server

NOT_REACHED = {"permission_denied", "users_only", "invalid_token", "unauthenticated", "invalid_api_key"}
# Run last: they change the world (end a contact, take it over) or end the caller's session.
LATE = ("takeOverContact", "endCall", "endContact", "wrapUpContact", "changePassword", "signOut")
# Whose record an "own" cell is about, when it is not kim's: a handoff is answered by its receiver.
OWNER = {"acceptHandoff": "choi", "rejectHandoff": "choi"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, db_backend: str) -> Iterator[LiveServer]:
    live = start_live_server(
        tmp_path_factory.mktemp("matrix"), offer_timeout_s=30.0, training_auto_ack_s=0, database=db_backend
    )
    yield live
    live.stop()


def _ordered() -> list[tuple[str, str, str]]:
    ops = operations()
    return [o for o in ops if o[2] not in LATE] + sorted(
        (o for o in ops if o[2] in LATE), key=lambda o: LATE.index(o[2])
    )


def _code(r: httpx.Response) -> str | None:
    if not r.headers.get("content-type", "").startswith("application/problem+json"):
        return None
    try:
        return str(r.json().get("code"))
    except ValueError:
        return None


def _check(cell: str, role: str, op: str, r: httpx.Response, *, owner: bool) -> str | None:
    """None when the answer fits the cell, else what is wrong."""
    where = f"{op} as {role}{' (owner)' if owner else ''}: {r.status_code}"
    if r.status_code >= 500:
        return f"{where} — a server error"
    if cell == "-":
        return None if r.status_code == 403 else f"{where}, expected 403"
    if cell == "own" and not owner and ENDPOINTS[op].kind == "record":
        return None if r.status_code in (403, 404, 409) else f"{where}, expected 403/404/409 (not theirs)"
    if r.status_code in (401, 403) and _code(r) in NOT_REACHED:
        return f"{where} {_code(r)}, expected to reach the handler"
    if cell in ("own", "all") and ENDPOINTS[op].kind == "record" and r.status_code == 404 and op in OWNER:
        return f"{where}, expected to find the record"
    return None


def test_every_route_has_a_matrix_row() -> None:
    ops = {op for _m, _p, op in operations()}
    assert ops == set(ENDPOINTS), ops ^ set(ENDPOINTS)


def test_docs_permissions_md_is_current() -> None:
    from annyeong.server.permissions_doc import DOC

    assert DOC.read_text(encoding="utf-8") == render(), "run `python -m annyeong.server.permissions_doc`"


@pytest.mark.timeout(600)  # several hundred requests: minutes on a busy machine
def test_walk_the_whole_matrix(server: LiveServer) -> None:
    world = build(server)
    problems: list[str] = []
    cells = 0
    # The owner first, while the world is intact: every "own" record cell of a counselor, by kim (or
    # by the handoff's receiver).
    owners = {"kim": world.kim, "choi": person(server, "choi", "counselor")}
    for method, path, op in _ordered():
        if access("counselor", op) != "own" or ENDPOINTS[op].kind != "record" or op in LATE:
            continue
        owner = owners[OWNER.get(op, "kim")]
        assert owner is not None
        r = call_op(world, owner, method, path, op)
        cells += 1
        if (bad := _check("own", "counselor", op, r, owner=True)) is not None:
            problems.append(bad)
        if r.status_code == 404:
            problems.append(f"{op} by its owner: 404")
    # Then everyone else: each role on kim's records.
    by_role = callers(server)
    for method, path, op in _ordered():
        for role in ROLES:
            caller: Caller = by_role[role]
            cell = access(role, op)
            r = call_op(world, caller, method, path, op)
            cells += 1
            if (bad := _check(cell, role, op, r, owner=False)) is not None:
                problems.append(bad)
    print(f"matrix cells walked: {cells} ({len(ENDPOINTS)} operations × {len(ROLES)} roles + owners)")
    assert not problems, "\n".join(problems)
