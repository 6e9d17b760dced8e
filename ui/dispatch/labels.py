"""Korean names for the codes of an emergency dispatch (services, risks, relations, steps, refusals).

The core and the wire carry codes (console.dispatches.local); this is the one place that turns them into
what a counselor reads on the dispatch panel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annyeong.console.errors import ConsoleError, DispatchRefused
from annyeong.ui.text.messages import error_text

RELATION_ORDER = (
    "self", "family", "partner", "friend", "neighbour", "colleague", "professional", "other", "unknown",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchLabels", text)


def service_name(code: str) -> str:
    """"112 경찰" / "119 소방·구급"."""
    names = {"police_112": _t("112 경찰"), "fire_ems_119": _t("119 소방·구급")}
    return names.get(code, code)


def service_number(code: str) -> str:
    return "119" if code == "fire_ems_119" else "112"


def risk_name(code: str) -> str:
    names = {
        "thoughts": _t("생각"),
        "plan": _t("계획"),
        "means": _t("수단"),
        "attempt_in_progress": _t("시도 중"),
        "weapon": _t("흉기"),
        "others_in_danger": _t("타인 위험"),
    }
    return names.get(code, code)


def risk_hint(code: str) -> str:
    hints = {
        "thoughts": _t("자살 생각을 말함"),
        "plan": _t("구체적인 계획이 있음"),
        "means": _t("수단을 갖고 있음"),
        "attempt_in_progress": _t("지금 시도하고 있음"),
        "weapon": _t("흉기를 갖고 있음"),
        "others_in_danger": _t("다른 사람도 위험함"),
    }
    return hints.get(code, code)


def relation_name(code: str) -> str:
    names = {
        "self": _t("본인"),
        "family": _t("가족"),
        "partner": _t("배우자·연인"),
        "friend": _t("친구"),
        "neighbour": _t("이웃"),
        "colleague": _t("동료"),
        "professional": _t("담당 실무자"),
        "other": _t("기타"),
        "unknown": _t("모름"),
    }
    return names.get(code, code)


def step_name(step: str, service: str = "police_112") -> str:
    names = {
        "requested": _t("요청"),
        "received": _t("서버 접수"),
        "acknowledged": _t("출동 기관 접수"),
        "en_route": _t("출동 중"),
        "outcome": _t("대상자 연락 확인"),
        "contact_confirmed": _t("대상자 연락 확인"),
        "failed": _t("대상자 연락 실패"),
        "closed": _t("종료"),
        "fallback_shown": _t("직접 전화 안내"),
        "cancel_requested": _t("요청 취소"),
        "cancel_acknowledged": _t("출동 기관 취소 확인"),
        "fallback_called": _t("{number}에 직접 전화함").format(number=service_number(service)),
    }
    return names.get(step, step)


def fallback_reason_text(reason: str, service: str) -> str:
    number = service_number(service)
    if reason == "not_received":
        return _t(
            "서버가 요청을 받았다는 확인이 없습니다. 콘솔은 계속 전송을 시도하니, 그동안 {number}에 "
            "직접 전화해 아래 내용을 읽어 주세요."
        ).format(number=number)
    return _t(
        "출동 기관이 아직 접수를 확인하지 않았습니다. {number}에 직접 전화해 아래 내용을 읽어 주세요. "
        "요청은 취소되지 않고 계속 진행됩니다."
    ).format(number=number)


def dispatch_error_text(exc: ConsoleError) -> str:
    """A refused dispatch step in the dispatch's words, else the general wording."""
    return refusal_text(exc.code) if isinstance(exc, DispatchRefused) else error_text(exc)


def refusal_text(code: str) -> str:
    """Why a dispatch step was not recorded (console.errors.DispatchRefused codes)."""
    texts = {
        "dispatch_not_found": _t("이 출동 요청을 찾지 못했습니다."),
        "dispatch_closed": _t("이미 종료된 출동 요청입니다."),
        "dispatch_outcome_required": _t("연락 확인 또는 연락 실패를 먼저 기록해 주세요."),
        "dispatch_outcome_conflict": _t("이미 다른 결과가 기록되어 있습니다."),
        "reason_required": _t("연락하지 못한 사유를 적어 주세요."),
        "dispatch_cancelled": _t("취소된 출동 요청입니다. 닫기만 할 수 있습니다."),
        "dispatch_has_outcome": _t("결과가 이미 기록되어 취소할 수 없습니다."),
    }
    return texts.get(code) or _t("기록하지 못했습니다. 다시 해 주세요.")
