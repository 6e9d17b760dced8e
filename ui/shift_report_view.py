"""교대 인계 보고서: what the outgoing shift leaves to the incoming one, on screen and as a PDF.

One QTextDocument serves both, so the printout says exactly what the screen said. Everything from the
server is escaped before it enters the document (a name like "<b>" prints as those four characters). The
PDF is Qt's own writer (QPdfWriter), with Noto Sans CJK KR so Hangul is embedded, not boxes.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
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

from console.errors import ConsoleError
from console.shift_report import ReportRow, ReportSection, Shift, report_sections, shift_at
from ui.formatting import channel_name, format_duration, local
from ui.handoff_labels import age_text, target_name
from ui.inks import ink
from ui.labels import risk_tier_name
from ui.messages import error_text
from ui.text import plain_label, set_plain

if TYPE_CHECKING:
    from console.core import ConsoleCore
    from console.wire import ShiftReport

FONT = "Noto Sans CJK KR"
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
    shift, console.shift_report.report_hours), so the header always names the shifts the rows are for."""
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
        person = row.text or _t("번호 없는 사례 ({ref})").format(ref=row.ref[:8])
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


def report_html(report: ShiftReport, sections: list[ReportSection] | None = None) -> str:
    sections = sections if sections is not None else report_sections(report)
    meta = _t("작성 {now} · 후속 연락은 다음 근무조가 끝나는 {until}까지").format(
        now=_when(report.generated_at), until=_when(report_shifts(report)[1].end))
    parts = [
        "<h1>" + html.escape(_t("교대 인계 보고서")) + "</h1>",
        "<p class='shifts'>" + html.escape(handover_text(report)) + "</p>",
        "<p class='meta'>" + html.escape(meta) + "</p>",
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section_title(section.key))} ({len(section.rows)})</h2>")
        if not section.rows:
            none = _t("없음")  # not inside the f-string: lupdate would not see it there
            parts.append(f"<p class='empty'>{html.escape(none)}</p>")
            continue
        items = "".join(f"<li>{html.escape(row_text(section.key, r))}</li>" for r in section.rows)
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
li {{ margin-bottom: 3px; }}
"""


def report_document(report: ShiftReport, theme: str | None = None) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(FONT)
    font.setPointSize(10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(report_style(theme))
    doc.setHtml(report_html(report))
    return doc


def export_pdf(report: ShiftReport, path: Path) -> int:
    """Write the report to `path` as A4 PDF. Returns the page count."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_t("교대 인계 보고서"))
    writer.setCreator("외로움안녕120 상담 콘솔")
    doc = report_document(report, theme=PRINT_THEME)
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    return doc.pageCount()


class ShiftReportView(QFrame):
    back_requested = Signal()

    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftReportView")
        self.setAccessibleName(_t("교대 인계 보고서"))
        self._core = core
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
        try:
            report = await self._core.load_shift_report()
        except ConsoleError as exc:
            set_plain(self.status, error_text(exc))
            return
        self.show_report(report)

    def save_pdf(self, path: Path) -> int:
        report = self._core.shift_report
        if report is None:
            return 0
        pages = export_pdf(report, path)
        set_plain(self.status, _t("PDF로 저장했습니다 ({pages}쪽).").format(pages=pages))
        return pages

    def _ask_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _t("PDF로 저장"), _t("교대인계보고서.pdf"), "PDF (*.pdf)")
        if name:
            self.save_pdf(Path(name))
