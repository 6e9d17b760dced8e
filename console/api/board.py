"""The case API's shift-lead routes, over the console's one ApiClient: the board, the shift report,
taking over a contact, acknowledging an escalation and a message to a counselor (console/board/ops.py).
Errors are the client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import Board, Contact, Escalation, Message, MessageCreate, ShiftReport

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def get_board(client: ApiClient) -> Board:
    return await client.request("GET", "/v1/board", Board)


async def get_shift_report(client: ApiClient, *, hours: float = 8.0) -> ShiftReport:
    return await client.request("GET", "/v1/shift-report", ShiftReport, params={"hours": hours})


async def take_over(client: ApiClient, contact_id: str) -> Contact:
    return await client.request("POST", f"/v1/contacts/{contact_id}/take-over", Contact)


async def acknowledge_escalation(client: ApiClient, escalation_id: str) -> Escalation:
    return await client.request("POST", f"/v1/escalations/{escalation_id}/acknowledge", Escalation)


async def send_message(client: ApiClient, body: MessageCreate, *, idempotency_key: str) -> Message:
    return await client.request("POST", "/v1/messages", Message, body=body, idempotency_key=idempotency_key)
