"""What a contact did, as 마무리 ticks it: a checklist ③ (not the crisis screen), a dispatch ⑤ (not one
withdrawn as a mistake) or a crisis decision ⑤, a report about someone else ④, a referral 처리 결과 연계함."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from annyeong.console.contacts.wrap_up_auto import done_marks
from annyeong.console.dispatches.local import DispatchFields, LocalDispatch
from annyeong.console.store.referrals import LocalReferral
from annyeong.console.wire import Consent

NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)


def _dispatch(client_id: str, **fields: object) -> LocalDispatch:
    return LocalDispatch(client_id=client_id, contact_id="c", service="police_112",
                         fields=DispatchFields(**fields), pressed_at=NOW)  # type: ignore[arg-type]


def _referral(client_id: str, by: str) -> LocalReferral:
    return LocalReferral(
        client_id=client_id, contact_id="c", case_id=None, target="isolation-prevention-center",
        form_id="f", fields={}, withheld=(), consent=Consent(given=True, by=by, how="verbal_phone"),  # type: ignore[arg-type]
        lawful_basis=None, status="queued", created_at=NOW, updated_at=NOW,
    )


def test_each_thing_done_marks_its_service_type_once() -> None:
    answered = {"answers": {"q1": 1}}
    marks = done_marks(
        [("k1", "ucla3_loneliness", answered), ("k2", "crisis_safety_screen", answered),
         ("k3", "lsns6", None)],
        [_dispatch("d1"), _dispatch("d2", caller_relation="family"),
         replace(_dispatch("d3"), cancel_reason="pressed_by_mistake")],
        [_referral("r1", "person"), _referral("r2", "other")],
    )
    got = {(m.key, m.service_type, m.disposition) for m in marks}
    assert got == {
        ("checklist:k1", "isolation_check", None),
        ("dispatch:d1", "crisis", None),
        ("dispatch:d2", "crisis", None),
        ("report:d2", "isolation_report", None),
        ("referral:r1", None, "referred"),
        ("referral:r2", None, "referred"),
        ("report:r2", "isolation_report", None),
    }
    assert len({m.key for m in marks}) == len(marks), "one key per thing done"


def test_a_crisis_decision_without_a_dispatch_is_an_emergency_response() -> None:
    """A safety plan agreed on the crisis screen, nobody dispatched: still ⑤ 위기 시 긴급 대응."""
    marks = done_marks([("k2", "crisis_safety_screen", {"answers": {"q1": 1}})], [], [], "c1")
    assert {(m.key, m.service_type) for m in marks} == {("decision:c1", "crisis")}
    assert done_marks([("k2", "crisis_safety_screen", {"answers": {"q1": 1}})], [], []) == []
