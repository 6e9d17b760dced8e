"""Contacts and their append-only entries (notes)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from annyeong.console.wire import Contact, ContactEnd, ContactUpdate, Entry, EntryCreate, EntryList
from annyeong.server import etag
from annyeong.server.audited import audited, who
from annyeong.server.creates import create_once
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.calls import IdempotencyKey
from annyeong.server.routes.cases import IfMatch
from annyeong.server.routes.common import Id, problems
from annyeong.server.services import contacts, details
from annyeong.server.state import utcnow

router = APIRouter(tags=["contacts"])


@router.get(
    "/v1/contacts/{contact_id}",
    response_model=Contact,
    operation_id="getContact",
    responses=problems(401, 403, 404),
)
async def get_contact(
    contact_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("getContact"))],
    state: State,
    response: Response,
) -> Contact:
    contact = await audited(
        state,
        who(request, principal),
        "contact.read",
        "contact",
        contact_id,
        lambda conn: contacts.get_contact(conn, principal, contact_id),
    )
    etag.set_etag(response, contact.version)
    return contact


@router.patch(
    "/v1/contacts/{contact_id}",
    response_model=Contact,
    operation_id="updateContact",
    responses=problems(401, 403, 404, 412, 422, 428),
)
async def update_contact(
    contact_id: Id,
    body: ContactUpdate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("updateContact"))],
    state: State,
    response: Response,
    if_match: IfMatch = None,
) -> Contact:
    expected = etag.expected_version(if_match)
    contact = await audited(
        state,
        who(request, principal),
        "contact.update",
        "contact",
        contact_id,
        lambda conn: details.update_contact(conn, principal, contact_id, body, expected, utcnow()),
        writes=True,
    )
    etag.set_etag(response, contact.version)
    return contact


@router.post(
    "/v1/contacts/{contact_id}/wrap-up",
    response_model=Contact,
    operation_id="wrapUpContact",
    responses=problems(401, 403, 404, 409, 422),
)
async def wrap_up(
    contact_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("wrapUpContact"))],
    state: State,
    response: Response,
) -> Contact:
    """Close the contact: 422 wrap_up_incomplete names every missing field in errors[].field. Idempotent."""
    timeout = state.config.offer_timeout_s
    contact = await audited(
        state,
        who(request, principal),
        "contact.wrap_up",
        "contact",
        contact_id,
        lambda conn: details.wrap_up(conn, principal, contact_id, utcnow(), timeout),
        writes=True,
    )
    etag.set_etag(response, contact.version)
    return contact


@router.post(
    "/v1/contacts/{contact_id}/end",
    response_model=Contact,
    operation_id="endContact",
    responses=problems(401, 403, 404, 409, 422),
)
async def end_contact(
    contact_id: Id,
    body: ContactEnd,
    request: Request,
    principal: Annotated[Principal, Depends(allow("endContact"))],
    state: State,
) -> Contact:
    # body.ended_at is the console's clock: informative only, the server's clock is authoritative.
    del body
    timeout = state.config.offer_timeout_s
    return await audited(
        state,
        who(request, principal),
        "contact.end",
        "contact",
        contact_id,
        lambda conn: contacts.end_contact(conn, principal, contact_id, utcnow(), timeout),
        writes=True,
    )


@router.post(
    "/v1/contacts/{contact_id}/entries",
    status_code=201,
    response_model=Entry,
    operation_id="addEntry",
    responses=problems(400, 401, 403, 404, 409, 413, 422),
)
async def add_entry(
    contact_id: Id,
    body: EntryCreate,
    request: Request,
    principal: Annotated[Principal, Depends(allow("addEntry"))],
    state: State,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    now = utcnow()
    return await create_once(
        request, state, principal, key=idempotency_key, body=body, now=now,
        work=lambda conn: (201, contacts.add_entry(conn, principal, contact_id, body, now)),
        action="entry.create", kind="contact", id_of=lambda _entry: contact_id,
        refused_on=("contact", contact_id),
    )


@router.get(
    "/v1/contacts/{contact_id}/entries",
    response_model=EntryList,
    operation_id="listEntries",
    responses=problems(401, 403, 404),
)
async def list_entries(
    contact_id: Id,
    request: Request,
    principal: Annotated[Principal, Depends(allow("listEntries"))],
    state: State,
) -> EntryList:
    return await audited(
        state,
        who(request, principal),
        "entry.list",
        "contact",
        contact_id,
        lambda conn: contacts.list_entries(conn, principal, contact_id),
    )
