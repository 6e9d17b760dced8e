"""The prefilled dispatch: fields and the Korean summary read out to 112/119 (pure, no I/O).

Everything here is a suggestion the counselor can change in the panel; nothing here may block a dispatch
(missing data gives empty fields, never an error). The summary is the one text the core writes in
Korean, because it is sent to the agency and read out on the phone, not shown as UI wording.

What goes to police is what police need, and no more: who, where, the number to call, the risk in one
line (with THIS contact's crisis screen, never an older contact's test), what the person said about a plan
or means, and who asks with the callback number. The counselling memo stays at the centre.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from pydantic import ValidationError

from annyeong.console.dispatches.local import (
    MAX_ADDRESS,
    MAX_SUMMARY,
    RISK_NATURES,
    DispatchFields,
    Service,
    clip,
)
from annyeong.console.domain.phone import InvalidPhoneNumber, format_display, normalize
from annyeong.console.state import ActiveContact
from annyeong.console.wire import CallerCard, CallerRelation, DispatchLocation, RiskNature

SERVICE_TEXT: Final[Mapping[str, str]] = {"police_112": "경찰 112", "fire_ems_119": "소방·구급 119"}
RISK_TEXT: Final[Mapping[str, str]] = {
    "thoughts": "자살 생각", "plan": "구체적 자살 계획", "means": "자살 수단 보유",
    "attempt_in_progress": "자살 시도 중", "weapon": "흉기 소지", "others_in_danger": "타인 위험",
}
RELATION_TEXT: Final[Mapping[str, str]] = {
    "self": "본인", "family": "가족", "partner": "배우자·연인", "friend": "친구", "neighbour": "이웃",
    "colleague": "동료", "professional": "담당 실무자", "other": "기타", "unknown": "모름",
}
TIER_TEXT: Final[Mapping[str, str]] = {
    "none": "없음", "low": "낮음", "moderate": "중간", "high": "높음", "imminent": "즉각 위험",
}
INSTRUMENT_TEXT: Final[Mapping[str, str]] = {
    "crisis_safety_screen": "위기 안전 확인", "phq9_item9": "PHQ-9 9번",
    # Read aloud to 112/119: a name a dispatcher understands, never a file id.
    "seoul_isolation_selftest_12": "서울시 외로움·고립 자가진단", "ucla3_loneliness": "UCLA 외로움 3문항",
    "lsns6": "LSNS-6 사회적 관계망", "djg6_loneliness": "De Jong Gierveld 외로움 6문항",
    "isolation_risk_checklist": "고립 위험 체크리스트",
}

# console.instruments.safety: the built-in crisis rules and the items they fire on, as risk codes. Kept as
# plain ids here so a checklist result dict works even when the instruments package is not loaded.
RULE_RISK: Final[Mapping[str, RiskNature]] = {
    "suicide_plan": "plan", "suicide_means": "means", "attempt_in_progress": "attempt_in_progress",
    "other_in_danger": "others_in_danger", "phq9_item9_positive": "thoughts",
}
ITEM_RISK: Final[Mapping[str, RiskNature]] = {
    "crisis_thoughts": "thoughts", "crisis_plan": "plan", "crisis_means": "means",
    "crisis_attempt_now": "attempt_in_progress", "crisis_other_danger": "others_in_danger",
    "phq9_item9": "thoughts",
}
AGE_TEXT: Final[Mapping[str, str]] = {
    "under_20": "20세 미만", "20s": "20대", "30s": "30대", "40s": "40대", "50s": "50대", "60s": "60대",
    "70s": "70대", "80_plus": "80세 이상",
}
# Screens that speak to the danger now: only their result is the risk line's screening (a loneliness
# self-test, however high, is not what police act on).
CRISIS_SCREENS: Final = frozenset({"crisis_safety_screen", "phq9_item9"})
# Standing flags of the person's case that bear on police's approach (read out as the case's, not a test).
FLAG_TEXT: Final[Mapping[str, str]] = {
    "suicide_risk": "자살 위험", "self_harm_history": "자해 이력", "vulnerable_elderly": "취약 어르신",
    "safeguarding": "보호 필요",
}
TIMEFRAME_TEXT: Final[Mapping[int, str]] = {3: "지금 또는 오늘", 2: "며칠 안에", 1: "정해 두지 않음"}
# Where a person in a chat writes from (console.wire.ChatHandoff.source): the dispatcher hears that the
# person is typing, not on a phone, and on which service.
CHAT_SOURCE_TEXT: Final[Mapping[str, str]] = {"kakao": "카카오톡", "web": "웹"}  # + " 채팅 상담 중"
MAX_QUOTE: Final = 300  # one quoted chat message; the read-out stays something a person can read aloud


@dataclass(frozen=True)
class SummaryContext:
    """What the summary says beyond the fields (kept so the summary can be rebuilt after edits)."""

    training: bool = False
    risk_tier: str | None = None  # a console.wire RiskTier code, from this contact's crisis screen
    instrument_id: str | None = None
    statements: tuple[str, ...] = ()  # what the person said about plan, time, means (Korean, read out)
    person_name: str | None = None
    age_band: str | None = None
    flags: tuple[str, ...] = ()  # active flags of the case (FLAG_TEXT codes)
    caller_masked: str | None = None  # shown when the full number is not known here
    caller_unknown: bool = False  # the network's number was no valid number: there is none to give
    chat: bool = False  # the contact is a live chat: the person writes, nobody phoned
    chat_source: str | None = None  # CHAT_SOURCE_TEXT code: where the person writes from
    chat_quotes: tuple[str, ...] = ()  # the person's own messages that carried a crisis expression


@dataclass(frozen=True)
class DispatchDraft:
    """A prefilled dispatch. `prefilled` names the fields that came from the contact (codes)."""

    service: Service
    fields: DispatchFields
    context: SummaryContext
    prefilled: tuple[str, ...] = field(default_factory=tuple)


def suggested_service(risk: tuple[RiskNature, ...]) -> Service:
    # An attempt in progress needs an ambulance first; everything else (location lookup, forced entry,
    # weapons, others in danger) is police work in Korea's 112/119 split.
    return "fire_ems_119" if "attempt_in_progress" in risk else "police_112"


def risk_from_checklist(checklist: Mapping[str, Any] | None) -> tuple[RiskNature, ...]:
    """Risk codes implied by a checklist result (console.instruments.to_entry's dict), in code order."""
    if not checklist:
        return ()
    found: set[str] = set()
    for raised in checklist.get("crisis") or ():
        if isinstance(raised, Mapping):
            rule, item = str(raised.get("rule")), str(raised.get("item_id"))
            found.add(RULE_RISK.get(rule, "") or ITEM_RISK.get(item, ""))
    answers = checklist.get("answers") or {}
    if isinstance(answers, Mapping):
        for item_id, value in answers.items():
            if isinstance(value, int) and value >= 1 and item_id in ITEM_RISK:
                found.add(ITEM_RISK[item_id])
    return tuple(code for code in RISK_NATURES if code in found)


def _location(address: str | None, district: str | None) -> DispatchLocation:
    try:
        return DispatchLocation.model_validate({"address": clip(address, MAX_ADDRESS), "district": district})
    except ValidationError:  # a district code the wire does not know: keep the address
        return DispatchLocation(address=clip(address, MAX_ADDRESS))


def display_number(number: str | None) -> str | None:
    """The national form a counselor reads out (010-1234-5678); as typed when it does not parse."""
    if not number:
        return None
    try:
        return format_display(normalize(number))
    except InvalidPhoneNumber:
        return number  # kept as typed: the dispatcher can still read it out


def statements_from_checklist(checklist: Mapping[str, Any] | None) -> tuple[str, ...]:
    """What the person answered about a plan, its time and the means, as short Korean phrases."""
    answers = (checklist or {}).get("answers") or {}
    if not isinstance(answers, Mapping):
        return ()
    said: list[str] = []
    if answers.get("crisis_attempt_now") == 1:
        said.append("지금 시도 중이라고 함")
    plan = answers.get("crisis_plan")
    if plan == 1:
        said.append("방법·계획을 생각해 두었다고 함")
        when = TIMEFRAME_TEXT.get(answers.get("crisis_timeframe"))  # type: ignore[arg-type]
        if when:
            said.append(f"실행 시점: {when}")
    elif plan == 0:
        said.append("계획은 없다고 함")
    means = answers.get("crisis_means")
    if means == 1:
        said.append("수단을 가지고 있다고 함")
    elif means == 0:
        said.append("수단은 없다고 함")
    if answers.get("crisis_other_danger") == 1:
        said.append("다른 사람도 위험하다고 함")
    return tuple(said)


def build_draft(
    contact: ActiveContact | None,
    *,
    service: Service | None = None,
    card: CallerCard | None = None,
    checklist: Mapping[str, Any] | None = None,
    person_number: str | None = None,
    counselor_name: str | None = None,
    callback_line: str | None = None,
    training: bool = False,
    caller_number: str | None = None,
    chat_source: str | None = None,
    chat_quotes: Sequence[str] = (),
    chat_crisis: Sequence[Mapping[str, Any]] = (),
    earlier_location: DispatchLocation | None = None,
    earlier_risk: Sequence[RiskNature] = (),
) -> DispatchDraft:
    """Prefill a dispatch from the open contact (all arguments optional).

    person_number: the at-risk person's full number when known (e.g. unmasked for the dispatch); else the
    subject's number from the contact details, else the caller's full number if this role sees it (or
    `caller_number`: held for a dispatch, see Dispatches.hold_dispatch_number), else none (the server then
    uses the contact's caller number). From the caller's card only the case's active flags are read:
    an older contact's result is not this emergency's screening. The location comes from the subject (else the
    reporter); with none, it is marked unknown and a location lookup is requested. checklist: the latest
    crisis screen / checklist result (console.instruments.to_entry's dict). A chat's: chat_source (where
    the person writes from), chat_quotes (their messages with a crisis expression, quoted in the read-out)
    and chat_crisis (those expressions as CrisisRaised dicts: their risk codes join the checklist's).
    earlier_location: where the contact's last dispatch sent police, for a new press in the same contact
    whose details name no address (what was typed there is not typed again; a district alone in the
    details says less than the place police were sent). earlier_risk: what that dispatch said of the
    danger (the boxes ticked then): the same person minutes later, so it joins what the screening says."""
    prefilled: list[str] = []
    details = contact.details if contact is not None else None
    subject = details.subject if details is not None else None
    party = subject or (details.reporter if details is not None else None)

    number = person_number or (subject.number if subject is not None else None)
    if number is None and contact is not None and subject is None:
        number = contact.caller.number_e164 or caller_number
    if number:
        prefilled.append("person_number")

    earlier = earlier_location is not None and bool(earlier_location.address or earlier_location.landmark)
    if party is not None and party.address:
        location = _location(party.address, party.district)
        prefilled.append("location")
    elif earlier and earlier_location is not None:
        # The place police were sent minutes ago, typed whole, before the details' district alone.
        location = earlier_location
        prefilled += ["location", "earlier_location"]
    elif party is not None and party.district:
        location = _location(party.address, party.district)
        prefilled.append("location")
    else:
        location = DispatchLocation(unknown=True, lookup_requested=True)

    risk = risk_from_checklist(checklist)
    if chat_crisis:
        said = {"crisis": [*((checklist or {}).get("crisis") or ()), *chat_crisis],
                "answers": (checklist or {}).get("answers") or {}}
        risk = risk_from_checklist(said)
    if set(earlier_risk) - set(risk):
        risk = tuple(dict.fromkeys((*risk, *earlier_risk)))  # the screening's first, each once
        prefilled.append("earlier_risk")  # the form says where those ticks came from
    if risk:
        prefilled.append("risk")
    relation: CallerRelation | None = None
    if contact is not None and subject is None:
        relation = "self"  # nobody else was named: the caller is the person at risk
        prefilled.append("caller_relation")

    tier = None
    instrument_id = None
    screen = str((checklist or {}).get("instrument_id") or "") or None
    if checklist and isinstance(checklist.get("risk"), str) and (screen in CRISIS_SCREENS or risk):
        tier, instrument_id = checklist["risk"], screen

    person = party  # nobody else named: the caller (the reporter's details) is the person at risk
    context = SummaryContext(
        training=training, risk_tier=tier, instrument_id=instrument_id,
        statements=statements_from_checklist(checklist),
        person_name=person.name if person is not None else None,
        age_band=person.age_band if person is not None and person.age_band != "unknown" else None,
        flags=tuple(f.kind for f in (card.active_flags if card is not None and subject is None else ())
                    if f.active and f.kind in FLAG_TEXT),
        caller_masked=contact.caller.number_masked if contact is not None else None,
        caller_unknown=contact is not None and contact.caller.unknown,
        chat=contact is not None and contact.channel == "chat",
        chat_source=chat_source if chat_source in CHAT_SOURCE_TEXT else None,
        chat_quotes=tuple(q for q in (_quote(text) for text in chat_quotes) if q),
    )
    chosen = service or suggested_service(risk)
    fields = DispatchFields(
        person_number=number, location=location, risk=risk, caller_relation=relation,
        counselor_name=counselor_name, callback_line=callback_line,
    )
    fields = fields.model_copy(update={"summary": compose_summary(chosen, fields, context)})
    return DispatchDraft(service=chosen, fields=fields, context=context, prefilled=tuple(prefilled))


def _quote(text: str) -> str:
    """One chat message as a single quoted line (its line breaks would split the read-out)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_QUOTE else flat[: MAX_QUOTE - 1] + "…"


def _self_text(context: SummaryContext) -> str:
    if not context.chat:
        return "전화한 본인"
    where = CHAT_SOURCE_TEXT.get(context.chat_source or "")
    return f"{where} 채팅 상담 중인 본인" if where else "채팅 상담 중인 본인"


def _location_text(location: DispatchLocation) -> str:
    parts: list[str] = []
    address = location.address or ""
    if location.district and location.district not in address:
        address = f"서울 {location.district} {address}".strip()
    if address:
        parts.append(address)
    if location.landmark:
        parts.append(f"근처: {location.landmark}")
    if not parts or location.unknown:
        parts.append("위치 모름")
    if location.lookup_requested:
        parts.append("위치정보 조회 요청")
    return " / ".join(parts)


def compose_summary(service: Service, fields: DispatchFields, context: SummaryContext) -> str:
    """The text read out to 112/119 (Korean), at most MAX_SUMMARY characters: one line each for who,
    the number, where, the risk, what the person said, and who asks."""
    head = f"[외로움안녕120 긴급출동 요청 · {SERVICE_TEXT[service]}]"
    lines = [("[훈련 상황] " if context.training else "") + head]
    who = context.person_name or "이름 미상"
    age = AGE_TEXT.get(context.age_band or "")
    if age:
        who += f" ({age})"
    if fields.caller_relation:
        who += " · " + (_self_text(context) if fields.caller_relation == "self"
                        else f"신고자의 {RELATION_TEXT[fields.caller_relation]}")
    lines.append(f"대상자: {who}")
    number = display_number(fields.person_number)
    if number:
        lines.append(f"대상자 연락처: {number}")
    elif context.caller_unknown:
        lines.append("대상자 연락처: 발신번호 확인 불가")
    elif context.caller_masked:
        lines.append(f"대상자 연락처: 상담 전화 발신번호 ({context.caller_masked})")
    elif context.chat:
        lines.append("대상자 연락처: 전화번호 모름 (채팅으로만 연결됨)")
    lines.append(f"위치: {_location_text(fields.location)}")
    risk = [RISK_TEXT[code] for code in fields.risk]
    if context.risk_tier:
        name = INSTRUMENT_TEXT.get(context.instrument_id or "", "위기 선별")
        risk.append(f"위기 선별({name}) {TIER_TEXT.get(context.risk_tier, context.risk_tier)}")
    if context.flags:
        risk.append("사례 주의 표시 " + "·".join(FLAG_TEXT[code] for code in context.flags))
    lines.append("위험: " + (", ".join(risk) if risk else "상담원 판단 (선별 전)"))
    if context.statements:
        lines.append("본인 진술: " + ", ".join(context.statements))
    for quote in context.chat_quotes:
        lines.append(f"채팅에 쓴 말: \"{quote}\"")
    who_asks = [f"요청 상담원: {fields.counselor_name}"] if fields.counselor_name else []
    callback = display_number(fields.callback_line)
    if callback:
        who_asks.append(f"회신 번호: {callback}")
    if who_asks:
        lines.append(" · ".join(who_asks))
    return "\n".join(lines)[:MAX_SUMMARY]


def readout(summary: str, number: str | None) -> str:
    """The summary as read out now: once the full number is known (the server's answer, or held for
    the dispatch), it replaces a masked one, so police never get "010-****-1212"."""
    shown = display_number(number)
    if not shown:
        return summary
    lines = summary.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("대상자 연락처:"):
            lines[i] = f"대상자 연락처: {shown}"
            return "\n".join(lines)
    return "\n".join([*lines[:1], f"대상자 연락처: {shown}", *lines[1:]])


def service_for_every_crisis(checklist: Mapping[str, Any] | None, crisis: Sequence[Any]) -> Service | None:
    """The service every crisis answer of the contact points to, not only its result's: a crisis
    expression a person wrote in a chat (with no checklist at all) chooses it as a crisis answer does (an
    attempt in progress: 119 first). None when there is no crisis beyond the result's (the draft decides).
    Only the service: the risk line still reads a screen's tier, never a loneliness self-test's."""
    if not crisis:
        return None
    raised = [*((checklist or {}).get("crisis") or ()), *(item.to_dict() for item in crisis)]
    return suggested_service(risk_from_checklist({"crisis": raised}))
