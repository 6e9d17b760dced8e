"""A guided administration of one instrument: one item at a time, branching, skip with a reason, result.

The session holds only what the counselor entered (answers as given, skips with reasons, where they are)
and serialises to a plain dict after every step, so the core can persist it and resume after a crash.
Everything else (visibility, scores, tier) is recomputed from that, so a resumed session cannot disagree
with a fresh one. Safety checks run on every answer; a crisis once raised stays raised even if the answer
is changed later, because the emergency path has already started and needs a recorded decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, get_args

from annyeong.console.instruments import safety
from annyeong.console.instruments.model import RISK_ORDER, Instrument, Item, NextStep, Risk
from annyeong.console.instruments.safety import CrisisRaised
from annyeong.console.instruments.scoring import running_total, score_scale, visible_items

SkipReason = Literal["declined", "does_not_know", "not_appropriate", "interrupted", "other"]
SKIP_REASONS: Final = frozenset(get_args(SkipReason))
SESSION_FORMAT: Final = 1


class InstrumentRunError(ValueError):
    """A call the session cannot honour, or a saved session that does not fit the instrument."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class Progress:
    position: int | None  # 1-based among the items asked so far; None at the result
    done: int  # answered or skipped
    total: int  # items that will be asked given the answers so far


@dataclass(frozen=True)
class SubscaleResult:
    score: float | None
    tier: str | None
    risk: Risk | None


@dataclass(frozen=True)
class Result:
    instrument_id: str
    version: str
    answers: dict[str, int]
    skipped: dict[str, str]
    total: float | None
    tier: str | None
    risk: Risk | None
    next_step: NextStep
    provisional: bool
    complete: bool
    crisis: tuple[CrisisRaised, ...]
    crisis_unanswered: tuple[str, ...]  # known crisis items that were asked but skipped
    subscales: dict[str, SubscaleResult] = field(default_factory=dict)


class InstrumentRun:
    """One instrument being answered: the answers so far, what is skipped, the crisis raised, where it
    stands; saved after every step (to_dict) so a crash resumes it."""

    def __init__(self, instrument: Instrument) -> None:
        self.instrument = instrument
        self._answers: dict[str, int] = {}
        self._skipped: dict[str, str] = {}
        self._raised: list[CrisisRaised] = []
        first = self._visible()
        self._position: str | None = first[0].id if first else None

    # --- where we are -------------------------------------------------------------------------------

    @property
    def current(self) -> Item | None:
        """The item to read now; None when at the result."""
        return self.instrument.item(self._position) if self._position is not None else None

    @property
    def complete(self) -> bool:
        return all(self._finished(i) for i in self._visible())

    @property
    def progress(self) -> Progress:
        shown = self._visible()
        ids = [i.id for i in shown]
        position = ids.index(self._position) + 1 if self._position in ids else None
        return Progress(position, sum(1 for i in shown if self._finished(i)), len(shown))

    @property
    def running_total(self) -> float | None:
        return running_total(self.instrument, self._visible(), self._answers)

    @property
    def crisis(self) -> tuple[CrisisRaised, ...]:
        return tuple(self._raised)

    def answer_for(self, item_id: str) -> int | None:
        return self._answers.get(item_id)

    def skip_reason_for(self, item_id: str) -> str | None:
        return self._skipped.get(item_id)

    # --- what the counselor does --------------------------------------------------------------------

    def answer(self, value: int) -> CrisisRaised | None:
        """Record the current item's answer (an option value) and move on. Returns a crisis it raised."""
        item = self._require_current()
        if value not in {o.value for o in item.options}:
            raise InstrumentRunError("invalid_value", item.id)
        self._answers[item.id] = value
        self._skipped.pop(item.id, None)
        inst = self.instrument
        raised = safety.check_answer(item.id, value, instrument_id=inst.id, instrument=inst)
        if raised is not None and raised not in self._raised:
            self._raised.append(raised)
        self._advance(item.id)
        return raised

    def answer_key(self, key: int) -> CrisisRaised | None:
        """Answer by the number key printed next to an option."""
        option = self._require_current().option_for_key(key)
        if option is None:
            raise InstrumentRunError("invalid_key", str(key))
        return self.answer(option.value)

    def skip(self, reason: SkipReason) -> None:
        item = self._require_current()
        if reason not in SKIP_REASONS:
            raise InstrumentRunError("invalid_skip_reason", str(reason))
        self._skipped[item.id] = reason
        self._answers.pop(item.id, None)
        self._advance(item.id)

    def back(self) -> bool:
        ids = [i.id for i in self._visible()]
        if self._position is None:
            if not ids:
                return False
            self._position = ids[-1]
            return True
        index = ids.index(self._position)
        if index == 0:
            return False
        self._position = ids[index - 1]
        return True

    def forward(self) -> bool:
        """Move past the current item, only if it was answered or skipped (never past an unasked one)."""
        item = self.current
        if item is None or not self._finished(item):
            return False
        self._advance(item.id)
        return True

    # --- result ---------------------------------------------------------------------------------------

    def result(self) -> Result:
        shown = self._visible()
        shown_ids = {i.id for i in shown}
        # Answers to items a later change hid are kept in the session but are not part of the result.
        answers = {k: v for k, v in self._answers.items() if k in shown_ids}
        skipped = {k: v for k, v in self._skipped.items() if k in shown_ids}
        inst = self.instrument
        total = tier = None
        if inst.scoring is not None:
            scored = score_scale(inst.scoring, inst.tiers, inst, shown, answers)
            total, tier = scored.score, scored.tier
        subscales = {}
        for sub in inst.subscales:
            part = score_scale(sub.scoring, sub.tiers, inst, shown, answers)
            subscales[sub.id] = SubscaleResult(part.score, part.tier.id if part.tier else None,
                                               part.tier.risk if part.tier else None)
        risk: Risk | None = tier.risk if tier else None
        next_step: NextStep = tier.next_step if tier else "further_conversation"
        for raised in self._raised:
            floor = safety.RULE_RISK[raised.rule]
            if risk is None or RISK_ORDER[floor] > RISK_ORDER[risk]:
                risk = floor  # type: ignore[assignment]  # RULE_RISK holds Risk codes only
            next_step = "emergency"
        unanswered = tuple(i for i in skipped if i in safety.KNOWN_IDS)
        return Result(
            instrument_id=inst.id, version=inst.version, answers=answers, skipped=skipped, total=total,
            tier=tier.id if tier else None, risk=risk, next_step=next_step,
            provisional=not inst.scoring_verified, complete=self.complete, crisis=tuple(self._raised),
            crisis_unanswered=unanswered, subscales=subscales,
        )

    # --- persistence ----------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SESSION_FORMAT, "instrument_id": self.instrument.id, "version": self.instrument.version,
            "answers": dict(self._answers), "skipped": dict(self._skipped), "position": self._position,
            "crisis": [r.to_dict() for r in self._raised],
        }

    @classmethod
    def from_dict(cls, instrument: Instrument, data: Mapping[str, Any]) -> InstrumentRun:
        """Resume a saved run. Raises InstrumentRunError (with a code) when it does not fit the
        instrument."""
        if data.get("format") != SESSION_FORMAT:
            raise InstrumentRunError("unknown_format")
        if data.get("instrument_id") != instrument.id or data.get("version") != instrument.version:
            found = f"{data.get('instrument_id')} {data.get('version')}"
            raise InstrumentRunError("instrument_mismatch", found)
        session = cls(instrument)
        answers, skipped, raised = data.get("answers"), data.get("skipped"), data.get("crisis", [])
        if not isinstance(answers, dict) or not isinstance(skipped, dict) or not isinstance(raised, list):
            raise InstrumentRunError("bad_session", "answers, skipped or crisis")
        for item_id, value in answers.items():
            item = instrument.item(item_id) if isinstance(item_id, str) else None
            if item is None or type(value) is not int or value not in {o.value for o in item.options}:
                raise InstrumentRunError("bad_answer", str(item_id)[:64])
            session._answers[item_id] = value
        for item_id, reason in skipped.items():
            if instrument.item(item_id) is None or reason not in SKIP_REASONS or item_id in session._answers:
                raise InstrumentRunError("bad_skip", str(item_id)[:64])
            session._skipped[item_id] = reason
        try:
            stored = [CrisisRaised.from_dict(r) for r in raised if isinstance(r, dict)]
        except ValueError as exc:
            raise InstrumentRunError("bad_crisis", str(exc)) from exc
        # The saved record wins for what was raised; recomputing catches a crash between answer and save.
        recomputed = safety.check_answers(
            session._answers, instrument_id=instrument.id, instrument=instrument
        )
        for record in (*stored, *recomputed):
            if record not in session._raised:
                session._raised.append(record)
        position = data.get("position")
        visible = {i.id for i in session._visible()}
        if position is not None and position not in visible:
            raise InstrumentRunError("bad_position", str(position)[:64])
        if position is None:
            # "At the result" with questions still open cannot be right; resume at the first open one.
            pending = [i.id for i in session._visible() if not session._finished(i)]
            position = pending[0] if pending else None
        session._position = position
        return session

    # --- internals ------------------------------------------------------------------------------------

    def _visible(self) -> list[Item]:
        return visible_items(self.instrument, self._answers, self._skipped)

    def _finished(self, item: Item) -> bool:
        return item.id in self._answers or item.id in self._skipped

    def _require_current(self) -> Item:
        item = self.current
        if item is None:
            raise InstrumentRunError("no_current_item")
        return item

    def _advance(self, from_id: str) -> None:
        shown = self._visible()
        ids = [i.id for i in shown]
        after = ids[ids.index(from_id) + 1:] if from_id in ids else ids
        if after:
            self._position = after[0]
            return
        # At the end, go back to anything a changed answer newly opened up; else to the result.
        pending = [i.id for i in shown if not self._finished(i)]
        self._position = pending[0] if pending else None


def crisis_from_saved(data: Mapping[str, Any]) -> tuple[CrisisRaised, ...]:
    """Crises in a saved session without its instrument file (it may be unavailable now). Never raises."""
    instrument_id = data.get("instrument_id")
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return ()
    clean = {k: v for k, v in answers.items() if isinstance(k, str) and type(v) is int}
    found = list(safety.check_answers(clean, instrument_id=str(instrument_id)[:64]))
    for record in data.get("crisis") or []:
        try:
            stored = CrisisRaised.from_dict(record) if isinstance(record, dict) else None
        except ValueError:
            stored = None
        if stored is not None and stored not in found:
            found.append(stored)
    return tuple(found)
