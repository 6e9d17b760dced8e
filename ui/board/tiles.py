"""The board's counselor tiles: name, presence, the current call's duration (ticking) and risk tier.

넘겨받기 takes a colleague's live contact away from them, so it asks first, inside the tile (one question,
no dialog): whose call and its risk, with 넘겨받기 and 취소. 취소 sits where 넘겨받기 was, so a double click
on the tile's button never takes a call over by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from annyeong.console.wire import BoardCounselor
from annyeong.ui.card.sections import repolish
from annyeong.ui.text.formatting import channel_name, format_duration
from annyeong.ui.text.labels import risk_tier_name, risk_tone
from annyeong.ui.text.messages import presence_name
from annyeong.ui.text.text import plain_label, set_plain

COLUMNS = 5


def _t(text: str) -> str:
    return QCoreApplication.translate("BoardTiles", text)


class CounselorTile(QFrame):
    def __init__(self, info: BoardCounselor, on_take_over: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("counselorTile")
        self.info = info
        self.setAccessibleName(_t("상담원 {name}").format(name=info.user.name))
        self._name = plain_label(info.user.name, self, object_name="tileName")
        self._presence = plain_label(object_name="tilePresence")
        self._timer = plain_label(object_name="tileTimer")
        self._timer.setAccessibleName(_t("통화 시간"))
        self._risk = plain_label(object_name="tileRisk")
        self.take_over = QPushButton(_t("넘겨받기"), self)
        self.take_over.setObjectName("tileTakeOverButton")
        self.take_over.setAccessibleName(_t("{name}의 상담 넘겨받기").format(name=info.user.name))
        self.take_over.setAutoDefault(False)
        self.take_over.clicked.connect(self.ask_take_over)
        self._on_take_over = on_take_over
        self._asked_for: str | None = None  # the contact the question is about, while it is shown
        self.confirm_box = QFrame(self)
        self.confirm_box.setObjectName("tileTakeOverConfirm")
        self.question = plain_label(object_name="tileTakeOverQuestion", word_wrap=True)
        self.confirm_button = QPushButton(_t("넘겨받기"), self.confirm_box)
        self.confirm_button.setObjectName("tileTakeOverConfirmButton")
        self.confirm_button.setAccessibleName(_t("넘겨받기 확인"))  # the question's words once asked
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(_t("취소"), self.confirm_box)
        self.cancel_button.setObjectName("tileTakeOverCancelButton")
        self.cancel_button.setAccessibleName(_t("넘겨받지 않기"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_take_over)
        confirm_row = QHBoxLayout()
        confirm_row.setSpacing(6)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.cancel_button)
        confirm_column = QVBoxLayout(self.confirm_box)
        confirm_column.setContentsMargins(0, 4, 0, 0)
        confirm_column.setSpacing(4)
        confirm_column.addWidget(self.question)
        confirm_column.addLayout(confirm_row)
        self.confirm_box.hide()
        head = QHBoxLayout()
        head.addWidget(self._name, 1)
        head.addWidget(self._presence)
        foot = QHBoxLayout()
        foot.addWidget(self._risk, 1)
        foot.addWidget(self.take_over)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(4)
        column.addLayout(head)
        column.addWidget(self._timer)
        column.addLayout(foot)
        column.addWidget(self.confirm_box)
        self.update_info(info)

    def ask_take_over(self) -> None:
        """Show the question in the tile (the button's click)."""
        info = self.info
        if info.contact_id is None:
            return
        self._asked_for = info.contact_id
        self._ask_text()
        self.take_over.hide()
        self.confirm_box.show()
        self.confirm_button.setFocus()

    def cancel_take_over(self) -> None:
        self._asked_for = None
        self.confirm_box.hide()
        self.take_over.setVisible(self.info.contact_id is not None)
        if self.take_over.isVisible():
            self.take_over.setFocus()

    def asking(self) -> bool:
        return self._asked_for is not None

    def question_text(self) -> str:
        return self.question.text() if self.asking() else ""

    def _ask_text(self) -> None:
        info = self.info
        what = _t("채팅") if info.channel == "chat" else _t("통화")
        text = _t("{name} 상담사의 {what}(위험도: {tier})를 넘겨받을까요?").format(
            name=info.user.name, what=what, tier=risk_tier_name(info.risk_tier))
        set_plain(self.question, text)
        self.question.setProperty("tone", risk_tone(info.risk_tier))
        self.confirm_button.setAccessibleName(text)
        repolish(self.question)

    def _confirm(self) -> None:
        contact_id = self._asked_for
        if contact_id is None or contact_id != self.info.contact_id:
            self.cancel_take_over()  # the call ended or changed while the question was up
            return
        self._asked_for = None
        self.confirm_box.hide()
        self._on_take_over(contact_id)

    def update_info(self, info: BoardCounselor) -> None:
        self.info = info
        set_plain(self._presence, presence_name(info.presence))
        self.setProperty("presence", info.presence)
        on_contact = info.contact_id is not None
        if self._asked_for is not None and self._asked_for != info.contact_id:
            self._asked_for = None  # that call is over (or another began): the question no longer holds
            self.confirm_box.hide()
        self.take_over.setVisible(on_contact and self._asked_for is None)
        if on_contact and info.risk_tier is not None:
            set_plain(self._risk, _t("위험도 {tier}").format(tier=risk_tier_name(info.risk_tier)))
            self._risk.setProperty("tone", risk_tone(info.risk_tier))
        else:
            set_plain(self._risk, "")
            self._risk.setProperty("tone", "muted")
        if self._asked_for is not None:
            self._ask_text()  # the risk may have risen while the question was up
        repolish(self)
        repolish(self._risk)
        self.tick()

    def tick(self, now: datetime | None = None) -> None:
        info = self.info
        if info.contact_started_at is None:
            set_plain(self._timer, _t("상담 없음"))
            return
        seconds = ((now or datetime.now(UTC)) - info.contact_started_at).total_seconds()
        set_plain(self._timer, f"{channel_name(info.channel or 'phone')} {format_duration(seconds)}")

    def timer_text(self) -> str:
        return self._timer.text()


class CounselorGrid(QWidget):
    def __init__(self, on_take_over: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counselorGrid")
        self._on_take_over = on_take_over
        self.tiles: dict[str, CounselorTile] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(10)
        for col in range(COLUMNS):
            self._grid.setColumnStretch(col, 1)

    def show_counselors(self, counselors: list[BoardCounselor]) -> None:
        # Leads and admins who are not signed in are nobody's concern on the floor.
        counselors = [c for c in counselors if c.role == "counselor" or c.presence != "offline"]
        ids = [c.user.id for c in counselors]
        if ids != list(self.tiles):
            for tile in self.tiles.values():
                tile.hide()
                tile.deleteLater()
            self.tiles = {}
            for index, info in enumerate(counselors):
                tile = CounselorTile(info, self._on_take_over, self)
                self.tiles[info.user.id] = tile
                self._grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            return
        for info in counselors:
            self.tiles[info.user.id].update_info(info)

    def tick(self) -> None:
        now = datetime.now(UTC)
        for tile in self.tiles.values():
            tile.tick(now)
