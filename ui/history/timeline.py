"""The case timeline in the history column: contacts, notes, flags, follow-ups and whatever later kinds
exist (checklist results, referrals, dispatches, handoffs), newest first. All text is plain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from annyeong.console.wire import ContactSummary, Dispatch, Entry, Referral, TimelineItem
from annyeong.ui.card.sections import flag_text, self_test_text, set_tone, transcript_text
from annyeong.ui.checklist.text import checklist_summary
from annyeong.ui.dispatch.labels import service_name, step_name
from annyeong.ui.text.formatting import channel_name, format_date, format_duration, format_time
from annyeong.ui.text.labels import (
    disposition_name,
    flag_tone,
    lawful_basis_name,
    referral_status_name,
    referral_status_tone,
    service_marks,
    service_types_named,
)
from annyeong.ui.text.text import plain_label, plain_tooltip

NOTE_PREVIEW_CHARS = 600  # a long note is cut here in the column; the whole note stays on the server


def _t(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)


def _when(dt: datetime) -> str:
    return f"{format_date(dt)} {format_time(dt)}"


def _cut(text: str) -> str:
    text = text.strip()
    return text if len(text) <= NOTE_PREVIEW_CHARS else text[:NOTE_PREVIEW_CHARS].rstrip() + " …"


def kind_name(kind: str) -> str:
    names = {
        "contact": _t("상담"),
        "flag": _t("주의 표시"),
        "follow_up": _t("후속 연락"),
        "checklist_result": _t("체크리스트"),  # any instrument, the crisis screen too
        "referral": _t("연계"),
        "dispatch": _t("긴급 출동"),
        "handoff": _t("인계"),
    }
    return names.get(kind) or _t("기타 기록")


def follow_up_status_name(status: str) -> str:
    names = {
        "scheduled": _t("예정"),
        "done": _t("완료"),
        "missed": _t("지남"),
        "cancelled": _t("취소"),
    }
    return names.get(status, status)


def _dispatch_lines(data: dict[str, Any]) -> tuple[str, list[str]]:
    """"112 경찰 · 출동 중" and the summary: the record's codes and ids never reach the column."""
    try:
        d = Dispatch.model_validate(data)
    except ValidationError:
        return kind_name("dispatch"), []
    status = d.status if d.status != "cancelled" else "cancel_acknowledged"
    head = f"{kind_name('dispatch')} · {service_name(d.service)} · {step_name(status, d.service)}"
    # Not the summary: it is the read-out for the police, full number included, and the column is a list.
    lines = [_t("요청한 사람: {name}").format(name=d.counselor.name)] if d.counselor.name else []
    # Closed, what became of it: a dispatch that never reached the person read as one that did.
    outcome = [step_name(step, d.service) for step, at in (
        ("failed", d.failed_at), ("contact_confirmed", d.contact_confirmed_at),
        ("cancel_requested", d.cancel_requested_at), ("fallback_called", d.fallback_called_at)) if at]
    if d.status == "closed" and outcome:
        reason = f" ({d.failed_reason})" if d.failed_at and d.failed_reason else ""
        lines.append(_t("결과: {outcome}").format(outcome=" · ".join(outcome)) + reason)
    return head, lines


def _checklist_lines(data: dict[str, Any]) -> list[str]:
    try:
        entry = Entry.model_validate(data)
    except ValidationError:
        return []
    result = entry.checklist
    if result is None:
        return []
    return [checklist_summary(result.instrument_id, result.tier, result.total,
                              provisional=result.provisional)]


def _referral(data: dict[str, Any]) -> Referral | None:
    try:
        return Referral.model_validate(data)
    except ValidationError:
        return None  # an older or newer shape: the generic lines still show something


class TimelineView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._items = QWidget()
        self._items.setObjectName("historyItems")
        self._layout = QVBoxLayout(self._items)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self._items)
        # A referral target's Korean name (the forms are the core's; ui/history/panel.py sets this).
        self.target_name: Callable[[str], str] = lambda code: code

    def count(self) -> int:
        return self._layout.count() - 1

    def texts(self) -> list[str]:
        """Every line shown, top to bottom (tests, accessibility)."""
        out = []
        for i in range(self.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                out += [label.text() for label in widget.findChildren(QLabel)]
        return out

    def clear(self) -> None:
        while self._layout.count() > 1:
            taken = self._layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_timeline(self, items: Iterable[TimelineItem]) -> None:
        self.clear()
        for item in sorted(items, key=lambda i: i.at, reverse=True):
            self._add(self._timeline_item(item))
        self.verticalScrollBar().setValue(0)

    def show_contacts(self, contacts: Iterable[ContactSummary]) -> None:
        """Before cases existed the server only listed contacts: show those, newest first."""
        self.clear()
        for contact in sorted(contacts, key=lambda c: c.started_at, reverse=True):
            parts = [channel_name(contact.channel)]
            if contact.ended_at is not None:
                parts.append(format_duration((contact.ended_at - contact.started_at).total_seconds()))
            parts.append(QCoreApplication.translate("TimelineView", "메모 %n건", None, contact.note_count))
            self.add_card(f"{_when(contact.started_at)} · {contact.counselor_name}", [" · ".join(parts)])

    def show_single(self, head: str, lines: list[str]) -> None:
        self.clear()
        self.add_card(head, lines)

    def add_card(self, head: str, lines: list[str]) -> None:
        self._add(self._card(head, lines))

    # --- internals -------------------------------------------------------------------------------

    def _add(self, widget: QFrame) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def _timeline_item(self, item: TimelineItem) -> QFrame:
        if item.kind == "contact" and item.contact is not None:
            c = item.contact
            head = f"{_when(c.started_at)} · {c.counselor_name} · {channel_name(c.channel)}"
            facts = [p for p in (service_marks(c.service_types), disposition_name(c.disposition)) if p]
            lines = [" · ".join(facts)] if facts else []
            if c.summary:
                lines.append(_cut(c.summary))
            lines += [_t("메모: {text}").format(text=_cut(note)) for note in c.notes if note.strip()]
            if c.chat is not None:
                # What the chatbot handed over stays with the contact: the 12 answers in full, the chat cut.
                lines.append(_t("챗봇 자가진단 — {text}").format(text=self_test_text(c.chat)))
                lines.append(_t("챗봇 채팅 — {text}").format(text=_cut(transcript_text(c.chat))))
            card = self._card(head, lines)
            if c.service_types:  # what ① … ⑤ stand for, a hover away
                card.setToolTip(plain_tooltip(_t("서비스 유형: {types}").format(
                    types=service_types_named(c.service_types))))
            return card
        if item.kind == "flag" and item.flag is not None:
            frame = self._card(f"{_when(item.at)} · {kind_name('flag')} · {item.flag.set_by.name}", [])
            label = plain_label(flag_text(item.flag), frame, object_name="historyItemFlag", word_wrap=True)
            set_tone(label, flag_tone(item.flag.kind) if item.flag.active else "muted")
            layout = frame.layout()
            if layout is not None:
                layout.addWidget(label)
            return frame
        if item.kind == "follow_up" and item.follow_up is not None:
            f = item.follow_up
            return self._card(
                f"{_when(item.at)} · {kind_name('follow_up')}",
                # A follow-up in the shared pool has no one's name yet: no empty " ·  · ".
                [" · ".join(p for p in (format_date(f.due_at), f.assignee.name if f.assignee else "",
                                        follow_up_status_name(f.status)) if p)],
            )
        if item.kind == "referral" and item.data:
            referral = _referral(item.data)
            if referral is not None:
                return self._referral_card(item.at, referral)
        if item.kind == "dispatch" and item.data:
            head, lines = _dispatch_lines(item.data)
            return self._card(f"{_when(item.at)} · {head}", lines)
        if item.kind == "checklist_result" and item.data:
            return self._card(f"{_when(item.at)} · {kind_name(item.kind)}", _checklist_lines(item.data))
        # A kind this console does not know yet: its name only (its data holds codes and ids).
        return self._card(f"{_when(item.at)} · {kind_name(item.kind)}", [])

    def _referral_card(self, at: datetime, r: Referral) -> QFrame:
        """"연계 · 고립예방센터", its status in the status colours, who sent it, and why it stopped."""
        lines = [_t("보낸 사람: {name}").format(name=r.counselor.name)] if r.counselor.name else []
        if r.status == "declined" and r.decline_reason:
            lines.append(_t("거절 사유: {reason}").format(reason=_cut(r.decline_reason)))
        if r.lawful_basis is not None:
            lines.append(_t("근거: {basis}").format(basis=lawful_basis_name(r.lawful_basis)))
        elif r.consent is not None and not r.consent.given:
            lines.append(_t("동의 없음"))
        if r.withheld_fields:
            lines.append(QCoreApplication.translate(
                "TimelineView", "동의 없이 보내지 않은 항목 %n개", None, len(r.withheld_fields)
            ))
        frame = self._card(f"{_when(at)} · {kind_name('referral')} · {self.target_name(r.target)}", lines)
        status = plain_label(_t("상태: {status}").format(status=referral_status_name(r.status)), frame,
                             object_name="historyItemStatus", word_wrap=True)
        set_tone(status, referral_status_tone(r.status))
        layout = frame.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, status)
        return frame

    def _card(self, head: str, lines: list[str]) -> QFrame:
        frame = QFrame(self._items)
        frame.setObjectName("historyItem")
        column = QVBoxLayout(frame)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(3)
        column.addWidget(plain_label(head, frame, object_name="historyItemHead", word_wrap=True))
        for line in lines:
            column.addWidget(plain_label(line, frame, object_name="historyItemBody", word_wrap=True))
        return frame
