"""Live chat: the messages a chat contact carries both ways, their delivery and read state, typing and
the end of a conversation.

A chat contact is a contact like a call (checklist, referral, dispatch, handoff, wrap-up); these models are
only what a phone call does not have. The counselor's messages go through the console's outbox with a
client-made id, so a message sent twice (a retry after a kill or an outage) is stored once. The person's
messages reach the console as `chat.message` events on the stream.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field

from annyeong.console.wire._base import WireModel

# person: the one who wrote in (web chat or KakaoTalk); counselor: whoever has the contact now;
# system: what the service itself says in the conversation (joined, left, ended for silence).
ChatSender = Literal["person", "counselor", "system"]
# counselor: ended from the console; person: the person pressed 대화 끝내기 or left the page;
# silence: nothing from the person for the centre's silence limit after a counselor prompt.
ChatEndedBy = Literal["counselor", "person", "silence"]

LiveChatText = Annotated[str, Field(min_length=1, max_length=2000)]


class LiveChatMessageCreate(WireModel):
    """A counselor's message. `id` is made by the console before the message enters the outbox: the same
    id posted again returns the stored message instead of a second one."""

    id: UUID
    text: LiveChatText


class LiveChatMessage(WireModel):
    id: UUID
    contact_id: UUID
    seq: int = Field(ge=1, description="the message's place in its conversation, from 1, without gaps")
    sender: ChatSender
    text: str
    sent_at: datetime = Field(description="when the server stored it")
    delivered_at: datetime | None = Field(default=None, description="when the other side's device had it")
    read_at: datetime | None = Field(default=None, description="when the other side showed it")


class LiveChatMessageList(WireModel):
    items: list[LiveChatMessage]
    ended_at: datetime | None = None
    ended_by: ChatEndedBy | None = None


class ChatRead(WireModel):
    """Everything up to and including `up_to_seq` was shown to the reader."""

    up_to_seq: int = Field(ge=0)


class ChatTyping(WireModel):
    typing: bool


class ChatEnd(WireModel):
    """The counselor ends the conversation; the person's page shows that it ended. The contact itself is
    wrapped up as usual afterwards."""

    farewell: LiveChatText | None = Field(default=None, description="a last message sent before the end")
