"""The referral's 연계 사유, drafted from the contact (pure, no I/O).

A partner reads this first, so it says in Korean what the call was about (the service types ①–⑤ the
counselor ticked) and what the checklist found (instrument, risk, the step its result card recommends).
It is a suggestion the counselor edits in the form; when the contact tells us nothing yet, None is
returned and the form's own default reason is used instead. Like the dispatch summary, this is text
that goes to a partner, not UI wording: it is Korean whatever the interface language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from annyeong.console.dispatches.summary import TIER_TEXT

# The helpline's own numbering of its five services (console.wire ServiceType), as partners know it.
SERVICE_TEXT: Final[Mapping[str, str]] = {
    "info": "① 단순정보",
    "conversation": "② 외로움 대화",
    "isolation_check": "③ 고립정도 확인",
    "isolation_report": "④ 고립 신고·발굴",
    "crisis": "⑤ 긴급 대응",
}
# A checklist's next step (console.wire NextStep) as the partner reads it; "none" says nothing.
NEXT_STEP_TEXT: Final[Mapping[str, str]] = {
    "further_conversation": "추가 상담",
    "refer_prevention_center": "고립예방센터 연계",
    "refer_care_companion": "외로움돌봄동행단 연계",
    "refer_mental_health": "정신건강복지센터·109 연계",
    "emergency": "긴급 대응",
}
MAX_REASON: Final = 1000


def compose_reason(
    service_types: Iterable[str],
    *,
    checklist: Mapping[str, Any] | None = None,
    checklist_name: str | None = None,
) -> str | None:
    """"② 외로움 대화 · ③ 고립정도 확인 상담 중 연계를 원하심. 외로움·고립 자가진단 (서울시 12문항):
    위험도 높음 → 고립예방센터 연계 권장." — or None when there is nothing to say.

    `checklist_name`: the partner-facing name of the checklist's instrument. The card's older risk tier
    is left out on purpose: the form has its own field for it, and the reason is about this call."""
    lines: list[str] = []
    services = [SERVICE_TEXT[code] for code in SERVICE_TEXT if code in set(service_types)]
    if services:
        lines.append(f"{' · '.join(services)} 상담 중 연계를 원하심.")
    if checklist:
        parts: list[str] = []
        risk = checklist.get("risk")
        if isinstance(risk, str) and risk in TIER_TEXT and risk != "none":
            parts.append(f"위험도 {TIER_TEXT[risk]}")
        elif checklist.get("tier"):
            parts.append(f"단계 {checklist['tier']}")
        step = checklist.get("next_step")
        found = f"{checklist_name}: {' · '.join(parts)}" if checklist_name and parts else checklist_name or ""
        if isinstance(step, str) and step in NEXT_STEP_TEXT:
            found = f"{found} → {NEXT_STEP_TEXT[step]} 권장" if found else f"{NEXT_STEP_TEXT[step]} 권장"
        if found:
            lines.append(found + ".")
    text = " ".join(lines)
    return text[:MAX_REASON] or None
