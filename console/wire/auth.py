"""Sign-in, tokens, who is signed in, presence."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from annyeong.console.wire._base import Presence, Role, Username, WireModel

# --- auth -----------------------------------------------------------------------------------------


class TokenRequest(WireModel):
    username: Username
    password: Annotated[str, Field(min_length=1, max_length=256)]


class RefreshRequest(WireModel):
    refresh_token: Annotated[str, Field(min_length=1, max_length=512)]


class TokenResponse(WireModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="seconds until the access token expires")


class Me(WireModel):
    id: str
    username: str
    display_name: str
    role: Role
    presence: Presence
    permissions: list[str] = Field(default_factory=list)
    # The contact this user holds and has not wrapped up (the newest, if several): kept for consoles
    # that reopen one contact only.
    open_contact_id: str | None = None
    # Every contact this user holds and has not wrapped up (a phone call and the chats beside it),
    # oldest first. A console whose local copy is gone (a corrupt store set aside, another workstation)
    # reopens them all from here.
    open_contact_ids: list[str] = Field(
        default_factory=list,
        description="every contact this user holds and has not wrapped up, oldest first",
    )


# --- presence -------------------------------------------------------------------------------------


class PresenceUpdate(WireModel):
    status: Presence


class PresenceInfo(WireModel):
    user_id: str
    display_name: str
    status: Presence
    since: datetime
