"""상담 메모: no save button. What is typed is written to the local store (durable) shortly after the
counselor pauses, when the editor loses focus, and before the call ends; the sync engine sends it on.

A pause alone is not enough: a counselor who types on without a break would otherwise have nothing on
disk until they stop, and a crash then loses the whole burst. So while typing goes on, the text is also
written at most MAX_WAIT_MS after the first unsaved key, and a kill loses less than a second of typing.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from annyeong.console.errors import ConsoleError, NoteTooLong, StorageFull
from annyeong.ui.contact.chatbot_answers import ChatHandoffPane
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import SyncStatus
    from annyeong.console.wire import ChatHandoff


# Below one second with room for the write itself and a busy event loop.
MAX_WAIT_MS = 500


class NoteEditor(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class NotesPane(QFrame):
    note_saved = Signal()
    # True: this PC's disk is full and what is typed is held in memory; False: it was written after all.
    storage_full_changed = Signal(bool)

    def __init__(
        self, core: ConsoleCore, *, debounce_ms: int = 800, max_wait_ms: int = MAX_WAIT_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self._core = core
        self._dirty = False
        self._saved_once = False
        self._loading = False
        self._storage_full_shown = False

        title = plain_label(QCoreApplication.translate("NotesPane", "상담 메모"), object_name="notesTitle")
        self._editor = NoteEditor(self)
        self._editor.setObjectName("noteEditor")
        self._editor.setAccessibleName(QCoreApplication.translate("NotesPane", "상담 메모"))
        # A chat contact: the chatbot's hand-off sits beside the note, read while writing.
        self.chat = ChatHandoffPane(self)
        self.set_channel("phone")
        self._editor.setTabChangesFocus(True)
        self._editor.textChanged.connect(self._on_editor_text_changed)
        self._editor.focus_lost.connect(self.flush)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        self._status = plain_label(object_name="noteStatus")
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self._status)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        # Started by the first unsaved key and not restarted by later ones: the debounce's upper bound.
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.flush)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(title_row)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self._editor, 1)
        body.addWidget(self.chat, 1)
        column.addLayout(body, 1)

    def editor(self) -> QPlainTextEdit:
        return self._editor

    def set_channel(self, channel: str, chat: ChatHandoff | None = None) -> None:
        """A chat is written about as a chat, not a call; its hand-off shows beside the note."""
        if channel == "chat":
            text = QCoreApplication.translate(
                "NotesPane", "상담 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다."
            )
        else:
            text = QCoreApplication.translate(
                "NotesPane", "통화 내용을 적어 주세요. 따로 저장하지 않아도 입력하는 대로 이 PC에 저장됩니다."
            )
        self._editor.setPlaceholderText(text)
        self.chat.set_chat(chat if channel == "chat" else None)

    def status_text(self) -> str:
        return self._status.text()

    def load(self, text: str, *, saved: bool) -> None:
        """Show the stored draft of a newly opened contact (does not write anything)."""
        self._debounce.stop()
        self._max_wait.stop()
        self._loading = True
        try:
            self._editor.setPlainText(text)
            # A restored note is continued, not prefixed: the caret goes after what was written.
            self._editor.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self._dirty = False
        self._saved_once = saved
        self.refresh_status(self._core.sync_status)

    def clear(self) -> None:
        self.load("", saved=False)
        self._status.clear()

    def flush(self) -> None:
        """Write the current text to the local store now, if it changed since the last write."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self._dirty or self._core.active_contact is None:
            return
        try:
            # Too long is saved here in full all the same; refresh_status says it cannot be sent as it is.
            with contextlib.suppress(NoteTooLong):
                self._core.contacts.update_note(self._editor.toPlainText())
        except StorageFull:
            # The core holds the text and writes it when space returns; the status and the banner say so.
            self._dirty = False
            self.refresh_status(self._core.sync_status)
            return
        self._dirty = False
        self._saved_once = True
        self.refresh_status(self._core.sync_status)
        self.note_saved.emit()

    def insert_text(self, text: str) -> None:
        """Put ``text`` into the note at the cursor, on a line of its own, and save at once."""
        cursor = self._editor.textCursor()
        before = self._editor.toPlainText()[: cursor.position()]
        if before and not before.endswith("\n"):
            text = "\n" + text
        after = self._editor.toPlainText()[cursor.position():]
        if not after.startswith("\n"):
            text += "\n"
        cursor.insertText(text)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.flush()

    def flush_quietly(self) -> None:
        """flush() for shutdown paths, where there may no longer be a session to write into."""
        with contextlib.suppress(ConsoleError):
            self.flush()

    def refresh_status(self, sync: SyncStatus | None) -> None:
        contact = self._core.active_contact
        full = self._core.storage_full
        if full != self._storage_full_shown:
            self._storage_full_shown = full
            self.storage_full_changed.emit(full)
        if self._dirty:
            text, tone = QCoreApplication.translate("NotesPane", "입력 중…"), "muted"
        elif full:
            text = QCoreApplication.translate(
                "NotesPane", "저장 공간 부족 · 화면에 보관 중 (공간이 생기면 저장)"
            )
            tone = "warn"
        elif contact is not None and contact.note_issue == "note_too_long":
            text = QCoreApplication.translate(
                "NotesPane", "이 PC에 저장됨 · 너무 길어 서버로 보내지 못했습니다 ({n}자). 줄여 주세요."
            ).format(n=len(contact.note_text))
            tone = "warn"
        elif not self._saved_once:
            text, tone = "", "muted"
        elif sync is None or sync.state in ("offline", "auth_required", "stopped", "connecting"):
            pending = sync.pending if sync else 0
            text = QCoreApplication.translate(
                "NotesPane", "이 PC에 저장됨 · 서버 연결 끊김, 미전송 {n}"
            ).format(n=pending)
            tone = "warn"
        elif sync.failed:
            text = QCoreApplication.translate(
                "NotesPane", "저장됨 · 서버가 받지 않은 항목 {n} (지워지지 않고 남아 있음)"
            ).format(n=sync.failed)
            tone = "warn"
        elif sync.pending:
            text = QCoreApplication.translate("NotesPane", "저장됨 · 동기화 대기 {n}").format(n=sync.pending)
            tone = "muted"
        else:
            text, tone = QCoreApplication.translate("NotesPane", "저장됨 · 전송 완료"), "ok"
        set_plain(self._status, text)
        if self._status.property("tone") != tone:
            self._status.setProperty("tone", tone)
            _repolish(self._status)

    def _on_editor_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        self.refresh_status(self._core.sync_status)
