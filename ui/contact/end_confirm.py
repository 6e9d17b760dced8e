"""The question 통화 종료 asks first while ending would cut off someone in danger: a crisis raised, a
dispatch not yet confirmed or its form still being filled in, a note that cannot be sent as it is, a chat
the person is still in (a chat has no voice: they may be typing the sentence that matters). In the
contact's own layout (never a modal dialog), once, naming every reason in one sentence. 계속 통화 has the
focus, so a reflex Enter or a second Ctrl+E keeps the call; ending takes Tab then Enter (or Space), or a
click on 그래도 종료.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from annyeong.ui.dispatch.keyboard_return import KeyboardReturn
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.text import plain_label, set_plain

# Beside its buttons the question keeps at least this width, or at most two lines; else it goes above them:
# beside an open dispatch panel the English sentence stood in a 140 px column six lines high.
NARROWEST_BESIDE = 320


def _t(text: str) -> str:
    return QCoreApplication.translate("EndConfirm", text)


def concern_text(code: str) -> str:
    names = {
        "crisis": _t("위기 대응 중입니다."),
        "dispatch_open": _t("출동 요청의 결과가 아직 확인되지 않았습니다."),
        "dispatch_form": _t("출동 요청서를 작성 중이며 아직 보내지 않았습니다."),
        "note_unsaved": _t("메모가 아직 서버에 저장되지 않았습니다."),
        "chat_open": _t("상대방이 아직 대화방에 있습니다. 글을 쓰는 중일 수 있습니다."),
    }
    return names.get(code, "")


def question_text(concerns: Sequence[str], channel: str = "phone") -> str:
    reasons = " ".join(t for t in (concern_text(c) for c in concerns) if t)
    if channel == "chat":
        return _t("{reasons} 채팅을 종료할까요?").format(reasons=reasons).strip()
    return _t("{reasons} 통화를 종료할까요?").format(reasons=reasons).strip()


class EndConfirm(QFrame):
    asking_changed = Signal(bool)

    def __init__(
        self, *, on_end: Callable[[], object], on_keep: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endConfirm")
        self._on_end = on_end
        # The call goes on: the keyboard goes back where it was when the question came up (the dispatch
        # form's send button, say), else where the counselor works. Given to the contact's tab under an
        # open form, a hold of Enter sent nothing.
        self._keyboard = KeyboardReturn(self)
        self._keyboard.set_fallback(on_keep)
        self._channel = "phone"
        self._question = plain_label(object_name="endConfirmQuestion", word_wrap=True)
        self.keep = QPushButton(self)
        self.keep.setObjectName("endConfirmKeepButton")
        self.keep.setAutoDefault(True)  # Enter acts on the focused button (outside a dialog, too)
        self.keep.clicked.connect(self.close_question)
        self.end = QPushButton(_t("그래도 종료"), self)
        self.end.setObjectName("endConfirmEndButton")
        self.end.setAutoDefault(True)
        self.end.clicked.connect(self._on_end_clicked)
        key_action(self, "endConfirmKeepAction", _t("통화 종료 질문 닫기"), ["Esc"], self.close_question,
                   context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(12, 4, 12, 4)  # in the contact's bottom row, as tall as its buttons
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self._beside: bool | None = None
        self._arrange(beside=True)
        self.set_channel("phone")
        self.hide()

    def set_channel(self, channel: str) -> None:
        """A chat is kept or ended as a chat, not a call."""
        self._channel = channel
        chat = channel == "chat"
        self.keep.setText(_t("계속 채팅  (Esc)") if chat else _t("계속 통화  (Esc)"))
        self.keep.setAccessibleName(_t("채팅 계속하기") if chat else _t("통화 계속하기"))
        self.end.setAccessibleName(_t("그래도 채팅 종료") if chat else _t("그래도 통화 종료"))

    def asking(self) -> bool:
        return not self.isHidden()

    def question(self) -> str:
        return self._question.text() if self.asking() else ""

    def ask(self, concerns: Sequence[str]) -> None:
        """Show the question (again: the reasons are brought up to date, nothing else happens)."""
        text = question_text(concerns, self._channel)
        set_plain(self._question, text)
        self._fit()
        # Red only when a person may be in danger; a note not yet on the server is a warning (amber).
        tone = "crisis" if set(concerns) & {"crisis", "dispatch_open", "dispatch_form"} else "warn"
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            for widget in (self, self._question, self.end):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.setAccessibleName(text)
        if not self.asking():
            self._keyboard.remember()
        self._set_asking(True)
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_question(self) -> None:
        if self.isHidden():
            return
        self._set_asking(False)
        self._keyboard.give_back()

    def dismiss(self) -> None:
        """The contact moved on (ended elsewhere, closed): the question no longer applies."""
        self._set_asking(False)

    def _on_end_clicked(self) -> None:
        self._set_asking(False)
        self._on_end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Beside the buttons while the question takes at most two lines there; above them otherwise."""
        margins = self._grid.contentsMargins()
        taken = margins.left() + margins.right() + 2 * self._grid.horizontalSpacing()
        room = self.width() - taken - self.keep.sizeHint().width() - self.end.sizeHint().width()
        needed = self._question.fontMetrics().horizontalAdvance(self._question.text())
        self._arrange(beside=room >= NARROWEST_BESIDE or (room > 0 and needed <= 2 * room * 0.9))

    def _arrange(self, *, beside: bool) -> None:
        """The question and its buttons in one row, or the question above them (right-aligned)."""
        if beside == self._beside:
            return
        self._beside = beside
        for widget in (self._question, self.keep, self.end):
            self._grid.removeWidget(widget)
        centred = Qt.AlignmentFlag.AlignVCenter
        if beside:
            self._grid.addWidget(self._question, 0, 0)
            self._grid.addWidget(self.keep, 0, 1, centred)
            self._grid.addWidget(self.end, 0, 2, centred)
        else:
            self._grid.addWidget(self._question, 0, 0, 1, 3)
            self._grid.addWidget(self.keep, 1, 1, centred)
            self._grid.addWidget(self.end, 1, 2, centred)

    def _set_asking(self, asking: bool) -> None:
        changed = asking != self.asking()
        self.setVisible(asking)
        if changed:
            self.asking_changed.emit(asking)
