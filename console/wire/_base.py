"""The base of every wire model and the small literal types the whole contract shares."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Presence = Literal["available", "on_call", "wrap_up", "break", "offline"]
Role = Literal[
    "counselor", "shift_lead", "admin", "telephony", "chatbot", "dispatch_liaison", "referral_partner"
]
Channel = Literal["phone", "chat"]
# queued: nobody available yet; offered: ringing at one counselor; accepted: a contact is open;
# ended: the call finished; abandoned: the caller hung up before anyone accepted.
CallStatus = Literal["queued", "offered", "accepted", "ended", "abandoned"]
# A checklist result (one entry, re-sent as revisions while it is answered) and the crisis
# decision a crisis answer requires before wrap-up.
EntryKind = Literal["note", "checklist_result", "crisis_decision"]

ShortText = Annotated[str, Field(max_length=200)]
Username = Annotated[str, Field(min_length=1, max_length=64)]
PhoneInput = Annotated[str, Field(min_length=1, max_length=32)]


class WireModel(BaseModel):
    # Built on first use, not at import: see the note at the end of console/wire/__init__.py.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
