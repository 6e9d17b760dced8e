"""A checklist result as the plain dict payload of a contact entry (the core serialises and sends it)."""

from __future__ import annotations

from typing import Any

from annyeong.console.instruments.engine import Result


def _number(value: float | None) -> int | float | None:
    # Sums and counts are whole numbers; keep them ints in the record so "7" never reads as "7.0".
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def to_entry(result: Result) -> dict[str, Any]:
    """{instrument_id, version, answers, skipped, subscales, total, tier, next_step, provisional, crisis, …}.

    Extra keys beyond the core's list: risk (a console.wire.RiskTier code for the person's
    RiskAssessment), complete, and crisis_unanswered (crisis items that were asked but skipped).
    """
    return {
        "instrument_id": result.instrument_id,
        "version": result.version,
        "answers": dict(result.answers),
        "skipped": dict(result.skipped),
        "subscales": {
            key: {"score": _number(sub.score), "tier": sub.tier, "risk": sub.risk}
            for key, sub in result.subscales.items()
        },
        "total": _number(result.total),
        "tier": result.tier,
        "risk": result.risk,
        "next_step": result.next_step,
        "provisional": result.provisional,
        "complete": result.complete,
        "crisis": [raised.to_dict() for raised in result.crisis],
        "crisis_unanswered": list(result.crisis_unanswered),
    }
