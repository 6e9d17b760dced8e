"""The 교대 인계 보고서 as a PDF: Qt's own writer, pages, and the Korean text that comes back out of it.

pdftotext (Debian poppler-utils) is used when installed; otherwise a small reader of Qt's PDF output
(Flate streams, Type0 fonts with ToUnicode CMaps, <hex> Tj) extracts the text: enough for what QPdfWriter
writes, not a general PDF parser. Also the statistics the charts draw, from plain data."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.shift_report import compute_stats, period_start, report_sections
from console.wire import (
    BoardCounselor,
    CaseBrief,
    Contact,
    FollowUp,
    Handoff,
    PendingHandoff,
    Sbar,
    ShiftReport,
    ShiftReportCase,
    UserRef,
)
from ui.shift_report_view import export_pdf, report_html

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
                            risk_tier="imminent"),
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
    flat = re.sub(r"\s+", "", text)
    for expected in ("교대 인계 보고서", "진행 중인 상담", "열린 사례", "박상담", "김상담",
                     "밤 10시 전에 다시 연락 약속", "<b>안부 전화</b>", "위험도 매우 높음(긴급)"):
        assert re.sub(r"\s+", "", expected) in flat, expected


def test_stats_count_the_period() -> None:
    def contact(minutes_ago: float, length: float, types: list[Any]) -> Contact:
        start = NOW - timedelta(minutes=minutes_ago)
        return Contact(id=f"c{minutes_ago}", call_id="x", counselor_id="u-kim", channel="phone",
                       caller={"withheld": True}, started_at=start,
                       ended_at=start + timedelta(minutes=length),
                       service_types=types)

    contacts = [contact(10, 6, ["conversation"]), contact(50, 10, ["info", "conversation"]),
                contact(60 * 30, 4, ["crisis"])]
    shift = compute_stats("shift", NOW, contacts=contacts, referrals=[], risks=["high", None])
    # 10:30 UTC is 19:30 in Seoul: the evening shift began at 15:00 KST.
    assert period_start("shift", NOW).hour == 15
    assert shift.contacts == 2 and dict(shift.service_mix)["conversation"] == 2
    assert shift.avg_handle_s == 8 * 60
    assert dict(shift.risk_mix)["high"] == 1 and dict(shift.risk_mix)["unassessed"] == 1
    week = compute_stats("week", NOW, contacts=contacts, referrals=[], risks=[])
    assert week.contacts == 3 and sum(n for _d, n in week.per_hour) == 3


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
