"""The dispatch panel's face before the press: the prefilled form (scrolling), the line that says what a
press does and what is still wrong, and the confirm control held for a second to send.

The form is opened for one contact, and it stays that contact's: its person's number, address and words.
Closed unsent, what was typed is kept for that contact's next press (DispatchForm.put_aside); once that
contact is no longer held on this console (its wrap-up finished), nothing can bring it back, so losing
it is said, with whom to phone instead, whether the form was still up or closed by hand before.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.dispatch.form import DispatchForm
from annyeong.ui.dispatch.hold_button import HoldToConfirmButton, hold_hint
from annyeong.ui.dispatch.labels import service_number
from annyeong.ui.dispatch.person_number import PersonNumber
from annyeong.ui.text.formatting import caller_number, format_time
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.ui.shell.tasks import TaskRegistry


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchPanel", text)


def unsent_form_closed(who: str) -> str:
    """Said when a finished contact takes its unsent form with it (nothing brings it back). It stays up
    over the next caller, so it names whose it was (`who`: the number as shown, and when)."""
    return _t("{who} 상담에서 쓰던 출동 요청서를 보내지 않은 채 상담이 끝났습니다. "
              "그분이 아직 위급하다면 112·119에 직접 신고하세요.").format(who=who)


class DispatchFormFace(QWidget):
    """The form, the hint and the confirm, for the contact the form was opened for (`contact_id`)."""

    def __init__(self, core: ConsoleCore, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchFormFace")
        self._core = core
        self.contact_id: str | None = None  # the contact the form was opened for
        self.contact_label = ""  # that contact as the counselor knows it: its number as shown, and when
        self.form = DispatchForm(self)
        self.form.confirm_focus_requested.connect(self._on_field_entered)
        self.form.service_changed.connect(self._on_service_changed)
        self._number = PersonNumber(core, tasks, self.form, lambda: not self.isHidden())
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("dispatchFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        self.hint = plain_label(hold_hint(), object_name="dispatchHint", word_wrap=True)
        self.confirm = HoldToConfirmButton("", parent=self)
        self.confirm.setObjectName("emergencyConfirmButton")
        self.confirm.setAccessibleName(_t("출동 요청 보내기"))
        self.confirm.setAccessibleDescription(hold_hint())
        self.confirm.typing_goes_to = self.form.address  # the place is what a counselor types first
        self.confirm.hold_cancelled.connect(self._on_hold_cancelled)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.form_scroll, 1)
        column.addWidget(self.hint)
        column.addWidget(self.confirm)

    def open_for_contact(self) -> None:
        """Fill the form for the open contact (what was kept for it, else the core's fresh draft) and say
        what a press does; offline is said before the press, not only after it."""
        draft = self._core.dispatches.dispatch_draft()
        contact = self._core.active_contact
        self.contact_id = contact.contact_id if contact is not None else None
        if contact is not None:
            number = caller_number(contact.caller, contact.channel)
            self.contact_label = f"{number} ({format_time(datetime.now(UTC))})"
        self.form.load(draft, self.contact_id)
        offline = self._core.sync_status.state == "offline"
        self.say(hold_hint(offline=offline), "warn" if offline else None)
        self._on_service_changed(self.form.service())
        # 위치 first, not where the last contact's form was left.
        self.form_scroll.verticalScrollBar().setValue(0)
        self._number.explain(draft)

    def put_aside(self) -> None:
        """The form closes unsent: what was typed is kept for its contact's next press."""
        self._number.cancel()
        self.form.put_aside(self.contact_id)

    def forget_if_gone(self) -> bool:
        """A form put aside for a contact no longer held here (its wrap-up finished) can never come back:
        forgotten. True if one was, so the caller says so."""
        kept = self.form.kept.contact_id
        if kept is None or any(c.contact_id == kept for c in self._core.contacts.held()):
            return False
        self.form.kept.forget()
        return True

    def sent(self) -> None:
        """The press went through: nothing more to fetch for this form."""
        self._number.cancel()

    def focus_confirm(self) -> None:
        self.confirm.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def say(self, text: str, tone: str | None = None) -> None:
        set_plain(self.hint, text)
        self.hint.setProperty("tone", tone)
        repolish(self.hint)

    def _on_field_entered(self, key: int) -> None:
        # Enter in a field only brings the keyboard to the confirm: a hold that began there sends nothing
        # yet, and the hint says so rather than leave the counselor waiting for a fill that never comes.
        self.focus_confirm()
        self.confirm.ignore_until_released(key)
        self.say(_t("‘출동 요청 보내기’로 옮겼습니다. Enter를 다시 1초 누르고 있으면 보내집니다."))

    def _on_service_changed(self, code: str) -> None:
        self.confirm.setText(
            _t("{number} 출동 요청 보내기   ·   1초 누르고 있기").format(number=service_number(code))
        )

    def _on_hold_cancelled(self) -> None:
        self.say(_t("아직 보내지 않았습니다. ") + hold_hint(), "warn")
