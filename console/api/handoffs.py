"""The case API's handoff, board and supervision routes, over the console's one ApiClient.

Kept out of console/api/client.py so that file stays small; the calls go through the client's generic
request path, so errors become Offline / AuthRequired / ApiError exactly as everywhere else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import (
    Board,
    Case,
    CaseUpdate,
    Contact,
    EntryList,
    Escalation,
    Handoff,
    HandoffAssign,
    HandoffCreate,
    HandoffList,
    HandoffReject,
    HandoffStatus,
    Message,
    MessageCreate,
    ShiftReport,
)

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


# --- handoffs -----------------------------------------------------------------------------------------


async def create_handoff(client: ApiClient, body: HandoffCreate, *, idempotency_key: str) -> Handoff:
    # The key is made once per handoff draft and reused on every retry, so a live contact is never
    # handed off twice even when the first answer was lost.
    return await client.request("POST", "/v1/handoffs", Handoff, body=body, idempotency_key=idempotency_key)


async def list_handoffs(client: ApiClient, *, status: HandoffStatus | None = None) -> HandoffList:
    params = {"status": status} if status is not None else None
    return await client.request("GET", "/v1/handoffs", HandoffList, params=params)


async def get_handoff(client: ApiClient, handoff_id: str) -> Handoff:
    return await client.request("GET", f"/v1/handoffs/{handoff_id}", Handoff)


async def accept_handoff(client: ApiClient, handoff_id: str) -> Handoff:
    return await client.request("POST", f"/v1/handoffs/{handoff_id}/accept", Handoff)


async def reject_handoff(client: ApiClient, handoff_id: str, reason: str) -> Handoff:
    return await client.request(
        "POST", f"/v1/handoffs/{handoff_id}/reject", Handoff, body=HandoffReject(reason=reason)
    )


async def assign_handoff(client: ApiClient, handoff_id: str, to_user_id: str) -> Handoff:
    return await client.request(
        "POST", f"/v1/handoffs/{handoff_id}/assign", Handoff, body=HandoffAssign(to_user_id=to_user_id)
    )


# --- contacts and cases the handoff moves -----------------------------------------------------------


async def get_contact(client: ApiClient, contact_id: str) -> Contact:
    return await client.get_contact(contact_id)


async def list_entries(client: ApiClient, contact_id: str) -> EntryList:
    return await client.list_entries(contact_id)


async def get_case(client: ApiClient, case_id: str) -> Case:
    return await client.request("GET", f"/v1/cases/{case_id}", Case)


async def update_case(client: ApiClient, case_id: str, update: CaseUpdate, *, version: int) -> Case:
    """PATCH only the fields set, If-Match `version` (412 version_mismatch when someone changed it)."""
    return await client.request(
        "PATCH", f"/v1/cases/{case_id}", Case, body=update, if_match=version, exclude_unset=True
    )


# --- the shift lead -----------------------------------------------------------------------------------


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

