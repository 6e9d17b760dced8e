"""The case API's caller and search routes, over the console's one ApiClient: the caller's card, showing
a masked number, and search over the server's contacts (console/search/lookups.py and the dispatch form
use them). Every one is a POST, so a phone number never lands in a URL or an access log. Errors are the
client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import CallerHistory, CallerLookup, SearchResults, UnmaskedNumber

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient
    from annyeong.console.wire import SearchRequest, UnmaskRequest


async def lookup_caller(client: ApiClient, number: str) -> CallerHistory:
    return await client.request("POST", "/v1/callers/lookup", CallerHistory, body=CallerLookup(number=number))


async def unmask(client: ApiClient, request: UnmaskRequest) -> UnmaskedNumber:
    return await client.request("POST", "/v1/callers/unmask", UnmaskedNumber, body=request)


async def search(client: ApiClient, request: SearchRequest) -> SearchResults:
    return await client.request("POST", "/v1/search", SearchResults, body=request)
