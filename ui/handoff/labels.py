"""Korean words for the codes of handoff targets and states, board sections, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annyeong.console.errors import ConsoleError
from annyeong.console.wire import Handoff
from annyeong.ui.text.messages import error_text

TARGET_ORDER = ("counselor", "next_shift", "isolation_center", "care_companion")
# Partner centres take the person on, never the call or the case file (server.services.handoffs).
PARTNER_TARGETS = ("isolation_center", "care_companion")


def _t(text: str) -> str:
    return QCoreApplication.translate("Handoff", text)


def target_name(code: str) -> str:
    names = {
        "counselor": _t("상담원 지정"),
        "next_shift": _t("다음 근무조"),
        "isolation_center": _t("고립예방센터"),
        "care_companion": _t("돌봄동행단"),
    }
    return names.get(code, code)


def receiver_text(handoff: Handoff) -> str:
    """Who it goes to: the counselor's name, or the pool / partner."""
    if handoff.target == "counselor" and handoff.to_user is not None:
        return handoff.to_user.name
    return target_name(handoff.target)


def status_text(handoff: Handoff) -> str:
    if handoff.status == "accepted" and handoff.target in PARTNER_TARGETS:
        return _t("인계됨 · {who}에서 맡기로 했습니다 (통화와 사례 담당은 그대로)").format(
            who=target_name(handoff.target))
    if handoff.status == "accepted":
        who = handoff.to_user.name if handoff.to_user is not None else target_name(handoff.target)
        return _t("인계됨 · {who}이(가) 받았습니다").format(who=who)
    if handoff.status == "rejected":
        return _t("인계 거절됨 · 사유: {reason}").format(reason=handoff.reject_reason or "")
    if handoff.escalated_at is not None:
        return _t("인계 대기 · 팀장에게 알림")
    return _t("인계 대기 · {who}의 답을 기다리는 중").format(who=receiver_text(handoff))


def age_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return _t("방금")
    if minutes < 60:
        return _t("{n}분째").format(n=minutes)
    return _t("{h}시간 {m}분째").format(h=minutes // 60, m=minutes % 60)


def handoff_error_text(exc: ConsoleError) -> str:
    """A refused handoff or board step in the words of that step, else the general wording."""
    return handoff_problem_text(exc.code) or error_text(exc)


def handoff_problem_text(code: str | None) -> str | None:
    texts = {
        "handoff_pending": _t("이미 인계를 보냈습니다. 받는 분의 답을 기다려 주세요."),
        "handoff_not_pending": _t("이미 다른 분이 처리한 인계입니다."),
        "handoff_not_yours": _t("나에게 온 인계가 아닙니다."),
        "busy_with_contact": _t("진행 중인 상담을 마친 뒤에 받을 수 있습니다."),
        "situation_required": _t("상황(S)을 적어 주세요."),
        "to_user_required": _t("받을 상담원을 골라 주세요."),
        "handoff_to_self": _t("자기 자신에게는 인계할 수 없습니다."),
        "reason_required": _t("거절 사유를 적어 주세요."),
        "idempotency_key_reused": _t("처음 보낸 인계가 이미 전달되었습니다. 목록을 확인해 주세요."),
        "forbidden": _t("상황판은 팀장과 관리자만 볼 수 있습니다."),
        "case_not_yours": _t("담당 사례가 아니어서 인계할 수 없습니다."),
        "contact_closed": _t("이미 마무리된 상담입니다."),
        "nothing_to_hand_off": _t("인계할 상담이나 사례가 없습니다."),
    }
    return texts.get(code or "")
