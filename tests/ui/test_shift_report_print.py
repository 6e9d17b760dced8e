"""The printed 교대 인계 보고서 as a handover sheet: body text at a readable size (read back from the PDF's
own glyphs with pdfminer.six), 대외비 and a page number on every page, a summary, a next step per open case,
and the two leads' sign-off lines."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTItem, LTTextContainer

from annyeong.console.board.shift_report import report_sections
from annyeong.console.wire import CaseBrief, FollowUp, ShiftReportCase
from annyeong.ui.board.shift_report_view import export_pdf, report_html, step_text
from tests.ui.test_board_report import KIM, NOW, PARK, _report

pytestmark = pytest.mark.usefixtures("qloop")


def _sizes(item: LTItem, into: Counter[float]) -> None:
    if isinstance(item, LTChar):
        if item.get_text().strip():
            into[round(item.size, 1)] += 1
        return
    for child in getattr(item, "_objs", []) or []:
        _sizes(child, into)


def _pages(path: Path) -> list[tuple[str, Counter[float]]]:
    pages = []
    for page in extract_pages(str(path)):
        sizes: Counter[float] = Counter()
        _sizes(page, sizes)
        text = "".join(e.get_text() for e in page if isinstance(e, LTTextContainer))
        # Qt's embedded subset maps some glyphs (space, "-", "*", "/") to no character: pdfminer writes
        # them as "(cid:N)" or drops them. Words and digits are what is compared.
        pages.append((_flat(text), sizes))
    return pages


def _flat(text: str) -> str:
    return re.sub(r"\(cid:\d+\)|[\W_]", "", text)


def _long_report():  # type: ignore[no-untyped-def]
    """Enough open cases for three pages."""
    cases = [ShiftReportCase(case=CaseBrief(id=f"case-{i}", status="open", owner=KIM if i % 2 else PARK,
                                            version=1),
                             risk_tier="moderate", number_masked=f"010-****-{i:04d}")
             for i in range(90)]
    return _report().model_copy(update={"open_cases": cases})


def test_body_text_prints_at_ten_points_or_more(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    export_pdf(_report(), path)
    sizes: Counter[float] = Counter()
    for _text, page_sizes in _pages(path):
        sizes.update(page_sizes)
    body_size, _count = sizes.most_common(1)[0]
    assert body_size >= 10, sizes
    assert min(sizes) >= 7.5, sizes  # nothing on the sheet is fine print, not even the page band


def test_every_page_is_marked_confidential_and_numbered(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = export_pdf(_long_report(), path)
    read = _pages(path)
    assert pages == len(read) >= 3
    for number, (text, _) in enumerate(read, start=1):
        assert "대외비" in text, number
        # pdfminer sometimes loses the "/" of Qt's subset font: the digits and 쪽 are what count here.
        assert f"{number}{pages}쪽" in text, number
    assert "인계한팀장" in read[-1][0] and "인수한팀장" in read[-1][0]  # sign-off lines at the end
    assert _flat("010-****-0089") in "".join(t for t, _ in read)  # the last case is printed, not cut off


def test_summary_and_a_next_step_for_every_open_case() -> None:
    report = _report()
    document = report_html(report)
    assert "열린 사례 2 (높음 이상 1)" in document and "후속 연락 1 (지연 0)" in document
    cases = report_sections(report)[1].rows
    steps = [step_text(r) for r in cases]
    assert steps[0] == "다음 할 일: 근무 시작 후 1시간 안에 안부·안전 확인 전화"  # imminent, nothing booked
    assert steps[1].startswith("다음 할 일: 11-25 21:30 후속 연락")  # the booked follow-up, Seoul time
    assert all(s in document for s in steps)
    late = report.model_copy(update={"follow_ups_due": [FollowUp(
        id="f2", case_id="case-imm", due_at=NOW - timedelta(hours=1), assignee=PARK, status="scheduled",
        overdue=True)]})
    first = report_sections(late)[1].rows[0]
    assert "(기한 지남)" in step_text(first) and "박상담" in step_text(first)


def test_the_screen_shows_no_sign_off_lines_and_no_case_id() -> None:
    document = report_html(_report())
    assert "인계한 팀장" not in document
    assert "case-low" not in document and "case-imm" not in document
