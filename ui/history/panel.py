"""이력: the case timeline of the person on the line (or ringing), newest first, readable during the call;
or a contact picked in the search. Loading and failure never block anything: the call is taken and the
notes typed whatever this column is doing. While a case timeline is shown, 이 사례 인계 hands that case on
(the SBAR panel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.wire import CallerHistory
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.history.timeline import TimelineView
from annyeong.ui.referral.status import target_name
from annyeong.ui.text.formatting import caller_number, format_date, format_time
from annyeong.ui.text.labels import service_marks
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.ui.shell.tasks import TaskRegistry


def _t(text: str) -> str:
    return QCoreApplication.translate("HistoryPanel", text)


class HistoryPanel(QFrame):
    history_loaded = Signal(object)  # CallerHistory | None (its .card feeds the call card and caller line)
    history_failed = Signal()
    case_handoff_requested = Signal(str)  # the case id of the timeline shown

    def __init__(self, core: ConsoleCore, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setAccessibleName(_t("이전 상담 이력"))
        self._core = core
        self._tasks = tasks
        self._current_contact_id: str | None = None
        self._retry_action: Any = self.reload
        self._state = "idle"
        self._from_today = False  # the contact shown was picked in the 오늘 list, not the search
        self._shown_case: str | None = None

        self._title = plain_label(_t("이력"), object_name="panelTitle")
        self._summary = plain_label(object_name="historySummary", word_wrap=True)
        self._retry = QPushButton(_t("다시 시도"), self)
        self._retry.setObjectName("historyRetryButton")
        self._retry.setAccessibleName(_t("이력 다시 불러오기"))
        self._retry.clicked.connect(lambda: self._retry_action())
        self._retry.hide()
        self.timeline = TimelineView(self)
        self.timeline.target_name = lambda code: target_name(core.referrals, code)
        self.case_handoff_button = QPushButton(_t("이 사례 인계"), self)
        self.case_handoff_button.setObjectName("historyCaseHandoffButton")
        self.case_handoff_button.setAccessibleName(_t("이 사례 인계"))
        self.case_handoff_button.setToolTip(_t("이 사례를 다른 상담원, 다음 근무조나 협력 기관에 넘깁니다"))
        self.case_handoff_button.clicked.connect(self.request_case_handoff)
        self.case_handoff_button.hide()

        summary_row = QHBoxLayout()
        summary_row.setSpacing(8)
        summary_row.addWidget(self._summary, 1)
        summary_row.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 14, 16)
        column.setSpacing(10)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self._title, 1)
        title_row.addWidget(self.case_handoff_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(title_row)
        column.addLayout(summary_row)
        column.addWidget(self.timeline, 1)
        self.show_idle()

    # --- public ----------------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def summary_text(self) -> str:
        return self._summary.text()

    def item_count(self) -> int:
        return self.timeline.count()

    def item_texts(self) -> list[str]:
        return self.timeline.texts()

    def case_id(self) -> str | None:
        """The case whose timeline is shown (None: no case timeline on screen)."""
        return self._shown_case

    def request_case_handoff(self) -> None:
        if self._shown_case is not None:
            self.case_handoff_requested.emit(self._shown_case)

    def _set_case(self, case_id: str | None) -> None:
        self._shown_case = case_id
        self.case_handoff_button.setVisible(case_id is not None)

    def show_idle(self) -> None:
        self._set_case(None)
        self._tasks.cancel("caller_history")
        self._current_contact_id = None
        self._state = "idle"
        self.timeline.clear()
        self._retry.hide()
        set_plain(self._title, _t("이력"))
        set_plain(self._summary, _t("전화가 오면 그 분의 이전 상담 기록이 여기에 보입니다."))

    def reload(self, contact_id: str | None = None) -> None:
        """Load the history of the offered call or active contact (latest request wins)."""
        if contact_id is not None:
            self._current_contact_id = contact_id
        self._start(_t("이력을 불러오는 중…"), self.reload)
        set_plain(self._title, _t("이력"))
        self._tasks.latest("caller_history", self._load())

    def show_search_hit(self, hit: Any, *, from_today: bool = False) -> None:
        """A contact picked in the search (or a finished one in the 오늘 list, `from_today`), read-only:
        its case timeline when it has one, else the contact itself."""
        self._from_today = from_today
        self.show()  # the counselor asked: in view even beside a no-number contact (ui/shell/window.py)
        set_plain(self._title, _t("지난 상담") if from_today else _t("검색 결과"))
        case_id = getattr(hit, "case_id", None)
        if case_id:
            self._start(_t("이력을 불러오는 중…"), lambda: self.show_search_hit(hit, from_today=from_today))
            self._tasks.latest("caller_history", self._load_case(case_id, hit))
        else:
            self._tasks.cancel("caller_history")
            self._show_hit(hit)

    # --- loading ---------------------------------------------------------------------------------

    def _start(self, text: str, retry: Any) -> None:
        self._set_case(None)
        self._state = "loading"
        self._retry_action = retry
        self._retry.hide()
        set_plain(self._summary, text)

    def _failed(self) -> None:
        self._state = "failed"
        set_plain(self._summary, _t("이력을 불러오지 못했습니다"))
        self._retry.show()

    async def _load(self) -> None:
        loaded = await CoreOp(self._core.lookups.caller_history()).run()
        if not loaded.ok:
            self._failed()
            self.history_failed.emit()
            return
        history = loaded.value
        self.history_loaded.emit(history)
        case_id = self._case_id(history)
        if case_id is not None:
            read = await CoreOp(self._core.lookups.case_timeline(case_id)).run()
            if not read.ok:
                self._failed()
                return
            timeline = read.value
            if timeline is not None:
                self._state = "shown"
                earlier = [
                    i for i in timeline.items
                    if not (i.kind == "contact" and i.contact and i.contact.id == self._current_contact_id)
                ]
                set_plain(self._summary, QCoreApplication.translate(
                    "HistoryPanel", "사례 기록 %n건 (최근 순)", None, len(earlier)
                ))
                self.timeline.show_timeline(earlier)
                self._set_case(case_id)
                return
        self.show_history(history)

    async def _load_case(self, case_id: str, hit: Any) -> None:
        read = await CoreOp(self._core.lookups.case_timeline(case_id)).run()
        if not read.ok:
            self._failed()
            return
        timeline = read.value
        if timeline is None:
            self._show_hit(hit)
            return
        self._state = "shown"
        set_plain(
            self._summary,
            QCoreApplication.translate(
                "HistoryPanel", "{who} · 사례 기록 %n건", None, len(timeline.items)
            ).format(who=caller_number(hit.caller, hit.channel)),
        )
        self.timeline.show_timeline(timeline.items)
        self._set_case(case_id)

    def _case_id(self, history: CallerHistory | None) -> str | None:
        contact = self._core.active_contact
        if contact is not None and contact.case_id:
            return contact.case_id
        card = history.card if history is not None else None
        return card.open_case.id if card is not None and card.open_case is not None else None

    # --- showing ---------------------------------------------------------------------------------

    def show_history(self, history: CallerHistory | None) -> None:
        self._state = "shown"
        self._retry.hide()
        contact = self._core.active_contact
        offered = self._core.offered_call
        chat = (contact.channel if contact is not None else offered.channel if offered else "") == "chat"
        if history is None:
            self.timeline.clear()
            set_plain(self._summary, _t("번호 없이 들어온 채팅이라 이전 상담을 찾을 수 없습니다.") if chat
                      else _t("번호가 표시되지 않아 이전 상담을 찾을 수 없습니다."))
            return
        earlier = [c for c in history.contacts if c.id != self._current_contact_id]
        caller = history.caller
        card = history.card
        if earlier:
            set_plain(self._summary, QCoreApplication.translate(
                "HistoryPanel", "이전 상담 %n회 (최근 순)", None, len(earlier)
            ))
            self.timeline.show_contacts(earlier)
            return
        recent = [b for b in (card.recent_contacts if card else []) if b.id != self._current_contact_id]
        if recent:
            set_plain(
                self._summary,
                QCoreApplication.translate(
                    "HistoryPanel", "이전 상담 %n회 · 최근 {k}건", None, caller.prior_contacts
                ).format(k=len(recent)),
            )
            self.timeline.clear()
            for brief in recent:
                lines = [p for p in (service_marks(brief.service_types), brief.summary or "") if p]
                when = f"{format_date(brief.started_at)} {format_time(brief.started_at)}"
                self.timeline.add_card(f"{when} · {brief.counselor_name}", lines)
            return
        self.timeline.clear()
        if caller.prior_contacts:
            # The server only summarised (counselors may not look a number up themselves).
            parts = [QCoreApplication.translate(
                "HistoryPanel", "이전 상담 %n회", None, caller.prior_contacts
            )]
            if caller.last_contact_at is not None:
                parts.append(_t("마지막 {date}").format(date=format_date(caller.last_contact_at)))
            if caller.last_counselor:
                parts.append(caller.last_counselor)
            set_plain(self._summary, " · ".join(parts))
        else:
            # A chat's person did not phone: "first-time caller" would be wrong there.
            set_plain(self._summary, _t("이전 상담 기록이 없습니다. 처음 연락하신 분입니다.") if chat
                      else _t("이전 상담 기록이 없습니다. 처음 전화하신 분입니다."))

    def _show_hit(self, hit: Any) -> None:
        self._state = "shown"
        self._retry.hide()
        head = f"{format_date(hit.started_at)} {format_time(hit.started_at)}"
        if getattr(hit, "counselor_name", None):
            head += f" · {hit.counselor_name}"
        lines = [caller_number(hit.caller, hit.channel)]
        lines += [n for n in getattr(hit, "names", ()) if n]
        if getattr(hit, "summary", ""):
            lines.append(hit.summary)
        if getattr(hit, "excerpt", ""):
            found_in_chat = getattr(hit, "matched", "") == "chat"
            words = _t("채팅: …{text}…") if found_in_chat else _t("메모: …{text}…")
            lines.append(words.format(text=hit.excerpt))
        chosen = _t("오늘 목록에서 고른 상담") if self._from_today else _t("검색에서 고른 상담")
        set_plain(self._summary, chosen)
        self.timeline.show_single(head, lines)
