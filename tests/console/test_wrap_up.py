"""Wrap-up rules and contact details (pure): codes equal the wire's, the missing-field rule is the
server's, and bad input is refused with a field and a code while good input is kept exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, get_args

import pytest

from annyeong.console import wire
from annyeong.console.domain.contact_details import (
    AGE_BANDS,
    DISPOSITIONS,
    SEOUL_DISTRICTS,
    SERVICE_TYPES,
    ContactDetails,
    InvalidDetail,
    PartyDetails,
    apply_changes,
    missing_fields,
)


def test_codes_match_the_wire() -> None:
    assert get_args(wire.ServiceType) == SERVICE_TYPES
    assert get_args(wire.Disposition) == DISPOSITIONS
    assert get_args(wire.District) == SEOUL_DISTRICTS
    assert get_args(wire.AgeBand) == AGE_BANDS
    assert len(SEOUL_DISTRICTS) == 25 and len(set(SEOUL_DISTRICTS)) == 25


def details(**changes: Any) -> ContactDetails:
    return apply_changes(ContactDetails(), changes)[0]


TOMORROW = datetime.now(UTC) + timedelta(days=1)


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({}, ["summary", "service_types", "disposition"]),
        ({"summary": "   "}, ["summary", "service_types", "disposition"]),
        ({"summary": "대화", "service_types": ["conversation"]}, ["disposition"]),
        ({"summary": "대화", "service_types": ["conversation"], "disposition": "completed"}, []),
        ({"disposition": "referred"}, ["summary", "service_types"]),
        # No service was given: neither summary nor service type is asked for.
        *[({"disposition": d}, []) for d in ("silent", "hang_up", "prank", "wrong_number", "test")],
        ({"disposition": "abusive"}, ["summary", "service_types"]),
        ({"disposition": "silent", "follow_up": {"needed": True}},
         ["follow_up.due_at", "follow_up.assignee_id"]),
        ({"disposition": "silent", "follow_up": {"needed": True, "due_at": TOMORROW}},
         ["follow_up.assignee_id"]),
        ({"disposition": "test", "follow_up": {"needed": True, "due_at": TOMORROW, "assignee_id": "u1"}}, []),
        ({"disposition": "test", "follow_up": {"needed": False, "assignee_id": "u1"}}, []),
    ],
)
def test_missing_fields(changes: dict[str, Any], missing: list[str]) -> None:
    assert missing_fields(details(**changes)) == missing


def test_changes_merge_and_report_what_changed() -> None:
    first, changed = apply_changes(ContactDetails(), {"reporter": {"name": "이웃 박씨"}, "summary": "신고"})
    assert changed == ["summary", "reporter"]
    second, changed = apply_changes(first, {"reporter": {"district": "관악구", "age_band": "60s"}})
    assert changed == ["reporter"]
    assert second.reporter == PartyDetails(name="이웃 박씨", district="관악구", age_band="60s")
    same, changed = apply_changes(second, {"summary": "신고", "service_types": []})
    assert changed == [] and same == second
    cleared, changed = apply_changes(second, {"reporter": None})
    assert cleared.reporter is None and changed == ["reporter"]
    emptied, _ = apply_changes(second, {"reporter": {"name": None, "district": None, "age_band": None}})
    assert emptied.reporter is None  # a party with nothing left is no party


def test_service_types_are_a_set_in_form_order() -> None:
    d = details(service_types=["crisis", "info", "crisis"])
    assert d.service_types == ("info", "crisis")


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+82 10 1234 5678", "+821012345678"),
        ("010/1234/5678", "+821012345678"),
        ("010-1234-5678", "+821012345678"),
        ("02-2133-7878", "+82221337878"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_party_numbers_are_normalised(raw: str | None, e164: str | None) -> None:
    d = details(subject={"number": raw})
    assert (d.subject.number if d.subject else None) == e164


@pytest.mark.parametrize(
    ("raw", "code"),
    [("1234", "invalid"), ("02)120-1234", None), ("abc", "not_a_number"), ("1" * 10_240, "too_long")],
)
def test_bad_party_numbers_are_refused_with_a_code(raw: str, code: str | None) -> None:
    try:
        d = details(reporter={"number": raw})
    except InvalidDetail as exc:
        assert code is not None, f"{raw!r} refused ({exc.code}) but expected to parse"
        assert (exc.field, exc.code) == ("reporter.number", code)
    else:
        # phonenumbers reads "02)120-1234" as a Seoul number: accepting it is right, it is a real shape.
        assert code is None and d.reporter is not None and d.reporter.number is not None
        assert d.reporter.number.startswith("+822")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"service_types": ["info", "shopping"]}, "service_types", "invalid_code"),
        ({"service_types": "info"}, "service_types", "invalid_type"),
        ({"disposition": "hung_up"}, "disposition", "invalid_code"),
        ({"summary": 5}, "summary", "invalid_type"),
        ({"summary": "가" * 4001}, "summary", "too_long"),
        ({"subject": {"district": "부산진구"}}, "subject.district", "invalid_code"),
        ({"subject": {"age_band": "teen"}}, "subject.age_band", "invalid_code"),
        ({"subject": {"name": "가" * 101}}, "subject.name", "too_long"),
        ({"subject": {"shoe_size": 270}}, "subject.shoe_size", "unknown_field"),
        ({"subject": "김씨"}, "subject", "invalid_type"),
        ({"follow_up": {"needed": "yes"}}, "follow_up.needed", "invalid_type"),
        ({"follow_up": {"due_at": datetime(2030, 1, 1)}}, "follow_up.due_at", "invalid_type"),  # naive
        ({"mood": "fine"}, "mood", "unknown_field"),
    ],
)
def test_bad_details_are_refused(changes: dict[str, Any], field: str, code: str) -> None:
    with pytest.raises(InvalidDetail) as info:
        apply_changes(ContactDetails(), changes)
    assert (info.value.field, info.value.code) == (field, code)


@pytest.mark.parametrize(
    "name",
    ["<b>김</b>민수", "<script>alert(1)</script>", "이\x00름", "탭\t줄\n바꿈\r", "\x1b[31m빨강\x1b[0m",
     "&amp;&lt;", "😀 이모지", "\u202eRTL"],
)
def test_names_are_kept_exactly(name: str) -> None:
    d = details(reporter={"name": name}, subject={"name": name, "address": name})
    assert d.reporter is not None and d.reporter.name == name
    assert d.subject is not None and d.subject.name == name and d.subject.address == name
    again = ContactDetails.model_validate_json(d.model_dump_json())
    assert again == d
