"""The shift lead's statistics: calm bar charts drawn with QPainter (QtCharts is not part of PySide6-
Essentials). Calls per hour, service-type mix ①–⑤, risk-tier mix, referral outcomes, average handle time;
for this shift, today, or the last 7 days (console.board.shift_report.compute_stats)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.board.shift_report import Period, Stats
from annyeong.ui.common.busy_bar import BusyBar
from annyeong.ui.common.inks import ink
from annyeong.ui.text.formatting import format_duration, local
from annyeong.ui.text.labels import SERVICE_MARKS, referral_status_name, risk_tier_name
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.board.ops import ShiftBoard

# Bar tones, resolved to the active theme's colours when painted (ui.common.inks.ink): a theme switch
# repaints.
BAR, BAR_WARN, BAR_CRISIS = "accent", "warn", "crisis"
PERIODS: tuple[tuple[Period, str], ...] = (("shift", "이번 근무조"), ("today", "오늘"), ("week", "최근 7일"))


def _t(text: str) -> str:
    return QCoreApplication.translate("StatsCharts", text)


class BarChart(QWidget):
    """Vertical bars with the value above each and the label below; nothing else."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.title = title
        self.bars: list[tuple[str, int, str]] = []  # label, value, tone
        self.setMinimumHeight(170)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        self.bars = bars
        self.setAccessibleDescription(", ".join(f"{label} {value}" for label, value, _c in bars))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        title_font = QFont(self.font())
        title_font.setPixelSize(14)
        title_font.setBold(True)
        painter.setFont(title_font)
        colours = ink()
        grid, text = QColor(colours.grid), QColor(colours.text)
        painter.setPen(QColor(colours.title))
        painter.drawText(rect.adjusted(0, 0, 0, -rect.height() + 22), Qt.AlignmentFlag.AlignLeft, self.title)
        small = QFont(self.font())
        small.setPixelSize(12)
        painter.setFont(small)
        area = rect.adjusted(0, 44, 0, -24)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.bars:
            painter.setPen(text)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, _t("자료 없음"))
            return
        top = max(1, max(value for _l, value, _c in self.bars))
        slot = area.width() / len(self.bars)
        width = min(36.0, slot * 0.6)
        every = max(1, int(len(self.bars) / max(1, area.width() / 34)))  # thin out crowded labels
        for index, (label, value, tone) in enumerate(self.bars):
            height = area.height() * value / top
            x = area.left() + slot * index + (slot - width) / 2
            bar = QRectF(x, area.bottom() - height, width, height)
            painter.fillRect(bar, QColor(getattr(colours, tone, colours.accent)) if value else grid)
            painter.setPen(text)
            above = QRectF(x - 12, bar.top() - 18, width + 24, 16)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(value))
            if index % every == 0:
                below = QRectF(area.left() + slot * index - 10, area.bottom() + 4, slot + 20, 18)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()


class StatsPanel(QFrame):
    def __init__(self, board: ShiftBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPanel")
        self.setAccessibleName(_t("통계"))
        self._board = board
        self.period: Period = "shift"
        title = plain_label(_t("통계"), self, object_name="boardSectionTitle")
        self.period_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.setSpacing(6)
        switch.addWidget(title)
        switch.addStretch(1)
        for code, text in PERIODS:
            button = QPushButton(_t(text), self)
            button.setObjectName(f"statsPeriod_{code}")
            button.setAccessibleName(_t("기간: {name}").format(name=_t(text)))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=code: self.set_period(c))
            group.addButton(button)
            self.period_buttons[code] = button
            switch.addWidget(button)
        self.period_buttons["shift"].setChecked(True)
        self.summary = plain_label(object_name="statsSummary", word_wrap=True)
        self.per_hour = BarChart("chartPerHour", _t("시간대별 상담"), self)
        self.services = BarChart("chartServices", _t("서비스 유형 ①–⑤"), self)
        self.risks = BarChart("chartRisks", _t("위험도 (기간 내 평가)"), self)
        self.referrals = BarChart("chartReferrals", _t("연계 결과"), self)
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.per_hour, 0, 0, 1, 2)
        grid.addWidget(self.services, 0, 2)
        grid.addWidget(self.risks, 1, 0)
        grid.addWidget(self.referrals, 1, 1)
        self.note = plain_label(
            _t("서버에 통계 API가 없어 이 콘솔이 읽은 이벤트 기록으로 셉니다. "
               "위험도는 기간 안에 한 체크리스트 결과로, 상담마다 가장 높은 단계 하나를 셉니다."),
            self, object_name="statsNote", word_wrap=True)
        grid.addWidget(self.note, 1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(10)
        column.addLayout(switch)
        # Where the lead looks for the numbers: the replay of the whole event log fills this bar.
        self.progress = BusyBar("statsProgress", _t("통계 불러오는 중"), self)
        column.addWidget(self.progress)
        column.addWidget(self.summary)
        column.addLayout(grid)

    async def load_history(self) -> None:
        """The event log from its start, with the bar filling as the pages come (the console's window
        keeps answering: each page is awaited, and counted in one pass)."""
        self.progress.busy()
        try:
            await self._board.load_stats_history(progress=self.progress.progress)
        finally:
            if shiboken6.isValid(self.progress):
                self.progress.done()

    def set_period(self, period: Period) -> None:
        self.period = period
        self.period_buttons[period].setChecked(True)
        self.refresh()

    def refresh(self, _changes: object = None) -> None:
        stats = self._board.stats(self.period)
        self.show_stats(stats)

    def show_stats(self, stats: Stats) -> None:
        handle = format_duration(stats.avg_handle_s) if stats.avg_handle_s is not None else "—"
        set_plain(self.summary, QCoreApplication.translate(
            "StatsCharts", "상담 %n건 · 평균 상담 시간 {handle} · {start}부터", None, stats.contacts
        ).format(handle=handle, start=local(stats.start).strftime("%m-%d %H:%M")))
        def label(at: datetime) -> str:
            when = local(at)
            if stats.period == "week":
                return _t("{day}일").format(day=when.day)
            return _t("{hour}시").format(hour=when.strftime("%H"))

        self.per_hour.set_bars([(label(at), n, BAR) for at, n in stats.per_hour])
        self.services.set_bars([(SERVICE_MARKS.get(code, code), n, BAR) for code, n in stats.service_mix])
        tones = {"imminent": BAR_CRISIS, "high": BAR_CRISIS, "moderate": BAR_WARN}
        self.risks.set_bars([
            (risk_tier_name(None if code == "unassessed" else code).split("(")[0], n, tones.get(code, BAR))
            for code, n in stats.risk_mix
        ])
        self.referrals.set_bars([(referral_status_name(code), n, BAR) for code, n in stats.referral_outcomes])
