"""Notices at the window's top right for what a colleague's emergency asks of this person.

- RelayNotices: "112 신고 요청 · 김상담 님" — a colleague on the line with a person in danger cannot phone
  112 and asks the floor to. Red (crisis tone), with the read-out to give 112 (fetched when the notice
  appears; the event carries none) and "제가 신고합니다". Once someone takes it, every notice says who
  phones, so nobody else dials and nobody assumes someone did. Once the agency acknowledges the dispatch
  after all, or it is withdrawn, every notice says so and offers no more "제가 신고합니다".
- DispatchCancelNotices: a shift lead is told when a dispatch on the floor is withdrawn (요청 취소), why,
  and whether the agency has stood down.

Both are NoticeStacks, like the handoff and dispatch notices: non-modal, never taking the focus, and
seen by whatever the stack does for a window that is minimised or behind another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from annyeong.console.dispatches.summary import display_number
from annyeong.console.wire import Dispatch, Relay
from annyeong.ui.card.sections import repolish
from annyeong.ui.dispatch.labels import service_name, service_number
from annyeong.ui.dispatch.relay import taker_text
from annyeong.ui.dispatch.withdraw import cancel_reason_name
from annyeong.ui.handoff.notice import Notice, NoticeStack
from annyeong.ui.text.formatting import local
from annyeong.ui.text.text import set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("RelayNotice", text)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def relay_settled(relay: Relay, *, mine: bool) -> tuple[str, str] | None:
    """Title and lead once the dispatch the relay was asked for is settled without the call: the agency
    has it after all (acknowledged, or units set off), or it was withdrawn. None while the call to 112
    is still what is needed, a failure the agency reported included."""
    number = service_number(relay.service)
    who = relay.requested_by.name
    if relay.dispatch_withdrawn_at is not None:
        # Withdrawn by the requester or a shift lead: said without naming who.
        title = _t("출동 요청 취소됨 · {name} 님의 {number} 신고 요청").format(name=who, number=number)
        lead = _t("출동 요청이 취소되었습니다. {number}에 신고하지 않아도 됩니다.").format(number=number)
        if mine:
            lead += " " + _t("이미 신고했다면 {name} 님에게 알려 주세요.").format(name=who)
        return title, lead
    if relay.dispatch_acknowledged_at is None or relay.dispatch_failed_at is not None:
        return None
    title = _t("출동 기관 접수됨 · {name} 님의 {number} 신고 요청").format(name=who, number=number)
    at = local(relay.dispatch_acknowledged_at).strftime("%H:%M")
    incident = relay.incident_number
    if incident:
        lead = _t("출동 기관이 {at}에 접수했습니다 (사건번호 {incident}).").format(at=at, incident=incident)
    else:
        lead = _t("출동 기관이 {at}에 접수했습니다.").format(at=at)
    if not mine:
        return title, lead + " " + _t("{number}에 신고하지 않아도 됩니다.").format(number=number)
    lead += " " + _t("아직 {number}에 전화하지 않았다면 하지 않아도 됩니다.").format(number=number) + " "
    if incident:
        lead += _t("{number}와 통화 중이라면 이미 접수된 건(사건번호 {incident})이라고 알려 주세요.").format(
            number=number, incident=incident)
    else:
        lead += _t("{number}와 통화 중이라면 이미 접수된 건이라고 알려 주세요.").format(number=number)
    return title, lead


def relay_key(relay: Relay) -> str:
    """A notice's key: a failure the agency reports after all is a new notice, raised again even if the
    first one was closed."""
    return relay.id if relay.dispatch_failed_at is None else f"{relay.id}:failed"


class RelayNotices(NoticeStack):
    take_requested = Signal(str)  # relay id
    read_requested = Signal(str)  # relay id: its read-out is not known here yet

    def __init__(self, parent: QWidget, *, above: QWidget | None = None) -> None:
        super().__init__(parent, under=above)
        self.setObjectName("relayNotices")
        self.setAccessibleName(_t("112 신고 요청 알림"))
        self._buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self._asked: set[str] = set()  # read-outs already asked for
        self.me_id: str | None = None

    def show_relays(self, relays: list[Relay]) -> None:
        wanted = {relay_key(r): r for r in relays if relay_key(r) not in self._dismissed}
        for key in [k for k in self._notices if k not in wanted]:
            self._buttons.pop(key, None)
            self._drop(key)
        for key, relay in wanted.items():
            if key not in self._notices:
                self._add(self._notice(key, relay))
            shows = self._render(key, relay)
            # Read (the server audits it) only for a notice that shows it.
            if relay.read_out is None and relay.id not in self._asked and shows:
                self._asked.add(relay.id)
                self.read_requested.emit(relay.id)
        self._sync()

    def forget_read(self, relay_id: str) -> None:
        """The read-out could not be fetched: ask again at the next refresh."""
        self._asked.discard(relay_id)

    def _notice(self, key: str, relay: Relay) -> Notice:
        notice = Notice(key, "", "", self, tone="crisis")
        notice.setObjectName("relayNotice")
        notice.body.setObjectName("relayNoticeBody")
        take = _button(_t("제가 신고합니다"), "relayTakeButton", _t("제가 112에 신고합니다"), notice)
        take.clicked.connect(lambda: self.take_requested.emit(relay.id))
        ok = _button(_t("확인"), "relayNoticeDismissButton", _t("112 신고 요청 알림 닫기"), notice)
        ok.clicked.connect(lambda: self.dismiss(key))
        notice.add_button(ok)
        notice.add_button(take)
        self._buttons[key] = (take, ok)
        return notice

    def _render(self, key: str, relay: Relay) -> bool:
        """Whether the notice shows the read-out (it is still asking for the call, or this is the one
        phoning)."""
        notice = self._notices[key]
        take, ok = self._buttons[key]
        number = service_number(relay.service)
        who = relay.requested_by.name
        taken_by = relay.taken_by.id if relay.taken_by is not None else None
        failed = _t("출동 기관이 출동 요청을 처리하지 못했다고 알렸습니다.") + " " \
            if relay.dispatch_failed_at is not None and relay.dispatch_withdrawn_at is None else ""
        if taken_by is None:
            title = _t("{number} 신고 요청 · {name} 님").format(number=number, name=who)
            lead = failed + _t("{name} 님이 위기 상황의 내담자와 통화 중이라 직접 걸 수 없습니다. "
                               "대신 {number}에 신고해 주세요.").format(name=who, number=number)
        elif taken_by == self.me_id and failed:
            title = _t("제가 {number}에 신고합니다").format(number=number)
            lead = failed + _t(
                "아직 {number}에 신고하지 않았다면 지금 전화해 아래 내용을 읽어 주세요."
            ).format(number=number)
        elif taken_by == self.me_id:
            title = _t("제가 {number}에 신고합니다").format(number=number)
            lead = _t("{number}에 전화해 아래 내용을 읽어 주세요. 신고 후 {name} 님에게 알려 주세요.").format(
                number=number, name=who)
        else:
            title = taker_text(relay, relay.service)
            lead = _t("{name} 님의 요청은 다른 분이 맡았습니다.").format(name=who)
        settled = relay_settled(relay, mine=taken_by == self.me_id)
        if settled is not None:
            title, lead = settled
        text = lead
        # The one phoning keeps the read-out in front of them: the call may already be under way.
        shows = taken_by == self.me_id or (taken_by is None and settled is None)
        if shows:
            text += "\n\n" + (relay.read_out or _t("신고할 내용을 불러오는 중…"))
            number_line = self._numbers(relay)
            if number_line:
                text += "\n" + number_line
        set_plain(notice.title, title)
        notice.setAccessibleName(title)
        set_plain(notice.body, text)
        offered = taken_by is None and settled is None
        take.setVisible(offered)
        ok.setVisible(not offered)
        # The one who phones keeps the read-out in front of them until the call to 112 is done.
        phoning = taken_by == self.me_id and settled is None
        ok.setText(_t("신고를 마쳤습니다 · 닫기") if phoning else _t("확인"))
        notice.setProperty("taken", taken_by is not None)
        tone = "crisis" if settled is None else "info"
        if notice.property("tone") != tone:
            notice.setProperty("tone", tone)
            repolish(notice)
        return shows


    @staticmethod
    def _numbers(relay: Relay) -> str:
        """The full numbers when the read-out does not spell them out (it may show one masked)."""
        read_out = relay.read_out or ""
        lines = []
        person = display_number(relay.person_number)
        if person and person not in read_out:
            lines.append(_t("대상자 연락처: {number}").format(number=person))
        callback = display_number(relay.callback_line)
        if callback and callback not in read_out:
            lines.append(_t("회신 번호: {number}").format(number=callback))
        return "\n".join(lines)


class DispatchCancelNotices(NoticeStack):
    """For a shift lead: a dispatch on the floor was withdrawn (요청 취소)."""

    def __init__(self, parent: QWidget, *, above: QWidget | None = None) -> None:
        super().__init__(parent, under=above)
        self.setObjectName("dispatchCancelNotices")
        self.setAccessibleName(_t("출동 요청 취소 알림"))

    def show_cancels(self, dispatches: list[Dispatch]) -> None:
        wanted = {d.id: d for d in dispatches if d.id not in self._dismissed}
        for key in [k for k in self._notices if k not in wanted]:
            self._drop(key)
        for key, dispatch in wanted.items():
            if key in self._notices:
                set_plain(self._notices[key].body, self._body(dispatch))
                continue
            self._add(self._notice(dispatch))
        self._sync()

    def _body(self, d: Dispatch) -> str:
        asked = local(d.requested_at or d.received_at).strftime("%H:%M")
        withdrawn = local(d.cancel_requested_at).strftime("%H:%M") if d.cancel_requested_at else ""
        text = _t("{who} 상담원 · {asked} 요청 → {withdrawn} 취소 · 사유: {reason}").format(
            who=d.counselor.name, asked=asked, withdrawn=withdrawn, reason=cancel_reason_name(d.cancel_reason)
        )
        if d.cancel_note:
            text += f" · {d.cancel_note}"
        if d.cancel_acknowledged_at is not None:
            return text + "\n" + _t("출동 기관이 취소를 확인했습니다.")
        return text + "\n" + _t("출동 기관의 취소 확인을 기다리는 중입니다.")

    def _notice(self, d: Dispatch) -> Notice:
        title = _t("출동 요청 취소 · {service}").format(service=service_name(d.service))
        notice = Notice(d.id, title, self._body(d), self, tone="warn")
        notice.setObjectName("dispatchCancelNotice")
        notice.body.setObjectName("dispatchCancelNoticeBody")
        ok = _button(_t("확인"), "dispatchCancelNoticeDismissButton", _t("출동 취소 알림 닫기"), notice)
        ok.clicked.connect(lambda: self.dismiss(d.id))
        notice.add_button(ok)
        return notice
