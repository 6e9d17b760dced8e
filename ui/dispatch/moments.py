"""When each step of a dispatch happened, as its status face and the withdraw box show them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from annyeong.ui.text.formatting import local

if TYPE_CHECKING:
    from annyeong.console.dispatches.local import LocalDispatch


def clock(at: datetime | None) -> str:
    """To the second, Seoul time: a dispatch's steps come seconds apart."""
    return local(at).strftime("%H:%M:%S") if at is not None else ""


def step_times(d: LocalDispatch) -> dict[str, datetime | None]:
    return {
        "requested": d.pressed_at,
        "received": d.received_at,
        "acknowledged": d.acknowledged_at,
        "en_route": d.en_route_at,
        "outcome": d.contact_confirmed_at or d.failed_at,
        "closed": d.closed_at,
    }
