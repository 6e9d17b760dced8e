"""Idempotency-Key for creating POSTs: the first answer is stored and replayed for the same request.

The check, the effect and the stored answer commit in ONE write transaction, and writes are serialized
(server.db), so two identical requests racing each other produce one effect and the same answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import bindparam, insert, select
from sqlalchemy.engine import Connection

from annyeong.server import schema
from annyeong.server.db import Database
from annyeong.server.problems import ApiProblem

MAX_KEY_LENGTH = 200

# Built once: every create runs both (docs/architecture.md, "Statements built once").
_t = schema.idempotency
_STORED = select(_t).where(_t.c.principal == bindparam("of"), _t.c.key == bindparam("with_key"))
_STORE = insert(_t)


@dataclass(frozen=True)
class StoredAnswer:
    status: int
    body: str


def check_key(key: str | None) -> str:
    if key is None or not key.strip():
        raise ApiProblem(400, "idempotency_key_missing", "this request needs an Idempotency-Key header")
    if len(key) > MAX_KEY_LENGTH or not key.isprintable() or not key.isascii():
        raise ApiProblem(
            400, "idempotency_key_invalid", "the Idempotency-Key must be 1-200 printable ASCII characters"
        )
    return key


def request_hash(body: BaseModel) -> str:
    # The parsed body in a canonical form: whitespace or key order in the JSON is not a different request.
    canonical = json.dumps(
        body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


async def run_idempotent(
    db: Database,
    *,
    principal_id: str,
    key: str | None,
    method: str,
    path: str,
    body: BaseModel,
    now: datetime,
    work: Callable[[Connection], tuple[int, BaseModel]],
    prepare: Callable[[Connection], object] | None = None,
) -> Response:
    checked_key = check_key(key)
    digest = request_hash(body)

    def transaction(conn: Connection) -> StoredAnswer:
        stored = conn.execute(_STORED, {"of": principal_id, "with_key": checked_key}).first()
        if stored is not None:
            if stored.request_hash != digest or stored.method != method or stored.path != path:
                raise ApiProblem(
                    422,
                    "idempotency_key_reused",
                    "this Idempotency-Key was already used for a different request",
                )
            return StoredAnswer(stored.status, stored.response)
        status, model = work(conn)
        answer = StoredAnswer(status, model.model_dump_json())
        conn.execute(_STORE, {
            "principal": principal_id, "key": checked_key, "method": method, "path": path,
            "request_hash": digest, "status": answer.status, "response": answer.body, "created_at": now,
        })
        return answer

    answer = await db.write(transaction, prepare=prepare)
    return Response(content=answer.body, status_code=answer.status, media_type="application/json")


async def run_for_request(
    request: Request,
    db: Database,
    *,
    principal_id: str,
    key: str | None,
    body: BaseModel,
    now: datetime,
    work: Callable[[Connection], tuple[int, BaseModel]],
    prepare: Callable[[Connection], object] | None = None,
) -> Response:
    """run_idempotent for the route handling ``request``: the key is bound to its method and path."""
    return await run_idempotent(
        db, principal_id=principal_id, key=key, method=request.method, path=request.url.path,
        body=body, now=now, work=work, prepare=prepare,
    )
