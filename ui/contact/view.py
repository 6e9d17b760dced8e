"""The open contact: who is on the line (always visible), how long, the tabs [메모] [체크리스트] [자원 안내]
[마무리] (the crisis panel opens in the window's right column). The emergency button lives in the
bottom-right slot, in every state of a contact; nothing else may live there (nor over it)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget
from qasync import asyncSlot

from annyeong.console import errors
from annyeong.console.errors import ConsoleError
from annyeong.console.wire import CallerCard
from annyeong.ui.card.caller_line import CallerLine
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.contact.clock import ContactClock
from annyeong.ui.contact.end_confirm import EndConfirm
from annyeong.ui.contact.footer import ContactFooter
from annyeong.ui.contact.tabs import build_contact_tabs
from annyeong.ui.contact.wrap_up_keys import WrapUpKeys
from annyeong.ui.handoff.context import HandoffContext
from annyeong.ui.referral.status import ReferralChips
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.formatting import channel_name, chat_source_name
from annyeong.ui.text.labels import wrap_up_field_name
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import ActiveContact, SyncStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactView", text)


class ContactView(QFrame):
    """States: empty → in_call → wrap_up → empty (the core's active contact drives them)."""

    contact_closed = Signal(str)  # contact id, after 후처리 완료
    call_ended = Signal(str)  # contact id
    state_changed = Signal(str)
    handoff_requested = Signal()  # The 인계 button (the window opens the SBAR panel)

    def __init__(self, core: ConsoleCore, *, debounce_ms: int = 800, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactView")
        self._core = core
        self._contact: ActiveContact | None = None
        self._state = "empty"
        self._channel = "phone"

        self.caller_line = CallerLine(core.lookups, core.risk, self)
        self._details = plain_label(object_name="contactDetails")
        self._clock = ContactClock(self)
        self._wrap_note = plain_label(object_name="wrapUpNote", word_wrap=True)  # worded by _set_channel
        self._wrap_note.hide()
        self._error = plain_label(object_name="contactError", word_wrap=True)
        self._error.hide()

        self.referral_chips = ReferralChips(core.referrals, self)
        pages = build_contact_tabs(core, debounce_ms=debounce_ms, parent=self)
        self._tabs = pages
        self.notes, self.checklist, self.referral = pages.notes, pages.checklist, pages.referral
        self.directory, self.wrap_up = pages.directory, pages.wrap_up
        self.crisis_decision = pages.crisis_decision
        self.tabs = pages.tabs
        self.directory.insert_requested.connect(self._on_directory_insert_requested)
        self.wrap_up.name_changed.connect(self.caller_line.set_name)
        self.wrap_up.details_saved.connect(self._on_wrap_up_details_saved)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        footer = ContactFooter(self, on_handoff=self.handoff_requested.emit)
        self._footer = footer
        self._end, self._finish, self._missing = footer.end, footer.finish, footer.missing
        self.handoff_button = footer.handoff
        self._end.clicked.connect(lambda _checked=False: self.end_contact())
        # Asked before ending while a crisis, a dispatch or an unsent note is at stake.
        self.end_confirm = EndConfirm(on_end=self._end_now, on_keep=self.focus_current_tab, parent=self)
        # What else is at stake outside this view (the window's dispatch form being filled in).
        self.more_end_concerns: Callable[[], tuple[str, ...]] = tuple
        footer.hold_question(self.end_confirm)
        self.end_confirm.asking_changed.connect(
            lambda asking: footer.show_asking(asking, in_call=self._state == "in_call"))
        self._finish.clicked.connect(self.finish_wrap_up)
        self.handoff_context = HandoffContext(core, self)
        self.emergency = footer.place_emergency(self)
        # Bottom-right belongs to the emergency button; nothing else may live there.
        self.emergency_slot = footer.emergency_slot

        # Window-wide QActions (listed on the F1 sheet); each works whatever has the focus in the window.
        # MainWindow's: the dispatch panel steps aside for a key that brings a page forward (False: cannot).
        self.uncover: Callable[[], bool] = lambda: True
        self.end_action = key_action(self, "endContactAction", _t("통화 종료"), ["Ctrl+E"], self.end_contact)
        self.finish_action = key_action(
            self, "finishWrapUpAction", _t("후처리 완료"), ["Ctrl+Return", "Ctrl+Enter"], self.finish_wrap_up
        )
        self.wrap_up_keys = WrapUpKeys(self)  # Alt+R, Alt+1…5 from any tab
        self.tab_actions = [
            key_action(self, f"contactTabAction{index + 1}",
                       _t("{tab} 탭 보기").format(tab=self.tabs.tabText(index)), [f"Ctrl+{index + 1}"],
                       partial(self.show_tab, index))
            for index in range(self.tabs.count())  # Ctrl+1 … the tab at that position
        ]

        header = QHBoxLayout()
        header.setSpacing(16)
        who = QVBoxLayout()
        who.setSpacing(4)
        who.addWidget(self.caller_line)
        who.addWidget(self._details)
        who.addWidget(self.referral_chips)
        header.addLayout(who, 1)
        header.addWidget(self._clock, 0, Qt.AlignmentFlag.AlignTop)

        column = QVBoxLayout(self)
        # Tight at top and bottom: at 1366×768 a chat's conversation needs every row it can get.
        column.setContentsMargins(28, 16, 28, 14)
        column.setSpacing(10)
        column.addLayout(header)
        column.addWidget(self._wrap_note)
        column.addWidget(self.handoff_context)
        column.addWidget(self.tabs, 1)
        column.addWidget(self._error)
        column.addLayout(footer.box)

        self._set_channel("phone")

    # --- public ----------------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def contact(self) -> ActiveContact | None:
        return self._contact

    def caller_text(self) -> str:
        return self.caller_line.text()

    def timer_text(self) -> str:
        return self._clock.text()

    def phase_text(self) -> str:
        return self._clock.phase_text()

    def missing_text(self) -> str:
        return self._missing.text() if self._footer.missing_shown() else ""

    def show_tab(self, index: int) -> None:
        if self._state != "empty" and 0 <= index < self.tabs.count() and self.uncover():
            self.tabs.setCurrentIndex(index)

    def show_page(self, name: str) -> None:
        """Show a tab by name (notes, checklist, directory, wrap_up): stable when tabs are added."""
        page = self._tabs.page(name)
        if page is not None and self._state != "empty":
            self.tabs.setCurrentWidget(page)

    def refresh_checklist(self, _changes: object = None) -> None:
        """The core's checklists or crisis state changed (or the contact did)."""
        self.checklist.refresh()
        self.wrap_up.sync_done()
        self.crisis_decision.sync()
        self.caller_line.refresh()
        if self._footer.missing_shown():
            self._on_wrap_up_details_saved()

    def set_card(self, card: CallerCard | None) -> None:
        """Risk tier and flags of the person on the line (from the call's card or a later lookup)."""
        if card is not None and self._contact is not None:
            self.caller_line.set_card(card)

    def set_contact(self, contact: ActiveContact | None) -> None:
        previous = self._contact
        self._contact = contact
        self._clock.follow(contact)
        if contact is None:
            self.notes.clear()
            self._set_channel("phone")
            self.wrap_up.load(None)
            self.caller_line.set_caller(None, reset=True)
            self._clear_missing()
            self._set_state("empty")
            self.refresh_checklist()
            return
        opened = previous is None or previous.contact_id != contact.contact_id
        if opened:
            self.notes.load(contact.note_text, saved=contact.note_saved_at is not None)
            self._clear_error()
            self._clear_missing()
            self.tabs.setCurrentIndex(0)
        self._set_channel(contact.channel)
        caller = contact.caller
        self.caller_line.set_caller(caller, reset=opened, channel=contact.channel)
        self.wrap_up.load(contact)
        if opened:
            self.set_card(self._core.active_card)
        source = chat_source_name(self._core.active_chat.source) if self._core.active_chat else ""
        details = [channel_name(contact.channel) + (f" ({source})" if source else "")]
        if caller.withheld:
            details.append(_t("이력 확인 불가"))
        elif caller.returning or caller.prior_contacts:
            details.append(QCoreApplication.translate(
                "ContactView", "재이용 · 이전 상담 %n회", None, caller.prior_contacts
            ))
        else:
            details.append(_t("신규"))
        set_plain(self._details, " · ".join(details))
        self._set_state("in_call" if contact.ended_at is None else "wrap_up")
        self.refresh_checklist()

    def refresh_sync(self, status: SyncStatus) -> None:
        self.notes.refresh_status(status)

    def flush_quietly(self) -> None:
        self.notes.flush_quietly()
        with contextlib.suppress(ConsoleError):
            self.wrap_up.flush()

    # --- actions ---------------------------------------------------------------------------------

    def end_contact(self) -> None:
        """통화 종료 / Ctrl+E: at once, or first the question when something is at stake (asked once: a
        second press while it shows changes nothing)."""
        if self._state != "in_call":
            return
        self.notes.flush()  # first, so a note that cannot be sent is known now
        concerns = (*self._core.risk.end_concerns(), *self.more_end_concerns())
        if concerns:
            self.end_confirm.ask(concerns)
            return
        self._end_now()

    @asyncSlot()
    async def _end_now(self) -> None:
        if self._state != "in_call":
            return
        contact_id = self._contact.contact_id if self._contact else ""
        self.notes.flush()
        self.wrap_up.flush()
        self._end.setEnabled(False)
        self._clear_error()
        outcome = await CoreOp(self._core.contacts.end_contact()).failure(self._show_error).always(
            lambda: self._end.setEnabled(True)).run()
        if not outcome.ok:
            return
        self.set_contact(self._core.active_contact)
        self.call_ended.emit(contact_id)

    @asyncSlot()
    async def finish_wrap_up(self) -> None:
        if self._state != "wrap_up":
            return
        contact_id = self._contact.contact_id if self._contact else ""
        self.notes.flush()
        self.wrap_up.flush()
        self._clear_error()
        # The same rule the core and the server apply.
        missing = self.wrap_up.missing() + self.crisis_decision.missing()
        if missing and self._core.handoffs.taken_over() is None:  # taken over: the receiver wraps it up
            self.uncover()  # what is missing is said where it can be seen, not under the dispatch panel
            self._show_missing(missing)
            return
        self._finish.setEnabled(False)
        outcome = await CoreOp(self._core.contacts.finish_wrap_up()).on(
            errors.WrapUpIncomplete, lambda exc: self._show_missing(exc.missing)
        ).failure(self._show_error).always(lambda: self._finish.setEnabled(True)).run()
        if not outcome.ok:
            return
        self._clear_missing()
        self.set_contact(self._core.active_contact)
        self.contact_closed.emit(contact_id)

    def bring_wrap_up_forward(self) -> bool:
        """마무리 on screen for one of its keys (False: no contact, or the panel over it cannot go)."""
        if self._state == "empty" or not self.uncover():
            return False
        self._tabs.show_last()
        return True

    def focus_current_tab(self) -> None:
        """The keyboard to where the counselor works on the tab showing (a composer, the note, the answers,
        the search, what 마무리 still needs), else the page: never a button (the red one's Space is F12)."""
        if self._state == "empty":
            return
        page = self.tabs.currentWidget()
        composer = getattr(page, "composer", None)
        if composer is not None:
            composer.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._state == "wrap_up" and self._tabs.is_last(self.tabs.currentIndex()):
            self._focus_wrap_up()  # what is still needed, not the page around it
        elif page in (self.notes, self.checklist, self.directory):
            self._on_tabs_current_changed(self.tabs.currentIndex())
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -------------------------------------------------------------------------------


    def _on_directory_insert_requested(self, text: str) -> None:
        if self._state == "empty":
            return
        self.tabs.setCurrentWidget(self.notes)
        self.notes.insert_text(text)

    def _on_tabs_current_changed(self, index: int) -> None:
        # The hint above the tabs says "fill in 마무리": not needed while 마무리 is what is showing.
        self._wrap_note.setVisible(self._state == "wrap_up" and not self._tabs.is_last(index))
        if self.tabs.widget(index) is self.directory:
            self.directory.focus_search()
        elif self.tabs.widget(index) is self.notes and self._state != "empty":
            self.notes.editor().setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.tabs.widget(index) is self.checklist and self._state != "empty":
            self.checklist.refresh()
            self.checklist.take_focus()
        # On 연계, Ctrl+Enter sends the referral.
        on_referral = self.tabs.widget(index) is self.referral
        self.finish_action.setEnabled(self._state == "wrap_up" and not on_referral)

    def _on_wrap_up_details_saved(self) -> None:
        if self._footer.missing_shown():
            missing = self.wrap_up.missing() + self.crisis_decision.missing()
            if missing:
                self._show_missing(missing, focus=False)
            else:
                self._clear_missing()

    def _show_missing(self, missing: list[str], *, focus: bool = True) -> None:
        names = " · ".join(dict.fromkeys(wrap_up_field_name(path) for path in missing))
        self._footer.show_missing(_t("빠진 항목: {names}").format(names=names))
        self.wrap_up.mark_missing(missing)
        self.crisis_decision.set_missing("crisis_decision" in missing)
        if focus:
            self._tabs.show_last()
            if missing[0] == "crisis_decision":
                self.crisis_decision.focus()
            else:
                self.wrap_up.focus_field(missing[0])

    def _clear_missing(self) -> None:
        self._footer.clear_missing(wrap_up=self._state == "wrap_up")
        self.wrap_up.mark_missing([])
        self.crisis_decision.set_missing(False)

    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        self._state = state
        self.end_confirm.dismiss()
        in_call = state == "in_call"
        wrap_up = state == "wrap_up"
        self._end.setVisible(in_call)
        self._finish.setVisible(wrap_up)
        if not self._footer.missing_shown():
            self._clear_missing()  # the hint's line in 마무리, none otherwise
        self.setProperty("phase", state)
        self.finish_action.setEnabled(wrap_up)
        if in_call:
            self.notes.editor().setFocus(Qt.FocusReason.OtherFocusReason)
        elif wrap_up:
            # The call is over: the fields still needed are what the counselor does next.
            self._tabs.show_last()
            self.crisis_decision.sync()  # a crisis answer's decision heads the page: it comes first
            self._focus_wrap_up()
        self._on_tabs_current_changed(self.tabs.currentIndex())
        self.state_changed.emit(state)

    def _focus_wrap_up(self) -> None:
        if self.crisis_decision.missing():  # a crisis answer's decision first
            self.crisis_decision.focus()
        else:
            self.wrap_up.focus_field("summary")

    def _set_channel(self, channel: str) -> None:
        """Everything that names the contact says 채팅 for a chat, 통화 for a call."""
        chat = channel == "chat"
        self._channel = channel
        self.notes.set_channel(channel, self._core.active_chat if chat else None)
        self._footer.set_channel(channel)
        self.end_confirm.set_channel(channel)
        self.end_action.setText(_t("채팅 종료") if chat else _t("통화 종료"))
        set_plain(self._wrap_note, _t(
            "채팅이 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 상담을 받을 수 있습니다."
        ) if chat else _t(
            "통화가 끝났습니다. 마무리 탭을 채우고 ‘후처리 완료’를 누르면 다음 전화를 받을 수 있습니다."
        ))

    def _show_error(self, text: str) -> None:
        set_plain(self._error, text)
        self._error.show()

    def _clear_error(self) -> None:
        self._error.hide()
        self._error.clear()
