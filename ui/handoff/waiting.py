"""인계 대기: the header's badge and the 오늘 column's list of handoffs waiting for this counselor."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from annyeong.console.wire import Handoff
from annyeong.ui.handoff.labels import age_text
from annyeong.ui.text.labels import risk_tier_name
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("HandoffList", text)


class HandoffBadge(QPushButton):
    """"인계 2": shown while handoffs wait for this person; a click brings the notices forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffBadge")
        self.setAccessibleName(_t("받을 인계"))
        self.setAutoDefault(False)
        self.hide()

    def set_count(self, count: int) -> None:
        self.setText(_t("인계 {n}").format(n=count))
        self.setToolTip(QCoreApplication.translate("HandoffList", "받을 인계가 %n건 있습니다", None, count))
        self.setVisible(count > 0)


class HandoffWaitingList(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoffWaiting")
        self.setAccessibleName(_t("인계 대기"))
        self._title = plain_label(_t("인계 대기"), self, object_name="panelSection")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self._column.addWidget(self._title)
        self._items: list[QWidget] = []
        self.hide()

    def item_texts(self) -> list[str]:
        return [w.findChild(QWidget, "todayItemHead").text() for w in self._items]  # type: ignore[union-attr]

    def set_handoffs(self, handoffs: list[Handoff]) -> None:
        for item in self._items:
            item.hide()
            item.deleteLater()
        self._items = []
        now = datetime.now(UTC)
        for handoff in handoffs:
            item = QFrame(self)
            item.setObjectName("todayItem")
            item.setProperty("tone", "crisis" if handoff.sbar.risk_tier in ("high", "imminent") else "")
            head = plain_label(object_name="todayItemHead")
            set_plain(head, _t("{who}에게서 · {age}").format(
                who=handoff.from_user.name, age=age_text((now - handoff.created_at).total_seconds())))
            body = plain_label(
                _t("위험도 {tier} · {situation}").format(
                    tier=risk_tier_name(handoff.sbar.risk_tier), situation=handoff.sbar.situation[:60]),
                item, object_name="todayItemBody", word_wrap=True)
            head.setParent(item)
            column = QVBoxLayout(item)
            column.setContentsMargins(10, 8, 10, 8)
            column.setSpacing(2)
            column.addWidget(head)
            column.addWidget(body)
            self._column.addWidget(item)
            self._items.append(item)
        self.setVisible(bool(handoffs))
