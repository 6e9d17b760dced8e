"""요청 취소: withdrawing a mistaken dispatch, inline in the dispatch panel's status face.

It asks once, in place (no dialog: the panel is where the counselor's eyes are): a reason from a short
list, the counselor's own words if they want, and one button that says it cannot be undone. What is sent
is a step of the same dispatch, never an erasure; the box then shows where the withdrawal is (saved here,
sent, the agency stood down).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.dispatches.local import CANCEL_REASONS, MAX_REASON, LocalDispatch
from annyeong.ui.card.sections import set_tone
from annyeong.ui.dispatch.moments import clock
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchWithdraw", text)


def cancel_reason_name(code: str | None) -> str:
    names = {
        "pressed_by_mistake": _t("잘못 누름"),
        "wrong_service": _t("기관을 잘못 선택함"),
        "duplicate": _t("이미 신고됨"),
        "caller_safe": _t("대상자 안전 확인"),
        "other": _t("기타"),
    }
    return names.get(code or "", code or "")


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class DispatchWithdrawBox(QFrame):
    withdraw_requested = Signal(str, str)  # reason code, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchWithdraw")
        self._client_id: str | None = None
        self.open_button = _button(_t("요청 취소…"), "dispatchWithdrawButton", _t("출동 요청 취소하기"), self)
        self.open_button.setToolTip(_t("잘못 보낸 출동 요청을 사유와 함께 취소합니다. 기록은 남습니다."))
        self.open_button.clicked.connect(self.open_ask)

        self.ask = QFrame(self)
        self.ask.setObjectName("dispatchWithdrawAsk")
        head = plain_label(
            _t("이 출동 요청을 취소할까요? 보내면 되돌릴 수 없고, 요청과 취소가 모두 기록됩니다."),
            self.ask, object_name="dispatchWithdrawQuestion", word_wrap=True,
        )
        self._reasons = QButtonGroup(self)
        self._reasons.setExclusive(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for i, code in enumerate(CANCEL_REASONS):
            radio = QRadioButton(cancel_reason_name(code), self.ask)
            radio.setObjectName(f"dispatchWithdrawReason_{code}")
            radio.setAccessibleName(_t("취소 사유: {reason}").format(reason=cancel_reason_name(code)))
            radio.setProperty("code", code)
            self._reasons.addButton(radio)
            # Only as wide as its text: a click anywhere on the button lands on it (Qt's radio buttons
            # answer only over the circle and the label, not over the empty rest of a stretched cell).
            grid.addWidget(radio, i // 3, i % 3, Qt.AlignmentFlag.AlignLeft)
        self._reasons.buttonToggled.connect(lambda *_: self._update_send())
        self.note = QLineEdit(self.ask)
        self.note.setObjectName("dispatchWithdrawNote")
        self.note.setAccessibleName(_t("취소 사유 설명"))
        self.note.setPlaceholderText(_t("덧붙일 말 (선택, 예: 메모 중 F12를 잘못 누름)"))
        self.note.setMaxLength(MAX_REASON)
        self.send = _button(_t("취소 요청 보내기"), "dispatchWithdrawSendButton", _t("출동 요청 취소 보내기"),
                            self.ask)
        self.send.setToolTip(_t("보내면 되돌릴 수 없습니다."))
        self.send.clicked.connect(self._on_send)
        back = _button(_t("돌아가기  Esc"), "dispatchWithdrawBackButton", _t("출동 요청 취소하지 않기"),
                       self.ask)
        back.clicked.connect(self.back)
        # As every other question in the console: Esc answers "no" while the keyboard is in it. Claimed
        # before the window's shortcuts: a call ringing on the idle screen has Esc too (거절), and two
        # claims on one key would leave Esc doing nothing at all.
        self.ask.installEventFilter(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.note, 1)
        row.addWidget(self.send)
        row.addWidget(back)
        box = QVBoxLayout(self.ask)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(8)
        box.addWidget(head)
        box.addLayout(grid)
        box.addLayout(row)
        self.ask.hide()

        self.state = plain_label(object_name="dispatchWithdrawState", word_wrap=True)
        self.state.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.ask)
        column.addWidget(self.state)
        self._update_send()

    # --- public ----------------------------------------------------------------------------------

    def show_dispatch(self, d: LocalDispatch | None) -> None:
        if d is None or d.client_id != self._client_id:
            self.close_ask()
        self._client_id = d.client_id if d is not None else None
        if d is None:
            self.hide()
            return
        self.show()
        self.open_button.setVisible(d.cancellable and self.ask.isHidden())
        if not d.cancellable:
            self.ask.hide()
        self.state.setVisible(d.cancelled)
        if d.cancelled:
            set_plain(self.state, self._state_text(d))
            set_tone(self.state, "ok" if d.cancel_acknowledged_at is not None else "warn")
            self.state.updateGeometry()

    def open_ask(self) -> None:
        self.open_button.hide()
        self.ask.show()
        checked = self._reasons.checkedButton()
        (checked or self._reasons.buttons()[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def close_ask(self) -> None:
        self.ask.hide()
        self.note.clear()
        self._reasons.setExclusive(False)  # unchecking needs the group's rule lifted for a moment
        for button in self._reasons.buttons():
            button.setChecked(False)
        self._reasons.setExclusive(True)
        self._update_send()
        self.open_button.setVisible(self._client_id is not None and not self.state.isVisible())

    def back(self) -> None:
        """돌아가기: nothing is withdrawn; the keyboard goes back to 요청 취소…, where it came from."""
        self.close_ask()
        if self.open_button.isVisible():
            self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def asking(self) -> bool:
        return not self.ask.isHidden()

    # --- internals -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and watched is self.ask
        if escape and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if escape and event.type() == QEvent.Type.KeyPress:
            self.back()
            return True
        return False

    def _state_text(self, d: LocalDispatch) -> str:
        text = _t("요청 취소 {at} · 사유: {reason}").format(
            at=clock(d.cancel_requested_at), reason=cancel_reason_name(d.cancel_reason)
        )
        if d.cancel_note:
            text += f" · {d.cancel_note}"
        if d.cancel_acknowledged_at is not None:
            return text + "\n" + _t("출동 기관이 취소를 확인했습니다 ({at}).").format(
                at=clock(d.cancel_acknowledged_at))
        if d.server is None or d.server.cancel_requested_at is None:
            return text + "\n" + _t("이 PC에 저장됨 · 서버로 보내는 중")
        return text + "\n" + _t("출동 기관의 취소 확인을 기다리는 중입니다.")

    def _update_send(self) -> None:
        self.send.setEnabled(self._reasons.checkedButton() is not None)

    def _on_send(self) -> None:
        checked = self._reasons.checkedButton()
        if checked is None:
            return
        code = str(checked.property("code"))
        note = self.note.text()
        self.ask.hide()
        self.withdraw_requested.emit(code, note)
