"""Chat hand-off from the chatbot: the self-test answers and the transcript travel with a "chat" call."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from annyeong.console.domain import selftest
from annyeong.console.wire import Call, ChatCreate, SelfTest
from annyeong.server import schema
from annyeong.server.principal import Principal
from annyeong.server.problems import field_problem
from annyeong.server.services import calls


def check(body: ChatCreate) -> None:
    """What the schema cannot say: each self-test item at most once."""
    if body.self_test is None:
        return
    ids = [a.item_id for a in body.self_test.answers]
    if len(ids) != len(set(ids)):
        raise field_problem(
            422, "duplicate_self_test_item", "each self-test item may be answered once", "self_test.answers"
        )


def create_chat(
    conn: Connection,
    principal: Principal,
    body: ChatCreate,
    e164: str | None,
    now: datetime,
    timeout_s: float,
) -> Call:
    call_id = calls.insert_call(conn, principal, "chat", e164, body.bridge_ref, now)
    conn.execute(
        insert(schema.chats).values(
            call_id=call_id,
            self_test=_scored(body.self_test).model_dump(mode="json") if body.self_test else None,
            transcript=[m.model_dump(mode="json") for m in body.transcript],
            created_at=now,
        )
    )
    # Routed exactly like a phone call: the same ACD, the same offer timeout and re-routing.
    return calls.route_new_call(conn, principal, call_id, now, timeout_s)


def _scored(test: SelfTest) -> SelfTest:
    """A chatbot that sent answers without its result sentence gets the test's one scoring, so every
    reader of the contact sees a result worded the same way."""
    if test.result_text or not test.answers:
        return test
    result = selftest.score({a.item_id: a.value for a in test.answers})
    return test.model_copy(update={"result_text": selftest.result_text(result)})
