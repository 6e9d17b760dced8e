"""Header indicator of the outbox and event stream: online/offline, items waiting, items failed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from annyeong.ui.common.busy_bar import BusyBar
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.state import SyncStatus


def _repolish(widget: QWidget) -> None:
    # Dynamic properties only restyle after an explicit unpolish/polish.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _age_text(age: timedelta) -> str | None:
    """None under a minute: an item that waits a few seconds is normal sending, not news."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 60:
        return None
    if seconds < 3600:
        text = QCoreApplication.translate("SyncIndicator", "가장 오래된 항목 {n}분 전")
        return text.format(n=seconds // 60)
    text = QCoreApplication.translate("SyncIndicator", "가장 오래된 항목 {n}시간 전")
    return text.format(n=seconds // 3600)


# Fewer waiting items go out in a second or two: a bar would only flicker.
BACKLOG_SHOWN = 20


class SyncIndicator(QFrame):
    details_requested = Signal()  # a click, Enter or Space: show what could not be sent and why
    text_changed = Signal()  # its words changed length, and with them its width


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAccessibleName(
            QCoreApplication.translate("SyncIndicator", "동기화 상태 · 눌러서 자세히 보기")
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._dot = plain_label("●", self, object_name="syncDot")
        self._text = plain_label(parent=self, object_name="syncText")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.setSpacing(6)
        row.addWidget(self._dot)
        row.addWidget(self._text)
        # A long backlog (a night offline) drains for a while: the bar fills as it goes, so "보내는 중
        # · 미전송 180" reads as progress, not as a stuck counter.
        self.progress = BusyBar(
            "syncProgress", QCoreApplication.translate("SyncIndicator", "미전송 기록 보내는 중"), self
        )
        self.progress.setFixedWidth(60)
        row.addWidget(self.progress)
        self._backlog = 0  # the largest pending count of this drain: the bar's 100 %
        self._explained = QCoreApplication.translate(
            "SyncIndicator",
            "이 PC에 저장된 기록을 서버로 보내는 상태입니다.\n"
            "미전송: 아직 서버에 보내지 못한 항목 수 (연결되면 자동으로 보냅니다)\n"
            "실패: 서버가 받지 않은 항목 수 (지워지지 않고 남아 있습니다)",
        )
        self._status: SyncStatus | None = None
        # A crowded header (English, a dispatch waiting): the connection's words go while connected
        # (the dot's colour and the tooltip say it), and an empty "미전송 0" goes while not.
        self._compact = False
        # The age of the oldest waiting item grows while nothing changes: re-read it every 30 s.
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(30_000)
        self._age_timer.timeout.connect(lambda: self.set_status(self._status))
        self.set_status(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.details_requested.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.details_requested.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self._text.text()

    def tone(self) -> str:
        return str(self.property("tone"))

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self.set_status(self._status)

    def set_status(self, status: SyncStatus | None) -> None:
        self._status = status
        state = status.state if status else "connecting"
        pending = status.pending if status else 0
        failed = status.failed if status else 0
        labels = {
            "online": QCoreApplication.translate("SyncIndicator", "서버 연결됨"),
            "offline": QCoreApplication.translate("SyncIndicator", "서버 연결 끊김"),
            "connecting": QCoreApplication.translate("SyncIndicator", "서버 연결 중…"),
            "auth_required": QCoreApplication.translate("SyncIndicator", "다시 로그인 필요"),
            "stopped": QCoreApplication.translate("SyncIndicator", "동기화 멈춤"),
        }
        parts = [
            labels.get(state, state),
            QCoreApplication.translate("SyncIndicator", "미전송 {n}").format(n=pending),
        ]
        oldest = status.oldest_pending_at if status else None
        if pending and oldest is not None:
            age = _age_text(datetime.now(UTC) - oldest)
            if age is not None:
                parts.append(age)
            self._age_timer.start()
        else:
            self._age_timer.stop()
        if failed:
            parts.append(QCoreApplication.translate("SyncIndicator", "실패 {n}").format(n=failed))
        if state == "online" and pending:
            # Online and still sending: "syncing", not yet "all sent".
            parts[0] = QCoreApplication.translate("SyncIndicator", "보내는 중")
        text = " · ".join(parts)
        kept = parts
        if self._compact and state == "online":
            kept = parts[1:]  # "미전송 3 · 실패 1": the green dot says connected
        elif self._compact and not pending:
            kept = [parts[0], *parts[2:]]  # "서버 연결 끊김": nothing waits to be sent
        shown = " · ".join(kept)
        if state == "online" and not failed:
            tone = "ok"
        elif state in ("offline", "auth_required") or failed:
            tone = "warn"
        else:
            tone = "muted"
        self._show_drain(state, pending)
        before = self._text.text()
        set_plain(self._text, shown)
        # The whole state on hover, whichever form the header has room for.
        self.setToolTip(text + "\n\n" + self._explained)
        self.setAccessibleName(
            QCoreApplication.translate("SyncIndicator", "동기화 상태: {text}").format(text=text)
        )
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            for widget in (self, self._dot, self._text):
                widget.setProperty("tone", tone)
                _repolish(widget)
        # "미전송 181" → "미전송 180" needs no room more or less: only a change of length is news (a drain
        # of thousands ticks this once per item).
        if len(shown) != len(before):
            # The header's row learns the new width now, not after a queued layout pass: its fitting
            # measures the row right after changing these words.
            self.updateGeometry()
            self.text_changed.emit()

    def _show_drain(self, state: str, pending: int) -> None:
        if pending == 0:
            self._backlog = 0
            self.progress.done()
            return
        self._backlog = max(self._backlog, pending)
        if state == "online" and self._backlog >= BACKLOG_SHOWN:
            self.progress.progress(self._backlog - pending, self._backlog)
        else:
            self.progress.done()
