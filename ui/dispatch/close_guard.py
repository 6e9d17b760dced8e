"""닫기 on a dispatch the agency reported failed, with nothing recorded since: asked once, in place.

A failure means the person was not reached through the agency; the counselor still has to act (phone
112 or 119 directly, or reach the person another way). One click on 닫기 took the panel and the header's
"출동 실패 · 확인 필요" away for good with neither recorded (an outside tester's finding). The first
click now says what is missing and turns the button into 그래도 닫기; the second closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annyeong.ui.dispatch.labels import service_number

if TYPE_CHECKING:
    from annyeong.console.dispatches.local import LocalDispatch
    from annyeong.ui.dispatch.status import DispatchStatusView


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchStatus", text)


def unanswered_failure(d: LocalDispatch) -> bool:
    """The agency reported it failed, and neither a direct call nor the person reached is recorded since
    (a failure the counselor recorded, with its reason, is their answer already)."""
    steps = d.server.steps if d.server is not None else []
    by_agency = any(s.step == "failed" and s.by_role == "dispatch_liaison" for s in steps)
    return by_agency and d.fallback_called_at is None and d.contact_confirmed_at is None and not d.cancelled


class CloseGuard:
    def __init__(self, status: DispatchStatusView, close: Callable[[], None]) -> None:
        self._status = status
        self._close = close
        self._asked: str | None = None  # the dispatch whose 닫기 was asked about

    def requested(self) -> None:
        d = self._status.dispatch()
        if d is None or not unanswered_failure(d) or self._asked == d.client_id:
            self._close()
            return
        self._asked = d.client_id
        self._status.show_message(_t(
            "출동이 실패했는데 그 뒤 한 일이 기록되지 않았습니다. {number}에 직접 전화했다면 ‘{number}에 "
            "직접 전화함’을 먼저 눌러 주세요. 닫으면 이 출동을 다시 알려 주지 않습니다."
        ).format(number=service_number(d.service)))
        self._status.close_button.setText(_t("그래도 닫기"))

    def shown(self, d: LocalDispatch | None) -> None:
        """The face now shows `d`: another dispatch, or one answered since, is asked about afresh."""
        if self._asked is not None and (d is None or d.client_id != self._asked or not unanswered_failure(d)):
            self._asked = None
            self._status.close_button.setText(_t("닫기"))
