"""The bottom row of an open contact: 통화 종료 / 후처리 완료, what is missing, 인계, and the red button.

Bottom-right belongs to the emergency button in every state of a contact; nothing else may live there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.card.sections import set_tone
from annyeong.ui.dispatch.emergency_button import EmergencyButton
from annyeong.ui.handoff.context import handoff_button
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactView", text)


class ContactFooter:
    """Builds the row's widgets as children of ``parent`` (the contact view) and lays them out in ``row``."""

    def __init__(self, parent: QWidget, *, on_handoff: Callable[[], None]) -> None:
        self._missing_shown = False
        self.end = QPushButton(parent)
        self.end.setObjectName("endCallButton")
        self.set_channel("phone")
        self.finish = QPushButton(_t("후처리 완료  (Ctrl+Enter)"), parent)
        self.finish.setObjectName("finishWrapUpButton")
        self.finish.setAccessibleName(_t("후처리 완료"))
        self.finish.setToolTip(_t("마무리 내용을 확인하고 대기 상태로 돌아갑니다 (Ctrl+Enter)"))
        self.finish.hide()
        # 인계 sits left of the red button, never over it.
        self.handoff = handoff_button(parent, on_handoff)
        self.missing: QLabel = plain_label(object_name="wrapUpMissing", word_wrap=True)
        self.missing.hide()
        self.row = QHBoxLayout()
        self.row.setSpacing(10)
        self.row.addWidget(self.end)
        self.row.addWidget(self.finish)
        self.row.addStretch(1)
        self.row.addWidget(self.handoff)
        self.emergency_slot = QHBoxLayout()
        self.emergency_slot.setObjectName("emergencySlot")
        self.row.addLayout(self.emergency_slot)
        # What is missing has the column's whole width over the buttons: squeezed between 후처리 완료
        # and 인계 it wrapped onto four lines in English at 1366×768.
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        self.box.addWidget(self.missing)
        self.box.addLayout(self.row)

    def hold_question(self, question: QWidget) -> None:
        """The question before ending (ui/contact/end_confirm.py) asks in this row, in place of the end
        and 인계 buttons it stands for: a row above them took a chat's conversation down to ~125 px."""
        self.row.insertWidget(0, question, 100)  # the row's stretch (1) gives it all the room

    def show_asking(self, asking: bool, *, in_call: bool) -> None:
        self.end.setVisible(in_call and not asking)
        self.handoff.setVisible(not asking)

    def show_missing(self, text: str) -> None:
        set_plain(self.missing, text)
        set_tone(self.missing, "crisis")
        self.missing.show()
        self._missing_shown = True

    def clear_missing(self, *, wrap_up: bool) -> None:
        """In 마무리 the line keeps its room with a quiet hint, so what is missing, when it is said, takes
        the same line and nothing above it moves; outside 마무리 there is no line."""
        set_plain(self.missing, _t("* 표시 항목을 채우고 ‘후처리 완료’를 누르세요.") if wrap_up else "")
        set_tone(self.missing, "muted")
        self.missing.setVisible(wrap_up)
        self._missing_shown = False

    def missing_shown(self) -> bool:
        """Whether the line says what is missing (not its quiet hint, nor nothing)."""
        return self._missing_shown

    def set_channel(self, channel: str) -> None:
        """A chat ends as a chat (채팅 종료), not a call."""
        if channel == "chat":
            self.end.setText(_t("채팅 종료  (Ctrl+E)"))
            self.end.setAccessibleName(_t("채팅 종료"))
            self.end.setToolTip(_t("채팅을 끝내고 마무리로 넘어갑니다 (Ctrl+E)"))
        else:
            self.end.setText(_t("통화 종료  (Ctrl+E)"))
            self.end.setAccessibleName(_t("통화 종료"))
            self.end.setToolTip(_t("통화를 끝내고 마무리로 넘어갑니다 (Ctrl+E)"))

    def place_emergency(self, parent: QWidget) -> EmergencyButton:
        """The red button, created last so it is the last stop of the contact's tab chain."""
        self.emergency = EmergencyButton(object_name="emergencyButton", parent=parent)
        self.emergency_slot.addWidget(self.emergency)
        return self.emergency
