"""The case API's case routes, over the console's one ApiClient: a case, changing it (the handoff draft
and the lead's board write its status and flags), and its timeline (the history column). Errors are the
client's usual ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annyeong.console.wire import Case, CaseTimeline, CaseUpdate

if TYPE_CHECKING:
    from annyeong.console.api.client import ApiClient


async def get_case(client: ApiClient, case_id: str) -> Case:
    return await client.request("GET", f"/v1/cases/{case_id}", Case)


async def update_case(client: ApiClient, case_id: str, update: CaseUpdate, *, version: int) -> Case:
    """PATCH only the fields set, If-Match `version` (412 version_mismatch when someone changed it)."""
    return await client.request(
        "PATCH", f"/v1/cases/{case_id}", Case, body=update, if_match=version, exclude_unset=True
    )


async def case_timeline(client: ApiClient, case_id: str) -> CaseTimeline:
    return await client.request("GET", f"/v1/cases/{case_id}/timeline", CaseTimeline)
