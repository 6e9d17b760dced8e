"""Silence in a chat, and how long the person has waited for an answer (no Qt, no clock of its own).

Rules (the counselor is always the one who acts; nothing is closed silently):
  - the person has not written for `prompt_after_s` since the counselor's last message: "prompt" — the
    counselor is asked whether to check in (상용구 확인: 아직 대화 중이신가요?);
  - still nothing `close_after_s` after that: "close_suggested" — the counselor is asked to end the chat
    (with the 종료 상용구), and decides;
  - the person left (ended by the person, or the service ended it for silence): "left" — the chat is
    closed, and the transcript and the contact's note say so (who ended it, when);
  - the counselor ended it: "ended".
While the person is the last to have written, the clock that counts is the person's wait for an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

SilenceKind = Literal["none", "prompt", "close_suggested", "left", "ended"]


@dataclass(frozen=True)
class SilencePolicy:
    """The centre's times (Settings: chat_silence_prompt_s, chat_silence_close_s)."""

    prompt_after_s: float = 180.0
    close_after_s: float = 420.0


@dataclass(frozen=True)
class Silence:
    kind: SilenceKind
    since: datetime | None = None  # the counselor's last message the person has not answered
    next_at: datetime | None = None  # when the kind moves on (a timer for the UI), None: never


def silence(
    *, now: datetime, last_person_at: datetime | None, last_counselor_at: datetime | None,
    ended_by: str | None, policy: SilencePolicy = SilencePolicy(),
) -> Silence:
    if ended_by is not None:
        return Silence("ended" if ended_by == "counselor" else "left")
    if last_counselor_at is None or (last_person_at is not None and last_person_at >= last_counselor_at):
        return Silence("none")  # the person spoke last (or nobody yet): it is the counselor's turn
    prompt_at = last_counselor_at + timedelta(seconds=policy.prompt_after_s)
    close_at = prompt_at + timedelta(seconds=policy.close_after_s)
    if now < prompt_at:
        return Silence("none", last_counselor_at, prompt_at)
    if now < close_at:
        return Silence("prompt", last_counselor_at, close_at)
    return Silence("close_suggested", last_counselor_at, None)


def waiting_since(senders_and_times: list[tuple[str, datetime]]) -> datetime | None:
    """When the person's oldest message not yet answered by the counselor was sent (None: nothing waits).
    `senders_and_times` in conversation order; the service's own lines do not answer anyone."""
    since: datetime | None = None
    for sender, at in senders_and_times:
        if sender == "person":
            since = since or at
        elif sender == "counselor":
            since = None
    return since
