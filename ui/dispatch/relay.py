"""동료·팀장에게 112 신고 요청, inside the dispatch fallback ("지금 112에 직접 전화하세요").

The counselor is on the line with the caller and may have no second phone. One key (F9, or the button)
sends the fallback's read-out to the shift leads and the colleagues online; the box then says who phones
once someone answers "제가 신고합니다". When the server cannot be reached there is nobody to send it
through: the box says to ask the person at the next desk instead of offering the button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from annyeong.console.wire import Relay
from annyeong.ui.card.sections import set_tone
from annyeong.ui.dispatch.labels import service_number
from annyeong.ui.text.text import plain_label, set_plain

RELAY_KEY = "F9"


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchRelay", text)


def next_desk_text(service: str) -> str:
    return _t("서버에 연결되지 않아 동료에게 요청을 보낼 수 없습니다. 옆자리 동료에게 {number} 신고를 "
              "부탁하세요.").format(number=service_number(service))


def taker_text(relay: Relay, service: str) -> str:
    name = relay.taken_by.name if relay.taken_by is not None else ""
    return _t("{name} 님이 {number}에 신고합니다").format(name=name, number=service_number(service))


class DispatchRelayBox(QFrame):
    relay_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchRelay")
        self.button = QPushButton(self)
        self.button.setObjectName("relayRequestButton")
        self.button.setAccessibleName(_t("동료·팀장에게 112 신고 요청"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.relay_requested)
        # Shown by show_state with its words: shown with the box before that, it was an empty button.
        self.button.hide()
        self.state = plain_label(object_name="relayState", word_wrap=True)
        self.state.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.state)
        self.client_id: str | None = None  # the dispatch the words above are about

    def forget(self) -> None:
        """Say nothing until told about the dispatch now shown: who phoned for the last one is not who
        phones for this one."""
        self.client_id = None
        self.button.hide()
        self.state.clear()
        self.state.hide()

    def show_state(
        self, *, client_id: str, service: str, relay: Relay | None, online: bool, sending: bool
    ) -> None:
        """relay: the request made for this dispatch (None: none yet); online: the server is reachable."""
        self.client_id = client_id
        number = service_number(service)
        label = _t("동료·팀장에게 {number} 신고 요청   {key}")
        self.button.setText(label.format(number=number, key=RELAY_KEY))
        self.button.setToolTip(
            _t("통화를 끊지 않고, 팀장과 접속 중인 동료에게 위 내용을 보내 {number} 신고를 부탁합니다.")
            .format(number=number)
        )
        if relay is not None:
            self.button.hide()
            if relay.taken_by is not None:
                text, tone = taker_text(relay, service), "ok"
            else:
                text, tone = _t("팀장과 동료에게 요청했습니다 · 누가 신고할지 기다리는 중"), "warn"
        elif not online:
            self.button.hide()
            text, tone = next_desk_text(service), "warn"
        else:
            self.button.show()
            self.button.setEnabled(not sending)
            text, tone = (_t("보내는 중…"), "muted") if sending else ("", "muted")
        set_plain(self.state, text)
        set_tone(self.state, tone)
        self.state.setVisible(bool(text))
        self.state.updateGeometry()

    def state_text(self) -> str:
        return self.state.text() if not self.state.isHidden() else ""
