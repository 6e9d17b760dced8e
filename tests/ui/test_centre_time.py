"""Every time a counselor reads or picks is Seoul time, whatever zone the workstation is set to: a PC
left on New York or UTC shows the same callback hours, shift names and "…까지" as one in Seoul."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDateTimeEdit

from annyeong.console.board.shift_report import handover
from annyeong.ui.board.shift_report_view import handover_text, report_html
from annyeong.ui.follow_up.plan import callback_at, callback_text, default_callback, set_callback
from annyeong.ui.text.formatting import format_time, local
from tests.ui.test_board_report import _report

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture(autouse=True, params=["America/New_York", "UTC", "Asia/Seoul"])
def pc_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_times_shown_are_seoul_time() -> None:
    moment = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # 21:00 in Seoul
    assert format_time(moment) == "21:00"
    assert local(moment).utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]


def test_a_default_callback_is_ten_in_the_morning_in_seoul() -> None:
    due = default_callback(1)
    assert due.utcoffset().total_seconds() == 9 * 3600  # type: ignore[union-attr]
    assert (due.hour, due.minute) == (10, 0)
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    set_callback(edit, due)
    assert edit.text().endswith("10:00")  # the picker shows the Seoul hour too
    picked = callback_at(edit)
    assert picked == due.astimezone(UTC)  # and what it gives back is the same moment
    assert callback_text(picked).endswith("10:00")


def test_the_shift_report_names_seoul_shifts() -> None:
    made = datetime(2026, 11, 25, 11, 55, tzinfo=UTC)  # 20:55 in Seoul: the evening shift hands over
    outgoing, incoming = handover(made)
    assert (outgoing.hours, incoming.hours) == ((15, 23), (23, 7))
    report = _report().model_copy(update={"generated_at": made,
                                           "next_shift_until": incoming.end.astimezone(UTC)})
    assert handover_text(report) == "저녁조 15–23 → 야간조 23–07"
    assert "작성 11-25 20:55" in report_html(report) and "11-26 07:00까지" in report_html(report)
