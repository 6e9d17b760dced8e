"""The details of a contact that a counselor fills in during the call and at wrap-up (pure, no I/O).

Codes, not words: the UI turns them into Korean labels. The codes are the same as the wire's
(console.wire ServiceType, Disposition, District, AgeBand; a test keeps them equal), and the completeness
rule is the one the server applies (console.domain.wrap_up_rule.missing_fields), so a wrap-up the console lets
through is one the server accepts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict

from annyeong.console.domain import phone
from annyeong.console.domain import wrap_up_rule as wrapup

# ① 단순정보 ② 외로움 대화 ③ 고립정도 확인 ④ 고립 신고·발굴 ⑤ 긴급 대응 — more than one per contact.
ServiceType = Literal["info", "conversation", "isolation_check", "isolation_report", "crisis"]
SERVICE_TYPES: Final[tuple[ServiceType, ...]] = (
    "info", "conversation", "isolation_check", "isolation_report", "crisis",
)
Disposition = Literal[
    "completed", "silent", "hang_up", "abusive", "prank", "wrong_number", "test", "referred", "transferred"
]
DISPOSITIONS: Final[tuple[Disposition, ...]] = (
    "completed", "silent", "hang_up", "abusive", "prank", "wrong_number", "test", "referred", "transferred",
)
# Contacts in which no service was given: no summary or service type is asked for (the server's rule).
NON_DATA_DISPOSITIONS: Final = wrapup.NON_DATA_DISPOSITIONS
AgeBand = Literal["under_20", "20s", "30s", "40s", "50s", "60s", "70s", "80_plus", "unknown"]
AGE_BANDS: Final[tuple[AgeBand, ...]] = (
    "under_20", "20s", "30s", "40s", "50s", "60s", "70s", "80_plus", "unknown",
)
# The 25 autonomous districts (자치구) of Seoul; the official name is the code.
SEOUL_DISTRICTS: Final[tuple[str, ...]] = (
    "종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
    "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구", "동작구",
    "관악구", "서초구", "강남구", "송파구", "강동구",
)

# The wire's limits (console.wire Party, ContactUpdate, FollowUpPlan): refused here, before the outbox.
MAX_SUMMARY: Final = 4000
MAX_NAME: Final = 100
MAX_ADDRESS: Final = 300
MAX_ASSIGNEE: Final = 64
MAX_CALLBACK_TIME: Final = 100
MAX_FOLLOW_UP_REASON: Final = 500
FOLLOW_UP_POOLS: Final[tuple[str, ...]] = ("counselors",)

PARTY_FIELDS: Final = ("name", "number", "district", "address", "age_band", "callback_time")
DETAIL_FIELDS: Final[tuple[str, ...]] = (
    "service_types", "summary", "disposition", "reporter", "subject", "follow_up",
)


class InvalidDetail(ValueError):
    """A change that cannot be stored. `field` is a dotted path ("reporter.number"); `code` is stable:
    unknown_field, invalid_type, invalid_code, too_long, or a phone code (empty, too_long, not_a_number,
    invalid)."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


class _Value(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class PartyDetails(_Value):
    """Reporter or subject (④ 고립 신고: a neighbour reports someone). Text is kept exactly as typed."""

    name: str | None = None
    number: str | None = None  # E.164 ("+821012345678"); format with console.domain.phone.format_display
    district: str | None = None
    address: str | None = None
    age_band: AgeBand | None = None
    callback_time: str | None = None  # when they would like a call back, as said ("평일 오후 2–5시")


class FollowUpDetails(_Value):
    needed: bool = False
    due_at: datetime | None = None
    assignee_id: str | None = None
    pool: str | None = None  # "counselors": anyone in the pool takes it (instead of assignee_id)
    reason: str | None = None


class ContactDetails(_Value):
    service_types: tuple[ServiceType, ...] = ()
    summary: str = ""
    disposition: Disposition | None = None
    reporter: PartyDetails | None = None
    subject: PartyDetails | None = None
    follow_up: FollowUpDetails = FollowUpDetails()


def missing_fields(details: ContactDetails) -> list[str]:
    """Every field that keeps the contact from being wrapped up, in form order (dotted paths as in the
    server's PATCH body: summary, service_types, disposition, follow_up.due_at, follow_up.assignee_id)."""
    return [
        m.field
        for m in wrapup.missing_fields(
            summary=details.summary, service_types=details.service_types, disposition=details.disposition,
            follow_up_needed=details.follow_up.needed, follow_up_due_at=details.follow_up.due_at,
            follow_up_assignee_id=details.follow_up.assignee_id, follow_up_pool=details.follow_up.pool,
        )
    ]


def apply_changes(details: ContactDetails, changes: Mapping[str, Any]) -> tuple[ContactDetails, list[str]]:
    """Return the details with `changes` applied and the top-level fields that really changed.

    reporter / subject / follow_up accept a mapping of some of their fields (merged into what is there),
    a PartyDetails / FollowUpDetails (replaces), or None (clears). Raises InvalidDetail; nothing is applied
    then.
    """
    updates: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "service_types":
            updates[key] = _service_types(value)
        elif key == "summary":
            updates[key] = _text("summary", value, MAX_SUMMARY, allow_none=False) or ""
        elif key == "disposition":
            updates[key] = _code("disposition", value, DISPOSITIONS)
        elif key in ("reporter", "subject"):
            updates[key] = _party(key, getattr(details, key), value)
        elif key == "follow_up":
            updates[key] = _follow_up(details.follow_up, value)
        else:
            raise InvalidDetail(key, "unknown_field")
    result = details.model_copy(update=updates)
    changed = [f for f in DETAIL_FIELDS if f in updates and getattr(result, f) != getattr(details, f)]
    return result, changed


def _service_types(value: Any) -> tuple[ServiceType, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise InvalidDetail("service_types", "invalid_type")
    for item in value:
        _code("service_types", item, SERVICE_TYPES)
    # Form order, once each: the same selection always compares (and syncs) as the same value.
    return tuple(code for code in SERVICE_TYPES if code in value)


def _code(field: str, value: Any, allowed: tuple[str, ...]) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise InvalidDetail(field, "invalid_code")
    return value


def _text(field: str, value: Any, limit: int, *, allow_none: bool = True) -> str | None:
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        raise InvalidDetail(field, "invalid_type")
    if len(value) > limit:
        raise InvalidDetail(field, "too_long")
    return value


def _party(field: str, current: PartyDetails | None, value: Any) -> PartyDetails | None:
    if value is None:
        return None
    if isinstance(value, PartyDetails):
        value = value.model_dump()
    if not isinstance(value, Mapping):
        raise InvalidDetail(field, "invalid_type")
    merged = (current or PartyDetails()).model_dump()
    for key, item in value.items():
        path = f"{field}.{key}"
        if key == "name":
            merged[key] = _text(path, item, MAX_NAME) or None
        elif key == "address":
            merged[key] = _text(path, item, MAX_ADDRESS) or None
        elif key == "callback_time":
            merged[key] = _text(path, item, MAX_CALLBACK_TIME) or None
        elif key == "district":
            merged[key] = _code(path, item or None, SEOUL_DISTRICTS)
        elif key == "age_band":
            merged[key] = _code(path, item or None, AGE_BANDS)
        elif key == "number":
            merged[key] = _number(path, item)
        else:
            raise InvalidDetail(path, "unknown_field")
    party = PartyDetails(**merged)
    return None if party == PartyDetails() else party


def _number(path: str, value: Any) -> str | None:
    text = _text(path, value, 10_000)
    if text is None or not text.strip():
        return None
    try:
        return phone.normalize(text)
    except phone.InvalidPhoneNumber as exc:
        raise InvalidDetail(path, exc.code) from None


def _follow_up(current: FollowUpDetails, value: Any) -> FollowUpDetails:
    if value is None:
        return FollowUpDetails()
    if isinstance(value, FollowUpDetails):
        value = value.model_dump()
    if not isinstance(value, Mapping):
        raise InvalidDetail("follow_up", "invalid_type")
    merged = current.model_dump()
    for key, item in value.items():
        path = f"follow_up.{key}"
        if key == "needed":
            if not isinstance(item, bool):
                raise InvalidDetail(path, "invalid_type")
            merged[key] = item
        elif key == "due_at":
            if item is not None and (not isinstance(item, datetime) or item.tzinfo is None):
                raise InvalidDetail(path, "invalid_type")  # an aware datetime: the server's clock is UTC
            merged[key] = item
        elif key == "assignee_id":
            merged[key] = _text(path, item, MAX_ASSIGNEE) or None
        elif key == "pool":
            merged[key] = _code(path, item or None, FOLLOW_UP_POOLS)
        elif key == "reason":
            merged[key] = (_text(path, item, MAX_FOLLOW_UP_REASON) or "").strip() or None
        else:
            raise InvalidDetail(path, "unknown_field")
    return FollowUpDetails(**merged)
