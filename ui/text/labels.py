"""Korean names for the codes of a contact and a case (service types, dispositions, flags, tiers …).

The core and the wire carry codes; this is the one place that turns them into what a counselor reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

# Crisis flags are the only ones shown in red (the emergency colour); every other flag is amber.
CRISIS_FLAGS = frozenset({"suicide_risk"})
CRISIS_TIERS = frozenset({"high", "imminent"})

SERVICE_TYPE_ORDER = ("info", "conversation", "isolation_check", "isolation_report", "crisis")
SERVICE_MARKS = {
    "info": "①",
    "conversation": "②",
    "isolation_check": "③",
    "isolation_report": "④",
    "crisis": "⑤",
}
DISPOSITION_ORDER = (
    "completed", "referred", "transferred", "silent", "hang_up", "abusive", "prank", "wrong_number", "test",
)
AGE_BAND_ORDER = ("under_20", "20s", "30s", "40s", "50s", "60s", "70s", "80_plus", "unknown")
SEOUL_DISTRICTS = (
    "종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
    "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구",
    "관악구", "서초구", "강남구", "송파구", "강동구",
)
# The districts as the English interface's counselor types them (Revised Romanization, as on Seoul's own
# English pages): "Mapo-gu", "mapo gu", "Mapogu". Police hear the Korean name.
_ROMANISED = dict(zip((
    "jongno", "jung", "yongsan", "seongdong", "gwangjin", "dongdaemun", "jungnang", "seongbuk", "gangbuk",
    "dobong", "nowon", "eunpyeong", "seodaemun", "mapo", "yangcheon", "gangseo", "guro", "geumcheon",
    "yeongdeungpo", "dongjak", "gwanak", "seocho", "gangnam", "songpa", "gangdong",
), SEOUL_DISTRICTS, strict=True))
_ROMANISED_NAMES = "|".join(sorted(_ROMANISED, key=len, reverse=True))
_ROMANISED_DISTRICT = re.compile(rf"(?<![a-z])({_ROMANISED_NAMES})[\s-]?gu(?![a-z])", re.IGNORECASE)


def district_named(address: str) -> str | None:
    """The Seoul district an address names ("서울 은평구 …", "마포구청 앞", "Mapo-gu, Seoul"), or None. A
    name inside a longer word does not count (중구 in 대중구, Jung-gu in Gyojung-gu)."""
    romanised = _ROMANISED_DISTRICT.search(address)
    if romanised is not None:
        return _ROMANISED[romanised[1].lower()]
    for name in sorted(SEOUL_DISTRICTS, key=len, reverse=True):
        at = address.find(name)
        while at >= 0:
            before = address[:at]
            seoul = before.endswith(("서울", "서울시", "특별시"))
            if not before or not ("가" <= before[-1] <= "힣") or seoul:
                return name
            at = address.find(name, at + 1)
    return None


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def service_type_name(code: str) -> str:
    names = {
        "info": _t("단순정보"),
        "conversation": _t("외로움 대화"),
        "isolation_check": _t("고립정도 확인"),
        "isolation_report": _t("고립 신고·발굴"),
        "crisis": _t("긴급 대응"),
    }
    return names.get(code, code)


def service_type_label(code: str) -> str:
    """"② 외로움 대화"."""
    return f"{SERVICE_MARKS.get(code, '')} {service_type_name(code)}".strip()


def service_marks(codes: Sequence[str]) -> str:
    """"② ③" — the compact form for cards and the timeline."""
    return " ".join(SERVICE_MARKS.get(code, code) for code in SERVICE_TYPE_ORDER if code in codes)


def service_types_named(codes: Sequence[str]) -> str:
    """"① 단순정보 · ② 외로움 대화" — what the compact marks stand for (a card's tooltip)."""
    return " · ".join(service_type_label(code) for code in SERVICE_TYPE_ORDER if code in codes)


def disposition_name(code: str | None) -> str:
    names = {
        "completed": _t("상담 완료"),
        "referred": _t("연계함"),
        "transferred": _t("다른 기관으로 연결"),
        "silent": _t("무응답"),
        "hang_up": _t("중도 끊김"),
        "abusive": _t("욕설·폭언"),
        "prank": _t("장난 전화"),
        "wrong_number": _t("잘못 건 전화"),
        "test": _t("테스트"),
    }
    return names.get(code or "", code or "")


def flag_name(kind: str) -> str:
    names = {
        "suicide_risk": _t("자살 위험"),
        "self_harm_history": _t("자해 이력"),
        "abusive_caller": _t("폭언 주의"),
        "do_not_call_back": _t("회신 전화 금지"),
        "vulnerable_elderly": _t("취약 어르신"),
        "safeguarding": _t("보호 필요"),
    }
    return names.get(kind, kind)


def flag_tone(kind: str) -> str:
    return "crisis" if kind in CRISIS_FLAGS else "warn"


def risk_tier_name(tier: str | None) -> str:
    names = {
        "none": _t("없음"),
        "low": _t("낮음"),
        "moderate": _t("중간"),
        "high": _t("높음"),
        "imminent": _t("매우 높음(긴급)"),
    }
    return names.get(tier or "", _t("평가 없음"))


RISK_TIERS = ("none", "low", "moderate", "high", "imminent")


def risk_pill_name(tier: str | None) -> str:
    """The tier in the contact's own pill, where room is short: "긴급" says the top tier (the full
    "매우 높음(긴급)" is the pill's tooltip), so the pill is never wider at a crisis than before it."""
    return _t("긴급") if tier == "imminent" else risk_tier_name(tier)


def risk_tone(tier: str | None) -> str:
    if tier in CRISIS_TIERS:
        return "crisis"
    if tier == "moderate":
        return "warn"
    return "muted"


def age_band_name(code: str) -> str:
    names = {
        "under_20": _t("20세 미만"),
        "20s": _t("20대"),
        "30s": _t("30대"),
        "40s": _t("40대"),
        "50s": _t("50대"),
        "60s": _t("60대"),
        "70s": _t("70대"),
        "80_plus": _t("80세 이상"),
        "unknown": _t("모름"),
    }
    return names.get(code, code)


def wrap_up_field_name(path: str) -> str:
    """A field the wrap-up rule named as missing ("follow_up.due_at") → "후속 연락 날짜"."""
    names = {
        "summary": _t("요약"),
        "service_types": _t("서비스 유형"),
        "disposition": _t("처리 결과"),
        "follow_up.due_at": _t("후속 연락 날짜"),
        "follow_up.assignee_id": _t("후속 연락 담당"),
        "follow_up": _t("후속 연락"),
        "crisis_decision": _t("위기 대응 결정"),
    }
    return names.get(path, path)


# --- Referrals and follow-ups ---------------------------------------------------------------

REFERRAL_OPEN_STATUSES = frozenset({"queued", "submitted", "received", "assigned", "contacted"})


def referral_status_name(status: str) -> str:
    names = {
        "queued": _t("보내는 중"),
        "submitted": _t("전송됨"),
        "received": _t("접수됨"),
        "assigned": _t("담당 배정"),
        "contacted": _t("연락함"),
        "closed": _t("종결"),
        "declined": _t("거절됨"),
    }
    return names.get(status, status)


def referral_status_tone(status: str) -> str:
    """queued: waiting here (amber when it stays); closed: confirmed (green); declined: amber."""
    if status == "queued":
        return "pending"
    if status == "closed":
        return "ok"
    if status == "declined":
        return "warn"
    return "active"


def consent_giver_name(code: str) -> str:
    names = {"person": _t("본인"), "guardian": _t("보호자"), "other": _t("기타")}
    return names.get(code, code)


def consent_method_name(code: str) -> str:
    names = {"verbal_phone": _t("전화 구두"), "chat": _t("채팅"), "written": _t("서면")}
    return names.get(code, code)


def lawful_basis_name(code: str) -> str:
    names = {
        "pipa_15_1_5": _t("개인정보 보호법 제15조 제1항 제5호 (급박한 생명·신체의 이익)"),
        "pipa_17_1_2": _t("개인정보 보호법 제17조 제1항 제2호 (같은 사유의 제3자 제공)"),
        "pipa_18_2_3": _t("개인정보 보호법 제18조 제2항 제3호 (목적 외 제공, 같은 사유)"),
    }
    return names.get(code, code)
