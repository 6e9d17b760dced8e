"""The body of the incoming-call card: what happened before, what to watch for, and (for a chat) what the
chatbot passed on. Everything here is caller- or server-supplied text and is shown as plain text.

Kept compact on purpose: the counselor takes it in within two seconds, before saying "외로움안녕120입니다".
Flags come first because they can change what the counselor says first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annyeong.console.domain import selftest
from annyeong.console.wire import CallerCard, CaseFlag, ChatHandoff
from annyeong.ui.checklist.text import last_checklist_text
from annyeong.ui.text.formatting import format_time, short_date
from annyeong.ui.text.labels import flag_name, flag_tone, risk_tier_name, risk_tone, service_marks
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("CallCard", text)


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_tone(label: QLabel, tone: str) -> None:
    if label.property("tone") != tone:
        label.setProperty("tone", tone)
        repolish(label)


def flag_text(flag: CaseFlag) -> str:
    text = f"{flag_name(flag.kind)} — {flag.instruction}"
    if flag.expires_at is not None:
        text += " " + _t("({date}까지)").format(date=short_date(flag.expires_at))
    return text


def self_test_text(chat: ChatHandoff) -> str:
    test = chat.self_test
    if test is None:
        return _t("자가진단을 하지 않았습니다.")
    lines: list[str] = []
    scored = ""
    if test.answers:
        # Scored here by the test's one scoring, so the card, the checklist and the referral agree.
        result = selftest.score({answer.item_id: answer.value for answer in test.answers})
        scored = selftest.result_text(result)
        lines.append(_t("결과: 12문항 중 {n}문항이 외로움·고립 쪽 응답 (관계 단절 {r}/5 · 일상생활 {d}/7)")
                     .format(n=result.total, r=result.relationship, d=result.daily_life))
        if not result.complete:
            lines.append(_t("{n}문항만 답했습니다.").format(n=result.answered))
    # The chatbot's result_category is its own code ("simulated", …), meaningless to a counselor: the
    # sentence it wrote is shown (unless it is the same result), the code only in the box's tooltip.
    if test.result_text and test.result_text != scored:
        lines.append(_t("챗봇 안내: {result}").format(result=test.result_text))
    for answer in test.answers:
        item = selftest.BY_ID.get(answer.item_id)
        number = answer.item_id[1:]
        question = item.text if item is not None else answer.item_id
        lines.append(f"{number}. [{answer_label(answer.value)}] {question}")
    if not test.answers:
        lines.append(_t("답변 없음"))
    return "\n".join(lines)


def answer_label(value: int) -> str:
    return _t("그렇다") if value == selftest.YES else _t("그렇지 않다")


def transcript_text(chat: ChatHandoff) -> str:
    if not chat.transcript:
        return _t("채팅 내용이 없습니다.")
    lines = []
    for message in chat.transcript:
        who = _t("본인") if message.sender == "person" else _t("챗봇")
        lines.append(f"[{format_time(message.at)}] {who}: {message.text}")
    return "\n".join(lines)


def recent_text(card: CallerCard) -> str:
    """"11-20 박상담 ② ③ · 11-02 김상담 ②" — date, counselor and service types of the last three."""
    parts = []
    for brief in card.recent_contacts[:3]:
        marks = service_marks(brief.service_types)
        parts.append(" ".join(p for p in (short_date(brief.started_at), brief.counselor_name, marks) if p))
    return " · ".join(parts)


def _reader(object_name: str, accessible: str, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(object_name)
    box.setAccessibleName(accessible)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    # Tall enough to read most of the 12 answers and the whole chat before accepting (a 840 px window).
    box.setFixedHeight(330)
    return box


class CardDetails(QFrame):
    """States: loading → shown | failed | empty (withheld or first contact: nothing more to tell)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardDetails")
        self._state = "empty"
        self._loading = plain_label(_t("불러오는 중…"), self, object_name="cardLoading")
        self._recent = plain_label(object_name="cardRecent", word_wrap=True)
        self._case = plain_label(object_name="cardCase")
        self._risk = plain_label(object_name="cardRisk")
        self._checklist = plain_label(object_name="cardChecklist", word_wrap=True)  # Last result
        self._pending = plain_label(object_name="cardPending", word_wrap=True)
        self._handoff = plain_label(object_name="cardHandoff", word_wrap=True)
        self._flags = QWidget(self)
        self._flags.setObjectName("cardFlags")
        self._flags_layout = QVBoxLayout(self._flags)
        self._flags_layout.setContentsMargins(0, 0, 0, 0)
        self._flags_layout.setSpacing(4)

        self._chat = QFrame(self)
        self._chat.setObjectName("cardChat")
        self.self_test = _reader("cardSelfTest", _t("챗봇 자가진단 답변"), self._chat)
        self.transcript = _reader("cardTranscript", _t("지금까지의 채팅 내용"), self._chat)
        chat_row = QHBoxLayout(self._chat)
        chat_row.setContentsMargins(0, 4, 0, 0)
        chat_row.setSpacing(10)
        for title, box in ((_t("자가진단"), self.self_test), (_t("채팅 내용"), self.transcript)):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(plain_label(title, self._chat, object_name="cardChatTitle"))
            column.addWidget(box)
            chat_row.addLayout(column, 1)

        facts = QHBoxLayout()
        facts.setSpacing(10)
        facts.addWidget(self._case)
        facts.addWidget(self._risk)
        facts.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._loading)
        column.addWidget(self._flags)
        column.addLayout(facts)
        column.addWidget(self._checklist)
        column.addWidget(self._recent)
        column.addWidget(self._pending)
        column.addWidget(self._handoff)
        column.addWidget(self._chat)
        self.clear()

    # --- public ----------------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def flag_texts(self) -> list[str]:
        return [label.text() for label in self._flags.findChildren(QLabel)]

    def risk_text(self) -> str:
        return self._risk.text() if not self._risk.isHidden() else ""

    def texts(self) -> list[str]:
        """Every line the card shows (for the accessible description and tests)."""
        labels = [self._case, self._risk, self._checklist, self._recent, self._pending, self._handoff]
        return self.flag_texts() + [label.text() for label in labels if not label.isHidden()]

    def clear(self) -> None:
        self.clear_facts()
        self._chat.hide()
        self.self_test.clear()
        self.transcript.clear()

    def clear_facts(self) -> None:
        """Everything but the chat hand-off (which comes with the call and does not change)."""
        self._state = "empty"
        self._loading.hide()
        self._clear_flags()
        for label in (self._recent, self._case, self._risk, self._checklist, self._pending, self._handoff):
            label.clear()
            label.hide()

    def show_loading(self) -> None:
        self.clear_facts()
        self._state = "loading"
        set_plain(self._loading, _t("불러오는 중…"))
        set_tone(self._loading, "muted")
        self._loading.show()

    def show_failed(self) -> None:
        """The card's details did not come: say so quietly; 받기 works regardless."""
        self.clear_facts()
        self._state = "failed"
        set_plain(
            self._loading, _t("이전 기록을 불러오지 못했습니다. 받은 뒤 이력 칸에서 다시 볼 수 있습니다.")
        )
        set_tone(self._loading, "warn")
        self._loading.show()

    def show_chat(self, chat: ChatHandoff | None) -> None:
        if chat is None:
            self._chat.hide()
            return
        self.self_test.setPlainText(self_test_text(chat))
        self.transcript.setPlainText(transcript_text(chat))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())  # the latest messages are what the person is waiting on
        self._chat.show()

    def show_card(self, card: CallerCard, *, with_recent: bool = True) -> None:
        """``with_recent=False``: the card's own history line already lists the recent contacts."""
        self.clear_facts()
        self._state = "shown"
        for flag in card.active_flags:
            if not flag.active:
                continue
            label = plain_label(flag_text(flag), self._flags, object_name="cardFlag", word_wrap=True)
            label.setProperty("tone", flag_tone(flag.kind))
            self._flags_layout.addWidget(label)
        if card.open_case is not None:
            self._show(
                self._case,
                _t("진행 중 사례 · 담당 {owner}").format(owner=card.open_case.owner.name),
            )
        if card.last_risk is not None:
            self._show(
                self._risk,
                _t("최근 위험도: {tier} ({date})").format(
                    tier=risk_tier_name(card.last_risk.tier), date=short_date(card.last_risk.assessed_at)
                ),
            )
            set_tone(self._risk, risk_tone(card.last_risk.tier))
        if card.last_checklist is not None:
            self._show(self._checklist, last_checklist_text(card.last_checklist))
            set_tone(self._checklist, risk_tone(card.last_checklist.risk))
        if card.recent_contacts and with_recent:
            self._show(self._recent, _t("최근: {list}").format(list=recent_text(card)))
        pending = []
        if card.pending_referrals:
            pending.append(QCoreApplication.translate(
                "CallCard", "연계 진행 중 %n건", None, card.pending_referrals
            ))
        for follow_up in card.pending_follow_ups[:2]:
            pending.append(
                _t("후속 연락 {date} {who}").format(
                    date=short_date(follow_up.due_at), who=follow_up.assignee.name
                )
            )
        if pending:
            self._show(self._pending, " · ".join(pending))
        if card.last_handoff_note:
            self._show(self._handoff, _t("인계 메모: {note}").format(note=card.last_handoff_note))

    # --- internals -------------------------------------------------------------------------------

    def _show(self, label: QLabel, text: str) -> None:
        set_plain(label, text)
        label.show()

    def _clear_flags(self) -> None:
        while self._flags_layout.count():
            taken = self._flags_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from findChildren at once, not at the next deferred delete
                widget.deleteLater()

