"""마무리's 후속 연락: whether a callback is needed, its date and time (10:00 unless changed), who makes
it — 나, the case's owner, a named colleague or any counselor (공동 후속 연락) — and a reason line the
follow-up list shows. Part of ui/contact/wrap_up_form.py, which saves each change as it is made.

The row reports changes as partial follow-up mappings for the core ({"due_at": …}, {"pool": …});
choosing the pool clears the named assignee and the other way round, so the plan never names both.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.centre_time import CENTRE_ZONE_NAME, at_centre, centre, centre_today, days_ahead_at
from annyeong.console.domain import contact_details
from annyeong.ui.card.sections import repolish

if TYPE_CHECKING:
    from annyeong.console.wire import UserRef

FOLLOW_UP_HOUR = time(10, 0)  # the team calls back at 10:00 unless the counselor picks another time
SLOT_MINUTES = 30
POOL = "pool:counselors"  # the assignee combo's data for the counselors' pool
MAX_REASON = 200  # one line in the follow-up list


def _t(text: str) -> str:
    return QCoreApplication.translate("WrapUpForm", text)


def default_callback(days: int) -> datetime:
    """``days`` after today at FOLLOW_UP_HOUR, Seoul time (the centre's clock, not this PC's zone)."""
    return days_ahead_at(days, FOLLOW_UP_HOUR)


def centre_edit(edit: QDateTimeEdit) -> None:
    """Make ``edit`` show and take Seoul time, whatever zone this PC is set to."""
    edit.setTimeZone(QTimeZone(CENTRE_ZONE_NAME.encode()))


def set_callback(edit: QDateTimeEdit, when: datetime) -> None:
    """Show ``when`` (aware) in ``edit``, on the centre's clock."""
    centre_edit(edit)
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp()), edit.timeZone()))


def callback_at(edit: QDateTimeEdit) -> datetime:
    """The moment ``edit`` shows, in UTC for the core's schedule_follow_up. Read as seconds since the
    epoch, so the zone the edit shows it in cannot shift it."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


def callback_text(when: datetime) -> str:
    """A booked callback as the confirmation line shows it: month-day hour:minute, Seoul time."""
    return centre(when).strftime("%m-%d %H:%M")


class FollowUpPlanRow(QFrame):
    changed = Signal(dict)  # a partial follow_up mapping, saved at once
    reason_edited = Signal(str)  # the reason as typed (the owner debounces it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpPlan")
        self._loading = False
        self.needed = QCheckBox(_t("후속 연락 필요"), self)
        self.needed.setObjectName("followUpNeeded")
        self.needed.setAccessibleName(_t("후속 연락 필요"))
        self.needed.toggled.connect(self._on_needed_toggled)
        self.date = QDateEdit(self)
        self.date.setObjectName("followUpDate")
        self.date.setAccessibleName(_t("후속 연락 날짜"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setSpecialValueText(_t("날짜 선택"))
        # Sized for the date format, the "choose" text (longer in English) was cut at the left. Sized
        # again once the style sheet has given the field its font (it is larger than the one it is built
        # with: English showed ":hoose a date").
        self._size_date()
        self.date.installEventFilter(self)
        today = centre_today()
        self._no_date = QDate(today.year, today.month, today.day).addDays(-1)
        self.date.setMinimumDate(self._no_date)
        self.date.setDate(self._no_date)
        self.date.dateChanged.connect(self._on_when_changed)
        # Half-hour slots in a list like the other choices (the themes draw no spin arrows); a stored time
        # between slots is added to the list when a plan is shown.
        self.time = QComboBox(self)
        self.time.setObjectName("followUpTime")
        self.time.setAccessibleName(_t("후속 연락 시각"))
        self.time.setToolTip(_t("기본은 오전 10시입니다"))
        for minutes in range(0, 24 * 60, SLOT_MINUTES):
            self.time.addItem(f"{minutes // 60:02d}:{minutes % 60:02d}", minutes)
        self.time.setMaxVisibleItems(12)
        self._set_time(FOLLOW_UP_HOUR.hour * 60 + FOLLOW_UP_HOUR.minute)
        self.time.currentIndexChanged.connect(self._on_when_changed)
        self.who = QComboBox(self)
        self.who.setObjectName("followUpAssignee")
        self.who.setAccessibleName(_t("후속 연락 담당"))
        self.who.setToolTip(_t("나, 사례 담당, 동료 상담원, 또는 상담원 누구나 (먼저 맡는 사람이 연락)"))
        self.who.currentIndexChanged.connect(self._on_who_changed)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("followUpReason")
        self.reason.setAccessibleName(_t("후속 연락 사유"))
        self.reason.setPlaceholderText(_t("무엇을 확인할지 (예: 마음편의점 다녀오셨는지)"))
        self.reason.setMaxLength(MAX_REASON)
        self.reason.textEdited.connect(self.reason_edited)

        when = QHBoxLayout()
        when.setSpacing(10)
        when.addWidget(self.needed)
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.who)
        when.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(when)
        column.addWidget(self.reason)
        self._fill([], me=None, owner=None)
        self._sync_enabled()

    # --- public ----------------------------------------------------------------------------------

    def load(self, plan: contact_details.FollowUpDetails, *, me: UserRef | None, owner: UserRef | None,
             people: list[UserRef]) -> None:
        """Show a stored plan without reporting it as changes."""
        self._loading = True
        try:
            self._fill(people, me=me, owner=owner, keep=plan.assignee_id)
            self.needed.setChecked(plan.needed)
            if plan.due_at is not None:
                local = centre(plan.due_at)
                self.date.setDate(QDate(local.year, local.month, local.day))
                self._set_time(local.hour * 60 + local.minute)
            else:
                self.date.setDate(self._no_date)
                self._set_time(FOLLOW_UP_HOUR.hour * 60 + FOLLOW_UP_HOUR.minute)
            chosen = POOL if plan.pool else plan.assignee_id
            self.who.setCurrentIndex(max(0, self.who.findData(chosen)))
            self.reason.setText(plan.reason or "")
        finally:
            self._loading = False
        self._sync_enabled()

    def add_people(self, people: list[UserRef]) -> None:
        """Colleagues that arrived after load (the directory is read from the server)."""
        self.who.blockSignals(True)
        try:
            for person in people:
                if self.who.findData(person.id) < 0:
                    self.who.addItem(person.name, person.id)
        finally:
            self.who.blockSignals(False)

    def due_at(self) -> datetime | None:
        """The date and time shown, as an aware local datetime (None: no date picked)."""
        if self.date.date() == self._no_date:
            return None
        d, minutes = self.date.date(), int(self.time.currentData())
        return at_centre(date(d.year(), d.month(), d.day()), time(minutes // 60, minutes % 60))

    def time_text(self) -> str:
        return self.time.currentText()

    def plan(self) -> contact_details.FollowUpDetails:
        chosen = self.who.currentData()
        return contact_details.FollowUpDetails(
            needed=self.needed.isChecked(), due_at=self.due_at(),
            assignee_id=None if chosen == POOL else chosen, pool="counselors" if chosen == POOL else None,
            reason=self.reason.text().strip() or None,
        )

    def mark_missing(self, paths: list[str]) -> None:
        for path, widget in (("follow_up.due_at", self.date), ("follow_up.assignee_id", self.who)):
            flagged = path in paths
            if bool(widget.property("missing")) != flagged:
                widget.setProperty("missing", flagged)
                repolish(widget)

    def widget_for(self, path: str) -> QWidget | None:
        return {"follow_up.due_at": self.date, "follow_up.assignee_id": self.who}.get(path)

    # --- internals -------------------------------------------------------------------------------

    def _fill(self, people: list[UserRef], *, me: UserRef | None, owner: UserRef | None,
              keep: str | None = None) -> None:
        self.who.blockSignals(True)
        try:
            self.who.clear()
            self.who.addItem(_t("담당 선택"), None)
            if me is not None:
                self.who.addItem(_t("나 ({name})").format(name=me.name), me.id)
            if owner is not None and (me is None or owner.id != me.id):
                self.who.addItem(_t("사례 담당 {name}").format(name=owner.name), owner.id)
            self.who.addItem(_t("상담원 누구나 (공동 후속 연락)"), POOL)
            for person in people:
                if self.who.findData(person.id) < 0:
                    self.who.addItem(person.name, person.id)
            if keep and self.who.findData(keep) < 0:
                self.who.addItem(_t("지정된 상담원"), keep)  # not in the list (yet): kept, not lost
        finally:
            self.who.blockSignals(False)

    def _size_date(self) -> None:
        metrics = self.date.fontMetrics()
        longest = max(_t("날짜 선택"), "0000-00-00", key=metrics.horizontalAdvance)
        self.date.setMinimumWidth(metrics.horizontalAdvance(longest) + 56)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.date and event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish):
            self._size_date()
        return super().eventFilter(watched, event)

    def _set_time(self, minutes: int) -> None:
        index = self.time.findData(minutes)
        if index < 0:
            index = next((i for i in range(self.time.count()) if self.time.itemData(i) > minutes),
                         self.time.count())
            self.time.insertItem(index, f"{minutes // 60:02d}:{minutes % 60:02d}", minutes)
        self.time.setCurrentIndex(index)

    def _emit(self, change: dict[str, Any]) -> None:
        if not self._loading:
            self.changed.emit(change)

    def _on_needed_toggled(self, checked: bool) -> None:
        self._sync_enabled()
        self._emit({"needed": checked})

    def _on_when_changed(self, *_args: object) -> None:
        due = self.due_at()
        self._emit({"due_at": due.astimezone(UTC) if due else None})

    def _on_who_changed(self, _index: int) -> None:
        chosen = self.who.currentData()
        if chosen == POOL:
            self._emit({"assignee_id": None, "pool": "counselors"})
        else:
            self._emit({"assignee_id": chosen, "pool": None})

    def _sync_enabled(self) -> None:
        needed = self.needed.isChecked()
        for widget in (self.date, self.time, self.who, self.reason):
            widget.setEnabled(needed)
