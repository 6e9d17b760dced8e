"""One way for a route to create a record: once per Idempotency-Key, audited in the same transaction.

Every create route has the same three concerns: a retried request (same key, same body) gets the stored
answer instead of a second record; the audit entry of a create commits with the record it names; and a
refused attempt (403, 404, 409 …) is recorded too, against what it was refused on. Routes state their
work and how it is audited; this module composes the three.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from fastapi import Request, Response
from pydantic import BaseModel
from sqlalchemy.engine import Connection

from annyeong.server import idempotency
from annyeong.server.audited import creating, guarded, who
from annyeong.server.principal import Principal
from annyeong.server.state import AppState

M = TypeVar("M", bound=BaseModel)


async def create_once(
    request: Request,
    state: AppState,
    principal: Principal,
    *,
    key: str | None,
    body: BaseModel,
    now: datetime,
    work: Callable[[Connection], tuple[int, M]],
    action: str | None = None,
    kind: str | None = None,
    id_of: Callable[[M], str] | None = None,
    refused_on: tuple[str, str | None] | None = None,
    prepare: Callable[[Connection], object] | None = None,
) -> Response:
    """Run `work` (returning the status and the record) once for `key`.

    `action`, `kind`, `id_of`: the granted audit entry, written in the record's transaction (leave them
    out when the service audits its own create). `refused_on` (kind, id): where a refusal is recorded,
    under `action`. `prepare`: reads the work will use, before the write lock (Database.write)."""
    idempotency.check_key(key)
    w = who(request, principal)
    step = work
    if id_of is not None:
        if action is None or kind is None:
            raise ValueError("an audited create names its action and kind")
        step = creating(w, action, kind, work, id_of)
    run = step

    async def attempt() -> Response:
        return await idempotency.run_for_request(
            request, state.db, principal_id=principal.id, key=key, body=body, now=now, work=run,
            prepare=prepare,
        )

    if refused_on is None:
        return await attempt()
    if action is None:
        raise ValueError("a create whose refusals are audited names its action")
    return await guarded(state, w, action, refused_on[0], refused_on[1], attempt)
