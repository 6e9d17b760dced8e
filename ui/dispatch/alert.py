"""Emergency dispatch in the header and over the window: who must know about an emergency dispatch, at once.

- The shift lead: a red count in the header beside 상담 | 상황판 ("출동 대기 2": dispatches on the floor
  not yet contact confirmed or failed) and a notice per dispatch at the window's top right, naming the
  counselor, the service and the time, with 상황판 보기. Both from the dispatch.updated events the server
  sends leads (Dispatches.floor_dispatches), so nothing needs the board to be on screen.
- The counselor who pressed: while one of their dispatches awaits its outcome, a chip in the header
  ("출동 확인 대기 · 112 · 3분") that reopens the panel. The panel itself steps aside for the next call, so
  the reminder never covers that call's notes.

Nothing here is modal or takes the focus. The colours are set here (not in resources/qss) and are the red
the emergency button uses in every theme.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from annyeong.console.dispatches.floor import pressed_by
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.dispatch.labels import service_name, service_number
from annyeong.ui.handoff.notice import Notice, NoticeStack
from annyeong.ui.text.formatting import local
from annyeong.ui.text.text import set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.dispatches.local import LocalDispatch
    from annyeong.console.wire import Dispatch
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry
    from annyeong.ui.shell.window import MainWindow

CHIP_TICK_MS = 15_000  # the chip's minutes


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchAlert", text)


def minutes_text(since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    return _t("방금") if minutes < 1 else _t("{n}분").format(n=minutes)


def status_text(dispatch: Dispatch) -> str:
    if dispatch.status == "en_route":
        return _t("출동 중")
    if dispatch.status == "acknowledged":
        return _t("출동 기관 접수 · 사건번호 {n}").format(n=dispatch.incident_number or "")
    return _t("출동 기관 접수 대기")


def chip_state_words(status: str) -> tuple[str, str]:
    """Where this console's dispatch stands, until its outcome is recorded: the chip's words, and the
    first of them for a narrower header."""
    states = {
        "acknowledged": (_t("출동 접수됨 · 결과 기록 전"), _t("출동 접수됨")),
        "en_route": (_t("출동 중 · 결과 기록 전"), _t("출동 중")),
        "contact_confirmed": (_t("연락 확인 · 종료 전"), _t("연락 확인")),
        "failed": (_t("출동 실패 · 확인 필요"), _t("출동 실패")),
        "cancel_requested": (_t("요청 취소 확인 대기"), _t("요청 취소 확인 대기")),
        # Not a status of the agency's: the console told the counselor to phone 112/119 themselves.
        FALLBACK: (_t("지금 직접 전화하세요"), _t("직접 전화")),
    }
    waiting = _t("출동 확인 대기")
    return states.get(status, (waiting, waiting))


# Every status the chip words differently (the rest read as 출동 확인 대기).
FALLBACK = "fallback"
CHIP_STATES = (
    "requested", "acknowledged", "en_route", "contact_confirmed", "failed", "cancel_requested", FALLBACK,
)


class DispatchFloorBadge(QPushButton):
    """"출동 대기 2" for shift leads: dispatches on the floor awaiting their outcome. A click: the 상황판."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchFloorBadge")
        self.setAccessibleName(_t("확인 대기 중인 긴급 출동"))
        self.setAutoDefault(False)
        self.hide()

    def set_count(self, count: int) -> None:
        self.setText(_t("출동 대기 {n}").format(n=count))
        tip = _t("연락 확인·실패가 아직 기록되지 않은 긴급 출동이 {n}건 있습니다. 누르면 상황판을 엽니다.")
        self.setToolTip(tip.format(n=count))
        self.setVisible(count > 0)


class DispatchWaitingChip(QPushButton):
    """"출동 확인 대기 · 112 · 3분": a dispatch of this console awaits its outcome. A click reopens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchWaitingChip")
        self.setAccessibleName(_t("출동 확인 대기 — 출동 창 다시 열기"))
        self.setToolTip(_t("연락 확인 또는 연락 실패를 기록할 때까지 남습니다. 누르면 출동 창을 엽니다."))
        self.setAutoDefault(False)
        self.client_id: str | None = None
        self.full_text = ""
        self._widest = 0  # the widest of its full texts, as its label measures
        self.medium_text = ""
        self.short_text = ""  # for a narrow window: the number and the minutes, the rest in the tooltip
        self.hide()

    def show_waiting(self, waiting: list[LocalDispatch], now: datetime) -> None:
        """`waiting`: this console's dispatches without an outcome, newest press first."""
        if not waiting:
            self.client_id = None
            self.hide()
            return
        oldest = waiting[-1]
        self.client_id = oldest.client_id
        many = QCoreApplication.translate("DispatchAlert", "출동 확인 대기 %n건", None, len(waiting))
        # One dispatch: where it stands now (접수 대기 → 접수 → 출동 중), so the chip never reads as if
        # nothing had happened after the agency took it.
        # While the panel says "지금 112에 직접 전화하세요", so does the chip, over the next contact too.
        state = FALLBACK if oldest.fallback_due is not None else oldest.status
        count, word = chip_state_words(state) if len(waiting) == 1 else (many, many)
        when = f"{service_number(oldest.service)} · {minutes_text(oldest.pressed_at, now)}"
        self.full_text = f"{count} · {when}"
        # Narrower: where it stands in its first words ("출동 중 · 112 · 3분"), then only the number.
        self.medium_text = f"{word} · {when}"
        self.short_text = when if len(waiting) == 1 else f"{len(waiting)} · {when}"
        # As wide as the widest of its steps: the agency's steps come in while the counselor works, and
        # each used to shift 긴급 출동 and 상태 beside it. Measured here, once per change, in its font.
        steps = [f"{chip_state_words(s)[0]} · {when}" for s in CHIP_STATES] if len(waiting) == 1 else []
        self.ensurePolished()
        self._widest = max(self._text_width(text) for text in (*steps, self.full_text))
        self.setText(self.full_text)
        # The whole of it on hover, whichever form the header has room for.
        self.setToolTip(self.full_text + "\n" + _t(
            "연락 확인 또는 연락 실패를 기록할 때까지 남습니다. 누르면 출동 창을 엽니다."))
        self.show()

    def _text_width(self, text: str) -> int:
        # As QPushButton measures its label for its size hint.
        return self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width()

    # The forms `show_form` takes, widest first.
    FULL, MEDIUM, SHORT = 0, 1, 2

    def show_form(self, form: int) -> None:
        """The full text, as wide as its widest step; or a narrower one (the header is crowded)."""
        if self.isHidden():
            return
        self.setMinimumWidth(0)
        if form == self.FULL:
            self.setText(self.full_text)
            padding = self.sizeHint().width() - self._text_width(self.full_text)
            self.setMinimumWidth(self._widest + padding)
        else:
            self.setText(self.medium_text if form == self.MEDIUM else self.short_text)


class DispatchNotices(NoticeStack):
    """The lead's notices: one per dispatch awaiting its outcome that someone else pressed."""

    board_requested = Signal()  # 상황판 보기

    def __init__(self, parent: QWidget, *, above: QWidget | None = None) -> None:
        super().__init__(parent, under=above)  # under the handoff notices when both are shown
        self.setObjectName("dispatchNotices")
        self.setAccessibleName(_t("긴급 출동 알림"))

    def show_dispatches(self, dispatches: list[Dispatch]) -> None:
        wanted = {d.id: d for d in dispatches if d.id not in self._dismissed}
        for key in [k for k in self._notices if k not in wanted]:
            self._drop(key)
        for key, dispatch in wanted.items():
            if key in self._notices:
                set_plain(self._notices[key].body, self._body(dispatch))  # acknowledged, en route …
                continue
            self._add(self._notice(dispatch))
        self._sync()

    def _body(self, dispatch: Dispatch) -> str:
        at = local(dispatch.requested_at or dispatch.received_at).strftime("%H:%M")
        return _t("{who} 상담원 · {at} 요청 · {status}").format(
            who=dispatch.counselor.name, at=at, status=status_text(dispatch)
        )

    def _notice(self, dispatch: Dispatch) -> Notice:
        title = _t("긴급 출동 요청 · {service}").format(service=service_name(dispatch.service))
        notice = Notice(dispatch.id, title, self._body(dispatch), self, tone="crisis")
        board = QPushButton(_t("상황판 보기"), notice)
        board.setObjectName("dispatchNoticeBoardButton")
        board.setAccessibleName(_t("상황판에서 출동 보기"))
        board.setAutoDefault(False)
        board.clicked.connect(self.board_requested)
        ok = QPushButton(_t("확인"), notice)
        ok.setObjectName("dispatchNoticeDismissButton")
        ok.setAccessibleName(_t("출동 알림 닫기"))
        ok.setAutoDefault(False)
        ok.clicked.connect(lambda: self.dismiss(dispatch.id))
        notice.add_button(ok)
        notice.add_button(board)
        return notice


class DispatchAlertWiring(QObject):
    """Keeps the badge, the notices and the chip in step with the core (built by MainWindow)."""

    def __init__(
        self, window: MainWindow, core: ConsoleCore, bridge: CoreBridge, tasks: TaskRegistry
    ) -> None:
        super().__init__(window)
        self.setObjectName("dispatchAlertWiring")
        self._window = window
        self._core = core
        self._tasks = tasks
        header = window.header
        self.badge = header.dispatch_badge
        self.chip = header.dispatch_chip
        central = window.centralWidget()
        self.notices = DispatchNotices(central if central is not None else window,
                                       above=window.shift_lead.notices)
        self.notices.board_requested.connect(lambda: window.shift_lead.show_view("board"))
        self.badge.clicked.connect(lambda: window.shift_lead.show_view("board"))
        self.chip.clicked.connect(self._on_chip_clicked)
        self._tick = QTimer(self)
        self._tick.setInterval(CHIP_TICK_MS)
        self._tick.timeout.connect(self.refresh)
        window.shift_lead.pages.currentChanged.connect(lambda _i: self.refresh())
        bridge.dispatch_changed.connect(self.refresh)
        bridge.session_changed.connect(self._on_session)
        self._on_session()

    def refresh(self) -> None:
        core = self._core
        me = core.me
        lead = me is not None and core.board.may_see_board
        floor = core.dispatches.floor_dispatches if lead else []
        self.badge.set_count(len(floor))
        others = [d for d in floor if me is not None and me.id not in pressed_by(d)]
        self.notices.suppressed = self._window.shift_lead.view() == "board"
        self.notices.show_dispatches(others)
        waiting = [d for d in core.dispatches.open_dispatches if d.reminds] if me is not None else []
        self.chip.show_waiting(waiting, datetime.now(UTC))
        self._window.header.fit()
        if waiting and not self._tick.isActive():
            self._tick.start()
        elif not waiting:
            self._tick.stop()

    def _on_session(self) -> None:
        if self._core.me is not None:
            # The event stream resumes where this console left off: read what is open now, once (a lead's
            # floor; anyone's own presses, even from another PC). Offline or refused: the events still
            # bring every new dispatch.
            CoreOp(self._core.dispatches.load_open_dispatches()).success(
                lambda _found: self.refresh()).run_in_background(self._tasks, latest="open-dispatches")
        self.refresh()

    def _on_chip_clicked(self) -> None:
        client_id = self.chip.client_id
        if client_id is None:
            return
        window = self._window
        window.shift_lead.ensure_console()
        window.dispatch_panel.show_dispatch(client_id)
