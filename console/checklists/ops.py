"""Guided checklists in the open contact and the crisis path they raise.

Guarantees:
  - every step (`start_checklist`, `answer_checklist`, `skip_checklist_item`, `checklist_back`,
    `checklist_forward`) is committed locally before it returns, in the same transaction as the outbox row
    that carries the (partial) result to the server as a `checklist_result` entry revision; a checklist
    left open by a crash resumes where it was at the next sign-in;
  - a crisis answer (console.instruments.safety, never configurable off) sets `crisis_raised` at once,
    notifies Changes(crisis=True), and from then on the contact cannot be wrapped up until
    `record_crisis_decision` was called (`wrap_up_missing` names "crisis_decision", `finish_wrap_up`
    raises WrapUpIncomplete) — the server applies the same rule;
  - the dispatch draft carries the contact's checklist result (its crisis answers become risk codes;
    console/dispatches/ops.py asks `checklist_payload`).
Deployment permissions: ids in `instrument_permissions` (default: the file instrument_permissions.json in
the data dir, {"instruments": [...]}) enable instruments that require permission; training shows all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final, Literal

from annyeong.console.changes import Changes
from annyeong.console.context import CoreContext
from annyeong.console.errors import ConsoleError
from annyeong.console.instruments import (
    Available,
    CrisisRaised,
    InstrumentRun,
    InstrumentRunError,
    LoadedEntry,
    Result,
    SkipReason,
    crisis_from_saved,
    default_directory,
    load_all,
    to_entry,
)
from annyeong.console.instruments.engine import SESSION_FORMAT
from annyeong.console.store.checklists import ChecklistStore, StoredChecklist, StoredDecision
from annyeong.console.store.local import ENTRY_CREATE, entry_key
from annyeong.console.store.outbox import OutboxRow
from annyeong.console.wire import Entry, Event

log = logging.getLogger("annyeong.console.checklists")

CrisisDecisionKind = Literal["dispatched", "safety_plan_agreed", "other"]
CRISIS_DECISIONS: Final[tuple[CrisisDecisionKind, ...]] = ("dispatched", "safety_plan_agreed", "other")
MAX_DECISION_REASON: Final = 500
PERMISSIONS_FILE: Final = "instrument_permissions.json"


class ChecklistRefused(ConsoleError):
    """A checklist step or crisis decision that cannot be taken. Codes: no_checklist, instrument_unavailable,
    invalid_key, no_current_item, invalid_skip_reason, invalid_decision, reason_required."""

    default_code = "checklist_refused"


def load_permissions(data_dir: Path) -> frozenset[str]:
    """The deployment's instrument permissions; a missing or broken file grants none (never raises)."""
    try:
        raw = json.loads((data_dir / PERMISSIONS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    ids = raw.get("instruments") if isinstance(raw, dict) else None
    return frozenset(i for i in ids if isinstance(i, str)) if isinstance(ids, list) else frozenset()


class ChecklistRun:
    """One administration in the open contact: the live session, or only what is stored when its
    instrument file is no longer available (`problem` then says why; the crisis answers still count)."""

    def __init__(self, stored: StoredChecklist, entry: Available | None, session: InstrumentRun | None,
                 problem: str | None = None) -> None:
        self.stored = stored
        self.entry = entry
        self.session = session
        self.problem = problem

    @property
    def checklist_id(self) -> str:
        return self.stored.checklist_id

    @property
    def instrument_id(self) -> str:
        return self.stored.instrument_id

    @property
    def closed(self) -> bool:
        return self.stored.closed

    @property
    def revision(self) -> int:
        return self.stored.revision

    @property
    def at_result(self) -> bool:
        """Every question is answered or skipped and no question is showing."""
        return self.session is not None and self.session.current is None

    def result(self) -> Result | None:
        return None if self.session is None else self.session.result()

    def payload(self) -> dict[str, Any] | None:
        """The result as the entry sends it (console.instruments.to_entry), or the last one stored."""
        if self.session is not None and self.session.progress.done > 0:
            return to_entry(self.session.result())
        return self.stored.result

    @property
    def crisis(self) -> tuple[CrisisRaised, ...]:
        return self.session.crisis if self.session is not None else crisis_from_saved(self.stored.session)

    def follow_up_reason(self) -> str:
        """The reason of a follow-up booked from this result: instrument and tier (or total), in Korean
        (case data, read by whoever makes the call): "체크리스트 후속: UCLA-3 · 외로움 (8점)"."""
        result = self.result()
        if self.session is None or result is None:
            return f"체크리스트 후속: {self.instrument_id}"
        inst = self.session.instrument
        name = (inst.short_title or inst.title).ko
        tier = next((t.label.ko for t in inst.tiers if t.id == result.tier), None)
        total = "" if result.total is None else f"{result.total:g}점"
        what = " ".join(p for p in (tier, f"({total})" if tier and total else total) if p)
        return f"체크리스트 후속: {name} · {what}" if what else f"체크리스트 후속: {name}"


class Checklists:
    def __init__(
        self, ctx: CoreContext, *, crisis_sources: Sequence[Callable[[str], tuple[CrisisRaised, ...]]] = ()
    ) -> None:
        self._ctx = ctx
        # Crises raised outside the checklists, by contact id: a crisis expression in a chat message
        # (console/chats/) counts exactly like a crisis answer (the red button, the decision, wrap-up).
        self._crisis_sources = tuple(crisis_sources)
        self.instrument_dir: Path = default_directory()
        self.instrument_permissions: frozenset[str] = load_permissions(ctx.data_dir)
        self._instrument_cache: tuple[tuple[Path, frozenset[str], bool], list[LoadedEntry]] | None = None
        self._runs: dict[str, ChecklistRun] = {}
        # Checklists whose crisis-carrying result the server has acknowledged: latched, so the crisis
        # panel does not flicker back to "not sent" while later answers of the same run are in flight.
        self._crisis_sent: set[str] = set()

    # --- the core's loop ----------------------------------------------------------------------------

    def on_event(self, _event: Event) -> Changes:
        return Changes()

    def on_row_done(self, row: OutboxRow) -> Changes:
        # A crisis result reached the server (the only entries in the emergency lane), which told the shift
        # lead: the crisis panel's "not yet told" must change now, not at the next step.
        return Changes(crisis=True) if row.kind == ENTRY_CREATE and row.lane == "emergency" else Changes()

    async def reset(self) -> None:
        """The account closed: the crisis latch belongs to that sign-in."""
        self._crisis_sent.clear()

    def forget_runs(self) -> None:
        """The contact was wrapped up: its live sessions are done."""
        self._runs.clear()

    # --- what the UI reads ------------------------------------------------------------------------

    def instruments(self, *, reload: bool = False) -> list[LoadedEntry]:
        """Every instrument file: Available (training: also those without permission, marked) or
        Unavailable with a code and a reason. Never raises."""
        key = (self.instrument_dir, frozenset(self.instrument_permissions), bool(self._ctx.training))
        if reload or self._instrument_cache is None or self._instrument_cache[0] != key:
            self._instrument_cache = (key, load_all(self.instrument_dir, key[1], training=key[2]))
        return list(self._instrument_cache[1])

    def runs(self) -> list[ChecklistRun]:
        """Every checklist of the open contact, oldest first."""
        account = self._ctx.account
        contact = self._ctx.active_contact
        if account is None or contact is None:
            return []
        return [self._run(stored) for stored in self._store().for_contact(contact.contact_id)]

    @property
    def current(self) -> ChecklistRun | None:
        """The checklist on screen: the open contact's newest one not closed."""
        open_runs = [run for run in self.runs() if not run.closed]
        return open_runs[-1] if open_runs else None

    def checklist_payload(self) -> dict[str, Any] | None:
        """The result that speaks for the contact: the newest one with a crisis answer, else the newest."""
        payloads = [(run.crisis, run.payload()) for run in self.runs()]
        answered = [(crisis, p) for crisis, p in payloads if p is not None]
        with_crisis = [p for crisis, p in answered if crisis]
        if with_crisis:
            return with_crisis[-1]
        return answered[-1][1] if answered else None

    @property
    def crisis(self) -> tuple[CrisisRaised, ...]:
        """Every crisis answer given in the open contact (which rule, which item), in order."""
        found: list[CrisisRaised] = []
        for run in self.runs():
            found.extend(r for r in run.crisis if r not in found)
        found.extend(r for r in self.crisis_outside_checklists if r not in found)
        return tuple(found)

    @property
    def crisis_outside_checklists(self) -> tuple[CrisisRaised, ...]:
        """The open contact's crises raised outside any checklist (a crisis expression in a chat)."""
        contact = self._ctx.active_contact
        if contact is None or self._ctx.account is None:
            return ()
        found: list[CrisisRaised] = []
        for source in self._crisis_sources:
            found.extend(r for r in source(contact.contact_id) if r not in found)
        return tuple(found)

    @property
    def crisis_raised(self) -> bool:
        return bool(self.crisis)

    @property
    def crisis_alert_sent(self) -> bool:
        """Whether the shift lead has been told: the server raises crisis.raised when it stores a result
        carrying a crisis answer, so this is True once every such checklist of the open contact has left
        the outbox (delivered; rows leave only through an ack). False while one waits or has failed, e.g.
        offline: the counselor must then tell the lead by phone. False without a crisis."""
        account = self._ctx.account
        runs = [run for run in self.runs() if run.crisis]
        if account is None or not self.crisis:
            return False
        # A crisis found in a chat message only: the server raised it when it stored the message, which
        # is before this console could see it.
        for run in runs:
            if run.checklist_id in self._crisis_sent:
                continue
            waiting = account.db.conn.execute(
                "SELECT 1 FROM outbox WHERE idempotency_key LIKE ? LIMIT 1",
                (entry_key(run.checklist_id, 0).removesuffix("0") + "%",),
            ).fetchone()
            if waiting is not None or run.stored.result is None:
                return False
            self._crisis_sent.add(run.checklist_id)
        return True

    @property
    def crisis_decision(self) -> StoredDecision | None:
        contact = self._ctx.active_contact
        if self._ctx.account is None or contact is None:
            return None
        return self._store().decision(contact.contact_id)

    # --- the counselor's steps --------------------------------------------------------------------

    def start_checklist(self, instrument_id: str) -> ChecklistRun:
        """Begin an instrument in the open contact (any other open checklist is closed, kept and sent)."""
        _account, contact = self._ctx.active()
        entry = next((e for e in self.instruments()
                      if isinstance(e, Available) and e.instrument.id == instrument_id), None)
        if entry is None:
            raise ChecklistRefused("instrument_unavailable")
        session = InstrumentRun(entry.instrument)
        stored = self._store().start(contact.contact_id, instrument_id=entry.instrument.id,
                                     version=entry.instrument.version, session=session.to_dict())
        run = ChecklistRun(stored, entry, session)
        self._runs[stored.checklist_id] = run
        log.info("checklist started: %s", instrument_id)
        self._ctx.notify(Changes(checklist=True))
        return run

    def answer_checklist(self, key: int) -> CrisisRaised | None:
        """Answer the current question by its number key. Returns the crisis it raised, if any."""
        return self._checklist_step(lambda s: s.answer_key(key))

    def skip_checklist_item(self, reason: SkipReason) -> None:
        self._checklist_step(lambda s: s.skip(reason))

    def checklist_back(self) -> bool:
        moved: list[bool] = []
        self._checklist_step(lambda s: moved.append(s.back()))
        return bool(moved and moved[0])

    def checklist_forward(self) -> bool:
        moved: list[bool] = []
        self._checklist_step(lambda s: moved.append(s.forward()))
        return bool(moved and moved[0])

    def close_checklist(self) -> None:
        """Take the checklist off screen (its result stays with the contact and is already queued)."""
        run = self.current
        if run is None:
            return
        self._store().close(run.checklist_id)
        run.stored = self._store().get(run.checklist_id)
        self._ctx.notify(Changes(checklist=True))

    def record_crisis_decision(
        self, decision: CrisisDecisionKind, *, reason: str | None = None, dispatch_id: str | None = None
    ) -> StoredDecision:
        """What was done about the crisis: dispatched (default: the contact's newest dispatch), safety plan
        agreed, or other with a reason (required). Committed and queued; works offline."""
        _account, contact = self._ctx.active()
        if decision not in CRISIS_DECISIONS:
            raise ChecklistRefused("invalid_decision")
        text = (reason or "").strip()[:MAX_DECISION_REASON] or None
        if decision == "other" and text is None:
            raise ChecklistRefused("reason_required")
        if decision == "dispatched" and dispatch_id is None:
            dispatches = self._ctx.require().store.dispatches.for_contact(contact.contact_id)
            dispatch_id = dispatches[0].client_id if dispatches else None
        stored = self._store().save_decision(contact.contact_id, decision=decision, reason=text,
                                             dispatch_id=dispatch_id if decision == "dispatched" else None)
        log.info("crisis decision recorded: %s", decision)
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(crisis=True, sync=True))
        return stored

    def adopt_decision(self, contact_id: str, entry: Entry) -> None:
        """A crisis decision the server has from another PC, kept here as it is (nothing is queued)."""
        body = entry.crisis_decision
        if body is None:
            return
        self._store().adopt_decision(
            contact_id, entry_id=str(entry.id), decision=body.decision, reason=body.reason,
            dispatch_id=body.dispatch_id, revision=entry.revision, decided_at=entry.created_at,
        )

    def adopt_checklist(self, contact_id: str, entry: Entry) -> None:
        """A checklist result the server has for a contact reopened here, kept as a finished run: its
        crisis answers still ask for the decision here, as the server does before the wrap-up."""
        result = entry.checklist
        if result is None:
            return
        session = {
            "format": SESSION_FORMAT, "instrument_id": result.instrument_id, "version": result.version,
            "answers": dict(result.answers), "skipped": dict(result.skipped), "position": None,
            "crisis": [c.model_dump(mode="json") for c in result.crisis],
        }
        self._store().adopt_checklist(
            contact_id, entry_id=str(entry.id), session=session, result=result.model_dump(mode="json"),
            revision=entry.revision, saved_at=entry.created_at,
        )

    # --- internals --------------------------------------------------------------------------------

    def _store(self) -> ChecklistStore:
        account = self._ctx.require()
        return ChecklistStore(account.db, account.outbox, now=self._ctx.server_now)

    def _run(self, stored: StoredChecklist) -> ChecklistRun:
        run = self._runs.get(stored.checklist_id)
        if run is not None:
            run.stored = stored
            return run
        entry = next((e for e in self.instruments() if isinstance(e, Available)
                      and e.instrument.id == stored.instrument_id
                      and e.instrument.version == stored.version), None)
        if entry is None:
            run = ChecklistRun(stored, None, None, "instrument_unavailable")
        else:
            try:
                run = ChecklistRun(stored, entry, InstrumentRun.from_dict(entry.instrument, stored.session))
            except InstrumentRunError as exc:
                log.warning("stored checklist does not fit its instrument: %s", exc.code)
                run = ChecklistRun(stored, entry, None, exc.code)
        self._runs[stored.checklist_id] = run
        return run

    def _checklist_step(self, action: Callable[[InstrumentRun], object]) -> CrisisRaised | None:
        self._ctx.active()
        run = self.current
        if run is None or run.session is None:
            raise ChecklistRefused("no_checklist")
        before = self.crisis
        try:
            outcome = action(run.session)
        except InstrumentRunError as exc:
            raise ChecklistRefused(exc.code) from None
        run.stored = self._store().save(run.checklist_id, run.session.to_dict(), run.payload())
        after = self.crisis
        if len(after) > len(before):
            log.warning("crisis rule fired: %s", ",".join(r.rule for r in after if r not in before))
        self._ctx.refresh_counts()
        self._ctx.notify(Changes(checklist=True, sync=True, crisis=after != before))
        return outcome if isinstance(outcome, CrisisRaised) else None
