"""Referrals to partner services (the core's `referrals`): the prefilled form, consent, submit.

Guarantees:
  - `referral_draft` is pure (no I/O): the form of the target, prefilled from the open contact (subject,
    number, district, a reason drafted from the service types and the checklist (console.referrals.reason),
    the last checklist result and tier, risk flags, the preferred callback time, a summary drafted from
    the notes) — suggestions the counselor reviews, never a reason to refuse;
  - consent is applied HERE with the server's own rule (console.domain.referral.allowed_fields) before
    anything is written: a withheld value never reaches the local database, the outbox or the network;
    only its name goes, with no value, so the server's record says something was withheld;
  - `submit_referral` commits the referral and its outbox row in one fsync'd transaction before it
    returns (works offline); the referral id is the Idempotency-Key, so it is recorded once;
  - statuses come from the server (answers and referral.updated events) and only move forward.
Nothing personal is logged: only codes and counts.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, cast

from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.dispatches.summary import TIER_TEXT
from annyeong.console.domain import selftest
from annyeong.console.domain.contact_details import SEOUL_DISTRICTS
from annyeong.console.domain.phone import InvalidPhoneNumber, format_display, normalize
from annyeong.console.domain.referral import allowed_fields
from annyeong.console.errors import ConsoleError
from annyeong.console.referrals.forms import CHOICE_KINDS, FormSet, ReferralForm, load_forms
from annyeong.console.referrals.reason import compose_reason
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.store.referrals import LocalReferral, ReferralStore
from annyeong.console.wire import Consent, Event, ReferralCreate

log = logging.getLogger("console.referral")

LAWFUL_BASES: Final = ("pipa_15_1_5", "pipa_17_1_2", "pipa_18_2_3")
URGENT_TIERS: Final = frozenset({"high", "imminent"})
# Partner-facing names of the instruments (the text goes to the partner, like the dispatch summary).
INSTRUMENT_NAMES: Final[Mapping[str, str]] = {
    "seoul_isolation_selftest_12": "외로움·고립 자가진단 (서울시 12문항)",
    "djg6_loneliness": "드종 히르벨트 외로움 척도 6문항",
    "lsns6": "루벤 사회적 관계망 척도 6문항",
    "ucla3_loneliness": "UCLA 외로움 척도 3문항",
    "crisis_safety_screen": "위기 안전 확인",
    "phq9_item9": "PHQ-9 9번 문항",
}
# A checklist's next step (console.wire.NextStep) → the target its result card offers.
NEXT_STEP_TARGETS: Final[Mapping[str, str]] = {
    "refer_prevention_center": "isolation-prevention-center",
    "refer_care_companion": "loneliness-care-companions",
    "refer_mental_health": "mental-health-welfare-center",
}


class InvalidReferral(ConsoleError):
    """A value no form should produce, or a required one missing. `field`: the form field (or consent,
    lawful_basis, target); `reason`: unknown_field, invalid_type, invalid_code, too_long, required,
    invalid_number, not_allowed, consent_missing."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field
        self.reason = reason


class ReferralRefused(ConsoleError):
    """Nothing was sent: form_unavailable (the target's form file is bad or missing), nothing_allowed
    (consent refused and the person allowed no personal field: nothing goes out)."""


@dataclass(frozen=True)
class ReferralDraft:
    target: str
    form: ReferralForm
    values: dict[str, Any]  # field name → str | list[str]; "" / [] when nothing is known
    prefilled: tuple[str, ...]  # the fields filled from the contact, the checklist or the card
    contact_id: str | None = None
    case_id: str | None = None
    number_hint: str | None = None  # the masked number, when the full one is not known here
    checklist_entry: str | None = None  # the checklist result used (a follow-up's source_id)
    extra: dict[str, Any] = field(default_factory=dict)


def target_for(code: str) -> str | None:
    """A referral target id from a target id or a checklist next-step code (None: neither)."""
    return NEXT_STEP_TARGETS.get(code, code if code in _TARGET_IDS else None)


_TARGET_IDS: Final = frozenset(
    ("isolation-prevention-center", "loneliness-care-companions", "community-center-welfare",
     "mental-health-welfare-center", "line-109", "medical-housing-support", "seoul-maeum-store")
)


def checklist_text(checklist: Mapping[str, Any]) -> str:
    """"외로움 척도: 총점 31 · 단계 high · 위험도 높음" (partner-facing). Seoul's self-test has no published
    levels: its result is worded by its one scoring (console.domain.selftest)."""
    instrument = str(checklist.get("instrument_id") or "")
    name = INSTRUMENT_NAMES.get(instrument, instrument)
    answers = checklist.get("answers")
    if instrument == selftest.INSTRUMENT_ID and isinstance(answers, Mapping) and answers:
        return f"{name}: {selftest.result_text(selftest.score(answers))}"
    parts = []
    total = checklist.get("total")
    if isinstance(total, int | float) and not isinstance(total, bool):
        parts.append(f"총점 {int(total) if float(total).is_integer() else total}")
    if checklist.get("tier"):
        parts.append(f"단계 {checklist['tier']}")
    risk = checklist.get("risk")
    if isinstance(risk, str) and risk in TIER_TEXT:
        parts.append(f"위험도 {TIER_TEXT[risk]}")
    # Provisional scoring is not a partial answer: only unanswered items make it partial.
    if checklist.get("complete") is False:
        parts.append("일부만 답함")
    return f"{name}: {' · '.join(parts)}" if parts else name


def draft_summary(summary: str, notes: str, limit: int) -> str:
    """The wrap-up summary when there is one, else the notes with blank lines and runs of spaces
    removed, cut at `limit` (the start of the story is kept: a partner reads it first)."""
    text = summary.strip()
    if not text:
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in notes.splitlines()]
        text = "\n".join(line for line in lines if line)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Referrals:
    def __init__(self, ctx: CoreContext) -> None:
        self._ctx = ctx
        self._forms_cache: FormSet | None = None

    # --- what the UI reads ------------------------------------------------------------------------

    @property
    def referral_forms(self) -> FormSet:
        """The forms (loaded once; a bad file makes only its target unavailable)."""
        if self._forms_cache is None:
            self._forms_cache = load_forms()
            for problem in self._forms_cache.problems:
                log.warning("referral form not loaded: %s", problem.describe())
        return self._forms_cache

    def use_referral_forms(self, forms: FormSet) -> None:
        """Use these forms instead of resources/forms (tests, tools)."""
        self._forms_cache = forms

    def for_contact(self, contact_id: str | None = None) -> list[LocalReferral]:
        """The referrals of a contact (default: the open one) and of its case, newest first."""
        account = self._ctx.account
        active = self._ctx.active_contact
        if account is None:
            return []
        if contact_id is None:
            if active is None:
                return []
            contact_id = active.contact_id
        case_id = active.case_id if active is not None and active.contact_id == contact_id else None
        return _store(account).for_contact(contact_id, case_id)

    def referral(self, client_id: str) -> LocalReferral | None:
        account = self._ctx.account
        if account is None:
            return None
        try:
            return _store(account).get(client_id)
        except KeyError:
            return None

    # --- the form ---------------------------------------------------------------------------------

    def referral_draft(self, target: str, *, checklist: Mapping[str, Any] | None = None) -> ReferralDraft:
        """The target's form prefilled from the open contact (see the module's guarantees).
        `checklist`: a checklist result (console.instruments.to_entry's dict, or a ChecklistResult dump,
        optionally with "entry_id"). Raises ReferralRefused("form_unavailable")."""
        chosen = target_for(target)
        form = self.referral_forms.get(chosen or "")
        if form is None:
            raise ReferralRefused("form_unavailable")
        known = self._known(checklist)
        values: dict[str, Any] = {}
        prefilled: list[str] = []
        for f in form.fields:
            value: Any = known.get(f.prefill or "") if f.prefill else None
            if f.kind in CHOICE_KINDS:
                allowed = {o.value for o in f.options}
                if f.kind == "multi_choice":
                    value = [v for v in (value or []) if v in allowed]
                elif value not in allowed:
                    value = None
            if not value and f.name == "urgency" and known.get("risk_tier") in URGENT_TIERS:
                value = "soon" if "soon" in {o.value for o in f.options} else None
            if value:
                prefilled.append(f.name)
            else:
                value = f.default if f.default is not None else ([] if f.kind == "multi_choice" else "")
            if isinstance(value, str) and len(value) > f.max_length:
                value = value[: f.max_length - 1] + "…"
            values[f.name] = value
        active = self._ctx.active_contact
        hint = None
        if active is not None and not known.get("callback_number") and not active.caller.withheld:
            hint = active.caller.number_masked
        entry = checklist.get("entry_id") if checklist else None
        return ReferralDraft(
            target=form.target, form=form, values=values, prefilled=tuple(prefilled),
            contact_id=active.contact_id if active else None, case_id=active.case_id if active else None,
            number_hint=hint, checklist_entry=entry if isinstance(entry, str) else None,
        )

    def _known(self, checklist: Mapping[str, Any] | None) -> dict[str, Any]:
        """What the contact, the card and the checklist tell us, by prefill key."""
        known: dict[str, Any] = {}
        me = self._ctx.me
        if me is not None:
            known["counselor"] = me.display_name
        active = self._ctx.active_contact
        if active is not None:
            subject = active.details.subject
            if subject is not None:
                known.update(subject_name=subject.name, district=subject.district, address=subject.address,
                             age_band=subject.age_band, callback_time=subject.callback_time)
                known["callback_number"] = _display(subject.number)
            reporter = active.details.reporter
            if not known.get("callback_time") and reporter is not None:
                known["callback_time"] = reporter.callback_time  # a ④ report: the caller's own wish
            if not known.get("callback_number") and active.caller.number_e164:
                known["callback_number"] = _display(active.caller.number_e164)
            summary_limit = 2000
            known["summary"] = draft_summary(active.details.summary, active.note_text, summary_limit)
        card = self._ctx.active_card
        if card is not None:
            known["risk_flags"] = [f.kind for f in card.active_flags if f.active]
            if card.last_risk is not None:
                known["risk_tier"] = card.last_risk.tier
        if checklist:
            known["checklist"] = checklist_text(checklist)
            if isinstance(checklist.get("risk"), str):
                known["risk_tier"] = checklist["risk"]
        # The reason says what the call was about and what the checklist found (None: the form's default).
        instrument = str(checklist.get("instrument_id") or "") if checklist else ""
        known["reason"] = compose_reason(
            active.details.service_types if active is not None else (), checklist=checklist,
            checklist_name=INSTRUMENT_NAMES.get(instrument, instrument) or None,
        )
        return known

    # --- submit -----------------------------------------------------------------------------------

    def submit_referral(
        self, draft: ReferralDraft, values: Mapping[str, Any], *, consent: Consent | None = None,
        lawful_basis: str | None = None, lawful_basis_note: str | None = None,
    ) -> LocalReferral:
        """Queue the referral (works offline). `consent.scope`: the PERSONAL fields the person allowed
        (empty with given=True: all of them); fields that are not personal always go. Exactly one of
        consent / lawful_basis (an emergency referral, if the form allows it).

        Raises InvalidReferral (nothing stored), ReferralRefused("nothing_allowed"), NotSignedIn."""
        account = self._ctx.require()
        form = draft.form
        if (consent is None) == (lawful_basis is None):
            raise InvalidReferral("consent", "consent_missing")
        if lawful_basis is not None:
            if lawful_basis not in LAWFUL_BASES:
                raise InvalidReferral("lawful_basis", "invalid_code")
            if not form.emergency_allowed:
                raise InvalidReferral("lawful_basis", "not_allowed")
        cleaned = _clean(form, values)
        scope: list[str] = []
        if consent is not None:
            personal = set(form.personal_fields)
            allowed_personal = set(consent.scope) & personal
            if set(consent.scope) - set(form.personal_fields) - {f.name for f in form.fields}:
                raise InvalidReferral("consent", "unknown_field")
            everything = consent.given and (not consent.scope or allowed_personal >= personal)
            if not everything:
                scope = sorted(allowed_personal | {f.name for f in form.fields if not f.personal})
            consent = consent.model_copy(update={"scope": scope})
            if not consent.given and not allowed_personal:
                raise ReferralRefused("nothing_allowed")
        kept, withheld = allowed_fields(
            cleaned, consent_given=None if consent is None else consent.given, scope=scope,
            lawful_basis=lawful_basis,
        )
        for f in form.fields:
            if f.required and f.name not in kept and f.name not in withheld:
                raise InvalidReferral(f.name, "required")
        active = self._ctx.active_contact
        contact_id = draft.contact_id or (active.contact_id if active else None)
        case_id = draft.case_id or (active.case_id if active and active.contact_id == contact_id else None)
        # Withheld fields go by name only (no value), so the server's record shows what was kept back.
        fields: dict[str, Any] = {**kept, **{name: None for name in withheld}}
        body = ReferralCreate(
            id=uuid.uuid4(), target=form.target, form_id=form.id, form_version=form.version,
            contact_id=contact_id, case_id=None if contact_id else case_id, fields=fields, consent=consent,
            lawful_basis=cast(Any, lawful_basis),
            lawful_basis_note=(lawful_basis_note or "").strip()[:500] or None,
        )
        referral = _store(account).submit(body, withheld=withheld)
        log.info("referral queued (%s, %d field(s), %d withheld)", form.target, len(kept), len(withheld))
        self._ctx.refresh_counts()  # wakes the push loop: it goes out now if the server is reachable
        self._ctx.notify(Changes(referral=True, sync=True))
        return referral

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()  # console/events.py records referral.updated in the local store

    def on_row_done(self, row: OutboxRow) -> Changes:
        """A referral row was delivered, refused or put back: the panel shows it."""
        return Changes(referral=row.kind.startswith("referral."))

    async def reset(self) -> None:
        return None


def _store(account: Any) -> ReferralStore:
    return ReferralStore(account.db, account.outbox, now=lambda: datetime.now(UTC))


def _display(number: str | None) -> str | None:
    if not number:
        return None
    try:
        return format_display(normalize(number))
    except InvalidPhoneNumber:
        return number


def _clean(form: ReferralForm, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values checked against the form; empty ones left out. Raises InvalidReferral."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        f = form.field(name)
        if f is None:
            raise InvalidReferral(name, "unknown_field")
        if value is None or value == "" or value == []:
            continue
        if f.kind == "multi_choice":
            if isinstance(value, str) or not isinstance(value, list | tuple):
                raise InvalidReferral(name, "invalid_type")
            allowed = [o.value for o in f.options]
            if any(v not in allowed for v in value):
                raise InvalidReferral(name, "invalid_code")
            out[name] = [v for v in allowed if v in value]
            continue
        if not isinstance(value, str):
            raise InvalidReferral(name, "invalid_type")
        text = value.strip()
        if not text:
            continue
        if f.kind == "choice" and text not in {o.value for o in f.options}:
            raise InvalidReferral(name, "invalid_code")
        if f.kind == "district" and text not in SEOUL_DISTRICTS:
            raise InvalidReferral(name, "invalid_code")
        if f.kind == "phone":
            try:
                text = format_display(normalize(text))
            except InvalidPhoneNumber:
                raise InvalidReferral(name, "invalid_number") from None
        if len(text) > f.max_length:
            raise InvalidReferral(name, "too_long")
        out[name] = text
    return out
