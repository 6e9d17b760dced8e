"""Beside the notes of a chat contact: what the chatbot handed over (the 12 자가진단 answers with their
result, and the conversation before the counselor took it), for as long as the contact is open. The card
showed them while the chat rang; without this they would vanish on 받기.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

from annyeong.console.wire import ChatHandoff
from annyeong.ui.card.sections import self_test_text, transcript_text
from annyeong.ui.text.text import plain_label


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatHandoffPane", text)


def _reader(object_name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(object_name)
    box.setAccessibleName(accessible)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return box


class ChatHandoffPane(QFrame):
    """Hidden for a phone contact; set_chat(None) hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactChat")
        self._shown: ChatHandoff | None = None
        self.self_test = _reader("contactSelfTest", _t("챗봇 자가진단 답변"), self)
        self.transcript = _reader("contactTranscript", _t("챗봇과 나눈 채팅 내용"), self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(plain_label(_t("챗봇 자가진단"), self, object_name="contactChatTitle"))
        column.addWidget(self.self_test, 3)
        column.addWidget(plain_label(_t("챗봇 채팅 내용"), self, object_name="contactChatTitle"))
        column.addWidget(self.transcript, 2)
        self.hide()

    def set_chat(self, chat: ChatHandoff | None) -> None:
        if chat is self._shown:
            return  # unchanged: the reader keeps its scroll position
        self._shown = chat
        if chat is None:
            self.self_test.clear()
            self.transcript.clear()
            self.hide()
            return
        self.self_test.setPlainText(self_test_text(chat))
        self.transcript.setPlainText(transcript_text(chat))
        self.show()
