"""A referral target as the counselor sees it: its name, what it offers, when it works and how it is
reached, in the interface language (the form files carry `en`), and the picker's two-line button.

Only the counselor's reading follows the language: the consent script stays Korean (it is read aloud to a
Seoul caller) and so do the values that go to the partner. Everything here is file text: plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from annyeong.ui.text.i18n import in_language
from annyeong.ui.text.text import plain_label, plain_tooltip

if TYPE_CHECKING:
    from annyeong.console.referrals.forms import ReferralForm


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralPanel", text)


shown = in_language  # file text for the counselor, in the interface language (ui/text/i18n.py)


def _unconfirmed(form: ReferralForm, name: str) -> bool:
    # Exactly the field: "district centre hours" leaves the 24-hour line itself confirmed.
    return name in form.unverified_fields


def reach_text(form: ReferralForm) -> str:
    """"운영: 24시간 연중무휴 · 연락: 전화 109" — the form header's line, with what is still unconfirmed."""
    contact = form.contact
    ways = [_t("전화 {phone}").format(phone=contact.phone)] if contact.phone else []
    if contact.channel is not None:
        ways.append(shown(contact.channel))
    if contact.url and not ways:
        ways.append(contact.url)  # otherwise in the tooltip (url_text): a long address wraps the header
    text = _t("운영: {hours} · 연락: {ways}").format(hours=shown(form.hours), ways=" · ".join(ways))
    if form.districts:
        text = _t("지역: {districts}").format(districts=", ".join(form.districts)) + " · " + text
    return text


def url_text(form: ReferralForm) -> str:
    return _t("누리집: {url}").format(url=form.contact.url) if form.contact.url else ""


def short_reach(form: ReferralForm) -> str:
    """The picker button's second line: the hours up to their first aside, and the phone if there is one
    ("24시간 연중무휴 · ☎ 109"); "(미확인)" when no source confirmed the hours."""
    hours = shown(form.hours)
    for cut in (" (", " · "):
        hours = hours.split(cut)[0]
    if _unconfirmed(form, "hours"):
        hours += " " + _t("(미확인)")
    phone = form.contact.phone
    return f"{hours} · ☎ {phone}" if phone and phone not in hours else hours


class TargetButton(QPushButton):
    """One click opens the target's prefilled form: the name, and under it when and how it is reached."""

    def __init__(self, form: ReferralForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = shown(form.name)
        self.setObjectName("referralTarget_" + form.target.replace("-", "_"))
        self.setAccessibleName(_t("연계: {name}").format(name=name))
        self.setAccessibleDescription(short_reach(form))
        lines = (shown(form.offers), reach_text(form), url_text(form))
        self.setToolTip(plain_tooltip("\n".join(line for line in lines if line)))
        # Labels inside the button (styled like the section titles and the offers line) so the second
        # line can be smaller and wrap; they let the clicks through to the button.
        self.name_label = plain_label(name, self, object_name="referralSection", word_wrap=True)
        self.detail_label = plain_label(short_reach(form), self, object_name="referralOffers", word_wrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(2)
        for label in (self.name_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)

    def texts(self) -> tuple[str, str]:
        return self.name_label.text(), self.detail_label.text()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return QSize(min(hint.width(), 240), hint.height())

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.minimumSize() if layout is not None else super().minimumSizeHint()
        return QSize(min(hint.width(), 160), hint.height())
