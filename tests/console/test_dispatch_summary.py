"""The prefilled dispatch and its Korean read-out summary (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from console.dispatch import MAX_SUMMARY, DispatchFields
from console.dispatch_summary import (
    SummaryContext,
    build_draft,
    compose_summary,
    risk_from_checklist,
    suggested_service,
)
from console.domain.wrap_up import ContactDetails, Party
from console.state import ActiveContact
from console.wire import CallerCard, CallerSummary, DispatchLocation, RiskAssessment

T0 = datetime(2025, 11, 25, 9, 0, tzinfo=UTC)
SCREEN = {  # console.instruments.to_entry's shape for the crisis safety screen
    "instrument_id": "crisis_safety_screen", "version": "0.1.0", "risk": "imminent", "tier": "imminent",
    "answers": {"crisis_thoughts": 1, "crisis_plan": 1, "crisis_means": 0, "crisis_other_danger": 0},
    "crisis": [{"instrument_id": "crisis_safety_screen", "item_id": "crisis_plan", "rule": "suicide_plan",
                "value": 1}],
}


def contact(
    *, details: ContactDetails | None = None, note: str = "", e164: str | None = None
) -> ActiveContact:
    caller = CallerSummary(number_masked="010-****-6789", number_e164=e164)
    return ActiveContact(contact_id="c1", call_id="k1", channel="phone", caller=caller, started_at=T0,
                         ended_at=None, note_text=note, note_saved_at=None,
                         details=details or ContactDetails())


def test_a_self_call_with_a_crisis_screen() -> None:
    draft = build_draft(contact(note="약을 모아 두었다고 함.\n오늘 밤에 하겠다고 함."), checklist=SCREEN,
                        counselor_name="김상담", callback_line="02-120-0000")
    assert draft.service == "police_112"
    fields = draft.fields
    assert fields.risk == ("thoughts", "plan")
    assert fields.caller_relation == "self" and fields.person_number is None  # the server uses the caller's
    assert fields.location.unknown and fields.location.lookup_requested
    assert set(draft.prefilled) == {"risk", "caller_relation"}
    text = fields.summary
    assert text.startswith("[외로움안녕120 긴급출동 요청 · 경찰 112]")
    assert "대상자 연락처: 상담 전화 발신번호 (010-****-6789)" in text
    assert "위치: 위치 모름 / 위치정보 조회 요청" in text
    assert "위험: 자살 생각, 구체적 자살 계획" in text
    assert "위기 선별(위기 안전 확인): 즉각 위험" in text
    assert "상담 내용: 약을 모아 두었다고 함. 오늘 밤에 하겠다고 함." in text
    assert "요청 상담원: 김상담 · 회신 번호: 02-120-0000" in text


def test_a_neighbour_reports_someone_else() -> None:
    details = ContactDetails(
        reporter=Party(name="이웃", number="+821011112222"),
        subject=Party(number="+821033334444", district="마포구", address="월드컵로 1"),
    )
    draft = build_draft(contact(details=details, e164="+821011112222"), service="fire_ems_119", training=True)
    fields = draft.fields
    assert draft.service == "fire_ems_119"
    assert fields.person_number == "+821033334444"  # the subject, not the caller
    assert fields.caller_relation is None  # the counselor chooses
    assert fields.location == DispatchLocation(address="월드컵로 1", district="마포구")
    assert fields.summary.startswith("[훈련 상황] [외로움안녕120 긴급출동 요청 · 소방·구급 119]")
    assert "대상자 연락처: 010-3333-4444" in fields.summary
    assert "위치: 서울 마포구 월드컵로 1" in fields.summary


def test_without_anything_the_draft_is_still_usable() -> None:
    draft = build_draft(None)
    assert draft.service == "police_112" and draft.fields.location.unknown
    assert draft.fields.summary.splitlines()[0] == "[외로움안녕120 긴급출동 요청 · 경찰 112]"
    card = CallerCard(caller=CallerSummary(), last_risk=RiskAssessment(
        tier="high", instrument_id="phq9_item9", assessed_at=T0))
    assert "위기 선별(PHQ-9 9번): 높음" in build_draft(contact(), card=card).fields.summary


def test_risk_codes_and_the_suggested_service() -> None:
    assert risk_from_checklist(None) == ()
    attempt = {"answers": {"crisis_attempt_now": 1}, "crisis": [{"rule": "attempt_in_progress"}]}
    assert risk_from_checklist(attempt) == ("attempt_in_progress",)
    assert suggested_service(risk_from_checklist(attempt)) == "fire_ems_119"
    assert risk_from_checklist({"answers": {"crisis_thoughts": 0, "unknown": 3}, "crisis": ["bad"]}) == ()


def test_the_summary_is_cut_to_the_servers_limit() -> None:
    long_note = SummaryContext(notes_excerpt="가" * 10_000)
    text = compose_summary("police_112", DispatchFields(), long_note)
    assert len(text) <= MAX_SUMMARY


def test_a_caller_whose_number_could_not_be_read_is_said_to_have_none() -> None:
    active = replace(contact(), caller=CallerSummary(unknown=True, number_masked="**34"))
    summary = build_draft(active).fields.summary
    assert "대상자 연락처: 발신번호 확인 불가" in summary and "**34" not in summary
