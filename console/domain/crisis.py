"""The built-in crisis rule on bare answers, for the server (which may not import console.instruments).

console.instruments.safety is the source of these ids and rules; a test keeps the two equal. The server
applies this rule to every checklist result it stores, in addition to the crisis list the console sent,
so a console that failed to flag a crisis answer still raises the alarm.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# Item id → the rule a positive answer (value >= 1) fires. Same as safety.BUILT_IN_RULES.
BUILT_IN_RULES: Final[Mapping[str, str]] = {
    "crisis_plan": "suicide_plan",
    "crisis_means": "suicide_means",
    "crisis_attempt_now": "attempt_in_progress",
    "crisis_other_danger": "other_in_danger",
    "phq9_item9": "phq9_item9_positive",
}


def crisis_answers(answers: Mapping[str, int]) -> dict[str, str]:
    """{item id: rule} for every built-in crisis item answered positively."""
    return {item: rule for item, rule in BUILT_IN_RULES.items() if answers.get(item, 0) >= 1}
