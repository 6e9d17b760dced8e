"""Handoff rules shared by the server and the console (pure, no I/O).

How long a handoff may wait for its receiver before the shift lead is alerted, and the card's one-text
form of an SBAR note. Codes and letters, not words: the UI labels S/B/A/R in Korean.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# A person at high or imminent risk cannot wait a quarter of an hour for someone to pick them up.
URGENT_TIERS: Final = frozenset({"high", "imminent"})
DEFAULT_ESCALATE_S: Final = 15 * 60.0
DEFAULT_URGENT_ESCALATE_S: Final = 2 * 60.0
SBAR_PARTS: Final = (("S", "situation"), ("B", "background"), ("A", "assessment"), ("R", "recommendation"))


def escalation_delay_s(
    risk_tier: str | None,
    *,
    normal_s: float = DEFAULT_ESCALATE_S,
    urgent_s: float = DEFAULT_URGENT_ESCALATE_S,
) -> float:
    return urgent_s if risk_tier in URGENT_TIERS else normal_s


def sbar_note(sbar: Mapping[str, object]) -> str | None:
    """ "S: …\\nB: …\\nA: …\\nR: …", blank parts left out; None when all are blank."""
    lines = []
    for letter, key in SBAR_PARTS:
        text = str(sbar.get(key) or "").strip()
        if text:
            lines.append(f"{letter}: {text}")
    return "\n".join(lines) or None
