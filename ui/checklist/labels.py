"""Korean words for the checklist and crisis codes (next steps, skip reasons, rules, decisions, why an
instrument is unavailable). The core and the instrument files carry codes; this turns them into what a
counselor reads. Text from the instrument files themselves is shown as plain text, never through here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annyeong.console.checklists.ops import ChecklistRefused
from annyeong.console.errors import ConsoleError
from annyeong.ui.text.messages import error_text

# The four next-step buttons of the result card, in order, and the referral target each one asks for
# (console.wire.ReferralTarget; the 연계 tab takes it from there).
NEXT_STEP_BUTTONS = ("refer_prevention_center", "refer_care_companion", "further_conversation", "emergency")
REFERRAL_TARGETS = {
    "refer_prevention_center": "isolation-prevention-center",
    "refer_care_companion": "loneliness-care-companions",
    "refer_mental_health": "mental-health-welfare-center",
}
SKIP_REASONS = ("declined", "does_not_know", "not_appropriate", "interrupted", "other")
DECISIONS = ("dispatched", "safety_plan_agreed", "other")


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistLabels", text)


def next_step_name(code: str) -> str:
    names = {
        "none": _t("추가 조치 없음"),
        "further_conversation": _t("추가 상담"),
        "refer_prevention_center": _t("고립예방센터 연계"),
        "refer_care_companion": _t("돌봄동행단 연계"),
        "refer_mental_health": _t("정신건강복지센터·109 연계"),
        "emergency": _t("긴급 대응"),
    }
    return names.get(code, code)


def skip_reason_name(code: str) -> str:
    names = {
        "declined": _t("답하지 않으심"),
        "does_not_know": _t("모르겠다고 하심"),
        "not_appropriate": _t("지금 묻기 어려움"),
        "interrupted": _t("통화가 끊김"),
        "other": _t("기타"),
    }
    return names.get(code, code)


def rule_name(rule: str) -> str:
    """What the caller said that fired the rule, as the counselor would put it."""
    names = {
        "suicide_plan": _t("구체적인 자살 계획이 있다고 하심"),
        "suicide_means": _t("자해에 쓸 약이나 도구가 가까이 있다고 하심"),
        "attempt_in_progress": _t("이미 자해를 했거나 지금 하고 있다고 하심"),
        "other_in_danger": _t("다른 사람이 위험한 상황이라고 하심"),
        "phq9_item9_positive": _t("죽거나 자신을 해칠 생각이 든다고 하심"),
        "instrument_flag": _t("위기 응답이 있었음"),
    }
    return names.get(rule, rule)


def decision_name(code: str) -> str:
    names = {
        "dispatched": _t("긴급 출동 요청함"),
        "safety_plan_agreed": _t("안전 계획에 함께 동의함"),
        "other": _t("기타 (사유 기록)"),
    }
    return names.get(code, code)


def unavailable_text(code: str) -> str:
    names = {
        "unreadable": _t("파일을 읽을 수 없습니다"),
        "too_large": _t("파일이 너무 큽니다"),
        "invalid_json": _t("파일 형식이 잘못되었습니다"),
        "invalid_instrument": _t("문항 정의에 오류가 있습니다"),
        "crisis_items": _t("위기 문항이 빠졌거나 바뀌었습니다"),
        "duplicate_id": _t("같은 이름의 도구가 이미 있습니다"),
        "permission_required": _t("기관의 사용 허가가 없습니다"),
    }
    return names.get(code, code)


def checklist_error_text(exc: ConsoleError) -> str:
    """A refused checklist step or crisis decision in the checklist's words, else the general wording."""
    return refusal_text(exc.code) if isinstance(exc, ChecklistRefused) else error_text(exc)


def refusal_text(code: str) -> str:
    names = {
        "instrument_unavailable": _t("이 도구는 지금 사용할 수 없습니다."),
        "no_checklist": _t("진행 중인 체크리스트가 없습니다."),
        "no_current_item": _t("모든 질문에 답했습니다. 결과를 확인해 주세요."),
        "reason_required": _t("‘기타’는 사유를 적어 주세요."),
        "invalid_decision": _t("결정을 골라 주세요."),
    }
    return names.get(code) or _t("처리하지 못했습니다. 다시 해 주세요.")


def number_text(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def button_text(text: str) -> str:
    """Data-file text on a button: '&' would otherwise become a keyboard mnemonic."""
    return text.replace("&", "&&")
