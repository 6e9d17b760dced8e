"""상태 선택: the counselor's presence. 전화 옴/통화 중/후처리 follow the call itself and are only shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget
from qasync import asyncSlot

from annyeong.ui.common.operations import CoreOp
from annyeong.ui.text.messages import presence_name
from annyeong.ui.text.text import plain_label

if TYPE_CHECKING:
    from annyeong.console.calls import Calls

# Only these can be chosen by hand; the others follow from calls (server-side ACD rules).
CHOOSABLE = ("available", "break")
ALL = ("available", "ringing", "chat_ringing", "on_call", "wrap_up", "break", "offline")


class PresenceSelector(QWidget):
    presence_requested = Signal(str)
    error_occurred = Signal(str)  # a sentence for the error banner

    def __init__(self, calls: Calls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceSelector")
        self._calls = calls
        title = QCoreApplication.translate("PresenceSelector", "상태")
        label = plain_label(title, self, object_name="presenceLabel")
        self._combo = QComboBox(self)
        self._combo.setObjectName("presenceCombo")
        # Its items change with the call (전화 옴, 통화 중 …): the box follows the longest, never cut.
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.setAccessibleName(QCoreApplication.translate("PresenceSelector", "상담 상태"))
        self._combo.setToolTip(
            QCoreApplication.translate(
                "PresenceSelector",
                "대기: 전화가 이 자리로 연결됨 · 휴식: 전화가 연결되지 않음\n"
                "전화 옴, 통화 중, 후처리는 통화에 따라 자동으로 바뀝니다.",
            )
        )
        label.setBuddy(self._combo)
        self._current = "offline"
        self._ringing: str | None = None  # "ringing" (a call) or "chat_ringing" while one rings here
        self._updating = False
        self._combo.activated.connect(self._on_combo_activated)
        self.presence_requested.connect(self.request)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self._combo)
        self.set_presence("offline")

    def combo(self) -> QComboBox:
        return self._combo

    def presence(self) -> str:
        return self._current

    def set_ringing(self, ringing: bool, *, chat: bool = False) -> None:
        """While a call rings here the state reads 전화 옴, not 대기 (the server still says available); a
        chat reads 채팅 옴: nobody is on a phone waiting to be picked up."""
        self._ringing = ("chat_ringing" if chat else "ringing") if ringing else None
        self.set_presence(self._current)

    def set_presence(self, status: str) -> None:
        """Show ``status`` without asking for a change."""
        self._current = status
        if self._ringing is not None and status == "available":
            status = self._ringing
        self._updating = True
        try:
            self._combo.clear()
            codes = [c for c in ALL if c in CHOOSABLE or c == status]
            for code in codes:
                self._combo.addItem(presence_name(code), code)
            self._combo.setCurrentIndex(codes.index(status) if status in codes else 0)
            # While a call or its wrap-up is open the state belongs to the call, not to the menu.
            self._combo.setEnabled(status in CHOOSABLE or status == "offline")
            self._combo.setAccessibleDescription(presence_name(status))
            # A crowded header squeezes widgets to their minimum: the state must stay readable whole.
            self._combo.setMinimumWidth(self._combo.sizeHint().width())
        finally:
            self._updating = False

    @asyncSlot(str)
    async def request(self, status: str) -> None:
        self._combo.setEnabled(False)
        await CoreOp(self._calls.set_presence(status)).within(self).failure(  # type: ignore[arg-type]
            self.error_occurred.emit
        ).always(lambda: self.set_presence(str(self._calls.presence))).run()

    def _on_combo_activated(self, index: int) -> None:
        if self._updating:
            return
        code = str(self._combo.itemData(index))
        if code != self._current and code in CHOOSABLE:
            self.presence_requested.emit(code)
