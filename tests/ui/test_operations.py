"""The one way a widget runs a core operation (ui/common/operations.py): success and refusal
handled in one place, a refusal worded for a person, a bug never worded as a refusal,
background runs held by the registry."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from annyeong.console.errors import ConsoleError, Offline
from annyeong.console.referrals.follow_ups import FollowUpRefused
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.shell.tasks import TaskRegistry


async def _value(value: Any) -> Any:
    return value


async def _refuse(error: BaseException) -> None:
    raise error


@pytest.mark.usefixtures("qapp")
def test_success_reaches_its_callback_and_the_outcome() -> None:
    seen: list[Any] = []
    outcome = asyncio.run(CoreOp(_value(5)).success(seen.append).failure(seen.append).run())
    assert outcome.ok and outcome.value == 5 and seen == [5]


@pytest.mark.usefixtures("qapp")
def test_a_refusal_is_worded_once_and_always_runs_after_it() -> None:
    order: list[str] = []
    outcome = asyncio.run(
        CoreOp(_refuse(Offline())).success(lambda _v: order.append("success"))
        .failure(lambda text: order.append(f"failure:{text}")).always(lambda: order.append("always")).run()
    )
    assert not outcome.ok and isinstance(outcome.error, Offline)
    assert order == [f"failure:{outcome.message}", "always"]
    assert outcome.message and "offline" not in outcome.message  # words, never the code


@pytest.mark.usefixtures("qapp")
def test_a_specific_refusal_goes_to_its_handler_not_the_sentence() -> None:
    handled: list[ConsoleError] = []
    worded: list[str] = []
    refusal = FollowUpRefused("not_delivered_yet")
    outcome = asyncio.run(
        CoreOp(_refuse(refusal)).on(FollowUpRefused, handled.append).failure(worded.append).run()
    )
    assert handled == [refusal] and worded == [] and not outcome.ok


@pytest.mark.usefixtures("qapp")
def test_a_bug_is_not_worded_as_a_refusal() -> None:
    worded: list[str] = []
    after: list[bool] = []
    op = CoreOp(_refuse(KeyError("bug"))).failure(worded.append).always(lambda: after.append(True))
    with pytest.raises(KeyError):
        asyncio.run(op.run())
    assert worded == [] and after == [True]


@pytest.mark.usefixtures("qapp")
def test_a_widget_closed_while_its_request_was_out_hears_nothing_back() -> None:
    """A status request answered after its window closed: no callback touches the deleted widget
    (this once raised 'Internal C++ object already deleted' into the event loop)."""
    import shiboken6
    from PySide6.QtWidgets import QComboBox

    heard: list[str] = []
    outcomes = []
    for work in (_refuse(Offline()), _value(1)):
        combo = QComboBox()

        async def answered_after_close(work: Any = work, combo: QComboBox = combo) -> Any:
            shiboken6.delete(combo)  # the window closed while the request was on the wire
            return await work

        outcomes.append(asyncio.run(
            CoreOp(answered_after_close()).within(combo).success(lambda _v: heard.append("success"))
            .failure(lambda _t: heard.append("failure")).always(lambda: heard.append("always")).run()
        ))
    assert [outcome.ok for outcome in outcomes] == [False, True]
    assert outcomes[0].message and heard == []


def test_a_synchronous_step_runs_now() -> None:
    def refuse() -> int:
        raise ConsoleError("reason_required")

    assert CoreOp.now(lambda: 3).run_now().value == 3
    refused = CoreOp.now(refuse).failure(text=lambda exc: f"<{exc.code}>").run_now()
    assert not refused.ok and refused.message == "<reason_required>"


@pytest.mark.usefixtures("qapp")
def test_background_runs_are_held_by_the_registry_and_the_latest_wins() -> None:
    async def scenario() -> list[str]:
        tasks = TaskRegistry()
        done: list[str] = []
        slow = asyncio.Event()

        async def first() -> str:
            await slow.wait()
            return "first"

        CoreOp(first()).success(done.append).run_in_background(tasks, latest="lookup")
        second = CoreOp(_value("second")).success(done.append).run_in_background(tasks, latest="lookup")
        assert second is not None
        await second
        await asyncio.sleep(0)
        await tasks.cancel_all()
        return done

    assert asyncio.run(scenario()) == ["second"]
