"""교대 인계 보고서: what the outgoing shift leaves to the incoming one, on screen and as a PDF.

One QTextDocument serves both, so the printout says exactly what the screen said. Everything from the
server is escaped before it enters the document (a name like "<b>" prints as those four characters). The
PDF is Qt's own writer (QPdfWriter), with Noto Sans CJK KR so Hangul is embedded, not boxes.
"""

from __future__ import annotations

import asyncio
import html
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from annyeong.console.board.shift_report import (
    ReportRow,
    ReportSection,
    Shift,
    report_sections,
    report_summary,
    shift_at,
)
from annyeong.ui.board.shift_report_pdf import BODY_PT, FONT, print_pdf
from annyeong.ui.common.busy_bar import BusyBar
from annyeong.ui.common.inks import ink
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.handoff.labels import age_text, target_name
from annyeong.ui.text.formatting import channel_name, format_duration, local
from annyeong.ui.text.labels import risk_tier_name
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.board.ops import ShiftBoard
    from annyeong.console.wire import ShiftReport

PRINT_THEME = "day"  # paper is white whatever the screen shows at 3 a.m.


def _t(text: str) -> str:
    return QCoreApplication.translate("ShiftReport", text)


def section_title(key: str) -> str:
    titles = {
        "open_contacts": _t("진행 중인 상담"),
        "open_cases": _t("열린 사례 (위험도 높은 순)"),
        "pending_handoffs": _t("대기 중인 인계"),
        "follow_ups_due": _t("다음 근무조에 해야 할 후속 연락"),
        "dispatches": _t("확인을 기다리는 긴급 출동"),
    }
    return titles.get(key, key)


def shift_label(shift: Shift) -> str:
    """"저녁조 15–23": the shift's name and its hours (Seoul)."""
    start, end = shift.hours
    names = {7: _t("주간조"), 15: _t("저녁조"), 23: _t("야간조")}
    return _t("{name} {start:02d}–{end:02d}").format(name=names.get(start, ""), start=start, end=end).strip()


def report_shifts(report: ShiftReport) -> tuple[Shift, Shift]:
    """(outgoing, incoming), read from the window the server was asked for (it ends with the incoming
    shift, console.board.shift_report.report_hours), so the header always names the shifts the rows are
    for."""
    incoming = shift_at(report.next_shift_until - timedelta(minutes=1))
    return shift_at(incoming.start - timedelta(minutes=1)), incoming


def handover_text(report: ShiftReport) -> str:
    """"저녁조 15–23 → 야간조 23–07": which shift hands over to which."""
    outgoing, incoming = report_shifts(report)
    return _t("{outgoing} → {incoming}").format(
        outgoing=shift_label(outgoing), incoming=shift_label(incoming))


def _when(dt: datetime | None) -> str:
    return local(dt).strftime("%m-%d %H:%M") if dt is not None else ""


def row_text(key: str, row: ReportRow) -> str:
    """One line of a section, in words (server text included as given; escaping is the caller's)."""
    if key == "open_contacts":
        return _t("{who} · {channel} {length} · 위험도 {tier}").format(
            who=row.who, channel=channel_name(row.code or "phone"), length=format_duration(row.age_s or 0),
            tier=risk_tier_name(row.risk))
    if key == "open_cases":
        # The masked number names the person for the incoming shift; a raw id named nobody.
        person = row.text or _t("번호 없는 사례")
        return _t("위험도 {tier} · 담당 {who} · {person}").format(
            tier=risk_tier_name(row.risk), who=row.who, person=person)
    if key == "pending_handoffs":
        return _t("{who} → {target} · {age} · {text}").format(
            who=row.who, target=target_name(row.code or ""), age=age_text(row.age_s or 0), text=row.text)
    if key == "follow_ups_due":
        late = _t(" (기한 지남)") if row.code == "overdue" else ""
        return _t("{when}{late} · {who} · {text}").format(when=_when(row.when), late=late, who=row.who,
                                                          text=row.text)
    service = "112" if row.code == "police_112" else "119"
    return _t("{service} · {who} · {when} 요청").format(service=service, who=row.who, when=_when(row.when))


def summary_text(report: ShiftReport) -> str:
    s = report_summary(report)
    words = _t("요약: 상담 중 {contacts} · 열린 사례 {cases} (높음 이상 {urgent}) · 인계 대기 {handoffs} · "
               "후속 연락 {follow_ups} (지연 {overdue}) · 출동 확인 대기 {dispatches}")
    return words.format(
        contacts=s.open_contacts, cases=s.open_cases, urgent=s.urgent_cases, handoffs=s.pending_handoffs,
        follow_ups=s.follow_ups_due, overdue=s.follow_ups_overdue, dispatches=s.dispatches)


def step_text(row: ReportRow) -> str:
    """An open case's next step for the incoming shift, in words ("" for other rows)."""
    if row.step in ("follow_up", "follow_up_overdue"):
        late = _t(" (기한 지남)") if row.step == "follow_up_overdue" else ""
        who = row.step_who or _t("상담원 공동")
        return _t("다음 할 일: {when}{late} 후속 연락 · {who}").format(
            when=_when(row.step_when), late=late, who=who)
    steps = {
        "call_first": _t("다음 할 일: 근무 시작 후 1시간 안에 안부·안전 확인 전화"),
        "book_follow_up": _t("다음 할 일: 이번 근무 중 후속 연락 일정 잡기"),
        "owner_review": _t("다음 할 일: 담당자가 사례 상태 확인"),
    }
    return steps.get(row.step or "", "")


def _step_html(row: ReportRow) -> str:
    text = step_text(row)
    return f"<br/><span class='step'>{html.escape(text)}</span>" if text else ""


def report_html(report: ShiftReport, sections: list[ReportSection] | None = None) -> str:
    sections = sections if sections is not None else report_sections(report)
    meta = _t("작성 {now} · 후속 연락은 다음 근무조가 끝나는 {until}까지").format(
        now=_when(report.generated_at), until=_when(report_shifts(report)[1].end))
    parts = [
        "<h1>" + html.escape(_t("교대 인계 보고서")) + "</h1>",
        "<p class='shifts'>" + html.escape(handover_text(report)) + "</p>",
        "<p class='meta'>" + html.escape(meta) + "</p>",
    ]
    parts.append("<p class='summary'>" + html.escape(summary_text(report)) + "</p>")
    for section in sections:
        parts.append(f"<h2>{html.escape(section_title(section.key))} ({len(section.rows)})</h2>")
        if not section.rows:
            none = _t("없음")  # not inside the f-string: lupdate would not see it there
            parts.append(f"<p class='empty'>{html.escape(none)}</p>")
            continue
        items = "".join(f"<li>{html.escape(row_text(section.key, r))}{_step_html(r)}</li>"
                        for r in section.rows)
        parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def report_style(theme: str | None = None) -> str:
    """The document's CSS in the theme's colours (the active one if None). Body text takes the
    browser's palette colour, which the theme already sets."""
    c = ink(theme)
    return f"""
h1 {{ font-size: 20pt; color: {c.title}; margin-bottom: 2px; }}
h2 {{ font-size: 13pt; color: {c.accent}; margin-top: 14px; margin-bottom: 4px; }}
p.shifts {{ font-size: 13pt; font-weight: bold; color: {c.title}; margin-bottom: 0px; }}
p.meta {{ color: {c.text}; }} p.empty {{ color: {c.faint}; }}
p.summary {{ font-weight: bold; color: {c.text}; }} span.step {{ color: {c.accent}; }}
p.sign {{ font-weight: bold; }}
li {{ margin-bottom: 3px; }}
"""


def report_document(report: ShiftReport, theme: str | None = None, *, printed: bool = False) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT)
    font.setPointSize(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(report_style(theme))
    doc.setHtml(report_html(report) + (sign_off_html() if printed else ""))
    return doc


def sign_off_html() -> str:
    """Where the two leads sign on paper: the handover is theirs, not the printer's."""
    name, sign, when = (html.escape(w) for w in (_t("성명"), _t("서명"), _t("일시")))
    confirm = html.escape(_t("확인"))
    cells = "".join(
        f"<td width='50%'><p class='sign'>{html.escape(who)}</p>"
        f"<p>{name} ________________ &nbsp; {sign} ____________</p><p>{when} ______________________</p></td>"
        for who in (_t("인계한 팀장 (나가는 근무조)"), _t("인수한 팀장 (들어오는 근무조)")))
    return f"<h2>{confirm}</h2><table width='100%' cellpadding='6'><tr>{cells}</tr></table>"


def export_pdf(report: ShiftReport, path: Path) -> int:
    """Write the report to `path` as A4 PDF (what the screen shows, in print colours, with the sign-off
    lines). Returns the page count."""
    return print_pdf(report_document(report, theme=PRINT_THEME, printed=True), path)


class ShiftReportView(QFrame):
    back_requested = Signal()

    def __init__(self, board: ShiftBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportView")
        self.setAccessibleName(_t("교대 인계 보고서"))
        self._board = board
        self.back = QPushButton(_t("← 상황판"), self)
        self.back.setObjectName("reportBackButton")
        self.back.setAccessibleName(_t("상황판으로 돌아가기"))
        self.back.clicked.connect(self.back_requested.emit)
        self.reload_button = QPushButton(_t("새로 고침"), self)
        self.reload_button.setObjectName("reportReloadButton")
        self.reload_button.setAccessibleName(_t("보고서 새로 고침"))
        self.reload_button.clicked.connect(self.reload)
        self.pdf_button = QPushButton(_t("PDF로 저장"), self)
        self.pdf_button.setObjectName("reportPdfButton")
        self.pdf_button.setAccessibleName(_t("PDF로 저장"))
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.status = plain_label(object_name="reportStatus", word_wrap=True)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("reportBrowser")
        self.browser.setAccessibleName(_t("보고서 내용"))
        self.browser.setOpenLinks(False)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.pdf_button)
        self.pdf_progress = BusyBar("reportPdfProgress", _t("PDF 저장 진행 중"), self)
        self.pdf_progress.setMaximumWidth(160)
        bar.addWidget(self.pdf_progress)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 14, 20, 14)
        column.setSpacing(10)
        column.addLayout(bar)
        column.addWidget(self.browser, 1)
        self.pdf_button.setEnabled(False)
        self._shown: ShiftReport | None = None

    def text(self) -> str:
        return self.browser.toPlainText()

    def show_report(self, report: ShiftReport) -> None:
        self._shown = report
        self._render()
        self.pdf_button.setEnabled(True)
        set_plain(self.status, "")

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch restyles every widget (one StyleChange each): the document's colours follow.
        if event.type() == QEvent.Type.StyleChange and self._shown is not None:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        if self._shown is None:
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setDocument(report_document(self._shown))
        bar.setValue(position)  # a re-colour must not throw the reader back to the top

    @asyncSlot()
    async def reload(self) -> None:
        set_plain(self.status, _t("불러오는 중…"))
        outcome = await CoreOp(self._board.load_shift_report()).failure(
            lambda text: set_plain(self.status, text)).run()
        if outcome.value is not None:
            self.show_report(outcome.value)

    def save_pdf(self, path: Path) -> int:
        report = self._board.shift_report
        if report is None:
            return 0
        pages = export_pdf(report, path)
        set_plain(self.status, _t("PDF로 저장했습니다 ({pages}쪽).").format(pages=pages))
        return pages

    def start_pdf(self, path: Path) -> asyncio.Task[int] | None:
        """Save the PDF off the GUI thread (a long shift's report lays out and paints for seconds), with
        the bar moving beside the button; the window keeps answering meanwhile."""
        report = self._board.shift_report
        if report is None:
            return None
        self.pdf_button.setEnabled(False)
        set_plain(self.status, _t("PDF로 저장하는 중…"))
        self.pdf_progress.busy()

        async def go() -> int:
            try:
                # Painting to a QPdfWriter (not a screen) is allowed off the GUI thread; the document is
                # built in that thread too, so no QObject crosses threads.
                pages = await asyncio.to_thread(export_pdf, report, path)
            except OSError:
                set_plain(self.status, _t("PDF를 저장하지 못했습니다. 저장할 위치를 확인해 주세요."))
                return 0
            finally:
                if shiboken6.isValid(self.pdf_progress):
                    self.pdf_progress.done()
                    self.pdf_button.setEnabled(True)
            set_plain(self.status, _t("PDF로 저장했습니다 ({pages}쪽).").format(pages=pages))
            return pages

        return asyncio.ensure_future(go())

    def _ask_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _t("PDF로 저장"), _t("교대인계보고서.pdf"), "PDF (*.pdf)")
        if name:
            self.start_pdf(Path(name))
