"""Non-modal notices at the window's top right: an incoming handoff (받기 / 거절 with a reason), the answer
to one this counselor sent, and a shift lead's message. Nothing here takes the focus from the notes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget
from qasync import asyncSlot

from annyeong.ui.common.operations import CoreOp
from annyeong.ui.handoff.labels import handoff_error_text, handoff_problem_text, status_text, target_name
from annyeong.ui.shell.desktop_alert import DesktopAlert
from annyeong.ui.text.labels import risk_tier_name
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.handoffs.ops import Handoffs
    from annyeong.console.wire import Handoff, Message

WIDTH = 380
MARGIN = 16
TOP = 72  # under the header


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoffNotice", text)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class Notice(QFrame):
    closed = Signal(str)

    def __init__(self, key: str, title: str, body: str, parent: QWidget, *, tone: str = "info") -> None:
        super().__init__(parent)
        self.key = key
        # Announced on the desktop when the window is not in front (ui/shell/desktop_alert.py). A notice of
        # something this window's own user did sets it False before it is added.
        self.alert = True
        self.setObjectName("handoffNotice")
        self.setProperty("tone", tone)
        self.setAccessibleName(title)
        self.title = plain_label(title, self, object_name="noticeTitle", word_wrap=True)
        self.body = plain_label(body, self, object_name="noticeBody", word_wrap=True)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 12, 14, 12)
        self.column.setSpacing(6)
        self.column.addWidget(self.title)
        self.column.addWidget(self.body)
        self.column.addLayout(self.buttons)

    def add_button(self, button: QPushButton) -> None:
        self.buttons.addWidget(button)


class NoticeStack(QFrame):
    """A column of notices at the window's top right, over everything else, that keeps its place when the
    window (or the stack it sits ``under``) moves or resizes. The handoff notices and the shift lead's
    dispatch notices are each one (ui/dispatch/alert.py), the latter under the former.

    Each notice added is also announced on the desktop and the taskbar while the window is minimised or
    behind another (ui/shell/desktop_alert.py), whatever the subclass: only its title goes, never its body,
    which may name a caller or carry an address, and a desktop notification can show on a locked or
    shared screen."""

    def __init__(self, parent: QWidget, *, under: QWidget | None = None) -> None:
        super().__init__(parent)
        self._under = under
        self._clear_of: list[QWidget] = []  # widgets the stack never lies over (keep_clear_of)
        self._notices: dict[str, Notice] = {}
        self._dismissed: set[str] = set()  # keys the counselor closed: never shown again
        self.suppressed = False  # the board is on screen: it lists all of these itself
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(8)
        parent.installEventFilter(self)
        for above in self._above():
            above.installEventFilter(self)
        self.hide()

    def _above(self) -> list[QWidget]:
        """The stacks above this one, nearest first."""
        out: list[QWidget] = []
        under = self._under
        while under is not None and under not in out:
            out.append(under)
            under = under._under if isinstance(under, NoticeStack) else None
        return out

    def keep_clear_of(self, widget: QWidget) -> None:
        """While `widget` shows, the stack starts under it wherever the two would overlap. For the ringing
        card: at 1366 px the stack's column reached 30 px into it, over 받기's edge and its countdown."""
        self._clear_of.append(widget)
        widget.installEventFilter(self)
        self._place()

    def notice_keys(self) -> list[str]:
        return list(self._notices)

    def notice(self, key: str) -> Notice | None:
        return self._notices.get(key)

    def dismiss(self, key: str) -> None:
        """Close ``key``'s notice for good (its 확인 button)."""
        self._dismissed.add(key)
        self._drop(key)
        self._sync()

    def _sync(self) -> None:
        """Shown while it holds a notice and the board (which lists them all) is not on screen."""
        self.setVisible(bool(self._notices) and not self.suppressed)
        self._place()

    def _add(self, notice: Notice) -> None:
        self._notices[notice.key] = notice
        self._column.addWidget(notice)
        # Announced once the caller has filled it in (a subclass may set its title, or `alert`, after
        # adding it), at the next turn of the event loop.
        QTimer.singleShot(0, self, lambda key=notice.key: self._announce(key))

    def _announce(self, key: str) -> None:
        notice = self._notices.get(key)
        desktop = DesktopAlert.of(self) if notice is not None and notice.alert else None
        if notice is None or desktop is None:
            return
        title = notice.title.text() or notice.accessibleName()
        urgent = notice.property("tone") == "crisis"
        desktop.announce(title, _t("상담 콘솔에서 확인해 주세요."), urgent=urgent)

    def _drop(self, key: str) -> None:
        notice = self._notices.pop(key, None)
        if notice is not None:
            notice.hide()
            notice.deleteLater()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None or not self._notices:
            return
        self.setFixedWidth(WIDTH)
        for notice in self._notices.values():
            layout = notice.layout()
            if layout is not None:  # word-wrapped text: the height its width needs, not a guess
                notice.setFixedHeight(layout.totalHeightForWidth(WIDTH))
        self.adjustSize()
        top = TOP
        # Under the nearest stack above that shows (one above it may be empty and hidden).
        under = next((w for w in self._above() if w.isVisible()), None)
        if under is not None:
            top = under.geometry().bottom() + 8
        left = parent.width() - WIDTH - MARGIN
        for widget in self._clear_of:
            if not widget.isVisible() or not parent.isAncestorOf(widget):
                continue
            origin = widget.mapTo(parent, QPoint(0, 0))
            beside = origin.x() + widget.width() <= left
            below = origin.y() + widget.height() < top or origin.y() > top + self.height()
            if not beside and not below:
                top = origin.y() + widget.height() + 8
        self.move(left, top)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide)
        followed = watched is self.parentWidget() or watched in self._above() or watched in self._clear_of
        if moved and followed:
            self._place()
        return False


def keep_notices_clear_of(parent: QWidget, widget: QWidget) -> None:
    """Every notice stack under `parent` starts under `widget` wherever the two would overlap."""
    for stack in parent.findChildren(NoticeStack):
        stack.keep_clear_of(widget)


class HandoffNotices(NoticeStack):
    """The stack. `refresh()` after any Changes(handoffs/messages): new items appear, answered go away."""

    def __init__(self, handoffs: Handoffs, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("handoffNotices")
        self.setAccessibleName(_t("알림"))
        self._handoffs = handoffs

    # --- public ----------------------------------------------------------------------------------

    def refresh(self, _changes: object = None) -> None:
        handoffs = self._handoffs
        wanted: dict[str, tuple[str, object]] = {}
        for handoff in handoffs.incoming_handoffs:
            wanted[f"in:{handoff.id}"] = ("incoming", handoff)
        for handoff in handoffs.outgoing_handoffs:
            key = f"out:{handoff.id}:{handoff.status}"
            if handoff.status != "pending" and key not in self._dismissed and handoff.decided_at is not None:
                wanted[key] = ("result", handoff)
        for message in handoffs.messages:
            wanted[f"msg:{message.id}"] = ("message", message)
        for key in [k for k in self._notices if k not in wanted and not k.startswith("out:")]:
            self._drop(key)
        for key, (kind, item) in wanted.items():
            if key in self._notices:
                continue
            if kind == "incoming":
                self._add(self._incoming(key, item))  # type: ignore[arg-type]
            elif kind == "result":
                self._add(self._result(key, item))  # type: ignore[arg-type]
            else:
                self._add(self._message(key, item))  # type: ignore[arg-type]
        self._sync()

    # --- notices ---------------------------------------------------------------------------------

    def _incoming(self, key: str, handoff: Handoff) -> Notice:
        where = _t("다음 근무조") if handoff.target == "next_shift" else _t("나에게")
        title = _t("인계 요청 · {who} → {where}").format(who=handoff.from_user.name, where=where)
        kind = _t("통화 중 인계") if handoff.live else _t("사례 인계")
        risk = _t("{kind} · 위험도 {tier}").format(kind=kind, tier=risk_tier_name(handoff.sbar.risk_tier))
        body = f"{risk}\n{handoff.sbar.situation}"
        tone = "crisis" if handoff.sbar.risk_tier in ("high", "imminent") else "info"
        notice = Notice(key, title, body, self, tone=tone)
        reason = QLineEdit(notice)
        reason.setObjectName("handoffRejectReason")
        reason.setAccessibleName(_t("거절 사유"))
        reason.setPlaceholderText(_t("거절 사유 (보낸 분이 읽습니다)"))
        reason.hide()
        error = plain_label(object_name="noticeError", word_wrap=True)
        error.hide()
        notice.column.insertWidget(2, reason)
        notice.column.insertWidget(3, error)
        accept = _button(_t("받기"), "handoffAcceptButton", _t("인계 받기"), notice)
        reject = _button(_t("거절"), "handoffRejectButton", _t("인계 거절"), notice)
        accept.clicked.connect(lambda: self._accept(handoff.id, error))
        reject.clicked.connect(lambda: self._reject(handoff.id, reason, error))
        notice.add_button(reject)
        notice.add_button(accept)
        return notice

    def _result(self, key: str, handoff: Handoff) -> Notice:
        title = status_text(handoff)
        body = _t("{target} · {situation}").format(
            target=target_name(handoff.target), situation=handoff.sbar.situation.splitlines()[0]
            if handoff.sbar.situation else "")
        notice = Notice(key, title, body, self, tone="warn" if handoff.status == "rejected" else "ok")
        ok = _button(_t("확인"), "noticeDismissButton", _t("알림 닫기"), notice)
        ok.clicked.connect(lambda: self.dismiss(key))  # a result is shown once
        notice.add_button(ok)
        return notice

    def _message(self, key: str, message: Message) -> Notice:
        notice = Notice(key, _t("팀장 메시지 · {who}").format(who=message.from_user.name), message.text, self)
        ok = _button(_t("확인"), "messageDismissButton", _t("메시지 닫기"), notice)
        ok.clicked.connect(lambda: self._handoffs.dismiss_message(message.id))
        notice.add_button(ok)
        return notice

    # --- actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def _accept(self, handoff_id: str, error: QWidget) -> None:
        await CoreOp(self._handoffs.accept_handoff(handoff_id)).failure(
            lambda text: self._show(error, text), text=handoff_error_text).run()

    @asyncSlot()
    async def _reject(self, handoff_id: str, reason: QLineEdit, error: QWidget) -> None:
        if reason.isHidden():
            reason.show()
            reason.setFocus()
            return
        text = reason.text().strip()
        if not text:
            self._show(error, handoff_problem_text("reason_required") or "")
            return
        await CoreOp(self._handoffs.reject_handoff(handoff_id, text)).failure(
            lambda shown: self._show(error, shown), text=handoff_error_text).run()

    # --- layout ----------------------------------------------------------------------------------

    def _show(self, label: QWidget, text: str) -> None:
        set_plain(label, text)  # type: ignore[arg-type]
        label.show()
        self._place()
