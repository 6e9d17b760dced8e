"""The crisis protocol panel: opens in 오늘's place, left of the contact (이력 stays, ui/crisis/columns.py)
the moment a crisis rule fires. Non-modal and in the window's layout, so it never covers the red button or
the question.

What to ask next is written in the hotline's own words (not C-SSRS text): where the person is, who is
with them, putting the means out of reach, what was already taken, and a plan for tonight. The first line
depends on what fired (an attempt in progress: an ambulance first). The crisis decision is recorded here
or in 마무리; the shift lead is told by the server (crisis.raised) when the result arrives there, so the
panel says whether it has: while the result waits in the outbox (offline, server down) it tells the
counselor to phone the lead, in the red crisis style, until the server has it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from annyeong.ui.card.sections import set_tone
from annyeong.ui.checklist.decision import CrisisDecisionField
from annyeong.ui.checklist.labels import decision_name, rule_name
from annyeong.ui.dispatch.emergency_button import SHORTCUT
from annyeong.ui.text.formatting import format_time
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.store.checklists import StoredDecision


# How long a crisis result may take to reach the server, connected, before the panel asks for a phone call.
LEAD_GRACE_MS = 5000


def _t(text: str) -> str:
    return QCoreApplication.translate("CrisisPanel", text)


def next_questions(rules: set[str], channel: str = "phone") -> list[str]:
    """What to ask next, in order, for the rules that fired (a chat is kept going, a call not hung up)."""
    steps: list[str] = []
    if "attempt_in_progress" in rules:
        steps.append(_t("이미 무언가를 드셨거나 다치셨다면, 무엇을 언제 얼마나 했는지 여쭤보고 "
                        "119 구급 출동을 먼저 요청하세요."))
    if "other_in_danger" in rules:
        steps.append(_t("누가, 어디에서, 어떻게 위험한지 여쭤보세요. "
                        "위험이 바로 앞에 있으면 112에 알리세요."))
    steps.append(_t("지금 계신 곳을 여쭤보세요. "
                    "주소를 모르시면 건물 이름, 근처 가게나 지하철역도 좋습니다."))
    steps.append(_t("지금 곁에 함께 있는 분이 있는지, 연락할 수 있는 가족이나 지인이 있는지 여쭤보세요."))
    if rules & {"suicide_means", "suicide_plan", "attempt_in_progress"}:
        steps.append(_t("약이나 도구처럼 해칠 수 있는 것을 손이 닿지 않는 곳에 "
                        "두실 수 있는지 함께 정해 보세요."))
    steps.append(_t("오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, "
                    "대화를 먼저 끝내지 말아 주세요.") if channel == "chat" else
                 _t("오늘 밤을 안전하게 보내려면 무엇이 도움이 될지 함께 이야기하고, "
                    "통화를 끊지 말아 주세요."))
    return steps


class CrisisPanel(QFrame):
    dispatch_requested = Signal()  # open the dispatch panel (as the red button does)

    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crisisPanel")
        self.setAccessibleName(_t("위기 대응 안내"))
        self._core = core
        self._shown_for: tuple[str, ...] = ()
        self._unsent_since: float | None = None  # when the panel first saw the crisis result not yet through
        # Whether F12 (and its button here) brings back a dispatch rather than a new form: the window hands
        # in the dispatch panel's own answer.
        self.press_shows_dispatch: Callable[[], bool] = lambda: False
        self._says_shows = False
        self._lead_told = False  # the server has the crisis result, so the shift lead was told
        self._title = plain_label(_t("위기 대응 — 전화를 끊지 마세요"), object_name="crisisPanelTitle",
                                  word_wrap=True)
        self._fired = plain_label(object_name="crisisPanelFired", word_wrap=True)
        # What was decided, in the panel's own words, from the moment it is recorded (here or in 마무리).
        self._decided = plain_label(object_name="crisisPanelDecided", word_wrap=True)
        self._decided.setProperty("tone", "ok")
        self._decided.hide()
        self._asks_title = plain_label(_t("다음에 여쭤볼 것"), object_name="crisisPanelSection")
        self._asks = plain_label(object_name="crisisPanelAsks", word_wrap=True)
        self._lead = plain_label(object_name="crisisPanelNote", word_wrap=True)
        self._lead.setAccessibleName(_t("팀장 알림 상태"))
        self.open_dispatch = QPushButton(_t("출동 요청 창 열기  {key}").format(key=SHORTCUT), self)
        self.open_dispatch.setObjectName("crisisOpenDispatch")
        self.open_dispatch.setAccessibleName(_t("긴급 출동 요청 창 열기"))
        self.open_dispatch.setAutoDefault(False)
        self.open_dispatch.clicked.connect(self.dispatch_requested)
        self.collapse = QPushButton(_t("접기"), self)
        self.collapse.setObjectName("crisisPanelCollapse")
        self.collapse.setAccessibleName(_t("위기 대응 안내 접기"))
        self.collapse.setAutoDefault(False)
        self.collapse.clicked.connect(self.toggle)
        self.decision = CrisisDecisionField(core, name="crisisPanelDecision", vertical=True, parent=self)

        self._body = QWidget(self)
        self._body.setObjectName("crisisPanelBody")
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self._fired)
        body.addWidget(self._asks_title)
        body.addWidget(self._asks)
        body.addWidget(self.open_dispatch, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.decision)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("crisisPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._body)
        self._scroll = scroll
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self._title, 1)
        head.addWidget(self.collapse, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 12, 14)
        column.setSpacing(10)
        column.addLayout(head)
        # Whether the shift lead knows stays in sight under the title, above the scrolled guidance and
        # when the panel is folded: at the bottom of the list it was below the fold at 1366×768. Its
        # routine states are one short line each; only "phone the lead yourself" is a larger red box.
        column.addWidget(self._lead)
        column.addWidget(self._decided)
        column.addWidget(scroll, 1)
        self.hide()

    def expanded(self) -> bool:
        return not self._scroll.isHidden()

    def toggle(self) -> None:
        self._set_expanded(not self.expanded())

    def asks_text(self) -> str:
        return self._asks.text()

    def lead_text(self) -> str:
        return self._lead.text()

    def lead_sent(self) -> bool:
        return self._lead_told

    def _channel(self) -> str:
        contact = self._core.active_contact
        return contact.channel if contact is not None else "phone"

    def refresh(self) -> None:
        """Show the panel when the open contact has a crisis answer; expand it whenever a new one fires."""
        crisis = self._core.checklists.crisis if self._core.active_contact is not None else ()
        if not crisis:
            self._shown_for = ()
            self._unsent_since = None
            self.hide()
            return
        keys = tuple(f"{r.instrument_id}:{r.item_id}" for r in crisis)
        rules: set[str] = {r.rule for r in crisis}
        set_plain(self._fired, "\n".join(f"• {rule_name(r.rule)}" for r in crisis))
        asks = next_questions(rules, self._channel())
        set_plain(self._asks, "\n".join(f"{n}. {text}" for n, text in enumerate(asks, 1)))
        self.decision.sync()  # during the call only: after it, 마무리 holds the one decision field
        contact = self._core.active_contact
        ended = contact is not None and contact.ended_at is not None
        decision = self._core.checklists.crisis_decision
        # "Stay on the line" only while there is a line: after the call the decision is what is left, and
        # once it is recorded the panel says so rather than ask for it.
        set_plain(self._title, (_t("위기 대응 — 결정을 기록했습니다") if decision is not None
                                else _t("위기 대응 — 마무리에서 결정을 기록해 주세요")) if ended
                  else _t("위기 대응 — 대화를 이어 가세요") if self._channel() == "chat"
                  else _t("위기 대응 — 전화를 끊지 마세요"))
        self._show_decided(decision)
        self._show_lead(self._core.checklists.crisis_alert_sent)
        # F12 brings back this contact's dispatch when there is one: the button says which it will do.
        sent = self.press_shows_dispatch()
        if sent != self._says_shows:
            self._says_shows = sent
            self.open_dispatch.setText((_t("출동 상황 보기  {key}") if sent
                                        else _t("출동 요청 창 열기  {key}")).format(key=SHORTCUT))
            self.open_dispatch.setAccessibleName(
                _t("긴급 출동 상황 보기") if sent else _t("긴급 출동 요청 창 열기"))
        if keys != self._shown_for:
            self._shown_for = keys
            self._set_expanded(True)
            self._scroll.verticalScrollBar().setValue(0)  # what fired and the first question, not mid-list
        self.show()

    def decided_text(self) -> str:
        return self._decided.text() if not self._decided.isHidden() else ""

    def _show_decided(self, decision: StoredDecision | None) -> None:
        if decision is None:
            self._decided.hide()
            return
        text = _t("기록한 결정: {name} ({time})").format(name=decision_name(decision.decision),
                                                    time=format_time(decision.decided_at))
        set_plain(self._decided, text + (f" — {decision.reason}" if decision.reason else ""))
        self._decided.show()

    def _show_lead(self, sent: bool) -> None:
        if sent:
            self._unsent_since = None
            self._lead_told = True
            set_plain(self._lead, _t("팀장에게 위기 알림이 전달되었습니다."))
            set_tone(self._lead, "")
            return
        self._lead_told = False
        now = time.monotonic()
        if self._unsent_since is None:
            self._unsent_since = now
            QTimer.singleShot(LEAD_GRACE_MS, self.refresh)  # still not through by then: say so
        # Connected, the result is usually through in a moment: a red "phone the lead" flashed at every
        # answer would teach the counselor to ignore it. Offline, or still waiting after the grace, it is
        # the red box (the checklist's crisis style, in every theme).
        if self._core.sync_status.state == "online" and now - self._unsent_since < LEAD_GRACE_MS / 1000:
            set_plain(self._lead, _t("팀장에게 위기 알림을 보내는 중…"))
            set_tone(self._lead, "")
            return
        set_plain(self._lead, _t("팀장 알림 전송 대기: 위기 응답이 아직 서버에 전달되지 않았습니다. "
                                 "팀장에게 전화로 직접 알려 주세요."))
        set_tone(self._lead, "crisis")

    def _set_expanded(self, expanded: bool) -> None:
        self._scroll.setVisible(expanded)
        self.collapse.setText(_t("접기") if expanded else _t("펼치기"))
