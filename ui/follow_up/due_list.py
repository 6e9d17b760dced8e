"""후속 연락: the due list in the 오늘 column (the header's count is ui/follow_up/count.py).

Complete, reschedule and hand over (to the pool or a named colleague) act on the selected follow-up and
need the server (If-Match); when someone changed it first, both values are shown and the counselor picks:
keep theirs, or apply mine again. Shift leads and admins switch the list between 내 것 and 전체 (everyone's,
with the assignee's name; overdue in red).
"""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from annyeong.console.referrals.follow_ups import FollowUpConflict
from annyeong.ui.card.sections import set_tone
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.follow_up.plan import callback_at, set_callback
from annyeong.ui.follow_up.reassign import POOL, HandOverRow
from annyeong.ui.text.formatting import local
from annyeong.ui.text.messages import referral_error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.referrals.follow_ups import FollowUpItem
    from annyeong.console.wire import FollowUp, FollowUpUpdate

TICK_MS = 30_000  # overdue is re-counted this often between events


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUps", text)


def when_text(due: datetime, now: datetime) -> str:
    """"오늘 14:00", "내일 10:00", "11-28 10:00"."""
    moment, today = local(due), local(now).date()
    if moment.date() == today:
        day = _t("오늘")
    elif moment.date() == today + timedelta(days=1):
        day = _t("내일")
    else:
        day = moment.strftime("%m-%d")
    return f"{day} {moment.strftime('%H:%M')}"


class FollowUpDueList(QFrame):
    changed = Signal()
    scope_changed = Signal(str)  # "mine" | "all" (shift leads: everyone's)

    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPanel")
        self.setAccessibleName(_t("후속 연락 예정"))
        self._core = core
        self._items: list[FollowUpItem] = []
        self._conflict: tuple[str, FollowUpUpdate] | None = None
        self._scope = "mine"
        self._title = plain_label(_t("후속 연락 예정"), self, object_name="panelSection")
        self.scope_mine = self._button("followUpScopeMine", _t("내 것"), _t("나와 공동 대기함의 후속 연락"))
        self.scope_all = self._button("followUpScopeAll", _t("전체"), _t("모든 상담원의 후속 연락 (팀장)"))
        self._scopes = QButtonGroup(self)
        for button in (self.scope_mine, self.scope_all):
            button.setCheckable(True)
            self._scopes.addButton(button)
        self.scope_mine.setChecked(True)
        self.scope_mine.clicked.connect(lambda: self.set_scope("mine"))
        self.scope_all.clicked.connect(lambda: self.set_scope("all"))
        self._scope_row = QWidget(self)
        self._scope_row.setObjectName("followUpScope")
        scope_row = QHBoxLayout(self._scope_row)
        scope_row.setContentsMargins(0, 0, 0, 0)
        scope_row.setSpacing(4)
        scope_row.addWidget(self.scope_mine)
        scope_row.addWidget(self.scope_all)
        scope_row.addStretch(1)
        self.list = QListWidget(self)
        self.list.setObjectName("followUpList")
        self.list.setAccessibleName(_t("후속 연락 목록"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(200)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_current_changed)
        self._empty = plain_label(
            _t("예정된 후속 연락이 없습니다."), self, object_name="panelEmpty", word_wrap=True
        )

        self.done_button = self._button("followUpDone", _t("완료"), _t("통화를 마쳤습니다"))
        self.later_button = self._button("followUpLater", _t("다시 잡기"), _t("날짜와 시간을 바꿉니다"))
        self.hand_button = self._button("followUpHandOver", _t("넘기기"),
                                        _t("공동 대기함이나 동료에게 넘깁니다 (공동 건은 ‘맡기’)"))
        self.done_button.clicked.connect(self.complete_selected)
        self.later_button.clicked.connect(self._show_reschedule)
        self.later_button.clicked.connect(self._hide_hand_row)
        self.hand_button.clicked.connect(self.hand_over_selected)
        self.hand_row = HandOverRow(self)
        self.hand_row.chosen.connect(self.hand_over_to)
        self.hand_row.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.done_button, self.later_button, self.hand_button):
            buttons.addWidget(button)

        self.when = QDateTimeEdit(self)
        self.when.setObjectName("followUpWhen")
        self.when.setAccessibleName(_t("새 날짜와 시간"))
        self.when.setDisplayFormat("MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when_ok = self._button("followUpWhenOk", _t("바꾸기"), _t("이 시간으로 다시 잡습니다"))
        self.when_ok.clicked.connect(self.reschedule_selected)
        self._when_row = QWidget(self)
        when_row = QHBoxLayout(self._when_row)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.setSpacing(6)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.when_ok)
        self._when_row.hide()

        self._message = plain_label("", self, object_name="followUpMessage", word_wrap=True)
        self._message.hide()
        self.keep_theirs = self._button(
            "followUpKeepTheirs", _t("서버 값 유지"), _t("다른 곳의 변경을 그대로 둡니다")
        )
        self.apply_mine = self._button("followUpApplyMine", _t("내 변경 적용"), _t("내 변경을 다시 보냅니다"))
        self.keep_theirs.clicked.connect(self._clear_conflict)
        self.apply_mine.clicked.connect(self.apply_mine_again)
        self._conflict_row = QWidget(self)
        conflict_row = QHBoxLayout(self._conflict_row)
        conflict_row.setContentsMargins(0, 0, 0, 0)
        conflict_row.setSpacing(6)
        conflict_row.addWidget(self.keep_theirs)
        conflict_row.addWidget(self.apply_mine)
        self._conflict_row.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._title)
        column.addWidget(self._scope_row)
        column.addWidget(self._empty)
        column.addWidget(self.list)
        column.addLayout(buttons)
        column.addWidget(self._when_row)
        column.addWidget(self.hand_row)
        column.addWidget(self._message)
        column.addWidget(self._conflict_row)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        return button

    # --- public ----------------------------------------------------------------------------------

    def texts(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.AccessibleTextRole) or "")
                for i in range(self.list.count())]

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def scope(self) -> str:
        return self._scope

    def set_scope(self, scope: str) -> None:
        """내 것 (mine and the pool's) or 전체 (everyone's; only for those who may see it)."""
        scope = "all" if scope == "all" and self._core.follow_ups.may_see_all_follow_ups else "mine"
        (self.scope_all if scope == "all" else self.scope_mine).setChecked(True)
        if scope == self._scope:
            return
        self._scope = scope
        self.hand_row.hide()
        self._when_row.hide()
        self.refresh()
        self.scope_changed.emit(scope)

    def _shown_items(self) -> list[FollowUpItem] | None:
        if self._scope == "all":
            return self._core.follow_ups.all_follow_ups
        return self._core.follow_ups.scheduled

    def refresh(self) -> None:
        allowed = self._core.follow_ups.may_see_all_follow_ups
        self._scope_row.setVisible(allowed)
        if self._scope == "all" and not allowed:
            self.set_scope("mine")
            return
        selected = self._selected_id()
        shown = self._shown_items()
        self._items = shown or []
        everyone = self._scope == "all"
        now = self._core.server_now()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for item in self._items:
                f = item.follow_up
                parts = [when_text(f.due_at, now)]
                if item.overdue:
                    parts.append(_t("지연"))
                if item.pool:
                    parts.append(_t("공동"))
                elif everyone:
                    who = f.assignee.name or self._core.handoffs.colleague_name(f.assignee.id)
                    parts.append(who or _t("담당 미상"))
                if item.local:
                    parts.append(_t("전송 대기"))
                text = " · ".join(parts)
                if f.reason:
                    text += "\n" + f.reason
                row = QListWidgetItem()
                row.setData(Qt.ItemDataRole.UserRole, f.id)
                row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                # A label per row: list items cannot be styled one by one, and overdue ones are red.
                label = plain_label(text, None, object_name="followUpItem", word_wrap=True)
                label.setProperty("tone", "crisis" if item.overdue else "")
                self.list.addItem(row)
                self.list.setItemWidget(row, label)
                width = max(150, self.list.width() - 30)  # room for the scroll bar and padding
                row.setSizeHint(QSize(width, label.heightForWidth(width) + 10))
                if f.id == selected:
                    self.list.setCurrentItem(row)
        finally:
            self.list.blockSignals(False)
        set_plain(self._empty, _t("불러오는 중…") if shown is None else _t("예정된 후속 연락이 없습니다."))
        self._empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        # Buttons with nothing to act on are noise in a column the counselor glances at all night.
        for button in (self.done_button, self.later_button, self.hand_button):
            button.setVisible(bool(self._items))
        if everyone:
            total, overdue = len(self._items), sum(1 for i in self._items if i.overdue)
            title = _t("전체 후속 연락 · {n}건").format(n=total)
        else:
            total, overdue = self._core.follow_ups.follow_up_counts
            title = _t("후속 연락 예정 · {n}건").format(n=total)
        if overdue:
            title += " " + _t("(지연 {late})").format(late=overdue)
        set_plain(self._title, title)
        self._on_current_changed(self.list.currentRow())
        self.changed.emit()

    # --- actions ---------------------------------------------------------------------------------

    @asyncSlot()
    async def complete_selected(self) -> None:
        follow_up_id = self._selected_id()
        if follow_up_id is not None:
            await self._run(follow_up_id, self._core.follow_ups.complete_follow_up(follow_up_id),
                            _t("완료로 기록했습니다."))

    @asyncSlot()
    async def reschedule_selected(self) -> None:
        follow_up_id = self._selected_id()
        if follow_up_id is None:
            return
        due = callback_at(self.when)
        await self._run(follow_up_id, self._core.follow_ups.reschedule_follow_up(follow_up_id, due),
                        _t("다시 잡았습니다."))
        self._when_row.hide()

    @asyncSlot()
    async def hand_over_selected(self) -> None:
        follow_up_id = self._selected_id()
        item = next((i for i in self._items if i.follow_up.id == follow_up_id), None)
        if follow_up_id is None or item is None:
            return
        if item.pool:
            await self._run(
                follow_up_id, self._core.follow_ups.take_follow_up(follow_up_id), _t("내가 맡았습니다.")
            )
            return
        self._when_row.hide()
        self.hand_row.show()
        self.hand_row.to.setFocus()
        people = (await CoreOp(self._core.handoffs.colleagues()).run()).value or []  # offline: the pool stays
        self.hand_row.set_people(people, exclude=item.follow_up.assignee.id)

    @asyncSlot(str)
    async def hand_over_to(self, to: str) -> None:
        """The hand-over row's choice: the pool, or a colleague by id."""
        follow_up_id = self._selected_id()
        if follow_up_id is None:
            return
        self.hand_row.hide()
        if to == POOL:
            await self._run(follow_up_id, self._core.follow_ups.hand_over_follow_up(follow_up_id),
                            _t("공동 대기함으로 넘겼습니다."))
            return
        name = self._core.handoffs.colleague_name(to) or ""
        await self._run(follow_up_id, self._core.follow_ups.hand_over_follow_up(follow_up_id, assignee_id=to),
                        _t("{name}에게 넘겼습니다.").format(name=name))

    @asyncSlot()
    async def apply_mine_again(self) -> None:
        conflict = self._conflict
        if conflict is None:
            return
        follow_up_id, update = conflict
        self._clear_conflict()
        await self._run(
            follow_up_id,
            self._core.follow_ups.update_follow_up(follow_up_id, update),
            _t("내 변경을 적용했습니다."),
        )

    async def _run(self, follow_up_id: str, action: Awaitable[FollowUp], done: str) -> None:
        self._clear_conflict()
        outcome = await CoreOp(action).on(
            FollowUpConflict, lambda exc: self._show_conflict(follow_up_id, exc)
        ).failure(lambda text: self._show_message(text, "warn"), text=referral_error_text).always(
            self.refresh
        ).run()
        if outcome.ok:
            self._show_message(done, "ok")

    # --- internals -------------------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _on_current_changed(self, row: int) -> None:
        has = 0 <= row < len(self._items)
        for button in (self.done_button, self.later_button, self.hand_button):
            button.setEnabled(has)
        if has:
            self.hand_button.setText(_t("맡기") if self._items[row].pool else _t("넘기기"))

    def _hide_hand_row(self) -> None:
        self.hand_row.hide()

    def _show_reschedule(self) -> None:
        item = next((i for i in self._items if i.follow_up.id == self._selected_id()), None)
        if item is None:
            return
        start = max(local(item.follow_up.due_at), local(datetime.now(UTC))) + timedelta(days=1)
        set_callback(self.when, start)
        self._when_row.show()
        self.when.setFocus()

    def _show_conflict(self, follow_up_id: str, exc: FollowUpConflict) -> None:
        now = self._core.server_now()
        theirs, tried = exc.current, exc.tried
        mine = when_text(tried.due_at, now) if tried.due_at else (
            _t("완료") if tried.status else _t("공동 대기함") if tried.pool else _t("담당 변경"))
        server = when_text(theirs.due_at, now) + (" · " + _t("공동") if theirs.pool else "")
        if theirs.status != "scheduled":
            server = _t("이미 끝남")
        self._show_message(_t("다른 곳에서 먼저 바뀌었습니다. 내 변경: {mine} / 서버: {server}").format(
            mine=mine, server=server), "warn")
        if theirs.status == "scheduled":
            self._conflict = (follow_up_id, tried)
            self._conflict_row.show()

    def _clear_conflict(self) -> None:
        self._conflict = None
        self._conflict_row.hide()
        self._message.hide()

    def _show_message(self, text: str, tone: str) -> None:
        set_plain(self._message, text)
        set_tone(self._message, tone)
        self._message.show()
