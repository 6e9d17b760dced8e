"""Referral status as the counselor sees it: chips (보내는 중 → 전송됨 → 접수됨 → 담당 배정 → 연락함 →
종결 / 거절됨), the strip under the caller line, and one row of the 연계 tab's list. Live: redrawn on every
referral change the core announces (a delivery or a partner's referral.updated event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from annyeong.ui.card.sections import set_tone
from annyeong.ui.referral.target import shown
from annyeong.ui.text.formatting import format_time
from annyeong.ui.text.labels import referral_status_name, referral_status_tone
from annyeong.ui.text.text import plain_label

if TYPE_CHECKING:
    from annyeong.console.referrals.ops import Referrals
    from annyeong.console.store.referrals import LocalReferral


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralPanel", text)


def target_name(referrals: Referrals, target: str) -> str:
    form = referrals.referral_forms.get(target)
    return shown(form.name) if form is not None else target


def chip(text: str, status: str, parent: QWidget, object_name: str = "referralChip") -> QWidget:
    label = plain_label(text, parent, object_name=object_name)
    set_tone(label, referral_status_tone(status))
    return label


class ReferralChips(QFrame):
    """"연계  고립예방센터 · 접수됨  109 · 전송됨" under the caller line: live on the open contact."""

    def __init__(self, referrals: Referrals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralChips")
        self._referrals = referrals
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self.hide()

    def refresh(self) -> None:
        while self._row.count():
            taken = self._row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        referrals = self._referrals.for_contact()  # none without an open contact
        if not referrals:
            self.hide()
            return
        self._row.addWidget(plain_label(_t("연계"), self, object_name="referralChipsTitle"))
        for referral in referrals[:4]:
            name = target_name(self._referrals, referral.target)
            text = f"{name} · {referral_status_name(referral.status)}"
            self._row.addWidget(chip(text, referral.status, self))
        self._row.addStretch(1)
        self.show()

    def texts(self) -> list[str]:
        out = []
        for i in range(self._row.count()):
            item = self._row.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.objectName() == "referralChip":
                out.append(widget.text())  # type: ignore[attr-defined]
        return out


def referral_row(referrals: Referrals, referral: LocalReferral, parent: QWidget) -> QFrame:
    row = QFrame(parent)
    row.setObjectName("referralRow")
    head = plain_label(
        f"{format_time(referral.created_at)}  {target_name(referrals, referral.target)}", row,
        object_name="referralRowHead",
    )
    line = QHBoxLayout()
    line.setSpacing(8)
    line.addWidget(head)
    line.addWidget(chip(referral_status_name(referral.status), referral.status, row))
    line.addStretch(1)
    column = QVBoxLayout(row)
    column.setContentsMargins(12, 8, 12, 8)
    column.setSpacing(3)
    column.addLayout(line)
    notes = []
    if referral.lawful_basis:
        notes.append(_t("긴급 연계 (법적 근거 기록)"))
    elif referral.withheld:
        notes.append(QCoreApplication.translate(
            "ReferralPanel", "동의하지 않은 항목 %n개는 보내지 않음", None, len(referral.withheld)
        ))
    if referral.decline_reason:
        notes.append(_t("거절 사유: {reason}").format(reason=referral.decline_reason))
    if referral.status == "queued" and referral.delivery_error:
        notes.append(_t("아직 보내지 못함 — 연결되면 자동으로 보냅니다"))
    for text in notes:
        column.addWidget(plain_label(text, row, object_name="referralRowNote", word_wrap=True))
    return row
