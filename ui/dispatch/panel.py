"""The dispatch panel: slides over the centre column (a child widget, never a window, never modal).

Two faces. Before the press it is the prefilled form with the confirm control focused (held for a second,
by mouse, Enter or Space; a tap sends nothing). After the press it is the live status of that dispatch,
and it stays — across restarts, since the core keeps open dispatches — until the counselor records an
outcome and closes it. It may step aside (접기, or by itself when the next contact opens) without being
closed: the header's "출동 확인 대기" chip keeps reminding and brings it back, and a fallback that falls
due, or a failure the agency reports, brings it back by itself (when: ui/dispatch/recall.py).

The panel never covers the contact's bottom row: the emergency button and 통화 종료 stay reachable
(CentreColumn places it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.domain import phone
from annyeong.ui.card.sections import repolish
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.dispatch.chat_beside import ChatBeside
from annyeong.ui.dispatch.close_guard import CloseGuard
from annyeong.ui.dispatch.form_face import DispatchFormFace
from annyeong.ui.dispatch.keyboard_return import KeyboardReturn
from annyeong.ui.dispatch.labels import dispatch_error_text, service_name
from annyeong.ui.dispatch.recall import Recall, alarm
from annyeong.ui.dispatch.slide import SlideIn
from annyeong.ui.dispatch.status import DispatchStatusView
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore
    from annyeong.console.dispatches.local import LocalDispatch
    from annyeong.ui.contact.view import ContactView
    from annyeong.ui.shell.tasks import TaskRegistry

# Fetched at contact open, shown only in a dispatch: the audit says so (see Dispatches.hold_dispatch_number).
HOLD_REASON = "긴급 출동 대비 (출동 요청 때만 표시)"


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchPanel", text)


class DispatchPanel(QFrame):
    dispatch_requested = Signal(str)  # client id of the intent the press made or joined
    mode_changed = Signal(str)  # hidden | form | status
    dispatch_shown = Signal(str)  # client id: the status face now speaks for it
    fallback_raised = Signal(str)  # client id: its fallback ("phone 112 now") fell due, or it failed
    unsent_form_closed = Signal(str)  # whose: a finished contact took its unsent form, for good

    def __init__(self, core: ConsoleCore, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyPanel")
        self.setAccessibleName(_t("긴급 출동"))
        self.setProperty("alarm", False)
        self._core = core
        self._tasks = tasks
        self._mode = "hidden"
        self._sync_state = ""  # the last sync state the status face was drawn for (sync_changed)
        self._client_id: str | None = None
        self._recall = Recall()  # when it comes back by itself (ui/dispatch/recall.py)

        # Wraps rather than push the service buttons and 취소 out of a narrow panel.
        self._title = plain_label(object_name="emergencyPanelTitle", word_wrap=True)
        self._cancel = QPushButton(_t("취소  Esc"), self)
        self._cancel.setObjectName("dispatchCancelButton")
        self._cancel.setAccessibleName(_t("출동 요청 취소"))
        self._cancel.setToolTip(_t("요청하지 않고 닫습니다 (Esc)"))
        self._cancel.setAutoDefault(False)
        self._cancel.clicked.connect(self.cancel_form)
        self._collapse = QPushButton(_t("접기"), self)
        self._collapse.setObjectName("dispatchCollapseButton")
        self._collapse.setAccessibleName(_t("출동 창 접기"))
        self._collapse.setToolTip(
            _t("창을 접어도 출동은 계속됩니다. 위쪽의 ‘출동 확인 대기’를 누르면 다시 열립니다.")
        )
        self._collapse.setAutoDefault(False)
        self._collapse.clicked.connect(self.step_aside)

        self.form_face = DispatchFormFace(core, tasks, self)
        self.form, self.confirm = self.form_face.form, self.form_face.confirm
        self.confirm.confirmed.connect(self.confirm_dispatch)

        self.status = DispatchStatusView(self)
        dispatches = core.dispatches
        self.status.contact_confirmed_requested.connect(lambda: self._record(
            lambda client_id: dispatches.record_contact_outcome("contact_confirmed", client_id=client_id)))
        self.status.contact_failed_requested.connect(lambda reason: self._record(
            lambda client_id: dispatches.record_contact_outcome("failed", reason, client_id=client_id)))
        self.status.fallback_called_requested.connect(lambda: self._record(dispatches.record_fallback_called))
        self._close_guard = CloseGuard(self.status, lambda: self._record(dispatches.close_dispatch))
        self.status.close_requested.connect(self._close_guard.requested)

        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self._title)
        head.addSpacing(8)
        head.addWidget(self.form.service_bar, 0, Qt.AlignmentFlag.AlignTop)
        head.addStretch(1)
        head.addWidget(self._cancel, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._collapse, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 10, 22, 10)
        column.setSpacing(8)
        column.addLayout(head)
        work = QVBoxLayout()
        work.setSpacing(8)
        work.addWidget(self.form_face, 1)
        work.addWidget(self.status, 1)
        # A chat's conversation is under the panel: it comes along, beside the form or the steps.
        self.chat = ChatBeside(core.chats, self)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(16)
        self._body.addLayout(work, 3)
        self._body.addWidget(self.chat, 2)
        column.addLayout(self._body, 1)
        self._slide = SlideIn(self)
        self._set_face("hidden")
        self.hide()
        self.keyboard = KeyboardReturn(self)

    # --- public ----------------------------------------------------------------------------------

    def mode(self) -> str:
        return self._mode

    def client_id(self) -> str | None:
        return self._client_id

    def sliding(self) -> bool:
        return self._slide.running()

    def open_for_press(self) -> None:
        """The red button (or F12): the open dispatch of this contact if there is one, else the form with
        the confirm control focused — one more deliberate action (a 1 s hold) sends it."""
        if self._mode == "form":
            self.focus_confirm()
            return
        existing = self.press_shows_dispatch()
        if existing is not None:
            self.show_dispatch(existing.client_id)
            return
        self._open_form()

    def press_shows_dispatch(self) -> LocalDispatch | None:
        """The dispatch a press brings back instead of a new form: the open one of the open contact (or
        the newest open one, between contacts)."""
        existing = self._current_dispatch()
        contact = self._core.active_contact
        if existing is not None and (contact is None or existing.contact_id == contact.contact_id):
            return existing
        return None

    def show_dispatch(self, client_id: str) -> None:
        self._recall.brought_back(client_id)
        self._client_id = client_id
        self._set_face("status")
        self.refresh()
        self.dispatch_shown.emit(client_id)
        self._slide_in()

    def sync_changed(self, state: str) -> None:
        """Offline, an open dispatch's news stop: its face says so (once per change, not per update)."""
        if state != self._sync_state:
            self._sync_state = state
            if self._mode == "status":
                self.refresh()

    def refresh(self) -> None:
        """The core's dispatches changed (a press, an event, a timer, a delivery) or the network did."""
        on_screen = self._client_id if self._mode == "status" else None
        raised = self._recall.newly_due(self._core.dispatches.open_dispatches, on_screen)
        if self._mode == "status" and self._client_id is not None:
            dispatch = self._find(self._client_id)
            if dispatch is None or not dispatch.open:
                self._client_id = None
                self._hide_panel()
                return
            self._render_status(dispatch)
        elif self._mode == "hidden":
            if raised:
                # "Phone 112 now" cannot wait behind a chip, even over the next call.
                self.show_dispatch(raised[0])
            else:
                waiting = self._current_dispatch()
                if waiting is not None and self._recall.comes_back(waiting, self._active_contact_id()):
                    self.show_dispatch(waiting.client_id)
        for client_id in raised:
            self.fallback_raised.emit(client_id)

    def step_aside(self) -> None:
        """Put the status face away without closing the dispatch (접기): the header chip reminds."""
        if self._mode != "status" or self._client_id is None:
            return
        self._recall.put_away(self._client_id)
        self._client_id = None
        self._hide_panel()

    def form_follows(self, contact_id: str | None) -> None:
        """The open contact is now `contact_id` (None: none): an unsent form opened for another goes aside
        for that one (F12 there brings it back while it is still held here; a finished contact opens
        read-only and its form is gone). Left up, it carried one caller's number and address into the next
        call, and a hold sent it for the wrong person."""
        if self._mode == "form" and self.form_face.contact_id != contact_id:
            self.cancel_form()
        # Closed by hand during the call or its wrap-up, or just now: either way it is gone with its contact.
        if self.form_face.forget_if_gone():
            self.unsent_form_closed.emit(self.form_face.contact_label)

    def lies_over(self, contact: ContactView) -> None:
        """`contact` is the view under the panel: its page keys and its wrap-up ask the panel first, and
        the keyboard goes back into it when the panel goes."""
        contact.state_changed.connect(self.contact_state_changed)
        contact.uncover = self.uncover_contact
        self.keyboard.set_fallback(contact.focus_current_tab)

    def uncover_contact(self) -> bool:
        """A key of the contact under the panel (Alt+R, Ctrl+1…, Ctrl+Enter) brings a page forward: the form
        goes aside as typed (F12 brings it back), the status face steps aside unless it cannot wait (a
        fallback or a failure: then False, and the key does nothing)."""
        shown = self._find(self._client_id) if self._mode == "status" and self._client_id else None
        if shown is not None and Recall.stays_for_next_contact(shown):
            return False
        self.put_away()
        return True

    def contact_state_changed(self, state: str) -> None:
        """The wrap-up takes the keyboard as it begins. With the form still up over it (그래도 종료), the
        keyboard comes back to the form: typing went into the covered summary, and Esc reached nothing."""
        if state == "wrap_up" and self._mode == "form":
            self.focus_confirm()

    def step_aside_for(self, contact_id: str) -> None:
        """The next contact opened: an earlier contact's dispatch does not cover its notes (unless its
        fallback is due or it failed)."""
        self.form_follows(contact_id)
        shown = self._find(self._client_id) if self._client_id is not None else None
        if self._mode == "status" and shown is not None and shown.contact_id != contact_id:
            if Recall.stays_for_next_contact(shown):
                self.refresh()  # its title now says it is the last contact's, not this caller's
            else:
                self.step_aside()

    def load_contact(self, contact_id: str) -> None:
        """A contact opened here: its open dispatch from another PC (or from before the local copy was set
        aside) comes from the server, so its status shows and F12 shows it instead of a new form."""
        self._tasks.latest("dispatch-contact", self._load_contact(contact_id))

    async def _load_contact(self, contact_id: str) -> None:
        await asyncio.to_thread(phone.preload)  # the form formats the callback line: not at the press
        await CoreOp(self._core.dispatches.load_contact_dispatches(contact_id)).run()  # offline: joins later
        # Not held: the form asks again when it opens; the server fills the number in meanwhile.
        await CoreOp(self._core.dispatches.hold_dispatch_number(HOLD_REASON)).run()

    def follow_chat(self, changes: Changes | None = None) -> None:
        """While the panel is up over a chat, the conversation beside it follows every message."""
        contact = self._core.active_contact
        chat = contact is not None and contact.channel == "chat" and self._mode != "hidden"
        followed = contact.contact_id if chat and contact is not None else None
        # The core's other changes (a delivered row, the sync state) leave the same transcript: not read.
        if changes is None or changes.chat or followed != self.chat.contact_id:
            self.chat.follow(followed)
        self.chat.show_hint(self._mode == "form")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side where the form keeps a usable width; under the form's head row otherwise.
        wide = event.size().width() >= 860
        direction = QBoxLayout.Direction
        self._body.setDirection(direction.LeftToRight if wide else direction.TopToBottom)
        self.chat.setMaximumHeight(16_777_215 if wide else 150)

    def focus_confirm(self) -> None:
        self.form_face.focus_confirm()

    def put_away(self) -> None:
        """The screen is locked: nothing of a dispatch stays over the cover. A form keeps what was typed
        (F12 brings it back, through the lock too); an open dispatch steps aside and the chip reminds."""
        if self._mode == "form":
            self.cancel_form()
        else:
            self.step_aside()

    def cancel_form(self) -> None:
        if self._mode == "form":
            # Closing unsent loses nothing: F12 again in this contact brings back what was typed.
            self.form_face.put_aside()
            self._hide_panel()

    # --- the press -------------------------------------------------------------------------------

    def confirm_dispatch(self) -> None:
        """Commit the dispatch (the core writes it to disk before any network I/O) and show its status."""
        if self._mode != "form":
            return  # a second hold after the press: nothing more to send
        self.form_face.sent()
        outcome = CoreOp.now(lambda: self._core.dispatches.request_dispatch(
            self.form.service(), **self.form.request_fields()  # type: ignore[arg-type]
        )).failure(self._refused).run_now()
        if outcome.value is None:
            return
        dispatch = outcome.value
        self.show_dispatch(dispatch.client_id)
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)
        self.dispatch_requested.emit(dispatch.client_id)

    # --- internals -------------------------------------------------------------------------------

    def _active_contact_id(self) -> str | None:
        contact = self._core.active_contact
        return contact.contact_id if contact is not None else None

    def _open_form(self) -> None:
        self._set_face("form")
        self.form_face.open_for_contact()
        self._slide_in()
        self.focus_confirm()

    def _refused(self, text: str) -> None:
        self.form_face.say(text, "warn")

    def _set_face(self, mode: str) -> None:
        form = mode == "form"
        for widget in (self.form_face, self._cancel, self.form.service_bar):
            widget.setVisible(form)
        self.status.setVisible(mode == "status")
        self._collapse.setVisible(mode == "status")
        if mode == "form":
            set_plain(self._title, _t("긴급 출동 요청"))
        if mode != self._mode:
            self._mode = mode
            self.setProperty("mode", mode)
            repolish(self)
            self.mode_changed.emit(mode)
        self.follow_chat()

    def _render_status(self, dispatch: LocalDispatch) -> None:
        title = _t("{service} 출동").format(service=service_name(dispatch.service))
        if dispatch.contact_id != self._active_contact_id() and self._active_contact_id() is not None:
            # Over the next caller's contact: say it is not about the person on the line now.
            title += " · " + _t("이전 상담의 출동")
        set_plain(self._title, title)
        self.status.show_dispatch(dispatch, sync_state=self._core.sync_status.state)
        self._close_guard.shown(dispatch)
        alarmed = alarm(dispatch) is not None
        if bool(self.property("alarm")) != alarmed:
            self.setProperty("alarm", alarmed)
            repolish(self)

    def _find(self, client_id: str) -> LocalDispatch | None:
        return next((d for d in self._core.dispatches.open_dispatches if d.client_id == client_id), None)

    def _current_dispatch(self) -> LocalDispatch | None:
        return self._core.dispatches.active_dispatch

    def _slide_in(self) -> None:
        was_hidden = self.isHidden()
        if was_hidden:
            self.keyboard.remember()
        self.show()
        self.raise_()
        if was_hidden:
            self._slide.start()

    def _hide_panel(self) -> None:
        # Asked first: hiding the form's fields already moves the keyboard on to the next widget.
        give_back = not self.isHidden() and self.keyboard.holds_keyboard()
        self._slide.stop()
        self._set_face("hidden")
        self.hide()
        self.setProperty("alarm", False)
        if give_back:
            self.keyboard.give_back()

    def _record(self, step: Callable[[str | None], object]) -> None:
        """A step the counselor took in the status face, recorded for the dispatch on screen."""
        client_id = self._client_id
        op = CoreOp.now(lambda: step(client_id)).failure(self.status.show_message, text=dispatch_error_text)
        if not op.run_now().ok:
            return
        self.status.show_message("")
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._mode == "form":
            self.cancel_form()
            event.accept()
            return
        super().keyPressEvent(event)
