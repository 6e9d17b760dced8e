"""Live chat in the window: the switcher over the open contact, the 대화 tab of a chat contact, and the
notices for chats that are not on screen.

A counselor holds at most one call and up to N chats (console/contacts/ops.py `held`); one of them is on
screen (the core's active contact). Switching commits whatever is typed first (the note and the wrap-up
fields of the one on screen, the composer's text is kept per chat), then asks the core to focus the other.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QVBoxLayout

from annyeong.console.chats.quick_texts import load as load_quick_texts
from annyeong.ui.chat.conversation_view import ConversationView
from annyeong.ui.chat.switcher import ChatSwitcher, SwitchItem, call_title, chat_title
from annyeong.ui.chat.waiting_count import WaitingChats
from annyeong.ui.chat.words import clock_text, end_text
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.shell.actions import key_action

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.chats.conversations import ChatSummary
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import ActiveContact
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry
    from annyeong.ui.shell.window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatWiring", text)


class ChatWiring(QObject):
    def __init__(
        self, window: MainWindow, core: ConsoleCore, bridge: CoreBridge, tasks: TaskRegistry
    ) -> None:
        super().__init__(window)
        self._window = window
        self._core = core
        self._tasks = tasks
        contact = window.contact
        self.switcher = ChatSwitcher(core.server_now, contact)
        self.switcher.hide()
        self.switcher.chat_selected.connect(self.focus)
        # The chats waiting in the queue while a contact is held here: on a phone call nothing more is
        # offered, and in chats nothing past the centre's chat limit, so a waiting one would be unseen.
        self.waiting = WaitingChats(core.calls, tasks, self._holds_contact, self.switcher)
        self.switcher.add_trailing(self.waiting.label)
        self.waiting.changed.connect(self._on_waiting_changed)
        self._crisis_waiting_told = 0  # the crisis chats waiting that the desktop was last told of
        layout = contact.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.switcher)
        self.conversation = ConversationView(
            core.chats, load_quick_texts(data_dir=core.data_dir), contact
        )
        self.conversation.hide()
        # The contact's own 채팅 종료 (Ctrl+E, bottom row) ends it, with its questions: one button for it.
        self.conversation.end_button.hide()
        self.conversation.run_task = lambda coro: tasks.spawn(coro)
        self.conversation.end_requested.connect(self._on_end_requested)
        self.conversation.changed.connect(self.refresh)
        # Ctrl+1 … follow the tabs on screen; a chat has one more (대화 first), so one more key.
        self._extra_tab_action = key_action(
            contact, f"contactTabAction{contact.tabs.count() + 1}", _t("탭 보기"),
            [f"Ctrl+{contact.tabs.count() + 1}"], partial(contact.show_tab, contact.tabs.count()),
        )
        self._relabel_tab_keys()  # named for the tab it would show, also before any chat
        self._crisis_told: set[str] = set()  # chats whose crisis the counselor was told of off screen
        self._left_told: set[str] = set()  # chats the person left (or silence ended), said once each
        self._unread_seen: dict[str, int] = {}
        bridge.contact_changed.connect(self._on_contact_changed)
        bridge.changed.connect(self._on_changed)

    # --- the counselor's steps --------------------------------------------------------------------

    def focus(self, contact_id: str) -> None:
        """Ctrl+Tab, Ctrl+Alt+1 … or a chip: put that contact on screen."""
        if self._core.active_contact is not None and self._core.active_contact.contact_id == contact_id:
            self.refresh()
            return
        self._window.contact.flush_quietly()  # the note and wrap-up typed here, committed first
        self._window.contact.end_confirm.dismiss()  # a question about this contact must not apply to the next
        CoreOp.now(lambda: self._core.contacts.focus(contact_id)).failure(self._window.show_error).run_now()

    # --- what the core changed --------------------------------------------------------------------

    def _on_contact_changed(self, contact: ActiveContact | None) -> None:
        self._place_tab(contact)
        self.refresh()
        self.waiting.follow()

    def _on_waiting_changed(self) -> None:
        self.refresh()
        counts = self.waiting.counts()
        crisis = counts.crisis_chats if counts is not None else 0
        if crisis > self._crisis_waiting_told:
            # Behind another window (the phone system's, say) the red line is not seen: the desktop says
            # it, without taking the keyboard (nothing is said while the console is in front).
            self._window.desktop_alert.announce(_t("위기 표현이 있는 채팅이 기다립니다"), self.waiting.text(),
                                                urgent=True)
        self._crisis_waiting_told = crisis

    def _holds_contact(self) -> bool:
        core = self._core
        return core.me is not None and core.context.account is not None and bool(core.contacts.held())

    def _on_changed(self, changes: Changes) -> None:
        if changes.contact:
            self.waiting.follow()
        if changes.chat or changes.contact or changes.crisis:
            seen = self._read()
            self.refresh(seen)
            if seen is not None:
                self._tell_off_screen(*seen)

    def _read(self) -> tuple[list[ActiveContact], dict[str, ChatSummary]] | None:
        """The contacts held here and each chat's summary, read once per change (the store, GUI thread)."""
        core = self._core
        if core.me is None or not core.chats.attached:
            return None
        held = core.contacts.held()
        return held, {c.contact_id: core.chats.summary(c.contact_id) for c in held if c.channel == "chat"}

    def refresh(self, seen: tuple[list[ActiveContact], dict[str, ChatSummary]] | None = None) -> None:
        core = self._core
        seen = seen or self._read()
        if seen is None:
            self.switcher.hide()
            return
        held, summaries = seen
        focused = core.active_contact.contact_id if core.active_contact is not None else None
        self._window.today.note_held(held)
        titles = self._titles(held)
        items = [self._item(c, titles[c.contact_id], summaries.get(c.contact_id)) for c in held]
        self.switcher.set_items(items, current=focused)
        self.switcher.setVisible(len(items) > 1 or any(i.kind == "chat" for i in items)
                                 or bool(self.waiting.text()))
        if focused is not None and self.conversation.contact_id == focused:
            self.conversation.refresh()

    # --- inside -----------------------------------------------------------------------------------

    def _titles(self, held: list[ActiveContact]) -> dict[str, str]:
        """Each chat by the minute it began; two in the same minute are told apart by a number that is
        the chat's own (counted over every chat taken here, not the ones held now), so the second stays
        "-2" when the first is wrapped up: a name that changed would send a message to the wrong person."""
        titles: dict[str, str] = {}
        for contact in held:
            if contact.channel != "chat":
                titles[contact.contact_id] = call_title(contact.caller.number_masked or "")
                continue
            minute = clock_text(contact.started_at)
            nth = self._core.contacts.chat_number(contact)
            titles[contact.contact_id] = chat_title(minute if nth == 1 else f"{minute}-{nth}")
        return titles

    def _item(self, contact: ActiveContact, title: str, summary: ChatSummary | None) -> SwitchItem:
        if summary is None:
            return SwitchItem(contact.contact_id, "call", title, ended=contact.ended_at is not None)
        return SwitchItem(
            contact.contact_id, "chat", title, unread=summary.unread,
            waiting_since=summary.waiting_since, crisis=summary.crisis,
            ended=contact.ended_at is not None or summary.ended_by is not None,
        )

    def _place_tab(self, contact: ActiveContact | None) -> None:
        """A chat contact's first tab is the conversation; a call has none."""
        view = self._window.contact
        tabs = view.tabs
        index = tabs.indexOf(self.conversation)
        chat = contact is not None and contact.channel == "chat"
        if chat and contact is not None:
            opened = self.conversation.contact_id != contact.contact_id
            if index < 0:
                tabs.insertTab(0, self.conversation, _t("대화"))
            self.conversation.set_chat(contact.contact_id, self._core.active_chat)
            if opened:
                tabs.setCurrentWidget(self.conversation)
                self.conversation.composer.editor.setFocus()
        elif index >= 0:
            tabs.removeTab(index)
            self.conversation.hide()
            self.conversation.set_chat(None, None)
        self._relabel_tab_keys()

    def _relabel_tab_keys(self) -> None:
        view = self._window.contact
        tabs = view.tabs
        actions = [*view.tab_actions, self._extra_tab_action]
        for index, action in enumerate(actions):
            present = index < tabs.count()
            action.setEnabled(present)
            if present:
                action.setText(_t("{tab} 탭 보기").format(tab=tabs.tabText(index)))
                tabs.setTabToolTip(index, f"{tabs.tabText(index)} (Ctrl+{index + 1})")
            elif action is self._extra_tab_action and tabs.count():
                # A chat puts its 대화 tab first: this key then shows what is the last tab now.
                action.setText(_t("{tab} 탭 보기 (채팅 상담 중)").format(tab=tabs.tabText(tabs.count() - 1)))

    def _on_end_requested(self, contact_id: str) -> None:
        active = self._core.active_contact
        if active is not None and active.contact_id == contact_id:
            self._window.contact.end_contact()  # asks first while a crisis or a dispatch is at stake

    def _tell_off_screen(self, held: list[ActiveContact], summaries: dict[str, ChatSummary]) -> None:
        """A crisis expression in a chat that is not on screen is never left to a chip's colour alone."""
        core = self._core
        focused = core.active_contact.contact_id if core.active_contact is not None else None
        titles = self._titles(held)
        for contact in held:
            summary = summaries.get(contact.contact_id)
            if summary is None:
                continue
            title = titles[contact.contact_id]
            if summary.ended_by in ("person", "silence") and contact.contact_id not in self._left_told:
                # Never silently: the contact goes to 마무리, and this says why, on screen or not.
                self._left_told.add(contact.contact_id)
                said = end_text(summary.ended_by, summary.ended_at)
                self._window.error_banner.show_message(
                    _t("{chat}: {what} 마무리를 채워 주세요.").format(chat=title, what=said),
                    action_text=_t("채팅 보기"), action=partial(self.focus, contact.contact_id),
                )
            if contact.contact_id == focused:
                continue
            if summary.crisis and contact.contact_id not in self._crisis_told:
                self._crisis_told.add(contact.contact_id)
                text = _t("{chat}에서 위기 표현이 나왔습니다. 지금 확인하세요.").format(chat=title)
                self._window.error_banner.show_message(
                    text, action_text=_t("채팅 보기"), action=partial(self.focus, contact.contact_id)
                )
                self._window.desktop_alert.announce(_t("위기 표현"), text, urgent=True)
            if summary.unread > self._unread_seen.get(contact.contact_id, 0):
                self._window.desktop_alert.announce(_t("새 채팅 메시지"), title)
            self._unread_seen[contact.contact_id] = summary.unread
