"""Property tests over the shipped instruments: scores stay in range, tiers are monotone in the total."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annyeong.console.instruments import Instrument, InstrumentRun, load_all
from annyeong.console.instruments.model import RISK_ORDER, Subscale, score_range
from annyeong.console.instruments.scoring import tier_for

from .support import SHIPPED

INSTRUMENTS: list[Instrument] = [e.instrument for e in load_all(SHIPPED, set(), training=True)]  # type: ignore[union-attr]


@st.composite
def _administered(draw: st.DrawFn) -> tuple[Instrument, InstrumentRun]:
    instrument = draw(st.sampled_from(INSTRUMENTS))
    session = InstrumentRun(instrument)
    steps = 0
    while session.current is not None:
        item = session.current
        steps += 1
        # The rare actions sit at the top of each range, so the simplest example answers straight through.
        if draw(st.integers(0, 9)) == 9:
            session.skip(draw(st.sampled_from(["declined", "does_not_know", "other"])))
        else:
            session.answer(draw(st.sampled_from([o.value for o in item.options])))
        if steps < 40 and draw(st.integers(0, 7)) == 7:
            session.back()
    return instrument, session


@settings(max_examples=400, deadline=None)
@given(_administered())
def test_scores_stay_in_range_and_tiers_match(case: tuple[Instrument, InstrumentRun]) -> None:
    instrument, session = case
    result = session.result()
    assert session.complete
    if instrument.scoring is not None and result.total is not None:
        low, high = score_range(instrument.scoring, instrument.items)
        assert low <= result.total <= high
        if instrument.tiers:
            assert result.tier is not None
    for sub in instrument.subscales:
        score = result.subscales[sub.id].score
        if score is not None:
            low, high = score_range(sub.scoring, instrument.items)
            assert low <= score <= high
    if result.crisis:
        assert result.next_step == "emergency"
    resumed = InstrumentRun.from_dict(instrument, session.to_dict())
    assert resumed.result() == result


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([i for i in INSTRUMENTS if i.scoring and i.tiers]), st.floats(0, 1), st.floats(0, 1))
def test_tiers_are_monotone_in_the_total(instrument: Instrument, a: float, b: float) -> None:
    assert instrument.scoring is not None
    low, high = score_range(instrument.scoring, instrument.items)
    x, y = sorted((low + a * (high - low), low + b * (high - low)))
    tx, ty = tier_for(instrument.tiers, x), tier_for(instrument.tiers, y)
    assert tx is not None and ty is not None
    ids = [t.id for t in instrument.tiers]
    assert ids.index(tx.id) <= ids.index(ty.id)
    step = RISK_ORDER[ty.risk] - RISK_ORDER[tx.risk]
    assert step >= 0 if instrument.scoring.higher_is == "risk" else step <= 0


SUBSCALES = [(i, s) for i in INSTRUMENTS for s in i.subscales if s.tiers]


def test_some_shipped_subscales_have_tiers() -> None:
    assert {s.id for _i, s in SUBSCALES} >= {"emotional", "social", "family", "friends"}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SUBSCALES), st.floats(0, 1), st.floats(0, 1))
def test_subscale_tiers_are_monotone_too(case: tuple[Instrument, Subscale], a: float, b: float) -> None:
    instrument, sub = case
    low, high = score_range(sub.scoring, instrument.items)
    x, y = sorted((low + a * (high - low), low + b * (high - low)))
    tx, ty = tier_for(sub.tiers, x), tier_for(sub.tiers, y)
    assert tx is not None and ty is not None, "every score in range has a subscale tier"
    ids = [t.id for t in sub.tiers]
    assert ids.index(tx.id) <= ids.index(ty.id)
    step = RISK_ORDER[ty.risk] - RISK_ORDER[tx.risk]
    assert step >= 0 if sub.scoring.higher_is == "risk" else step <= 0
