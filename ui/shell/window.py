"""The one counselor window: composes the widgets and connects them to the bridge. No rules live here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from annyeong.ui.board.floor_alert import FloorAlertWiring
from annyeong.ui.board.wiring import ShiftLeadWiring
from annyeong.ui.card.call_card import CallCard
from annyeong.ui.chat.wiring import ChatWiring
from annyeong.ui.checklist.labels import REFERRAL_TARGETS
from annyeong.ui.common.error_banner import ErrorBanner
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.contact.search_panel import SearchPanel
from annyeong.ui.contact.today_panel import TodayPanel
from annyeong.ui.contact.view import ContactView
from annyeong.ui.crisis.columns import CrisisColumns
from annyeong.ui.crisis.panel import CrisisPanel
from annyeong.ui.dispatch.alert import DispatchAlertWiring
from annyeong.ui.dispatch.emergency_button import SHORTCUT as EMERGENCY_SHORTCUT
from annyeong.ui.dispatch.emergency_button import crisis_raised
from annyeong.ui.dispatch.form_face import unsent_form_closed
from annyeong.ui.dispatch.panel import DispatchPanel
from annyeong.ui.dispatch.relay_wiring import RelayWiring
from annyeong.ui.follow_up.due_list import FollowUpDueList
from annyeong.ui.handoff.notice import keep_notices_clear_of
from annyeong.ui.header.header_bar import HeaderBar
from annyeong.ui.header.sync_details import SyncDetails
from annyeong.ui.history.dispatch_follow import DispatchesOnTimeline
from annyeong.ui.history.panel import HistoryPanel
from annyeong.ui.referral.wiring import ReferralWiring
from annyeong.ui.shell.actions import key_action
from annyeong.ui.shell.centre_column import CentreColumn
from annyeong.ui.shell.close_guard import CloseGuard, busy_text
from annyeong.ui.shell.desktop_alert import DesktopAlert
from annyeong.ui.shell.emergency_press import EmergencyPress
from annyeong.ui.shell.idle_view import IdleView
from annyeong.ui.shell.line_edit_keys import LineEditKeys
from annyeong.ui.shell.shortcut_sheet import ViewActions
from annyeong.ui.shell.training_banner import TrainingBanner

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import ActiveContact
    from annyeong.console.wire import Call, CallerHistory
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry


class MainWindow(QMainWindow):
    login_requested = Signal()
    closed = Signal()
    emergency_refused = Signal(str)  # F12 with nothing to send for: what the counselor was told
    # A checklist result's 고립예방센터 / 돌봄동행단 button. Arguments: the referral
    # target (a console.wire.ReferralTarget code) and the result as the entry sends it (to_entry's dict,
    # or None). The 연계 tab connects to it and opens its form prefilled.
    referral_requested = Signal(str, object)

    def __init__(
        self,
        core: ConsoleCore,
        bridge: CoreBridge,
        tasks: TaskRegistry,
        *,
        training: bool,
        note_debounce_ms: int = 300,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "외로움안녕120 상담 콘솔 — 교육 모드")
            if training
            else QCoreApplication.translate("MainWindow", "외로움안녕120 상담 콘솔")
        )
        self._core = core
        self._bridge = bridge
        self._contact_id: str | None = None
        self.desktop_alert = DesktopAlert(self)  # every notice below also reaches a minimised window
        self.emergency_press = EmergencyPress(self, core)
        self._rings_told = 0  # the core's count of rings missed here that the banner has told
        self.close_guard = CloseGuard(self, self._open_work, self.close,
                                      kept=lambda: core.store_protection != "ephemeral")

        self.training_banner = TrainingBanner(self) if training else None
        self.header = HeaderBar(core, self)
        self.error_banner = ErrorBanner(self)
        self.search = SearchPanel(core.lookups, tasks, self)
        self.today = TodayPanel(self, search=self.search)
        self.history = HistoryPanel(core, tasks, self)
        self.idle = IdleView(self)
        self.contact = ContactView(core, debounce_ms=note_debounce_ms, parent=self)
        self.card = CallCard(core.calls, self)
        self.centre = CentreColumn(self.idle, self.contact, self.card, self)
        self.dispatch_panel = DispatchPanel(core, tasks, self)
        self.contact.more_end_concerns = self._end_concerns_here
        # The follow-up list heads the 오늘 column; referrals and follow-ups kept live.
        self.follow_up_list = FollowUpDueList(core, self.today)
        today_layout = self.today.layout()
        if isinstance(today_layout, QVBoxLayout):
            today_layout.insertWidget(1, self.follow_up_list)  # under the column's title
        self.referrals = ReferralWiring(
            core, bridge, tasks, contact=self.contact, history=self.history, follow_ups=self.follow_up_list,
            count=self.header.follow_ups, parent=self,
        )
        # Beside the history column while a crisis answer is open (never over the red button).
        self.crisis_panel = CrisisPanel(core, self)
        panel = self.dispatch_panel
        self.crisis_panel.press_shows_dispatch = lambda: panel.press_shows_dispatch() is not None
        self.centre.attach_panel(self.dispatch_panel)
        # One window-wide shortcut for both red buttons: it works whatever has the focus in the window.
        self.emergency_action = key_action(
            self, "emergencyAction", QCoreApplication.translate("MainWindow", "긴급 출동 요청"),
            [EMERGENCY_SHORTCUT], self.open_emergency,
            tip=QCoreApplication.translate("MainWindow", "112·119 출동 요청 창을 엽니다 (상담 중일 때)"),
        )

        body = QHBoxLayout()
        body.setContentsMargins(16, 12, 16, 16)
        body.setSpacing(14)
        self.today.setFixedWidth(250)
        self.history.setFixedWidth(320)
        body.addWidget(self.today)
        body.addWidget(self.crisis_panel)  # in 오늘's place while open (ui/crisis/columns.py)
        body.addWidget(self.centre, 1)
        body.addWidget(self.history)
        self.crisis_columns = CrisisColumns(self, today=self.today, crisis=self.crisis_panel)

        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.training_banner is not None:
            column.addWidget(self.training_banner)
        column.addWidget(self.header)
        column.addWidget(self.error_banner)
        # The console and (for shift leads) the 상황판 are two pages of one stack.
        console_page = QWidget(central)
        console_page.setObjectName("consolePage")
        console_page.setLayout(body)
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("mainPages")
        self.pages.addWidget(console_page)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.shift_lead = ShiftLeadWiring(self, core, bridge, tasks, self.pages, console_page)
        # The lead's 출동 badge and notices, and this console's own "출동 확인 대기" chip.
        self.dispatch_alerts = DispatchAlertWiring(self, core, bridge, tasks)
        self.relays = RelayWiring(self, core, bridge, tasks)  # 요청 취소, 동료·팀장에게 112 신고 요청
        # The lead's crisis and escalation notices, under the relay ones.
        self.floor_alerts = FloorAlertWiring(self, core.board, bridge, above=self.relays.cancels)
        keep_notices_clear_of(central, self.card)  # a ringing card is answered in seconds
        self.setMinimumSize(1100, 680)
        self.view_actions = ViewActions(self)  # F1 shortcut sheet, Ctrl+= / Ctrl+- / Ctrl+0

        bridge.session_changed.connect(self._on_bridge_session_changed)
        bridge.presence_changed.connect(self._on_bridge_presence_changed)
        bridge.sync_changed.connect(self._on_bridge_sync_changed)
        bridge.call_offered.connect(self._on_bridge_call_offered)
        bridge.call_withdrawn.connect(self.card.withdraw)
        bridge.contact_changed.connect(self._on_bridge_contact_changed)
        bridge.session_expired.connect(self._on_bridge_session_expired)
        self.header.presence.error_occurred.connect(self.show_error)
        self.card.state_changed.connect(self._on_card_state_changed)
        self.dispatch_panel.lies_over(self.contact)
        self.idle.presence_requested.connect(self.header.presence.presence_requested)
        self.card.call_accepted.connect(self._on_card_call_accepted)
        self.history.history_loaded.connect(self._on_history_loaded)
        self.history.history_failed.connect(lambda: self.card.set_card(None, failed=True))
        self.search.hit_selected.connect(self.history.show_search_hit)
        self.today.contact_requested.connect(self._on_today_contact_requested)
        self.contact.emergency.emergency_requested.connect(self.open_emergency)
        self.header.emergency.emergency_requested.connect(self.open_emergency)
        bridge.dispatch_changed.connect(self.dispatch_panel.refresh)
        DispatchesOnTimeline(self.history, core, bridge, self)
        bridge.changed.connect(self.dispatch_panel.follow_chat)  # a chat's words beside the panel
        self.dispatch_panel.fallback_raised.connect(self._on_dispatch_fallback_raised)
        self.dispatch_panel.unsent_form_closed.connect(lambda who: self.show_error(unsent_form_closed(who)))
        bridge.changed.connect(self._update_emergency)
        bridge.changed.connect(self._on_bridge_changed_checklist)
        self.contact.checklist.next_step_requested.connect(self._on_checklist_next_step_requested)
        self.crisis_panel.dispatch_requested.connect(self.open_emergency)
        self.referral_requested.connect(self.referrals.open_referral)
        self._sync_details: SyncDetails | None = None
        self.header.sync.details_requested.connect(self.show_sync_details)
        self.contact.notes.storage_full_changed.connect(self.error_banner.set_storage_full)
        self.contact.contact_closed.connect(self.today.mark_closed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self._line_edit_keys = LineEditKeys(self)
        # After the window's own contact slot: the chat tab and the switcher follow the contact shown.
        self.chats = ChatWiring(self, core, bridge, tasks)
        self.refresh_all()

    # --- public ----------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error_banner.show_message(text)

    def show_sync_details(self) -> None:
        """What the server refused, with its reason and 지금 다시 시도 (non-modal; nothing is dropped)."""
        if self._sync_details is None:
            self._sync_details = SyncDetails(retry=self._core.sync.retry_failed, parent=self)
        self._sync_details.set_items(self._core.sync.sync_failures() if self._core.me is not None else [])
        self._sync_details.show()
        self._sync_details.raise_()

    def open_emergency(self) -> None:
        """The red button or F12 (ui/shell/emergency_press.py)."""
        self.emergency_press.press()

    def refresh_all(self) -> None:
        """Show the core's current state (after sign-in, or when built on a running core)."""
        self._on_bridge_session_changed()
        self._on_bridge_presence_changed(str(self._core.presence))
        self._on_bridge_sync_changed(self._core.sync_status)
        self._on_bridge_contact_changed(self._core.active_contact)
        self.dispatch_panel.refresh()
        offered = self._core.offered_call
        if offered is not None and offered.status == "offered":
            self._on_bridge_call_offered(offered)

    # --- bridge slots ----------------------------------------------------------------------------

    def _on_bridge_session_changed(self) -> None:
        me = self._core.me
        self.header.set_user(me.display_name if me else None)

    def _on_bridge_presence_changed(self, status: str) -> None:
        self._tell_missed_ring()
        self.header.presence.set_presence(status)
        self.idle.set_presence(status)

    def _on_bridge_sync_changed(self, status: object) -> None:
        self.header.sync.set_status(status)  # type: ignore[arg-type]
        if self._sync_details is not None and self._sync_details.isVisible() and self._core.me is not None:
            self._sync_details.set_items(self._core.sync.sync_failures())
        self.contact.refresh_sync(status)  # type: ignore[arg-type]
        self.idle.set_online(getattr(status, "state", None) != "offline")
        self.dispatch_panel.sync_changed(str(getattr(status, "state", "")))

    def _on_dispatch_fallback_raised(self, _client_id: str) -> None:
        # A lead's own dispatch must be phoned in now: the 상황판 gives way to the fallback panel.
        self.shift_lead.ensure_console()

    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """F12 from this console's own windows too (the SBAR 인계 dialog, 동기화 상세 …): the action joins
        the window that took the focus, so its WindowShortcut context covers that window. Not
        ApplicationShortcut: two consoles in one process (the tests) would make F12 ambiguous."""
        top = now.window() if now is not None else None
        if top is None or top is self:
            return
        owner = top.parentWidget()
        while owner is not None and owner is not self:
            owner = owner.parentWidget()
        if owner is self and self.emergency_action not in top.actions():
            top.addAction(self.emergency_action)

    def _end_concerns_here(self) -> tuple[str, ...]:
        """Ending the call while its dispatch form is being filled in is asked first, like an open one."""
        return ("dispatch_form",) if self.dispatch_panel.mode() == "form" else ()

    def _on_bridge_call_offered(self, call: Call) -> None:
        self.emergency_press.withdraw_notice()
        self.card.set_over_contact(self._core.active_contact is not None)
        self.card.show_call(call)
        if self._core.active_contact is None:
            self.history.reload()

    def _on_bridge_contact_changed(self, contact: ActiveContact | None) -> None:
        # No number, no history: that column (only a sentence saying so) goes to the contact for as long as
        # it is on screen. Decided by who the contact is, never by a history read finishing, and not when a
        # crisis fires: nothing moves the contact and its red button while it is open.
        self.history.setVisible(contact is None or not contact.caller.withheld)
        if contact is not None:
            self.emergency_press.withdraw_notice()
        self.contact.set_contact(contact)
        self.today.track(contact)
        self._update_emergency()
        if contact is None:
            self._contact_id = None
            self.dispatch_panel.form_follows(None)  # an unsent form goes aside with its contact
            self.centre.show_idle()
            if self.card.isHidden():
                self.history.show_idle()
            return
        self.centre.show_contact()
        if contact.contact_id != self._contact_id:
            self._contact_id = contact.contact_id
            self.dispatch_panel.step_aside_for(contact.contact_id)  # the header chip keeps reminding
            self.dispatch_panel.load_contact(contact.contact_id)
            self.history.reload(contact.contact_id)

    def _on_today_contact_requested(self, contact_id: str) -> None:
        """A row of 오늘: a contact still held here comes on screen; a finished one opens read-only in the
        history column, as a search result does."""
        if any(c.contact_id == contact_id for c in self._core.contacts.held()):
            self.chats.focus(contact_id)
            return
        past = CoreOp.now(lambda: self._core.lookups.past_contact(contact_id)).failure(self.show_error)
        found = past.run_now()
        if found.ok and found.value is not None:
            self.history.show_search_hit(found.value, from_today=True)
        elif found.ok:
            self.show_error(QCoreApplication.translate(
                "MainWindow",
                "이 상담은 이 PC에 더 남아 있지 않습니다. 검색(Ctrl+F)으로 서버 기록을 찾아 보세요.",
            ))

    def _tell_missed_ring(self) -> None:
        """Ring-no-answer sets 휴식 at the server so an unattended console stops ringing: say so once, or
        the counselor back at the desk waits for calls that cannot come. The core counts only a ring
        missed here since sign-in (not one from the replayed log, answered, or taken by a colleague)."""
        missed = self._core.calls.missed_rings
        told = QCoreApplication.translate(
            "MainWindow", "받지 못한 연결 요청이 있어 상태가 ‘휴식’으로 바뀌었습니다. "
            "다시 받으려면 상태를 ‘대기’로 바꾸세요.")
        if missed > self._rings_told and self._core.presence == "break":
            self._rings_told = missed
            self.show_error(told)
        elif self._core.presence != "break":
            self.error_banner.withdraw(told)  # back from 휴식 it would say something untrue

    def _on_card_state_changed(self, state: str) -> None:
        # While the card rings over the idle view, "waiting for the next call" would contradict it.
        self.idle.set_ringing(state != "hidden")
        ringing = self.card.call()
        self.header.presence.set_ringing(state in ("ringing", "choosing_reason"),
                                         chat=ringing is not None and ringing.channel == "chat")
        if state == "hidden" and self._core.active_contact is None:
            self.history.show_idle()

    def _on_card_call_accepted(self, call_id: str) -> None:
        # The card that rang stays with the conversation (risk tier and flags on the caller line).
        call = self.card.accepted_call
        if call is not None and call.id == call_id:
            self.contact.set_card(call.card)
        self._update_emergency()
        self.emergency_press.call_accepted(call_id)

    def _on_history_loaded(self, history: CallerHistory | None) -> None:
        card = history.card if history is not None else None
        self.card.set_card(card)
        self.contact.set_card(card)
        self._update_emergency()

    def _update_emergency(self, _changes: object = None) -> None:
        in_contact = self._core.active_contact is not None
        self.header.emergency.setVisible(in_contact)
        pulsing = crisis_raised(self._core, self.contact.caller_line.card())
        self.contact.emergency.set_pulsing(pulsing)
        self.header.emergency.set_pulsing(pulsing)
        self.crisis_panel.refresh()
        self.crisis_columns.update()

    def _on_bridge_changed_checklist(self, changes: Changes) -> None:
        if changes.checklist or changes.crisis or changes.contact:
            self.contact.refresh_checklist()
        elif changes.dispatch or changes.referral:
            self.contact.wrap_up.sync_done()  # what was done ticks its service type in 마무리

    def _on_checklist_next_step_requested(self, step: str, result: object) -> None:
        if step == "emergency":
            self.open_emergency()  # the dispatch panel, prefilled from the checklist result
        elif step in REFERRAL_TARGETS:
            self.referral_requested.emit(REFERRAL_TARGETS[step], result)
        elif step == "further_conversation":
            self.contact.show_page("notes")

    def _on_bridge_session_expired(self) -> None:
        self.error_banner.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "로그인이 만료되었습니다. 입력한 내용은 이 PC에 저장되어 있고, 다시 로그인하면 전송됩니다.",
            ),
            action_text=QCoreApplication.translate("MainWindow", "다시 로그인"),
            action=self.login_requested.emit,
        )

    def _open_work(self) -> str | None:
        return busy_text(in_contact=self._core.active_contact is not None,
                         open_dispatches=len(self._core.dispatches.open_dispatches))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Whatever is in the editor goes to the durable store before the window goes away, or the question.
        self.contact.flush_quietly()
        self.chats.conversation.flush_draft()
        if not self.close_guard.allows_close():
            event.ignore()
            return
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
