"""The shift report and the shift lead's statistics as plain data (pure: no I/O, no Qt, no words).

`report_sections` orders what GET /v1/shift-report says into the sections the 교대 인계 보고서 shows (and
prints), and `handover`/`report_hours` say which shifts it is for (Seoul's 07/15/23); `compute_stats`
counts contacts, checklist risk tiers and referrals into what the charts draw, for one period. The UI
words both (ui/board/shift_report_view.py, ui/board/stats_charts.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Literal

from annyeong.console.centre_time import CENTRE_ZONE
from annyeong.console.instruments.safety import RULE_RISK
from annyeong.console.wire import Contact, Entry, FollowUp, Referral, ShiftReport, ShiftReportCase

SectionKey = Literal["open_contacts", "open_cases", "pending_handoffs", "follow_ups_due", "dispatches"]
Period = Literal["shift", "today", "week"]
SEOUL = CENTRE_ZONE
# The centre's three shifts start at these local hours (day 07–15, evening 15–23, night 23–07).
SHIFT_STARTS = (7, 15, 23)
# A report made this soon after a shift began is the late hand-over of the shift that just ended.
HANDOVER_GRACE = timedelta(minutes=30)
RISK_ORDER = ("imminent", "high", "moderate", "low", "none")
SERVICE_ORDER = ("info", "conversation", "isolation_check", "isolation_report", "crisis")


@dataclass(frozen=True)
class Shift:
    start: datetime  # aware, in the centre's zone
    end: datetime

    @property
    def hours(self) -> tuple[int, int]:
        """(start hour, end hour) local: (15, 23) for the evening shift."""
        return self.start.hour, self.end.hour


def shift_at(now: datetime, tz: tzinfo = SEOUL) -> Shift:
    """The shift `now` falls in (07–15, 15–23, or 23–07 across midnight)."""
    local_now = now.astimezone(tz)
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    starts = [midnight - timedelta(hours=24 - SHIFT_STARTS[-1])]  # last night's shift
    starts += [midnight + timedelta(hours=h) for h in SHIFT_STARTS]
    start = max(s for s in starts if s <= local_now)
    following = [*starts, midnight + timedelta(hours=24 + SHIFT_STARTS[0])]
    end = min(s for s in following if s > start)
    # Wall-clock arithmetic: Seoul keeps no daylight saving time, so 8 h is always 8 h.
    return Shift(start=start, end=end)


def handover(now: datetime, tz: tzinfo = SEOUL) -> tuple[Shift, Shift]:
    """(outgoing, incoming) for a 교대 인계 보고서 made at `now`: the shift under way and the next one,
    or, within HANDOVER_GRACE of a shift's start, the shift that just ended and the one just begun."""
    current = shift_at(now, tz)
    if now.astimezone(tz) - current.start < HANDOVER_GRACE:
        return shift_at(current.start - timedelta(seconds=1), tz), current
    return current, shift_at(current.end, tz)


def report_hours(now: datetime, tz: tzinfo = SEOUL) -> float:
    """Hours from `now` to the end of the incoming shift: what GET /v1/shift-report?hours= is sent, so the
    follow-ups listed are those due before the next shift is over (20:55 → until 07:00 the next day)."""
    _outgoing, incoming = handover(now, tz)
    return (incoming.end - now).total_seconds() / 3600


@dataclass(frozen=True)
class ReportRow:
    ref: str  # the contact / case / handoff / follow-up / dispatch id
    who: str = ""  # a counselor's or owner's name (server text: shown as plain text)
    risk: str | None = None  # a RiskTier code
    when: datetime | None = None
    age_s: int | None = None
    code: str | None = None  # a status, target, channel or service code
    text: str = ""  # free text from the server (an SBAR situation, a follow-up reason)
    # An open case's next step for the incoming shift (a CaseStep code), and the follow-up behind it.
    step: str | None = None
    step_when: datetime | None = None
    step_who: str = ""


# What the incoming shift does next about an open case: the booked follow-up if there is one (late or
# not), else a call early in the shift for high risk, a booking for moderate risk, the owner's review else.
CaseStep = Literal["follow_up", "follow_up_overdue", "call_first", "book_follow_up", "owner_review"]
URGENT_TIERS = ("imminent", "high")


def case_next_step(case_id: str, risk: str | None, follow_ups: Iterable[FollowUp]) -> tuple[
        CaseStep, FollowUp | None]:
    booked = sorted((f for f in follow_ups if f.case_id == case_id), key=lambda f: f.due_at)
    if booked:
        first = booked[0]
        return ("follow_up_overdue" if first.overdue else "follow_up"), first
    if risk in URGENT_TIERS:
        return "call_first", None
    if risk == "moderate":
        return "book_follow_up", None
    return "owner_review", None


@dataclass(frozen=True)
class ReportSummary:
    open_contacts: int
    open_cases: int
    urgent_cases: int  # high or imminent
    pending_handoffs: int
    follow_ups_due: int
    follow_ups_overdue: int
    dispatches: int


def report_summary(report: ShiftReport) -> ReportSummary:
    return ReportSummary(
        open_contacts=sum(1 for c in report.open_contacts if c.contact_id),
        open_cases=len(report.open_cases),
        urgent_cases=sum(1 for c in report.open_cases if c.risk_tier in URGENT_TIERS),
        pending_handoffs=len(report.pending_handoffs),
        follow_ups_due=len(report.follow_ups_due),
        follow_ups_overdue=sum(1 for f in report.follow_ups_due if f.overdue),
        dispatches=len(report.dispatches_awaiting),
    )


@dataclass(frozen=True)
class ReportSection:
    key: SectionKey
    rows: tuple[ReportRow, ...]


def report_sections(report: ShiftReport) -> list[ReportSection]:
    """The five sections in the order the incoming shift reads them; every section present, even empty."""
    contacts = tuple(
        ReportRow(ref=c.contact_id or "", who=c.user.name, risk=c.risk_tier, when=c.contact_started_at,
                  age_s=c.contact_seconds, code=c.channel)
        for c in report.open_contacts if c.contact_id
    )
    rank = {tier: i for i, tier in enumerate(RISK_ORDER)}
    cases = tuple(
        _case_row(c, report.follow_ups_due)
        for c in sorted(report.open_cases, key=lambda c: rank.get(c.risk_tier or "", len(RISK_ORDER)))
    )
    handoffs = tuple(
        ReportRow(ref=p.handoff.id, who=p.handoff.from_user.name, risk=p.handoff.sbar.risk_tier,
                  when=p.handoff.created_at, age_s=p.age_s, code=p.handoff.target,
                  text=p.handoff.sbar.situation)
        for p in report.pending_handoffs
    )
    follow_ups = tuple(
        ReportRow(ref=f.id, who=f.assignee.name, when=f.due_at, code="overdue" if f.overdue else f.status,
                  text=f.reason or "")
        for f in sorted(report.follow_ups_due, key=lambda f: f.due_at)
    )
    dispatches = tuple(
        ReportRow(ref=d.id, who=d.counselor.name, when=d.received_at, code=d.service, text=d.status)
        for d in report.dispatches_awaiting
    )
    return [
        ReportSection("open_contacts", contacts),
        ReportSection("open_cases", cases),
        ReportSection("pending_handoffs", handoffs),
        ReportSection("follow_ups_due", follow_ups),
        ReportSection("dispatches", dispatches),
    ]


def _case_row(case: ShiftReportCase, follow_ups: Iterable[FollowUp]) -> ReportRow:
    step, follow_up = case_next_step(case.case.id, case.risk_tier, follow_ups)
    return ReportRow(ref=case.case.id, who=case.case.owner.name, risk=case.risk_tier,
                     when=case.risk_assessed_at, text=case.number_masked or "", step=step,
                     step_when=follow_up.due_at if follow_up else None,
                     step_who=follow_up.assignee.name if follow_up else "")


# --- statistics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessment:
    """A risk tier a checklist gave during a contact, and when (the entry's time on the server)."""

    contact_id: str
    at: datetime
    tier: str  # a RiskTier code


def assessment_of(entry: Entry) -> Assessment | None:
    """The tier of a checklist_result entry, as the server counts it (server.services.checklists): a
    complete result's tier, raised to what a crisis answer implies; an unfinished one without a crisis
    answer is no assessment yet."""
    result = entry.checklist
    if entry.kind != "checklist_result" or result is None:
        return None
    rank = {tier: i for i, tier in enumerate(RISK_ORDER)}
    tier: str | None = result.risk
    for item in result.crisis:
        floor = RULE_RISK.get(item.rule, "imminent")
        if tier is None or rank[floor] < rank.get(tier, len(RISK_ORDER)):
            tier = floor
    if tier is None or not (result.complete or result.crisis):
        return None
    return Assessment(contact_id=entry.contact_id, at=entry.created_at, tier=tier)


@dataclass(frozen=True)
class Stats:
    period: Period
    start: datetime
    end: datetime
    contacts: int
    per_hour: tuple[tuple[datetime, int], ...]  # local hour start → contacts started in it
    service_mix: tuple[tuple[str, int], ...]  # ① … ⑤ in order
    # Per contact, the highest tier assessed within the period; "unassessed": contacts started in it with
    # no assessment in it. imminent … none, then "unassessed".
    risk_mix: tuple[tuple[str, int], ...]
    referral_outcomes: tuple[tuple[str, int], ...]  # referral status → count
    avg_handle_s: float | None  # ended contacts only


def period_start(period: Period, now: datetime, tz: tzinfo = SEOUL) -> datetime:
    if period == "week":
        return now - timedelta(days=7)
    if period == "today":
        return now.astimezone(tz).replace(hour=0, minute=0, second=0, microsecond=0)
    return shift_at(now, tz).start


def compute_stats(
    period: Period, now: datetime, *, contacts: Iterable[Contact], referrals: Iterable[Referral],
    assessments: Iterable[Assessment], tz: tzinfo = SEOUL,
) -> Stats:
    """Contacts started in the period (per hour, by service type, handle time), referrals submitted in it
    by status, and the risk tiers assessed in it (each contact once, at its highest tier)."""
    start = period_start(period, now, tz)
    chosen = [c for c in contacts if start <= c.started_at <= now]
    rank = {tier: i for i, tier in enumerate(RISK_ORDER)}
    highest: dict[str, str] = {}
    for a in assessments:
        if start <= a.at <= now and rank.get(a.tier, 99) < rank.get(highest.get(a.contact_id, ""), 99):
            highest[a.contact_id] = a.tier
    hours: Counter[datetime] = Counter()
    for c in chosen:
        hours[c.started_at.astimezone(tz).replace(minute=0, second=0, microsecond=0)] += 1
    first = start.astimezone(tz).replace(minute=0, second=0, microsecond=0)
    step = timedelta(hours=1) if period != "week" else timedelta(days=1)
    per_hour: list[tuple[datetime, int]] = []
    slot = first if period != "week" else first.replace(hour=0)
    while slot <= now:
        upto = slot + step
        per_hour.append((slot, sum(n for h, n in hours.items() if slot <= h < upto)))
        slot = upto
    services: Counter[str] = Counter(t for c in chosen for t in c.service_types)
    tiers: Counter[str] = Counter(highest.values())
    tiers["unassessed"] = sum(1 for c in chosen if c.id not in highest)
    outcomes: Counter[str] = Counter(r.status for r in referrals if start <= r.submitted_at <= now)
    handled = [(c.ended_at - c.started_at).total_seconds() for c in chosen if c.ended_at is not None]
    return Stats(
        period=period, start=start, end=now, contacts=len(chosen), per_hour=tuple(per_hour),
        service_mix=tuple((s, services.get(s, 0)) for s in SERVICE_ORDER),
        risk_mix=tuple((t, tiers.get(t, 0)) for t in (*RISK_ORDER, "unassessed")),
        referral_outcomes=tuple(sorted(outcomes.items())),
        avg_handle_s=sum(handled) / len(handled) if handled else None,
    )
