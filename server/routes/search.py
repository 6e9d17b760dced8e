"""Search. A POST: the query may be a phone number, which must never land in a URL or an access log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from console.wire import SearchRequest, SearchResults
from server.deps import Principal, State, require
from server.permissions import SEARCH
from server.routes.common import problems
from server.services import search

router = APIRouter(tags=["search"])


@router.post(
    "/v1/search",
    response_model=SearchResults,
    operation_id="search",
    responses=problems(401, 403, 422),
)
async def run_search(
    body: SearchRequest, principal: Annotated[Principal, Depends(require(SEARCH))], state: State
) -> SearchResults:
    return await state.db.read(lambda conn: search.search(conn, principal, body))
