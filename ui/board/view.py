"""상황판: the shift lead's second top-level view. Counselor tiles, waiting calls, open dispatches (red),
pending handoffs with their age, overdue follow-ups, escalations (amber), crises; the lead's actions; the
charts below; the 교대 인계 보고서 one click away. Live while shown (the core refetches on events)."""

from __future__ import annotations

from collections.abc import Awaitable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.board.ops import CaseConflict
from annyeong.console.errors import ApiError, ConsoleError
from annyeong.console.wire import Board
from annyeong.ui.board.lists import BoardSection, Row
from annyeong.ui.board.shift_report_view import ShiftReportView
from annyeong.ui.board.stats_charts import StatsPanel
from annyeong.ui.board.tiles import CounselorGrid
from annyeong.ui.card.sections import repolish
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.handoff.labels import age_text, handoff_error_text, handoff_problem_text, target_name
from annyeong.ui.text.formatting import format_duration, format_time, local
from annyeong.ui.text.labels import risk_tier_name
from annyeong.ui.text.messages import error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.board.ops import ShiftBoard
    from annyeong.ui.shell.tasks import TaskRegistry


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardView", text)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class BoardView(QFrame):
    contact_taken = Signal(str)  # contact id the lead now holds (the window shows the console view)

    def __init__(self, board: ShiftBoard, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self.setAccessibleName(_t("상황판"))
        self._board = board
        self._tasks = tasks
        self._active = False

        title = plain_label(_t("상황판"), self, object_name="boardTitle")
        self.status = plain_label(object_name="boardStatus")
        self.report_button = _button(
            _t("교대 인계 보고서"), "shiftReportButton", _t("교대 인계 보고서 열기"), self)
        self.report_button.clicked.connect(self.show_report)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(title)
        top.addWidget(self.status, 1)
        top.addWidget(self.report_button)

        self.grid = CounselorGrid(self._take_over, self)
        self.waiting = BoardSection("waiting", _t("대기 전화"), self)
        self.dispatches = BoardSection("dispatches", _t("출동 확인 대기"), self)
        self.handoffs = BoardSection("handoffs", _t("인계 대기"), self)
        self.follow_ups = BoardSection("followUps", _t("기한 지난 후속 연락"), self)
        self.escalations = BoardSection("escalations", _t("에스컬레이션"), self)
        self.crises = BoardSection("crises", _t("위기 응답"), self)
        lists = QGridLayout()
        lists.setSpacing(10)
        for index, section in enumerate(
            (self.waiting, self.dispatches, self.crises, self.handoffs, self.escalations, self.follow_ups)
        ):
            lists.addWidget(section, index // 3, index % 3)
        for col in range(3):
            lists.setColumnStretch(col, 1)

        self.action_bar = self._action_bar()
        self.stats = StatsPanel(board, self)
        content = QWidget(self)
        content.setObjectName("boardContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(20, 6, 20, 20)
        inner.setSpacing(12)
        inner.addWidget(self.grid)
        inner.addLayout(lists)
        inner.addWidget(self.action_bar)
        inner.addWidget(self.stats)
        scroll = QScrollArea(self)
        scroll.setObjectName("boardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.report = ShiftReportView(board, self)
        self.report.back_requested.connect(self.show_board)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.report)
        head = QWidget(self)
        head.setLayout(top)
        top.setContentsMargins(20, 14, 20, 4)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(head)
        column.addWidget(self.pages, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._tick)

    # --- public ----------------------------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """The view is on screen (or not): watch the board only while it is."""
        if on == self._active:
            return
        self._active = on
        self._board.watch_board(on)
        if on:
            self._clock.start()
            self._run(self._load_extras(), None)
        else:
            self._clock.stop()
        self.refresh()

    def show_report(self) -> None:
        self.pages.setCurrentWidget(self.report)
        self.report.reload()

    def show_board(self) -> None:
        self.pages.setCurrentIndex(0)

    def feedback_text(self) -> str:
        return self.feedback.text()

    def refresh(self, _changes: object = None) -> None:
        shift_board = self._board
        error = shift_board.board_error
        if error is not None:
            text = handoff_problem_text(error) or _t(
                "상황판을 불러오지 못했습니다 ({code}).").format(code=error)
            set_plain(self.status, text)
            self.status.setProperty("tone", "warn")
        elif shift_board.latest is not None:
            set_plain(self.status, _t("{time} 기준 · 실시간").format(
                time=local(shift_board.latest.generated_at).strftime("%H:%M:%S")))
            self.status.setProperty("tone", "ok")
        repolish(self.status)
        board = shift_board.latest
        if board is None:
            return
        self.grid.show_counselors(board.counselors)
        self._fill_lists(board)
        self._fill_people(board)
        if _changes is None or getattr(_changes, "board", False):
            self.stats.refresh()

    # --- sections --------------------------------------------------------------------------------

    def _since_board(self, board: Board) -> float:
        """Seconds since the server made `board` (by the server's clock): waits and ages count on between
        refetches, which come only when something on the floor changes."""
        return max(0.0, (self._board.server_now() - board.generated_at).total_seconds())

    def _fill_waiting(self, board: Board) -> None:
        since = self._since_board(board)
        # In the order they are offered (the server's): a chat with crisis words first, in red.
        calls = sorted(board.waiting_calls, key=lambda c: not c.crisis)
        self.waiting.set_rows(
            [Row(c.id, _t("{channel} · {wait} 대기").format(
                channel=_t("채팅") if c.channel == "chat" else _t("전화"),
                wait=format_duration(c.waited_s + since)),
                tone="warn" if c.waited_s + since >= 60 else "muted") if not c.crisis else
             Row(c.id, _t("위기 표현 · {channel} · {wait} 대기 · 먼저 연결").format(
                 channel=_t("채팅") if c.channel == "chat" else _t("전화"),
                 wait=format_duration(c.waited_s + since)), tone="crisis") for c in calls],
            summary=_t("{n}건 · 최장 {wait}").format(n=len(board.waiting_calls),
                                                   wait=format_duration((board.longest_wait_s or 0) + since))
            if board.waiting_calls else None, tone="crisis" if any(c.crisis for c in calls) else "warn")

    def _fill_lists(self, board: Board) -> None:
        self._fill_waiting(board)
        self.dispatches.set_rows(
            [Row(d.id, _t("{service} · {who} · {at} 요청 · 확인 전").format(
                service="112" if d.service == "police_112" else "119", who=d.counselor.name,
                at=format_time(d.received_at)), tone="crisis") for d in board.open_dispatches], tone="crisis")
        self.handoffs.set_rows([
            Row(p.handoff.id, _t("{who} → {target} · {age} · 위험도 {tier}").format(
                who=p.handoff.from_user.name,
                target=p.handoff.to_user.name if p.handoff.to_user else target_name(p.handoff.target),
                age=age_text(p.age_s), tier=risk_tier_name(p.handoff.sbar.risk_tier)),
                tone="warn" if p.handoff.escalated_at else "muted", action=_t("배정"),
                action_name="assignHandoffButton", on_action=partial(self._assign, p.handoff.id))
            for p in board.pending_handoffs])
        self.follow_ups.set_rows([
            Row(f.id, _t("{when} · {who} · {reason}").format(
                when=local(f.due_at).strftime("%m-%d %H:%M"), who=f.assignee.name or _t("공동"),
                reason=f.reason or ""), tone="warn") for f in board.overdue_follow_ups], tone="warn")
        self.escalations.set_rows([
            Row(e.id, _t("응답 없는 인계 · {at}부터").format(at=format_time(e.created_at)), tone="warn",
                action=_t("확인"), action_name="ackEscalationButton",
                on_action=partial(self._acknowledge, e.id))
            for e in board.escalations], tone="warn")
        self.crises.set_rows([
            Row(c.contact_id, _t("{who} · {at} 위기 응답 · 결정 전").format(
                who=c.counselor.name, at=format_time(c.raised_at)), tone="crisis")
            for c in board.crises if not c.decided], tone="crisis")

    def _action_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("boardActions")
        self.person = QComboBox(bar)
        self.person.setObjectName("boardPerson")
        self.person.setAccessibleName(_t("상담원 선택"))
        self.person.setMinimumWidth(140)
        self.message = QLineEdit(bar)
        self.message.setObjectName("boardMessage")
        self.message.setAccessibleName(_t("보낼 메시지"))
        self.message.setPlaceholderText(_t("상담원에게 보낼 메시지"))
        self.message.setMaxLength(1000)
        send = _button(_t("메시지 보내기"), "sendMessageButton", _t("메시지 보내기"), bar)
        send.clicked.connect(self._send_message)
        self.message.returnPressed.connect(self._send_message)
        self.case = QComboBox(bar)
        self.case.setObjectName("boardCase")
        self.case.setAccessibleName(_t("재배정할 사례"))
        self.case.setMinimumWidth(320)
        reassign = _button(
            _t("사례 재배정"), "reassignCaseButton", _t("선택한 사례를 선택한 상담원에게"), bar)
        reassign.clicked.connect(self._reassign)
        self.feedback = plain_label(object_name="boardFeedback", word_wrap=True)
        self.feedback.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(plain_label(_t("상담원"), bar, object_name="boardActionLabel"))
        row.addWidget(self.person)
        row.addWidget(self.message, 1)
        row.addWidget(send)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(plain_label(_t("사례"), bar, object_name="boardActionLabel"))
        second.addWidget(self.case, 1)
        second.addWidget(reassign)
        column = QVBoxLayout(bar)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(8)
        column.addLayout(row)
        column.addLayout(second)
        column.addWidget(self.feedback)
        return bar

    def _fill_people(self, board: Board) -> None:
        chosen = self.person.currentData()
        people = [(c.user.id, c.user.name) for c in board.counselors if c.role == "counselor"]
        if [self.person.itemData(i) for i in range(self.person.count())] != [p[0] for p in people]:
            self.person.clear()
            for user_id, name in people:
                self.person.addItem(name, user_id)
            if chosen is not None:
                self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        report = self._board.shift_report
        cases = [(c.case.id, c.case.version, _t("{who} 담당 · 위험도 {tier}").format(
            who=c.case.owner.name, tier=risk_tier_name(c.risk_tier)))
            for c in (report.open_cases if report else [])]
        if [self.case.itemData(i) for i in range(self.case.count())] != [(c[0], c[1]) for c in cases]:
            self.case.clear()
            for case_id, version, text in cases:
                self.case.addItem(text, (case_id, version))

    # --- actions ---------------------------------------------------------------------------------

    def _take_over(self, contact_id: str) -> None:
        async def go() -> None:
            await self._board.take_over_contact(contact_id)
            self.contact_taken.emit(contact_id)

        self._run(go(), _t("상담을 넘겨받았습니다."))

    def _assign(self, handoff_id: str) -> None:
        user_id = self.person.currentData()
        if not user_id:
            self._say(_t("배정할 상담원을 먼저 고르세요."), "warn")
            return
        self._run(self._board.assign_handoff(handoff_id, user_id),
                  _t("{who}에게 배정했습니다.").format(who=self.person.currentText()))

    def _acknowledge(self, escalation_id: str) -> None:
        self._run(self._board.acknowledge_escalation(escalation_id), _t("확인했습니다."))

    def _send_message(self) -> None:
        user_id, text = self.person.currentData(), self.message.text().strip()
        if not user_id or not text:
            self._say(_t("상담원과 메시지를 모두 입력하세요."), "warn")
            return
        self.message.clear()
        self._run(self._board.send_message(user_id, text),
                  _t("{who}에게 메시지를 보냈습니다.").format(who=self.person.currentText()))

    def _reassign(self) -> None:
        data, user_id = self.case.currentData(), self.person.currentData()
        if not data or not user_id:
            self._say(_t("사례와 상담원을 고르세요."), "warn")
            return
        case_id, version = data
        self._run(self._board.reassign_case(case_id, user_id, version=version),
                  _t("{who}에게 재배정했습니다.").format(who=self.person.currentText()))

    async def _load_extras(self) -> None:
        await self._board.load_shift_report()
        await self.stats.load_history()

    def _run(self, work: Awaitable[Any], done: str | None) -> None:
        CoreOp(work).success(lambda _value: self._say(done, "ok") if done else None).on(
            CaseConflict, self._conflict
        ).failure(lambda text: self._say(text, "warn"), text=_lead_error_text).run_in_background(self._tasks)

    def _conflict(self, exc: CaseConflict) -> None:
        tried = self.person.itemText(max(0, self.person.findData(exc.tried)))
        self._say(_t("다른 곳에서 먼저 바뀌었습니다. 보낸 값: {tried} · 지금 값: {now}").format(
            tried=tried, now=exc.current.owner.name), "warn")

    def _say(self, text: str, tone: str) -> None:
        set_plain(self.feedback, text)
        self.feedback.setVisible(bool(text))
        self.feedback.setProperty("tone", tone)
        repolish(self.feedback)

    def _tick(self) -> None:
        self.grid.tick()  # call timers tick here
        board = self._board.latest
        if board is not None and board.waiting_calls:
            self._fill_waiting(board)  # a caller's wait counts on, second by second


def _lead_error_text(exc: ConsoleError) -> str:
    """A lead's refused step: a 403 reads as "not allowed", the rest in the handoff's words."""
    if isinstance(exc, ApiError) and exc.status == 403:
        return handoff_problem_text("forbidden") or error_text(exc)
    return handoff_error_text(exc)
