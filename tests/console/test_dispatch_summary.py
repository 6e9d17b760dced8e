"""The prefilled dispatch and its Korean read-out summary (pure)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from annyeong.console.dispatches.local import MAX_SUMMARY, DispatchFields
from annyeong.console.dispatches.summary import (
    SummaryContext,
    build_draft,
    compose_summary,
    readout,
    risk_from_checklist,
    suggested_service,
)
from annyeong.console.domain.contact_details import ContactDetails, PartyDetails
from annyeong.console.state import ActiveContact
from annyeong.console.wire import (
    CallerCard,
    CallerSummary,
    CaseFlag,
    DispatchLocation,
    RiskAssessment,
    UserRef,
)

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
    assert text.splitlines() == [
        "[외로움안녕120 긴급출동 요청 · 경찰 112]",
        "대상자: 이름 미상 · 전화한 본인",
        "대상자 연락처: 상담 전화 발신번호 (010-****-6789)",
        "위치: 위치 모름 / 위치정보 조회 요청",
        "위험: 자살 생각, 구체적 자살 계획, 위기 선별(위기 안전 확인) 즉각 위험",
        "본인 진술: 방법·계획을 생각해 두었다고 함, 수단은 없다고 함",
        "요청 상담원: 김상담 · 회신 번호: 02-120-0000",
    ]
    assert "약을 모아" not in text, "the counselling memo stays at the centre"


def test_a_neighbour_reports_someone_else() -> None:
    details = ContactDetails(
        reporter=PartyDetails(name="이웃", number="+821011112222"),
        subject=PartyDetails(number="+821033334444", district="마포구", address="월드컵로 1"),
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
    assert "위험: 상담원 판단 (선별 전)" in draft.fields.summary


def test_the_screening_line_is_this_contacts_crisis_screen_only() -> None:
    loneliness = {"instrument_id": "ucla3_loneliness", "risk": "high", "answers": {"u1": 3}, "crisis": []}
    text = build_draft(contact(), checklist=loneliness).fields.summary
    assert "위기 선별" not in text and "UCLA" not in text, "a loneliness test is not the emergency's screen"
    older = CallerCard(caller=CallerSummary(), last_risk=RiskAssessment(
        tier="high", instrument_id="seoul_isolation_selftest_12", assessed_at=T0),
        active_flags=[CaseFlag(id="f1", kind="suicide_risk", instruction="야간 위기 선별 먼저", active=True,
                               set_by=UserRef(id="u", name="박상담"), created_at=T0)])
    flagged = build_draft(contact(), card=older).fields.summary
    assert "자가진단" not in flagged and "위기 선별" not in flagged, "an older contact's test is not cited"
    assert "위험: 사례 주의 표시 자살 위험" in flagged, "the case's standing flag is"
    timed = {**SCREEN, "answers": {"crisis_thoughts": 1, "crisis_plan": 1, "crisis_timeframe": 3,
                                   "crisis_means": 1}}
    said = build_draft(contact(), checklist=timed).fields.summary
    assert ("본인 진술: 방법·계획을 생각해 두었다고 함, 실행 시점: 지금 또는 오늘, 수단을 가지고 있다고 함"
            in said)


def test_the_number_held_for_the_dispatch_and_the_readout() -> None:
    draft = build_draft(contact(), caller_number="+821044441212")
    assert draft.fields.person_number == "+821044441212"
    assert "대상자 연락처: 010-4444-1212" in draft.fields.summary
    masked = build_draft(contact()).fields.summary
    shown = readout(masked, "+821044441212")
    assert "010-****" not in shown and "대상자 연락처: 010-4444-1212" in shown
    assert readout(masked, None) == masked
    edited = readout("[외로움안녕120 긴급출동 요청 · 경찰 112]\n위치: 모름", "+821044441212")
    assert edited.splitlines()[1] == "대상자 연락처: 010-4444-1212"


def test_risk_codes_and_the_suggested_service() -> None:
    assert risk_from_checklist(None) == ()
    attempt = {"answers": {"crisis_attempt_now": 1}, "crisis": [{"rule": "attempt_in_progress"}]}
    assert risk_from_checklist(attempt) == ("attempt_in_progress",)
    assert suggested_service(risk_from_checklist(attempt)) == "fire_ems_119"
    assert risk_from_checklist({"answers": {"crisis_thoughts": 0, "unknown": 3}, "crisis": ["bad"]}) == ()


def test_the_summary_is_cut_to_the_servers_limit() -> None:
    long_note = SummaryContext(person_name="가" * 10_000)
    text = compose_summary("police_112", DispatchFields(), long_note)
    assert len(text) <= MAX_SUMMARY


def test_a_caller_whose_number_could_not_be_read_is_said_to_have_none() -> None:
    active = replace(contact(), caller=CallerSummary(unknown=True, number_masked="**34"))
    summary = build_draft(active).fields.summary
    assert "대상자 연락처: 발신번호 확인 불가" in summary and "**34" not in summary


def chat_contact() -> ActiveContact:
    caller = CallerSummary(withheld=True)
    return ActiveContact(contact_id="c2", call_id="k2", channel="chat", caller=caller, started_at=T0,
                         ended_at=None, note_text="", note_saved_at=None)


def test_a_chat_says_the_person_is_writing_names_the_channel_and_quotes_what_was_written() -> None:
    """Nobody phoned: the dispatcher hears that the person is in a KakaoTalk chat, that there is no number,
    and the words that raised the crisis, quoted on one line each."""
    overdose = {"instrument_id": "live_chat", "item_id": "chat:took_pills", "rule": "attempt_in_progress",
                "value": 1}
    draft = build_draft(chat_contact(), chat_source="kakao", chat_quotes=["수면제를\n한 통 다 먹었어요"],
                        chat_crisis=[overdose], counselor_name="김상담")
    assert draft.service == "fire_ems_119"  # an attempt written in the chat: 119 first
    lines = draft.fields.summary.splitlines()
    assert lines[1] == "대상자: 이름 미상 · 카카오톡 채팅 상담 중인 본인"
    assert "전화한 본인" not in draft.fields.summary
    assert "대상자 연락처: 전화번호 모름 (채팅으로만 연결됨)" in lines
    assert "위험: 자살 시도 중" in lines
    assert '채팅에 쓴 말: "수면제를 한 통 다 먹었어요"' in lines
    web = build_draft(chat_contact(), chat_source="web", chat_quotes=["죽" * 400])
    assert "대상자: 이름 미상 · 웹 채팅 상담 중인 본인" in web.fields.summary.splitlines()
    quoted = next(line for line in web.fields.summary.splitlines() if line.startswith("채팅에 쓴 말"))
    assert len(quoted) < 320 and quoted.endswith('…"')  # a long message is cut, still one readable line
    assert "· 채팅 상담 중인 본인" in build_draft(chat_contact()).fields.summary  # no channel known


def test_a_second_press_starts_at_the_place_police_were_sent_unless_the_details_name_an_address() -> None:
    earlier = DispatchLocation(address="망원동 412-7 2층", district="마포구", landmark="망원시장 입구")
    district_only = ContactDetails(subject=PartyDetails(district="마포구"))
    draft = build_draft(contact(details=district_only), earlier_location=earlier)
    assert draft.fields.location == earlier, "typed whole minutes ago: more than the district alone"
    assert {"location", "earlier_location"} <= set(draft.prefilled)
    addressed = ContactDetails(subject=PartyDetails(district="마포구", address="월드컵로 1"))
    draft = build_draft(contact(details=addressed), earlier_location=earlier)
    assert draft.fields.location == DispatchLocation(address="월드컵로 1", district="마포구")
    assert "earlier_location" not in draft.prefilled


def test_a_second_press_keeps_the_danger_the_first_one_named() -> None:
    """The same person minutes later: what the counselor ticked for the first dispatch (a weapon, say)
    is ticked again, beside what the screening says, each once; the read-out names it."""
    first = build_draft(contact(), checklist=SCREEN)
    assert first.fields.risk and "weapon" not in first.fields.risk
    again = build_draft(contact(), checklist=SCREEN, earlier_risk=("weapon", *first.fields.risk))
    assert again.fields.risk[: len(first.fields.risk)] == first.fields.risk
    assert "weapon" in again.fields.risk and len(set(again.fields.risk)) == len(again.fields.risk)
    assert {"risk", "earlier_risk"} <= set(again.prefilled), "the form says where the weapon came from"
    same = build_draft(contact(), checklist=SCREEN, earlier_risk=first.fields.risk)
    assert "earlier_risk" not in same.prefilled, "nothing the screening does not say already"
    bare = build_draft(contact(), earlier_risk=("weapon",))
    assert bare.fields.risk == ("weapon",) and "risk" in bare.prefilled
    assert "흉기" in next(line for line in bare.fields.summary.splitlines() if line.startswith("위험:"))
