"""The shift lead's notices for a crisis a counselor's checklist raised, a chat waiting in the queue with a
crisis expression (nobody has it yet), and a handoff nobody accepted in time (escalated), at the window's
top right under the dispatch notices, as those are for dispatches. The board lists them all; these reach
the lead while the board is not on screen, and, being notices, on the desktop while the window is
minimised (ui/shell/desktop_alert.py). Nothing here is modal or takes the focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from annyeong.ui.handoff.labels import target_name
from annyeong.ui.handoff.notice import Notice, NoticeStack
from annyeong.ui.text.formatting import format_time
from annyeong.ui.text.labels import risk_tier_name
from annyeong.ui.text.text import set_plain

if TYPE_CHECKING:
    from annyeong.console.board.ops import ShiftBoard
    from annyeong.console.wire import BoardCall, CrisisAlert, Handoff
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.window import MainWindow


WAIT_TICK_MS = 30_000  # a waiting notice says how long in minutes: a half-minute tick keeps it true


def _t(text: str) -> str:
    return QCoreApplication.translate("FloorAlert", text)


def waited_text(call: BoardCall, now: datetime) -> str:
    """How long the chat has waited, by the server's clock: since when, and for how many minutes."""
    minutes = max(0, int((now - call.created_at).total_seconds())) // 60
    how = _t("{n}분째").format(n=minutes) if minutes else _t("1분 미만")
    return _t("{at}부터 기다리는 중 ({how}) · 아직 받은 상담원이 없습니다").format(
        at=format_time(call.created_at), how=how)


class FloorNotices(NoticeStack):
    board_requested = Signal()  # 상황판 보기

    def __init__(self, parent: QWidget, *, above: QWidget | None = None) -> None:
        super().__init__(parent, under=above)
        self.setObjectName("floorNotices")
        self.setAccessibleName(_t("위기·에스컬레이션 알림"))

    def show_alerts(
        self, crises: list[CrisisAlert], escalated: list[Handoff], *,
        waiting: Sequence[BoardCall] = (), now: datetime | None = None,
    ) -> None:
        """`waiting`: the crisis chats still in the queue, first (they have nobody yet); `now`: the server's
        clock, for how long they have waited."""
        calls = {f"waiting:{c.id}": c for c in waiting if f"waiting:{c.id}" not in self._dismissed}
        wanted: dict[str, CrisisAlert | Handoff] = {f"crisis:{c.contact_id}": c for c in crises}
        wanted.update({f"escalated:{h.id}": h for h in escalated})
        wanted = {k: v for k, v in wanted.items() if k not in self._dismissed}
        for key in [k for k in self._notices if k not in wanted and k not in calls]:
            self._drop(key)
        for key, call in calls.items():
            body = waited_text(call, now or call.created_at)
            known = self._notices.get(key)
            if known is None:
                self._add(self._waiting(key, body))
            else:
                set_plain(known.body, body)
        for key, item in wanted.items():
            if key not in self._notices:
                self._add(self._crisis(key, item) if key.startswith("crisis:") else  # type: ignore[arg-type]
                          self._escalated(key, item))  # type: ignore[arg-type]
        self._sync()

    def _waiting(self, key: str, body: str) -> Notice:
        title = _t("위기 표현 · 대기 중인 채팅")
        notice = Notice(key, title, body, self, tone="crisis")
        return self._with_buttons(notice)

    def _crisis(self, key: str, crisis: CrisisAlert) -> Notice:
        title = _t("위기 응답 · {who} 상담원").format(who=crisis.counselor.name)
        body = _t("{at} 위기 선별에서 긴급 응답이 나왔습니다 · 대응 결정 전").format(
            at=format_time(crisis.raised_at))
        return self._with_buttons(Notice(key, title, body, self, tone="crisis"))

    def _escalated(self, key: str, handoff: Handoff) -> Notice:
        to = handoff.to_user.name if handoff.to_user else target_name(handoff.target)
        title = _t("응답 없는 인계 · {who} → {to}").format(who=handoff.from_user.name, to=to)
        body = _t("위험도 {tier} · {at}부터 아무도 받지 않았습니다").format(
            tier=risk_tier_name(handoff.sbar.risk_tier),
            at=format_time(handoff.escalated_at or handoff.created_at))
        tone = "crisis" if handoff.sbar.risk_tier in ("high", "imminent") else "warn"
        return self._with_buttons(Notice(key, title, body, self, tone=tone))

    def _with_buttons(self, notice: Notice) -> Notice:
        ok = QPushButton(_t("확인"), notice)
        ok.setObjectName("floorNoticeDismissButton")
        ok.setAccessibleName(_t("알림 닫기"))
        ok.setAutoDefault(False)
        ok.clicked.connect(lambda: self.dismiss(notice.key))
        board = QPushButton(_t("상황판 보기"), notice)
        board.setObjectName("floorNoticeBoardButton")
        board.setAccessibleName(_t("상황판에서 보기"))
        board.setAutoDefault(False)
        board.clicked.connect(self.board_requested)
        notice.add_button(ok)
        notice.add_button(board)
        return notice


class FloorAlertWiring(QObject):
    """Keeps the notices in step with the core's open crises and escalations (built by MainWindow)."""

    def __init__(self, window: MainWindow, board: ShiftBoard, bridge: CoreBridge, above: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("floorAlertWiring")
        self._window = window
        self._board = board
        central = window.centralWidget()
        self.notices = FloorNotices(central if central is not None else window, above=above)
        self.notices.board_requested.connect(lambda: window.shift_lead.show_view("board"))
        window.shift_lead.pages.currentChanged.connect(lambda _i: self.refresh())
        bridge.changed.connect(lambda changes: self.refresh() if changes.board or changes.session else None)
        self._tick = QTimer(self)
        self._tick.setObjectName("floorWaitingTick")
        self._tick.setInterval(WAIT_TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def refresh(self) -> None:
        lead = self._board.may_see_board  # signed in, as a lead
        alerts = self._board.floor_alerts
        self.notices.suppressed = self._window.shift_lead.view() == "board"
        self.notices.show_alerts(alerts.open_crises() if lead else [],
                                 alerts.open_escalations() if lead else [],
                                 waiting=alerts.waiting_crises() if lead else [],
                                 now=self._board.server_now() if lead else None)
