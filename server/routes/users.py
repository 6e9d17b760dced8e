"""The colleague directory: who works here, by name, role and presence. Every person signed in may read
it (a handoff or a follow-up names its receiver); machine keys may not."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from annyeong.console.wire import UserDirectoryEntry
from annyeong.server.deps import Principal, State, allow
from annyeong.server.routes.common import problems
from annyeong.server.services.people import directory

router = APIRouter(tags=["users"])


@router.get(
    "/v1/users",
    response_model=list[UserDirectoryEntry],
    operation_id="listUsers",
    responses=problems(401, 403),
)
async def list_users(
    _principal: Annotated[Principal, Depends(allow("listUsers"))], state: State
) -> list[UserDirectoryEntry]:
    """Counselors, shift leads and admins: id, display name, role and presence, by name. No usernames,
    no sign-in state, nothing about callers."""
    return await state.db.read(directory)
