"""One live chat: the person's 자가진단 and the chatbot's result pinned at the top, the conversation, the
person typing, the crisis expression that matched, the silence prompt, the end, and the composer.

It reads the Conversations feature (console/chats/) and calls it for the counselor's steps; it never
ends a chat by itself: 대화 끝내기 asks the window (end_requested), which confirms and wraps up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.chats.conversations import ChatRefused, Conversations
from annyeong.console.chats.quick_texts import QuickTexts
from annyeong.console.errors import ConsoleError
from annyeong.console.wire import ChatHandoff
from annyeong.ui.card.sections import repolish, self_test_text, transcript_text
from annyeong.ui.chat.composer import Composer
from annyeong.ui.chat.transcript import TranscriptView, show_conversation
from annyeong.ui.chat.words import crisis_text, quick_text_problem, refused_text, silence_text
from annyeong.ui.text.elided import ElidedLabel
from annyeong.ui.text.text import plain_label, plain_tooltip, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("ConversationView", text)


class ConversationView(QFrame):
    end_requested = Signal(str)  # the contact id: the window confirms, then core ends and wraps up
    changed = Signal()  # a message was committed or read: the switcher's counts moved

    def __init__(self, chats: Conversations, texts: QuickTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.chats = chats
        self.contact_id: str | None = None
        self._handoff: ChatHandoff | None = None
        # What is typed is committed to the chat's draft shortly after each change (like a note), so a
        # crash or a switch to another chat never loses it.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self.flush_draft)

        self.pinned = QPlainTextEdit(self)
        self.pinned.setObjectName("chatPinnedSelfTest")
        self.pinned.setAccessibleName(_t("챗봇 자가진단 답변과 결과"))
        self.pinned.setReadOnly(True)
        self.pinned.setTabChangesFocus(True)
        self.pinned.setMaximumHeight(104)
        self.pinned.hide()  # folded: the result line stands in the head row; 자세히 opens the answers
        self.pinned_toggle = QPushButton(self)
        self.pinned_toggle.setObjectName("chatPinnedToggle")
        self.pinned_toggle.setCheckable(True)
        self.pinned_toggle.setText(_t("챗봇 대화 보기"))
        self.pinned_toggle.setAccessibleName(_t("챗봇과 나눈 대화와 자가진단 사이 전환"))
        self.pinned_toggle.toggled.connect(lambda _on: self._show_pinned())
        self.pinned_title = plain_label(_t("챗봇 자가진단"), self, object_name="chatPinnedTitle")
        # The chatbot's result in one line, always in sight: ends in "…" when the row is narrow, whole
        # in its tooltip and under 자세히.
        self.pinned_summary = ElidedLabel("", self, object_name="chatPinnedSummary")
        self.pinned_more = QPushButton(_t("자세히"), self)
        self.pinned_more.setObjectName("chatPinnedMore")
        self.pinned_more.setCheckable(True)
        self.pinned_more.setAccessibleName(_t("자가진단 답변 펼치기"))
        self.pinned_more.toggled.connect(lambda _on: self._show_pinned())
        self.end_button = QPushButton(_t("대화 끝내기"), self)
        self.end_button.setObjectName("chatEnd")
        self.end_button.setAccessibleName(_t("이 채팅 대화 끝내기"))
        self.end_button.clicked.connect(lambda: self.contact_id and self.end_requested.emit(self.contact_id))
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.pinned_title)
        head.addWidget(self.pinned_summary, 1)
        head.addWidget(self.pinned_more)
        head.addWidget(self.pinned_toggle)
        head.addWidget(self.end_button)

        # The newest crisis expression in one line (it wraps rather than lose a word of it); every one
        # with the person's words under 자세히 and in the tooltip. The words are marked in the
        # conversation too, so the line leaves the conversation its room.
        self.crisis = plain_label("", self, object_name="chatCrisis", word_wrap=True)
        self.crisis.setProperty("tone", "crisis")
        self.crisis_more = QPushButton(_t("자세히"), self)
        self.crisis_more.setObjectName("chatCrisisMore")
        self.crisis_more.setCheckable(True)
        self.crisis_more.setAccessibleName(_t("위기 표현과 그 메시지 모두 보기"))
        self.crisis_more.toggled.connect(lambda _on: self.refresh())
        self.crisis_details = plain_label("", self, object_name="chatCrisisDetails", word_wrap=True)
        self.crisis_details.hide()
        crisis_row = QHBoxLayout()
        crisis_row.setSpacing(6)
        crisis_row.addWidget(self.crisis, 1)
        crisis_row.addWidget(self.crisis_more, 0, Qt.AlignmentFlag.AlignTop)
        self.transcript = TranscriptView(self)
        self.typing = plain_label("", self, object_name="chatTyping")
        self.silence = plain_label("", self, object_name="chatSilence", word_wrap=True)
        self.silence_check = QPushButton(_t("확인 메시지 넣기"), self)
        self.silence_check.setObjectName("chatSilenceCheck")
        self.silence_check.setAccessibleName(_t("대화 중인지 묻는 상용구 넣기"))
        self.silence_check.clicked.connect(lambda: self._insert_key("확인"))
        self.silence_close = QPushButton(_t("마무리 인사 넣기"), self)
        self.silence_close.setObjectName("chatSilenceClose")
        self.silence_close.setAccessibleName(_t("답이 없어 마치는 상용구 넣기"))
        self.silence_close.clicked.connect(lambda: self._insert_key("종료"))
        silence_row = QHBoxLayout()
        silence_row.addWidget(self.silence, 1)
        silence_row.addWidget(self.silence_check)
        silence_row.addWidget(self.silence_close)
        self.problem = plain_label("", self, object_name="chatProblem", word_wrap=True)
        self.problem.setProperty("tone", "warn")
        self.composer = Composer(texts, self)
        self.composer.send_requested.connect(self._send)
        self.composer.editor.textChanged.connect(self._draft_changed)
        self.composer.typing_changed.connect(self._typing_changed)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(head)
        column.addWidget(self.pinned)
        column.addLayout(crisis_row)
        column.addWidget(self.crisis_details)
        column.addWidget(self.transcript, 1)
        column.addWidget(self.typing)
        column.addLayout(silence_row)
        column.addWidget(self.problem)
        column.addWidget(self.composer)
        problems = [quick_text_problem(p.file, p.code, p.entry) for p in texts.problems]
        set_plain(self.problem, "\n".join(problems))
        self.problem.setVisible(bool(problems))
        # The window's TaskRegistry.run (ui/shell/tasks.py): the typing sign is sent without being awaited
        # here.
        self.run_task: Callable[[Coroutine[Any, Any, None]], object] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(5_000)  # the silence prompt and a lapsed typing sign need no event
        self._tick.timeout.connect(self._refresh_if_shown)
        self._tick.start()

    # --- what the window calls --------------------------------------------------------------------

    def set_chat(self, contact_id: str | None, handoff: ChatHandoff | None) -> None:
        if contact_id != self.contact_id:
            # Each chat keeps what was typed in it while another is on screen (never lost on a switch).
            self.flush_draft()
            self.contact_id = None  # no draft is saved for the chat that is going while the text changes
            editor = self.composer.editor
            editor.blockSignals(True)
            editor.setPlainText(self._stored_draft(contact_id))
            editor.blockSignals(False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        self.contact_id = contact_id
        self._handoff = handoff
        self._show_pinned()
        self.refresh()

    def refresh(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        summary, said_lines, crises = show_conversation(self.transcript, self.typing, self.chats, contact_id)
        lines = {line.id: line for line in said_lines}
        crisis_lines = []
        for crisis in crises:
            said = lines.get(crisis.message_id)
            crisis_lines.append(crisis_text(crisis.match.matched, crisis.match.category)
                                + (f"\n“{said.text}”" if said is not None else ""))
        newest = crisis_text(crises[-1].match.matched, crises[-1].match.category) if crises else ""
        if len(crises) > 1:
            newest = _t("{text} (외 {n}건)").format(text=newest, n=len(crises) - 1)
        whole = "\n".join(reversed(crisis_lines))  # the newest first, as in the line above
        set_plain(self.crisis, newest)
        self.crisis.setToolTip(plain_tooltip(whole))
        # A screen reader hears every expression with the person's words, not only the line on screen.
        self.crisis.setAccessibleName(whole)
        set_plain(self.crisis_details, whole)
        open_details = self.crisis_more.isChecked()
        self.crisis.setVisible(bool(crises))
        self.crisis_more.setVisible(bool(crises))
        self.crisis_more.setText(_t("접기") if open_details else _t("자세히"))
        self.crisis_details.setVisible(bool(crises) and open_details)
        words = silence_text(summary.silence.kind)
        set_plain(self.silence, words)
        for widget in (self.silence, self.silence_check, self.silence_close):
            widget.setVisible(bool(words))
        self.silence_close.setVisible(summary.silence.kind == "close_suggested")
        ended = summary.ended_by is not None
        self.composer.setEnabled(not ended)
        self.end_button.setEnabled(not ended)
        if self.isVisible() and summary.unread and self.chats.mark_read(contact_id):
            self.changed.emit()

    def flush_draft(self) -> None:
        """Commit what is in the composer for the chat on screen now (a switch, the window closing)."""
        self._draft_timer.stop()
        contact_id = self.contact_id
        if contact_id is None or not self.chats.attached:
            return
        text = self.composer.editor.toPlainText()
        try:
            if text != self.chats.draft(contact_id):
                self.chats.save_draft(contact_id, text)
        except (ConsoleError, sqlite3.ProgrammingError):
            pass  # signed out meanwhile, its database closed: nothing to keep it in (the window is going too)

    # --- inside -----------------------------------------------------------------------------------

    def _stored_draft(self, contact_id: str | None) -> str:
        if contact_id is None or not self.chats.attached:
            return ""
        try:
            return self.chats.draft(contact_id)
        except ConsoleError:
            return ""

    def _draft_changed(self) -> None:
        if self.contact_id is not None:
            self._draft_timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _show_pinned(self) -> None:
        chat = self._handoff
        transcript = self.pinned_toggle.isChecked()
        set_plain(self.pinned_title, _t("챗봇과 나눈 대화") if transcript else _t("챗봇 자가진단"))
        self.pinned_toggle.setText(_t("자가진단 보기") if transcript else _t("챗봇 대화 보기"))
        if chat is None:
            self.pinned.setPlainText(_t("챗봇에서 넘어온 자가진단이 없습니다."))
        else:
            self.pinned.setPlainText(transcript_text(chat) if transcript else self_test_text(chat))
        first = self_test_text(chat).split("\n", 1)[0] if chat is not None else _t("넘어온 자가진단 없음")
        self.pinned_summary.set_whole(first)
        self.pinned.setVisible(self.pinned_more.isChecked() or transcript)
        self.pinned_more.setText(_t("접기") if self.pinned.isVisibleTo(self) else _t("자세히"))
        self.pinned_toggle.setEnabled(chat is not None)
        self.pinned_more.setEnabled(chat is not None)

    def _insert_key(self, key: str) -> None:
        text = self.composer.texts.by_key(key)
        if text is not None:
            self.composer.insert(text)
            self.composer.editor.setFocus()

    def _send(self, text: str) -> None:
        if self.contact_id is None:
            return
        try:
            self.chats.send(self.contact_id, text)
        except ChatRefused as refused:
            set_plain(self.problem, refused_text(refused.code))
            self.problem.setVisible(True)
            repolish(self.problem)
            return
        self.problem.setVisible(False)
        self.composer.sent()
        self.refresh()
        self.changed.emit()

    def _typing_changed(self, typing: bool) -> None:
        # Best effort and never awaited here: the window's task registry runs it (see the report).
        if self.run_task is not None and self.contact_id is not None:
            self.run_task(self.chats.set_typing(self.contact_id, typing))
