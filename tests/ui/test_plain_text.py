"""Caller- and server-supplied text is shown literally, never interpreted as HTML."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annyeong.console.state import ActiveContact
from annyeong.console.wire import Call, CallerHistory, CallerSummary, ContactSummary
from annyeong.ui.text.text import plain_label, plain_tooltip, set_plain
from tests.ui.support import close_console, make_console, signed_in_console, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

HTML = "<b>굵게</b><img src=x>"


def _labels_with_markup(window: Any) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if "<" in label.text()]


def test_helper_forces_plain_text(qtbot: Any) -> None:
    label = plain_label(HTML)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HTML
    other = QLabel()
    qtbot.addWidget(other)
    set_plain(other, HTML)
    assert other.textFormat() == Qt.TextFormat.PlainText


def test_tooltips_of_supplied_text_show_it_literally() -> None:
    from PySide6.QtGui import QTextDocument

    tip = plain_tooltip(f"{HTML}\n둘째 줄")
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == f"{HTML}\n둘째 줄", "rendered as the text itself, tags included"
    assert plain_tooltip("") == ""


def test_server_supplied_text_on_card_history_and_contact(qtbot: Any, tmp_path: Path) -> None:
    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    window = console.window
    try:
        now = datetime.now(UTC)
        caller = CallerSummary(
            number_masked=HTML, returning=True, prior_contacts=2, last_contact_at=now, last_counselor=HTML
        )
        call = Call(
            id="c-1",
            status="offered",
            channel="phone",
            caller=caller,
            created_at=now,
            offered_at=now,
            offer_expires_at=now + timedelta(seconds=20),
        )
        window.show()
        window.card.show_call(call)
        assert window.card._number.text() == HTML
        assert window.card._history.text().endswith(HTML)

        window.history.show_history(
            CallerHistory(
                caller=caller,
                contacts=[
                    ContactSummary(
                        id="x",
                        channel="chat",
                        started_at=now - timedelta(days=3),
                        ended_at=now - timedelta(days=3) + timedelta(minutes=9),
                        counselor_name=HTML,
                    )
                ],
            )
        )
        window.contact.set_contact(
            ActiveContact(
                contact_id="ct",
                call_id="c-1",
                channel="phone",
                caller=caller,
                started_at=now,
                ended_at=None,
                note_text=HTML,
                note_saved_at=None,
            )
        )
        window.today.track(window.contact.contact())
        window.error_banner.show_message(HTML)

        marked = _labels_with_markup(window)
        assert len(marked) >= 6, [label.objectName() for label in marked]
        for label in marked:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        named = [label for label in window.findChildren(QLabel) if label.objectName()]
        rich = [label.objectName() for label in named if label.textFormat() != Qt.TextFormat.PlainText]
        assert not rich, f"every label of ours is plain text, whatever it shows today: {rich}"
        assert window.contact.caller_text() == f"이름 미상 · {HTML}"
        assert window.contact.notes.editor().toPlainText() == HTML
        assert window.error_banner.message() == HTML
    finally:
        close_console(qtbot, console)


def test_note_with_html_reaches_server_verbatim(qtbot: Any, live_server: Any, tmp_path: Path) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    window = console.window
    try:
        call_id = live_server.post_call("010-4444-0303")["id"]
        qtbot.waitUntil(window.card.isVisible, timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.contact.state() == "in_call", timeout=10_000)
        editor = window.contact.notes.editor()
        qtbot.keyClicks(editor, "<b>")
        type_with_ime(qtbot, editor, "굵게")
        qtbot.keyClicks(editor, "</b><img src=x>")
        assert editor.toPlainText() == HTML
        qtbot.waitUntil(lambda: window.contact.notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)
        contact_id = live_server.get(f"/v1/calls/{call_id}").json()["contact_id"]
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        assert max(entries, key=lambda e: e["revision"])["body"] == HTML
    finally:
        close_console(qtbot, console)


CONTROL = "\x07\x1b[31m\u202eevil\u0000"


def test_card_timeline_and_caller_line_show_markup_and_control_characters_literally(
    qtbot: Any, tmp_path: Path
) -> None:
    from annyeong.console.domain.contact_details import ContactDetails, PartyDetails
    from annyeong.console.wire import (
        CallerCard,
        CaseBrief,
        CaseFlag,
        ChatHandoff,
        ChatMessage,
        ContactBrief,
        RiskAssessment,
        SelfTest,
        SelfTestAnswer,
        TimelineContact,
        TimelineItem,
        UserRef,
    )

    console = make_console(qtbot, "http://127.0.0.1:9", tmp_path / "console")
    window = console.window
    try:
        now = datetime.now(UTC)
        who = UserRef(id="u", name=HTML)
        caller = CallerSummary(number_masked="010-****-0000", returning=True, prior_contacts=1)
        flag = CaseFlag(
            id="f", kind="suicide_risk", instruction=HTML + CONTROL, set_by=who, created_at=now, active=True
        )
        card = CallerCard(
            caller=caller,
            recent_contacts=[
                ContactBrief(id="b", started_at=now, channel="phone", counselor_name=HTML, summary=HTML)
            ],
            open_case=CaseBrief(id="k", status="open", owner=who, version=1),
            active_flags=[flag],
            last_risk=RiskAssessment(tier="high", instrument_id="x", assessed_at=now),
            last_handoff_note=HTML + CONTROL,
        )
        chat = ChatHandoff(
            self_test=SelfTest(
                answers=[SelfTestAnswer(item_id="q1", value=1, label=HTML)], result_text=HTML
            ),
            transcript=[ChatMessage(sender="person", text=HTML + CONTROL, at=now)],
            received_at=now,
        )
        call = Call(
            id="c-2", status="offered", channel="chat", caller=caller, created_at=now, card=card, chat=chat
        )
        window.show()
        window.card.show_call(call)
        assert any(t.startswith("자살 위험 — " + HTML) for t in window.card.details.flag_texts())
        assert HTML in window.card.details.self_test.toPlainText()
        assert HTML + CONTROL in window.card.details.transcript.toPlainText()

        window.history.timeline.show_timeline(
            [
                TimelineItem(
                    kind="contact",
                    at=now,
                    contact=TimelineContact(
                        id="t",
                        channel="phone",
                        started_at=now,
                        counselor_name=HTML,
                        summary=HTML,
                        notes=[HTML],
                    ),
                ),
                TimelineItem(kind="flag", at=now, flag=flag),
                TimelineItem(kind="handoff", at=now, data={"note": HTML}),
            ]
        )
        assert window.history.item_count() == 3
        window.contact.set_contact(
            ActiveContact(
                contact_id="ct2",
                call_id="c-2",
                channel="chat",
                caller=caller,
                started_at=now,
                ended_at=None,
                note_text="",
                note_saved_at=None,
                details=ContactDetails(subject=PartyDetails(name=HTML + CONTROL)),
            )
        )
        window.contact.set_card(card)
        assert window.contact.caller_text() == f"{HTML}{CONTROL} · 010-****-0000"
        assert window.contact.wrap_up.subject.name.text() == HTML + CONTROL

        marked = _labels_with_markup(window)
        assert len(marked) >= 10, [label.objectName() for label in marked]
        for label in marked:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    finally:
        close_console(qtbot, console)
