"""마무리: the wrap-up fields in one short column. No save button: every change goes to the core as it is
made (text after a short pause, choices at once), so nothing typed is ever lost — not even when 후처리 완료
is refused. Missing fields are marked here; the contact view names them next to its button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from annyeong.console import errors
from annyeong.console.contacts.wrap_up_auto import done_in_contact
from annyeong.console.domain import contact_details
from annyeong.console.wire import UserRef
from annyeong.ui.card.sections import repolish
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.common.wheel_guard import guard_wheel
from annyeong.ui.contact.party_form import PartyForm
from annyeong.ui.follow_up.plan import FollowUpPlanRow
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.labels import (
    DISPOSITION_ORDER,
    SERVICE_TYPE_ORDER,
    disposition_name,
    service_type_label,
)
from annyeong.ui.text.messages import detail_error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.state import ActiveContact


# Who can make a callback: the people who take calls (not an admin account or a partner system).
CALLBACK_ROLES = frozenset({"counselor", "shift_lead"})


def _t(text: str) -> str:
    return QCoreApplication.translate("WrapUpForm", text)


class WrapUpForm(QFrame):
    details_saved = Signal()
    name_changed = Signal(str)  # the caller's name as typed (the caller line shows it)

    def __init__(self, core: ConsoleCore, *, debounce_ms: int = 400, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpForm")
        self._core = core
        self._contact_id: str | None = None
        self._pending: dict[str, Any] = {}
        self._loading = False

        self.disposition = QComboBox(self)
        self.disposition.setObjectName("wrapUpDisposition")
        self.disposition.setAccessibleName(_t("처리 결과"))
        self.disposition.addItem(_t("선택해 주세요"), None)
        for code in DISPOSITION_ORDER:
            self.disposition.addItem(disposition_name(code), code)
        self.disposition.setMaxVisibleItems(len(DISPOSITION_ORDER) + 1)
        self.disposition.currentIndexChanged.connect(self._on_disposition_changed)
        self.disposition.setToolTip(_t("처리 결과 (Alt+R)"))
        # First in the form and one key away, from any tab (ContactView's action): it is what every
        # contact must end with.
        self.disposition_action_text = _t("후처리: 처리 결과 고르기")
        self._disposition_auto = plain_label(_t("자동 표시"), self, object_name="wrapUpAutoMark")
        self._disposition_auto.hide()
        # What the contact showed was done (console/contacts/wrap_up_auto.py), ticked once per thing done.
        self._applied: set[str] = set()
        self._auto: set[str] = set()
        self._marking = False

        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("wrapUpSummary")
        self.summary.setAccessibleName(_t("상담 요약"))
        self.summary.setPlaceholderText(_t("한두 문장으로: 어떤 이야기를 나눴고 무엇을 안내했는지"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(78)
        self.summary.textChanged.connect(self._on_summary_text_changed)

        self.service_boxes: dict[str, QCheckBox] = {}
        # Three a row: room for "자동 표시" beside a box, and for English names.
        services = QGridLayout()
        services.setHorizontalSpacing(14)
        services.setVerticalSpacing(4)
        for number, code in enumerate(SERVICE_TYPE_ORDER, start=1):
            box = QCheckBox(service_type_label(code), self)
            box.setObjectName(f"serviceType_{code}")
            box.setAccessibleName(_t("서비스 유형: {name}").format(name=service_type_label(code)))
            box.setToolTip(_t("숫자 {n} 또는 Alt+{n}").format(n=number))
            box.toggled.connect(self._on_service_toggled)
            services.addWidget(box, (number - 1) // 3, (number - 1) % 3)
            self.service_boxes[code] = box
            # Plain digits only act when no text field has focus (text fields keep their digits); Alt and
            # the digit work from any tab (wrap_up_keys.py).
            key_action(self, f"serviceTypeAction_{code}", self.service_key_text(code), [str(number)],
                       box.toggle, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        services.setColumnStretch(3, 1)

        self.subject = PartyForm("subject", _t("상담 대상"), self)
        self.reporter = PartyForm("reporter", _t("신고자 (전화 건 분)"), self)
        for party in (self.subject, self.reporter):
            party.text_edited.connect(lambda f, text, p=party: self._queue(p.key, {f: text}))
            party.choice_changed.connect(lambda f, code, p=party: self._save({p.key: {f: code}}))
        self.reporter.hide()

        # 후속 연락: date and time, who (me, the case owner, a colleague or the pool) and a reason line.
        self.follow_up_plan = FollowUpPlanRow(self)
        self.follow_up_plan.changed.connect(self._on_follow_up_changed)
        self.follow_up_plan.reason_edited.connect(lambda text: self._queue("follow_up", {"reason": text}))
        self.follow_up = self.follow_up_plan.needed

        self._error = plain_label(object_name="wrapUpError", word_wrap=True)
        self._error.hide()

        self._labels: dict[str, QLabel] = {
            "summary": plain_label(_t("요약 *"), self, object_name="fieldLabel"),
            "service_types": plain_label(_t("서비스 유형 * (여러 개 가능)"), self, object_name="fieldLabel"),
            "disposition": plain_label(_t("처리 결과 *  (Alt+R)"), self, object_name="fieldLabel"),
        }
        disposition_row = QHBoxLayout()
        disposition_row.setSpacing(10)
        disposition_row.addWidget(self._labels["disposition"])
        disposition_row.addWidget(self.disposition)
        disposition_row.addWidget(self._disposition_auto)
        disposition_row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(disposition_row)
        column.addSpacing(4)
        column.addWidget(self._labels["summary"])
        column.addWidget(self.summary)
        column.addSpacing(4)
        column.addWidget(self._labels["service_types"])
        column.addLayout(services)
        column.addSpacing(8)
        column.addWidget(self.follow_up_plan)
        column.addSpacing(6)
        column.addWidget(self.subject)
        column.addWidget(self.reporter)
        column.addWidget(self._error)
        column.addStretch(1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        guard_wheel(self)  # scrolling the form never changes a choice

    # --- public ----------------------------------------------------------------------------------

    def load(self, contact: ActiveContact | None) -> None:
        """Show the stored details when a contact opens (or clear). Nothing is written."""
        contact_id = contact.contact_id if contact else None
        if contact_id == self._contact_id:
            return
        self._debounce.stop()
        self._pending.clear()
        self._contact_id = contact_id
        details = contact.details if contact is not None else contact_details.ContactDetails()
        self._loading = True
        try:
            self.summary.setPlainText(details.summary)
            for code, box in self.service_boxes.items():
                box.setChecked(code in details.service_types)
            self.disposition.setCurrentIndex(max(0, self.disposition.findData(details.disposition)))
            self._load_follow_up(details.follow_up)
            self.subject.load(details.subject)
            self.reporter.load(details.reporter)
        finally:
            self._loading = False
        self._applied = {m.key for m in done_in_contact(self._core)} if contact is not None else set()
        self._auto.clear()
        self._show_auto()
        self.mark_missing([])
        self._error.hide()
        self._sync_reporter_visible()
        if contact is not None and details.follow_up.needed:
            self._load_colleagues()
        self.name_changed.emit(self.caller_name())

    @staticmethod
    def service_key_text(code: str) -> str:
        return _t("후처리: 서비스 유형 {name} 켜기/끄기").format(name=service_type_label(code))

    def open_disposition(self) -> None:
        if self.isVisible():
            self.disposition.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.disposition.showPopup()

    def sync_done(self) -> None:
        """Tick what the contact showed was done since the last look (each thing once: a box the
        counselor unticked stays unticked), marked 자동 표시."""
        if self._contact_id is None or self._core.active_contact is None:
            return
        fresh = [m for m in done_in_contact(self._core) if m.key not in self._applied]
        for mark in fresh:
            self._applied.add(mark.key)
            box = self.service_boxes.get(mark.service_type or "")
            if box is not None and not box.isChecked():
                self._auto.add(mark.service_type or "")
                box.setChecked(True)  # saved by _on_service_toggled, as a click would be
            if mark.disposition and self.disposition.currentData() is None:
                index = self.disposition.findData(mark.disposition)
                if index >= 0:
                    self._auto.add("disposition")
                    self._marking = True
                    try:
                        self.disposition.setCurrentIndex(index)
                    finally:
                        self._marking = False
        if fresh:
            self._show_auto()

    def auto_marked(self) -> list[str]:
        """What shows 자동 표시 now: service type codes, and "disposition"."""
        return sorted(self._auto)

    def caller_name(self) -> str:
        """The caller is the reporter in a ④ report, otherwise the person the contact is about."""
        party = self.reporter if self.service_boxes["isolation_report"].isChecked() else self.subject
        return party.name.text().strip()

    def details(self) -> contact_details.ContactDetails:
        """What the form shows now, as the core's value (for the wrap-up rule)."""
        services = tuple(c for c in contact_details.SERVICE_TYPES if self.service_boxes[c].isChecked())
        return contact_details.ContactDetails(
            summary=self.summary.toPlainText(),
            service_types=services,
            disposition=self.disposition.currentData(),
            follow_up=self.follow_up_plan.plan(),
        )

    def missing(self) -> list[str]:
        return contact_details.missing_fields(self.details())

    def mark_missing(self, paths: list[str]) -> None:
        """Mark each missing field (label and widget); an empty list clears the marks."""
        marks: dict[str, list[QWidget]] = {
            "summary": [self.summary],
            "service_types": list(self.service_boxes.values()),
            "disposition": [self.disposition],
        }
        wanted = {p.split(".")[0] for p in paths}
        for key, widgets in marks.items():
            flagged = key in wanted
            for widget in [self._labels[key], *widgets]:
                if bool(widget.property("missing")) != flagged:
                    widget.setProperty("missing", flagged)
                    repolish(widget)
        self.follow_up_plan.mark_missing(paths)

    def focus_field(self, path: str) -> None:
        widget = {
            "summary": self.summary,
            "service_types": self.service_boxes["info"],
            "disposition": self.disposition,
        }.get(path) or self.follow_up_plan.widget_for(path) or self.summary
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Send what is waiting for the debounce now (before 후처리 완료, on close)."""
        self._debounce.stop()
        if self._pending:
            pending, self._pending = self._pending, {}
            self._save(pending)

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    # --- saving ----------------------------------------------------------------------------------

    def _queue(self, key: str, value: Any) -> None:
        if self._loading:
            return
        if isinstance(value, dict):
            merged = dict(self._pending.get(key) or {})
            merged.update(value)
            value = merged
        self._pending[key] = value
        self._debounce.start()
        if key in ("subject", "reporter"):
            self.name_changed.emit(self.caller_name())

    def _save(self, changes: dict[str, Any]) -> None:
        if self._loading or self._contact_id is None or self._core.active_contact is None:
            return
        problems: list[str] = []
        # One field at a time: a refused value (a mistyped number) must not take the others with it.
        for key, value in changes.items():
            problem = self._save_one(key, value)
            if problem:
                problems.append(problem)
        if problems:
            set_plain(self._error, problems[0])
            self._error.show()
        else:
            self._error.hide()
        self.details_saved.emit()
        if "subject" in changes or "reporter" in changes or "service_types" in changes:
            self.name_changed.emit(self.caller_name())

    def _save_one(self, key: str, value: Any) -> str | None:
        """Store one change; returns why it was refused (what was typed stays in its field)."""
        def save_the_rest(exc: errors.InvalidDetails) -> None:
            rest: dict[str, Any] = {}
            if isinstance(value, dict):
                rest = {f: v for f, v in value.items() if f"{key}.{f}" != exc.field}
            if rest and rest != value:
                CoreOp.now(lambda: self._core.contacts.update_contact_details(**{key: rest})).run_now()

        outcome = CoreOp.now(lambda: self._core.contacts.update_contact_details(**{key: value})).on(
            errors.InvalidDetails, save_the_rest).failure(text=detail_error_text).run_now()
        return None if outcome.ok else outcome.message

    # --- slots -----------------------------------------------------------------------------------

    def _on_summary_text_changed(self) -> None:
        self._queue("summary", self.summary.toPlainText())

    def _on_service_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self._auto.intersection_update(
                {"disposition", *(c for c, b in self.service_boxes.items() if b.isChecked())})
            self._show_auto()
        self._sync_reporter_visible()
        self._save({"service_types": [c for c, b in self.service_boxes.items() if b.isChecked()]})

    def _show_auto(self) -> None:
        for code, box in self.service_boxes.items():
            label = service_type_label(code)
            shown = _t("{label} · 자동 표시").format(label=label) if code in self._auto else label
            box.setText(shown)
            box.setAccessibleName(_t("서비스 유형: {name}").format(name=shown))
        self._disposition_auto.setVisible("disposition" in self._auto)

    def _on_disposition_changed(self, _index: int) -> None:
        if not self._marking and not self._loading and "disposition" in self._auto:
            self._auto.discard("disposition")  # the counselor's own choice now
            self._show_auto()
        self._save({"disposition": self.disposition.currentData()})

    def _on_follow_up_changed(self, change: dict[str, Any]) -> None:
        if change.get("needed"):
            self._load_colleagues()  # only now: most contacts never need the colleague list
        if self._pending.get("follow_up"):
            self.flush()  # a reason still waiting for the debounce goes first, not merged away
        self._save({"follow_up": change})

    def _sync_reporter_visible(self) -> None:
        report = self.service_boxes["isolation_report"].isChecked()
        self.reporter.setVisible(report or self.reporter.has_values())

    def _load_follow_up(self, plan: contact_details.FollowUpDetails) -> None:
        me = self._core.me
        card = self._core.active_card
        case = card.open_case if card is not None else None
        people = [UserRef(id=u.id, name=u.display_name) for u in self._core.handoffs.directory.values()
                  if (me is None or u.id != me.id) and u.role in CALLBACK_ROLES]
        self.follow_up_plan.load(
            plan, me=UserRef(id=me.id, name=me.display_name) if me is not None else None,
            owner=case.owner if case is not None else None,
            people=sorted(people, key=lambda p: p.name),
        )

    @asyncSlot()
    async def _load_colleagues(self) -> None:
        """A named colleague can take the follow-up: the list comes from the server (cached offline)."""
        # Read once, then the cached list; offline with no list yet: 나, the case owner and the pool stay.
        people = (await CoreOp(self._core.handoffs.colleagues(refresh=False)).run()).value
        if people is None:
            return
        directory = self._core.handoffs.directory
        callers = [p for p in people if p.id in directory and directory[p.id].role in CALLBACK_ROLES]
        if shiboken6.isValid(self.follow_up_plan):  # the window may have closed meanwhile
            self.follow_up_plan.add_people(callers)
