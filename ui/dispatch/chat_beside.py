"""The live conversation beside the dispatch panel, for a chat contact.

The panel slides over the centre column, where a chat's conversation is: in a crisis chat the counselor
fills the form (or watches the dispatch's steps) while the person keeps writing, and must see what they
write. This is the same transcript, read-only, following every message as it comes; replying is one Esc
(or 접기) away, and what was typed in the form is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from annyeong.ui.chat.transcript import TranscriptView, show_conversation
from annyeong.ui.text.text import plain_label

if TYPE_CHECKING:
    from annyeong.console.chats.conversations import Conversations


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchChatBeside", text)


class ChatBeside(QFrame):
    def __init__(self, chats: Conversations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchChatBeside")
        self._chats = chats
        self.contact_id: str | None = None
        self._private = False  # the console is locked: nothing of the conversation on screen
        title = plain_label(_t("대화 (실시간)"), self, object_name="dispatchChatTitle")
        self.typing = plain_label("", self, object_name="dispatchChatTyping")
        self.transcript = TranscriptView(self)
        self.transcript.setObjectName("dispatchChatTranscript")
        self.transcript.setAccessibleName(_t("채팅 대화 내용 (출동 요청 창 옆)"))
        hint = plain_label(_t("답장은 Esc로 창을 닫고 대화 탭에서 쓰세요. 출동 창에 적은 내용은 그대로 "
                              "남습니다."), self, object_name="dispatchChatHint", word_wrap=True)
        self._hint = hint
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(title)
        column.addWidget(self.transcript, 1)
        column.addWidget(self.typing)
        column.addWidget(hint)

    def show_hint(self, shown: bool) -> None:
        """The form face says how to reply (Esc keeps the form); the status face has 접기 for that."""
        self._hint.setVisible(shown)

    def set_private(self, private: bool) -> None:
        """Locked: the conversation leaves the screen (the form beside it stays usable); unlocked, back."""
        self._private = private
        self.follow(self.contact_id)

    def follow(self, contact_id: str | None) -> None:
        """Show (and keep current) the conversation of `contact_id`; None: nothing to follow."""
        self.contact_id = contact_id
        self.setVisible(contact_id is not None and not self._private)
        if contact_id is None or self._private:
            return
        show_conversation(self.transcript, self.typing, self._chats, contact_id)
