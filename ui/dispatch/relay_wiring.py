"""Wires 요청 취소 and 동료·팀장에게 112 신고 요청 into the window (built once by MainWindow).

- The dispatch panel's status face gets the withdraw box (under the steps) and, inside the red fallback,
  the relay box; both follow the dispatch the panel shows.
- Every console gets the relay notices (a colleague asks the floor to phone 112); a shift lead also gets
  a notice for each dispatch on the floor that is withdrawn.
Refreshes are coalesced and run after the panel's own (a zero-time timer), so the boxes always describe
the dispatch the panel has just rendered.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from annyeong.console.dispatches.floor import pressed_by
from annyeong.console.errors import ConsoleError, Offline
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.dispatch.labels import dispatch_error_text
from annyeong.ui.dispatch.relay import RELAY_KEY, DispatchRelayBox
from annyeong.ui.dispatch.relay_notice import DispatchCancelNotices, RelayNotices
from annyeong.ui.dispatch.withdraw import DispatchWithdrawBox
from annyeong.ui.shell.actions import key_action

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.dispatches.local import LocalDispatch
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry
    from annyeong.ui.shell.window import MainWindow

log = logging.getLogger("ui.relay")


def _t(text: str) -> str:
    return QCoreApplication.translate("RelayWiring", text)


class RelayWiring(QObject):
    def __init__(
        self, window: MainWindow, core: ConsoleCore, bridge: CoreBridge, tasks: TaskRegistry
    ) -> None:
        super().__init__(window)
        self.setObjectName("relayWiring")
        self._window = window
        self._core = core
        self._tasks = tasks
        self._sending: set[str] = set()  # client ids whose relay request is on its way
        self._unreachable: set[str] = set()  # client ids whose request found no server
        panel = window.dispatch_panel
        self._panel = panel
        status = panel.status

        self.withdraw = DispatchWithdrawBox(status)
        column = status.layout()
        if isinstance(column, QBoxLayout):
            column.insertWidget(column.count() - 1, self.withdraw)  # above the row of buttons
        self.withdraw.withdraw_requested.connect(self._on_withdraw)
        self.withdraw.ask.installEventFilter(self)  # it opens and closes: the steps make room (_make_room)
        self._fallback = status.fallback
        self._fallback.installEventFilter(self)  # shown for another dispatch: the relay box forgets first
        self.relay = DispatchRelayBox(status.fallback)
        fallback = status.fallback.layout()
        if isinstance(fallback, QBoxLayout):
            # Under "why", above the read-out: in sight without scrolling, and the read-out (what the
            # colleague gets) follows it.
            fallback.insertWidget(min(2, fallback.count()), self.relay)
        self.relay.relay_requested.connect(self._on_relay_requested)
        self.relay_action = key_action(
            self.relay, "relayRequestAction", _t("동료·팀장에게 112 신고 요청"), [RELAY_KEY],
            self._on_relay_requested,
            tip=_t("직접 전화하라는 안내가 떠 있을 때: 팀장과 동료에게 신고를 부탁합니다"),
        )

        central = window.centralWidget() or window
        self.notices = RelayNotices(central, above=window.dispatch_alerts.notices)
        self.notices.take_requested.connect(self._on_take)
        self.notices.read_requested.connect(self._on_read)
        self.cancels = DispatchCancelNotices(central, above=self.notices)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        bridge.dispatch_changed.connect(self._pending.start)
        # Methods of this QObject, not lambdas: Qt drops them with it, so a signal the bridge sends while
        # the window is being taken down never reaches a timer already deleted.
        bridge.sync_changed.connect(self._refresh_soon)
        bridge.session_changed.connect(self._on_session)
        panel.mode_changed.connect(self._refresh_soon)
        # At once, not soon: switching from one open dispatch to another must not leave the last one's
        # withdrawal or "who phones" on the one now shown.
        panel.dispatch_shown.connect(self.refresh)
        status.locked_changed.connect(self._refresh_soon)
        self._on_session()

    def _refresh_soon(self, *_changed: object) -> None:
        if shiboken6.isValid(self._pending):
            self._pending.start()

    # --- what is shown ---------------------------------------------------------------------------

    def refresh(self) -> None:
        core = self._core
        me = core.me
        shown = self._shown()
        if shown is None or self._panel.status.locked():
            # Withdrawing cannot be undone: behind the lock's password like every step that ends a
            # dispatch. Hidden, not closed: a withdrawal half written is there again as it was.
            self.withdraw.hide()
        else:
            self.withdraw.show_dispatch(shown)
        self._make_room()
        if shown is not None and shown.fallback_due is not None:
            online = core.sync_status.state == "online" and shown.client_id not in self._unreachable
            relay = core.relays.relay_of(shown.client_id)
            self.relay.show_state(
                client_id=shown.client_id, service=shown.service, relay=relay, online=online,
                sending=shown.client_id in self._sending,
            )
            # Once the floor has the request, who phones replaces why to phone: the fallback keeps its
            # height, so the read-out and the direct-call button stay in sight at 1366×768.
            why = self._panel.status.findChild(QLabel, "emergencyFallbackWhy")
            if why is not None:
                why.setVisible(relay is None)
        else:
            self.relay.forget()  # out of sight with the fallback; what it says is read again when due
        self.notices.me_id = me.id if me is not None else None
        self.notices.show_relays(core.relays.floor_relays if me is not None else [])
        lead = me is not None and core.board.may_see_board
        cancels = [
            d for d in core.dispatches.floor_cancellations if me is not None and me.id not in pressed_by(d)
        ]
        self.cancels.show_cancels(cancels if lead else [])

    def _make_room(self) -> None:
        """While 요청 취소 asks (a step that cannot be undone), the steps and the reminder above it step
        aside: at 1366×768 with a notice above the panel, its question, reasons and note were squeezed
        into each other. Closed, the panel's next render brings them back."""
        if self.withdraw.asking() and self.withdraw.isVisible():
            for name in ("dispatchSteps", "dispatchReminder"):
                widget = self._panel.status.findChild(QWidget, name)
                if widget is not None:
                    widget.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the first paint, not at the next refresh: the fallback of a new dispatch once showed
        # "이팀장 님이 112에 신고합니다" from the last one for as long as the event loop was busy.
        if watched is self._fallback and event.type() == QEvent.Type.Show \
                and self.relay.client_id != self._panel.client_id():
            self.relay.forget()
            self._refresh_soon()
        if watched is self.withdraw.ask and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            if event.type() == QEvent.Type.Show:
                self._make_room()
            elif self.withdraw.ask.isHidden() and shiboken6.isValid(self._panel):
                self._panel.refresh()  # closed itself (not only out of sight with the panel)
        return super().eventFilter(watched, event)

    def _shown(self) -> LocalDispatch | None:
        client_id = self._panel.client_id()
        if self._panel.mode() != "status" or client_id is None:
            return None
        return next((d for d in self._core.dispatches.open_dispatches if d.client_id == client_id), None)

    # --- 요청 취소 --------------------------------------------------------------------------------

    def _on_withdraw(self, reason: str, note: str) -> None:
        client_id = self._panel.client_id()
        CoreOp.now(lambda: self._core.dispatches.cancel_dispatch(
            reason, note or None, client_id=client_id)  # type: ignore[arg-type]
        ).failure(self._panel.status.show_message, text=dispatch_error_text).run_now()
        self._panel.refresh()
        self.refresh()

    # --- 동료·팀장에게 112 신고 요청 ----------------------------------------------------------------

    def _on_relay_requested(self) -> None:
        shown = self._shown()
        if shown is None or shown.fallback_due is None or self.relay.button.isHidden():
            return
        if shown.client_id in self._sending:
            return
        self._sending.add(shown.client_id)
        self.refresh()
        # What the fallback shows the counselor is what the colleague reads out to 112.
        summary = self._panel.status.findChild(QLabel, "emergencyFallbackSummary")
        read_out = summary.text() if summary is not None and summary.text().strip() else None
        client_id = shown.client_id

        def sent(_relay: object) -> None:
            self._unreachable.discard(client_id)

        def after() -> None:
            self._sending.discard(client_id)
            self.refresh()

        CoreOp(self._core.relays.request_relay(client_id, read_out=read_out)).success(sent).on(
            # Nobody can be reached through the server: the panel says to ask the next desk.
            Offline, lambda _exc: self._unreachable.add(client_id)
        ).failure(self._panel.status.show_message).always(after).run_in_background(
            self._tasks, name="relay-request")

    def _on_take(self, relay_id: str) -> None:
        CoreOp(self._core.relays.take_relay(relay_id)).failure(self._window.show_error).always(
            self.refresh).run_in_background(self._tasks, name="relay-take")

    def _on_read(self, relay_id: str) -> None:
        CoreOp(self._core.relays.read_relay(relay_id)).on(
            ConsoleError, lambda _exc: self.notices.forget_read(relay_id)  # asked again at the next change
        ).always(self.refresh).run_in_background(self._tasks, name="relay-read")

    def _on_session(self) -> None:
        self._sending.clear()
        self._unreachable.clear()
        if self._core.me is not None:
            # Failing, the events still bring every new request.
            CoreOp(self._core.relays.load_relays()).success(lambda _relays: self.refresh()).run_in_background(
                self._tasks, latest="relays-load")
        self.refresh()
