"""Search. A POST: the query may be a phone number, which must never land in a URL or an access log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.engine import Connection

from annyeong.console.wire import SearchRequest, SearchResults
from annyeong.server.audited import who, write_entry
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import problems
from annyeong.server.services import search

router = APIRouter(tags=["search"])


@router.post(
    "/v1/search",
    response_model=SearchResults,
    operation_id="search",
    responses=problems(401, 403, 422),
)
async def run_search(
    body: SearchRequest,
    request: Request,
    principal: Annotated[Principal, Depends(allow("search"))],
    state: State,
) -> SearchResults:
    """Audited: one search entry per contact found (whose data it is), or one not_found entry. The
    entries name the kind of search, never the query (it may be a name or a number)."""
    w = who(request, principal)

    def run(conn: Connection) -> SearchResults:
        found = search.search(conn, principal, body)
        for hit in found.contacts:
            write_entry(conn, w, "search", "contact", hit.contact.id, "granted", body.kind)
        if not found.contacts:
            write_entry(conn, w, "search", "contact", None, "not_found", body.kind)
        return found

    return await state.db.write(run, notify=False)
