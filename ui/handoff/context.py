"""The handoff line above the contact's tabs: for the sender, where the handoff stands ("인계됨 · 박상담이
받았습니다"); for the receiver, the SBAR and the previous counselor's notes (read-only, never copied into
the receiver's own note, so nothing is sent twice)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.handoff.labels import status_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoffContext", text)


def handoff_button(parent: QWidget, on_click: Callable[[], object]) -> QPushButton:
    """The contact's 인계 button (bottom row, left of the red button)."""
    button = QPushButton(_t("인계"), parent)
    button.setObjectName("handoffButton")
    button.setAccessibleName(_t("인계"))
    button.setToolTip(_t("이 상담을 다른 상담원, 다음 근무조 또는 협력기관에 넘깁니다"))
    button.setAutoDefault(False)
    button.clicked.connect(on_click)
    return button


class HandoffContext(QFrame):
    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffContext")
        self.setAccessibleName(_t("인계 상태"))
        self._core = core
        self._line = plain_label(object_name="handoffContextLine", word_wrap=True)
        self._reader = QPlainTextEdit(self)
        self._reader.setObjectName("handoffReceivedNotes")
        self._reader.setAccessibleName(_t("인계받은 내용과 이전 상담원 메모"))
        self._reader.setReadOnly(True)
        self._reader.setMaximumHeight(150)
        self._reader.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        column.addWidget(self._line)
        column.addWidget(self._reader)
        self.hide()

    def text(self) -> str:
        return self._line.text() if not self.isHidden() else ""

    def received_text(self) -> str:
        return self._reader.toPlainText() if not self._reader.isHidden() else ""

    def refresh(self, _changes: object = None) -> None:
        core = self._core
        contact = core.active_contact
        if contact is None:
            self.hide()
            return
        received = core.handoffs.received_contact(contact.contact_id)
        taken = core.handoffs.taken_over(contact.contact_id)
        handoff = core.handoffs.handoff_of(contact.contact_id)
        tone = "muted"
        if taken is not None and taken.kind == "take_over":
            line = _t("{who}이(가) 이 상담을 넘겨받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다."
                      ).format(who=taken.to_user.name)
            tone = "info"
        elif taken is not None:
            line = _t("인계됨 · {who}이(가) 받았습니다. 후처리 완료를 누르면 이 화면에서 사라집니다.").format(
                who=taken.to_user.name)
            tone = "ok"
        elif received is not None:
            line = _t("인계받은 상담 · {who}에게서").format(who=received.handoff.from_user.name)
            tone = "info"
        elif handoff is not None and core.me is not None and handoff.from_user.id == core.me.id:
            line = status_text(handoff)
            tone = "warn" if handoff.status == "rejected" or handoff.escalated_at else "muted"
        else:
            self.hide()
            return
        set_plain(self._line, line)
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            repolish(self)
        if received is not None:
            sbar = received.handoff.sbar
            parts = ["\n".join(f"{name}: {text}" for name, text in (
                (_t("상황"), sbar.situation), (_t("배경"), sbar.background), (_t("평가"), sbar.assessment),
                (_t("권고"), sbar.recommendation)) if text.strip())]
            notes = received.notes_text()
            if notes:
                parts.append(_t("— 이전 상담원 메모 —") + "\n" + notes)
            text = "\n\n".join(p for p in parts if p)
            if text != self._reader.toPlainText():
                self._reader.setPlainText(text)
                self._reader.verticalScrollBar().setValue(0)
            self._reader.show()
        else:
            self._reader.hide()
        self.show()
