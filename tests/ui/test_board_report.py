"""The 교대 인계 보고서 as a PDF: Qt's own writer, pages, and the Korean text that comes back out of it.

pdftotext (Debian poppler-utils) is used when installed; otherwise a small reader of Qt's PDF output
(Flate streams, Type0 fonts with ToUnicode CMaps, <hex> Tj) extracts the text: enough for what QPdfWriter
writes, not a general PDF parser. Also the statistics the charts draw, from plain data."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import uuid
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from annyeong.console.board.shift_report import (
    SEOUL,
    assessment_of,
    compute_stats,
    handover,
    period_start,
    report_hours,
    report_sections,
)
from annyeong.console.wire import (
    BoardCounselor,
    CallerSummary,
    CaseBrief,
    ChecklistResult,
    Contact,
    Entry,
    Event,
    FollowUp,
    Handoff,
    PendingHandoff,
    Referral,
    Sbar,
    ShiftReport,
    ShiftReportCase,
    UserRef,
)
from annyeong.ui.board.shift_report_view import export_pdf, report_html, row_text
from annyeong.ui.board.stats_charts import StatsPanel
from tests.console.support import make_core

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
KIM, PARK = UserRef(id="u-kim", name="김상담"), UserRef(id="u-park", name="박상담")


def _report() -> ShiftReport:
    handoff = Handoff(
        id="h1", status="pending", target="next_shift", from_user=KIM, contact_id="c1",
        sbar=Sbar(situation="밤 10시 전에 다시 연락 약속", risk_tier="high"),
        created_at=NOW - timedelta(minutes=12),
    )
    return ShiftReport(
        generated_at=NOW, next_shift_until=NOW + timedelta(hours=8),
        open_contacts=[BoardCounselor(
            user=PARK, role="counselor", presence="on_call", presence_since=NOW, contact_id="c2",
            channel="phone",
            contact_started_at=NOW - timedelta(minutes=3), contact_seconds=180, risk_tier="moderate")],
        open_cases=[
            ShiftReportCase(case=CaseBrief(id="case-low", status="open", owner=KIM, version=1),
                            risk_tier="low"),
            ShiftReportCase(case=CaseBrief(id="case-imm", status="open", owner=PARK, version=2),
                            risk_tier="imminent", number_masked="010-****-5678"),
        ],
        pending_handoffs=[PendingHandoff(handoff=handoff, age_s=720)],
        follow_ups_due=[FollowUp(id="f1", case_id="case-low", due_at=NOW + timedelta(hours=2), assignee=KIM,
                                 status="scheduled", reason="<b>안부 전화</b>")],
    )


def test_sections_keep_order_and_put_the_highest_risk_first() -> None:
    sections = report_sections(_report())
    assert [s.key for s in sections] == [
        "open_contacts", "open_cases", "pending_handoffs", "follow_ups_due", "dispatches"]
    assert [r.risk for r in sections[1].rows] == ["imminent", "low"]
    assert sections[4].rows == ()


def test_server_text_is_escaped_in_the_document() -> None:
    document = report_html(_report())
    assert "&lt;b&gt;안부 전화&lt;/b&gt;" in document and "<b>안부" not in document


def test_pdf_has_pages_and_the_korean_text_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pages = export_pdf(_report(), path)
    data = path.read_bytes()
    assert pages >= 1 and data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == pages
    assert b"NotoSansCJKkr" in data  # Hangul embedded with the CJK font, not drawn as boxes
    text = _pdftotext(path) if shutil.which("pdftotext") else _qt_pdf_text(data)
    # Under the Korean translator (as the console runs) Qt's PDF writer draws ASCII punctuation ('/',
    # '(', '–') with glyphs that carry no Unicode mapping: the page shows "</b>" and "1 / 1쪽", a text
    # extraction drops them. Letters and digits are compared, so the verdict does not depend on which
    # translator an earlier test in the worker left installed; the escaping is checked on the HTML above.
    flat = re.sub(r"[\W_]+", "", text)
    for expected in ("교대 인계 보고서", "진행 중인 상담", "열린 사례", "박상담", "김상담",
                     "밤 10시 전에 다시 연락 약속", "<b>안부 전화</b>", "위험도 매우 높음(긴급)",
                     "저녁조", "야간조", "010-****-5678"):
        # On a miss, what the PDF held where the follow-up's reason should be (seen once in a full run).
        near = flat[max(0, flat.find("안부") - 60):flat.find("안부") + 60] if "안부" in flat else "(no 안부)"
        assert re.sub(r"[\W_]+", "", expected) in flat, (expected, near, len(flat))


def _contact(cid: str, start: datetime, length: float = 5, types: list[Any] | None = None) -> Contact:
    return Contact(id=cid, call_id=f"call-{cid}", counselor_id="u-kim", channel="phone",
                   caller=CallerSummary(withheld=True), started_at=start,
                   ended_at=start + timedelta(minutes=length),
                   service_types=types or ["conversation"])


def _checklist(cid: str, at: datetime, risk: str, *, revision: int = 1, complete: bool = True,
               entry_id: str | None = None) -> Entry:
    return Entry(id=uuid.UUID(entry_id) if entry_id else uuid.uuid4(), contact_id=cid,
                 kind="checklist_result", body="", revision=revision, author_id="u-kim", created_at=at,
                 checklist=ChecklistResult(instrument_id="isolation_risk_checklist", version="1", answers={},
                                           risk=risk, complete=complete))  # type: ignore[arg-type]


def _referral(rid: str, submitted: datetime, status: str) -> Referral:
    return Referral(id=rid, target="isolation-prevention-center", form_id="isolation_center_referral",
                    form_version="1", status=status, counselor=KIM, submitted_at=submitted,  # type: ignore[arg-type]
                    updated_at=submitted)


def test_stats_count_the_period() -> None:
    """NOW is 19:30 in Seoul: this shift began 15:00, today at 00:00, the week seven days back. Each
    chart counts what happened inside the period only: risk tiers assessed in it (each contact once, at
    its highest), referrals submitted in it by outcome."""
    ago = lambda **kw: NOW - timedelta(**kw)  # noqa: E731
    contacts = [
        _contact("c10", ago(minutes=10), 6), _contact("c20", ago(minutes=20), 2),
        _contact("c50", ago(minutes=50), 10, ["info", "conversation"]),
        _contact("morning", ago(hours=9), 4, ["info"]),  # 10:30 today: today, not this shift
        _contact("yesterday", ago(hours=30), 4, ["crisis"]),  # the week only
    ]
    assessments = [a for a in (assessment_of(e) for e in [
        _checklist("c10", ago(minutes=8), "high"),
        _checklist("c50", ago(minutes=45), "low"), _checklist("c50", ago(minutes=40), "moderate"),
        _checklist("morning", ago(hours=9), "low"),
        _checklist("yesterday", ago(hours=30), "imminent"),
        _checklist("c20", ago(minutes=19), "imminent", complete=False),  # unfinished: not an assessment
    ]) if a is not None]
    assert len(assessments) == 5
    referrals = [_referral("r1", ago(minutes=30), "received"), _referral("r2", ago(minutes=25), "declined"),
                 _referral("r3", ago(minutes=5), "closed"), _referral("r4", ago(hours=30), "closed")]

    def run(period: Any) -> Any:
        return compute_stats(period, NOW, contacts=contacts, referrals=referrals, assessments=assessments)

    shift, today, week = run("shift"), run("today"), run("week")
    # 10:30 UTC is 19:30 in Seoul: the evening shift began at 15:00 KST.
    assert period_start("shift", NOW).hour == 15 and period_start("today", NOW).astimezone(SEOUL).hour == 0
    assert (shift.contacts, today.contacts, week.contacts) == (3, 4, 5)
    assert dict(shift.service_mix)["conversation"] == 3 and dict(today.service_mix)["info"] == 2
    assert shift.avg_handle_s == 6 * 60
    assert dict(shift.risk_mix) == {"imminent": 0, "high": 1, "moderate": 1, "low": 0, "none": 0,
                                    "unassessed": 1}
    assert dict(today.risk_mix)["low"] == 1 and dict(today.risk_mix)["imminent"] == 0
    assert dict(week.risk_mix)["imminent"] == 1 and dict(week.risk_mix)["high"] == 1
    assert dict(shift.referral_outcomes) == {"received": 1, "declined": 1, "closed": 1}
    assert dict(week.referral_outcomes) == {"received": 1, "declined": 1, "closed": 2}
    assert sum(n for _h, n in today.per_hour) == 4 and sum(n for _d, n in week.per_hour) == 5
    assert len(shift.per_hour) == 5  # 15, 16, 17, 18, 19 o'clock


def test_report_window_is_the_next_real_shift() -> None:
    at = lambda d, h, m: datetime(2026, 11, d, h, m, tzinfo=SEOUL)  # noqa: E731
    for made, outgoing, incoming, until in (
        (at(25, 20, 55), (15, 23), (23, 7), at(26, 7, 0)),
        (at(25, 23, 10), (15, 23), (23, 7), at(26, 7, 0)),  # a late hand-over, just after 23:00
        (at(26, 6, 50), (23, 7), (7, 15), at(26, 15, 0)),
        (at(26, 7, 40), (7, 15), (15, 23), at(26, 23, 0)),
    ):
        out, into = handover(made)
        assert (out.hours, into.hours, into.end) == (outgoing, incoming, until), made
        assert made + timedelta(hours=report_hours(made)) == until
    report = _report().model_copy(update={
        "generated_at": at(25, 20, 55), "next_shift_until": at(25, 20, 55) + timedelta(hours=report_hours(
            at(25, 20, 55)))})
    document = report_html(report)
    assert "저녁조 15–23 → 야간조 23–07" in document


def test_case_rows_name_the_person_by_the_masked_number() -> None:
    sections = report_sections(_report())
    texts = [row_text("open_cases", r) for r in sections[1].rows]
    assert texts[0].endswith("010-****-5678") and "case-imm" not in texts[0]
    assert "번호 없는 사례" in texts[1]  # a case without a number still says which


def test_switching_the_period_changes_the_bars(qtbot: Any, tmp_path: Path) -> None:
    """The real core counts what its events told it; the panel redraws for the period chosen."""
    core = make_core("http://127.0.0.1:9", tmp_path / "data")
    now = datetime.now(UTC)
    seq = 0

    def seen(type_: str, item: Any) -> None:
        nonlocal seq
        seq += 1
        core.board.count_event(Event(seq=seq, type=type_, created_at=now, data=item.model_dump(mode="json")))

    entry_id = str(uuid.uuid4())
    seen("contact.updated", _contact("now", now - timedelta(seconds=5)))
    seen("contact.entry_added", _checklist("now", now - timedelta(seconds=4), "low", entry_id=entry_id))
    seen("contact.entry_added", _checklist("now", now - timedelta(seconds=3), "high", entry_id=entry_id,
                                           revision=2))  # the newer revision of the same checklist
    seen("contact.updated", _contact("days", now - timedelta(days=3)))
    seen("contact.entry_added", _checklist("days", now - timedelta(days=3), "imminent"))
    seen("referral.updated", _referral("r-days", now - timedelta(days=3), "declined"))
    panel = StatsPanel(core.board)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_period("shift")
    risks = {label: value for label, value, _tone in panel.risks.bars}
    shift_total = sum(v for _l, v, _t in panel.per_hour.bars)
    assert shift_total == 1 and sum(risks.values()) == 1
    assert panel.referrals.bars == []
    qtbot.mouseClick(panel.period_buttons["week"], Qt.MouseButton.LeftButton)
    assert panel.period == "week" and panel.period_buttons["week"].isChecked()
    assert sum(v for _l, v, _t in panel.per_hour.bars) == 2
    week_risks = [value for _label, value, _tone in panel.risks.bars]
    assert week_risks[:2] == [1, 1] and sum(week_risks) == 2  # imminent 1, high 1 (not low: revised)
    assert [v for _l, v, _t in panel.referrals.bars] == [1]
    assert panel.risks.accessibleDescription() != ""
    closing = asyncio.get_event_loop().create_task(core.close())
    qtbot.waitUntil(closing.done, timeout=5000)


# --- reading the PDF back ---------------------------------------------------------------------------


def _pdftotext(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode()


def _qt_pdf_text(data: bytes) -> str:
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}

    def stream(body: bytes) -> bytes:
        raw = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
        assert raw is not None
        return zlib.decompress(raw.group(1)) if b"/FlateDecode" in body else raw.group(1)

    def cmap(number: int) -> dict[int, str]:
        text = stream(objects[number]).decode("latin-1")
        found: dict[int, str] = {}
        for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            for lo, hi, dest in re.findall(r"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", block):
                codes = re.findall(r"<(\w+)>", dest)
                for i, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                    target = codes[i] if dest.startswith("[") else f"{int(codes[0], 16) + i:04X}"
                    found[code] = bytes.fromhex(target).decode("utf-16-be")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            for code, target in re.findall(r"<(\w+)>\s*<(\w+)>", block):
                found[int(code, 16)] = bytes.fromhex(target).decode("utf-16-be")
        return found

    fonts: dict[str, dict[int, str]] = {}
    for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", data):
        to_unicode = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
        if to_unicode is not None:
            fonts[name.decode()] = cmap(int(to_unicode.group(1)))
    out: list[str] = []
    for body in objects.values():
        if b"stream" not in body or b"/Length1" in body:
            continue
        try:
            content = stream(body).decode("latin-1")
        except zlib.error:
            continue
        font: dict[int, str] = {}
        for op in re.finditer(r"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|(ET)", content):
            if op.group(1):
                font = fonts.get(op.group(1), {})
            elif op.group(2):
                hexes = op.group(2)
                out.extend(font.get(int(hexes[i:i + 4], 16), "") for i in range(0, len(hexes), 4))
            else:
                out.append("\n")
    return "".join(out)
