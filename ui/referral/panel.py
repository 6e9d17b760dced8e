"""연계: target buttons (one click each) → the form prefilled from the contact, beside the notes, with the
consent block on top; one more action (Ctrl+Enter) submits. Below the buttons, this contact's referrals
with their live status chips (ui/referral/status.py).

Submitting never waits for the network: the core commits the referral and its outbox row, and the chip
moves from 보내는 중 to 전송됨 and on as the partner answers (referral.updated events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.errors import ConsoleError
from annyeong.ui.card.sections import set_tone
from annyeong.ui.common.operations import CoreOp
from annyeong.ui.follow_up.plan import callback_at, callback_text, default_callback, set_callback
from annyeong.ui.referral.consent_block import ConsentBlock
from annyeong.ui.referral.form import ReferralFormView
from annyeong.ui.referral.status import referral_row
from annyeong.ui.referral.target import TargetButton, reach_text, shown, url_text
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.i18n import interface_language
from annyeong.ui.text.messages import referral_error_text
from annyeong.ui.text.text import plain_label, plain_tooltip, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.referrals.ops import ReferralDraft

CHECK_CALL_DAYS = 3  # the default "did the partner reach them?" call, three days after a referral


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralPanel", text)


class ReferralPanel(QFrame):
    submitted = Signal(str)  # the referral's client id

    def __init__(self, core: ConsoleCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPanel")
        self.setAccessibleName(_t("연계"))
        self._core = core
        self._draft: ReferralDraft | None = None
        self._stack = QStackedLayout(self)
        self._picker = self._build_picker()
        self._form_page = self._build_form_page()
        self._stack.addWidget(self._picker)
        self._stack.addWidget(self._form_page)
        # Only while the focus is in the open form: elsewhere Ctrl+Enter finishes the wrap-up.
        inside = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.submit_action = key_action(
            self._form_page, "referralSubmitAction", _t("연계 보내기"), ["Ctrl+Return", "Ctrl+Enter"],
            self.submit, context=inside, tip=_t("연계 양식: 기록한 동의대로 연계를 보냅니다"),
        )
        self.back_action = key_action(
            self._form_page, "referralBackAction", _t("연계 양식 닫고 기관 목록으로"), ["Escape"],
            self.show_picker, context=inside,
        )

    # --- building --------------------------------------------------------------------------------

    def _build_picker(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("referralPicker")
        intro = plain_label(_t("어느 기관에 연계할까요? 누르면 상담 내용으로 채운 양식이 열립니다."), page,
                            object_name="referralIntro", word_wrap=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        # Each button: the name, and under it when and how the target is reached (the tooltip adds what
        # it offers). English names are longer: two to a row then, so the column never widens.
        columns = 2 if interface_language() == "en" else 3
        self.target_buttons: dict[str, TargetButton] = {}
        for index, form in enumerate(self._core.referrals.referral_forms.ordered()):
            button = TargetButton(form, page)
            button.clicked.connect(lambda _c=False, t=form.target: self.open_target(t))
            grid.addWidget(button, index // columns, index % columns)
            self.target_buttons[form.target] = button
        for index in range(columns):
            grid.setColumnStretch(index, 1)
        self._unavailable = plain_label("", page, object_name="referralUnavailable", word_wrap=True)
        problems = self._core.referrals.referral_forms.problems
        set_plain(self._unavailable, _t("불러오지 못한 연계 양식이 있습니다: {files}").format(
            files=", ".join(p.file for p in problems)) if problems else "")
        self._unavailable.setVisible(bool(problems))
        self._message = plain_label("", page, object_name="referralMessage", word_wrap=True)
        self._message.hide()
        section = plain_label(_t("이 상담의 연계"), page, object_name="referralSection")
        self._list = QWidget(page)
        self._list.setObjectName("referralList")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(6)
        self._empty = plain_label(_t("아직 보낸 연계가 없습니다."), page, object_name="panelEmpty")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 14, 0, 0)
        column.setSpacing(12)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addWidget(self._unavailable)
        column.addWidget(self._message)
        column.addSpacing(6)
        column.addWidget(section)
        column.addWidget(self._empty)
        column.addWidget(self._list)
        column.addStretch(1)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("referralFormPage")
        self.back_button = QPushButton(_t("← 기관 목록"), page)
        self.back_button.setObjectName("referralBack")
        self.back_button.setAccessibleName(_t("기관 목록으로"))
        self.back_button.setToolTip(_t("보내지 않고 기관 목록으로 돌아갑니다 (Esc)"))
        self.back_button.clicked.connect(self.show_picker)
        self._title = plain_label("", page, object_name="referralTitle")
        # The form header: when and how the target is reached (stays in view); what it offers is in the
        # title's tooltip, and the consent script's purpose line says it to the caller anyway.
        self._reach = plain_label("", page, object_name="referralOffers", word_wrap=True)
        self._reach.setAccessibleName(_t("운영 시간과 연락 방법"))
        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self.back_button)
        head.addWidget(self._title, 1)

        self.consent = ConsentBlock(page)
        self.form = ReferralFormView(page)
        self.consent.changed.connect(self._on_consent_changed)
        self.check_call = QCheckBox(_t("확인 전화 예약"), page)
        self.check_call.setObjectName("referralCheckCall")
        self.check_call.setAccessibleName(_t("연계 후 확인 전화 예약"))
        self.check_call.setToolTip(_t("기관이 연락했는지 확인하는 후속 연락을 만듭니다"))
        self.check_call_at = QDateTimeEdit(page)
        self.check_call_at.setObjectName("referralCheckCallAt")
        self.check_call_at.setAccessibleName(_t("확인 전화 날짜와 시간"))
        self.check_call_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.check_call_at.setCalendarPopup(True)
        self.check_call.toggled.connect(self.check_call_at.setEnabled)
        call_row = QHBoxLayout()
        call_row.setSpacing(10)
        call_row.addWidget(self.check_call)
        call_row.addWidget(self.check_call_at)
        call_row.addStretch(1)

        body = QWidget(page)
        body.setObjectName("referralFormBody")
        body_column = QVBoxLayout(body)
        body_column.setContentsMargins(0, 0, 10, 0)
        body_column.setSpacing(12)
        body_column.addWidget(self.consent)
        body_column.addWidget(self.form)
        body_column.addLayout(call_row)
        body_column.addStretch(1)
        self._scroll = QScrollArea(page)
        self._scroll.setObjectName("referralFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(body)

        self.notes = QPlainTextEdit(page)
        self.notes.setObjectName("referralNotes")
        self.notes.setAccessibleName(_t("상담 메모 (읽기 전용)"))
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumWidth(180)
        self.notes.setMaximumWidth(220)
        # The notes beside the form give way when the form would not fit beside them (English, a narrow
        # window, the crisis column open): a clipped 이름 or 연락받을 번호 field is worse than notes that
        # are one tab away (메모).
        self._notes_box = QWidget(page)
        self._notes_box.setObjectName("referralNotesBox")
        notes_column = QVBoxLayout(self._notes_box)
        notes_column.setContentsMargins(0, 0, 0, 0)
        notes_column.setSpacing(4)
        notes_column.addWidget(plain_label(_t("메모"), self._notes_box, object_name="referralNotesTitle"))
        notes_column.addWidget(self.notes, 1)
        split = QHBoxLayout()
        split.setSpacing(14)
        split.addWidget(self._scroll, 1)
        split.addWidget(self._notes_box)

        self._error = plain_label("", page, object_name="referralError", word_wrap=True)
        self._error.hide()
        self.submit_button = QPushButton(page)
        self.submit_button.setObjectName("referralSubmit")
        self.submit_button.setAccessibleName(_t("연계 보내기"))
        self.submit_button.setToolTip(_t("기록한 동의대로 연계를 보냅니다 (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(self._error, 1)
        actions.addStretch(1)
        actions.addWidget(self.submit_button)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 10, 0, 0)
        column.setSpacing(8)
        column.addLayout(head)
        column.addWidget(self._reach)
        column.addLayout(split, 1)
        column.addLayout(actions)
        return page

    # --- public ----------------------------------------------------------------------------------

    def page(self) -> str:
        return "form" if self._stack.currentWidget() is self._form_page else "picker"

    def draft(self) -> ReferralDraft | None:
        return self._draft

    def open_target(self, target: str, checklist: dict[str, Any] | None = None) -> bool:
        """Open `target`'s form prefilled (a target id or a checklist next-step code). False when there
        is no contact or no such form (the message says why)."""
        if self._core.active_contact is None:
            return False
        outcome = CoreOp.now(
            lambda: self._core.referrals.referral_draft(target, checklist=checklist)
        ).failure(lambda text: self._show_message(text, "warn"), text=referral_error_text).run_now()
        if outcome.value is None:
            return False
        self._draft = draft = outcome.value
        contact = self._core.active_contact
        set_plain(self._title, shown(draft.form.name))
        offers = "\n".join(t for t in (shown(draft.form.offers), url_text(draft.form)) if t)
        self._title.setToolTip(plain_tooltip(offers))
        self._reach.setToolTip(plain_tooltip(offers))
        set_plain(self._reach, reach_text(draft.form))
        self.consent.load(draft.form, channel=contact.channel if contact else "phone")
        self.form.load(draft)
        self.check_call.setChecked(False)
        self.check_call_at.setEnabled(False)
        set_callback(self.check_call_at, default_callback(CHECK_CALL_DAYS))
        self.set_notes(contact.note_text if contact else "")
        self._clear_error()
        self._on_consent_changed()
        self._stack.setCurrentWidget(self._form_page)
        self._fit_notes()
        self._scroll.verticalScrollBar().setValue(0)
        self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_picker(self) -> None:
        self._draft = None
        self._stack.setCurrentWidget(self._picker)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_notes()

    def _fit_notes(self) -> None:
        body = self._scroll.widget()
        if body is None:
            return
        needed = body.minimumSizeHint().width() + self._scroll.verticalScrollBar().sizeHint().width()
        room = self._form_page.width() - self.notes.minimumWidth() - 14
        self._notes_box.setVisible(room >= needed)

    def showEvent(self, event: QShowEvent) -> None:
        # The notes beside the form follow what was typed on 메모 meanwhile.
        contact = self._core.active_contact
        if contact is not None:
            self.set_notes(contact.note_text)
        super().showEvent(event)

    def set_notes(self, text: str) -> None:
        if self.notes.toPlainText() != text:
            self.notes.setPlainText(text)

    def reset(self) -> None:
        """A new contact (or none): back to the buttons, no message."""
        self._message.hide()
        self.show_picker()

    def submit(self) -> None:
        draft = self._draft
        if draft is None or self.page() != "form":
            return
        self._clear_error()
        self.form.mark_missing(None)
        if self.consent.missing():
            # Named plainly in the block, the form left as typed: the counselor asks, chooses, sends again.
            self.consent.mark_missing(True)
            self._scroll.ensureWidgetVisible(self.consent)
            self.consent.answer_buttons["all"].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        basis = self.consent.lawful_basis()
        outcome = CoreOp.now(lambda: self._core.referrals.submit_referral(
            draft, self.form.values(), consent=self.consent.consent(),
            lawful_basis=basis[0] if basis else None, lawful_basis_note=basis[1] if basis else None,
        )).on(ConsoleError, self._submit_refused).run_now()
        if outcome.value is None:
            return
        referral = outcome.value
        note = ""
        if self.check_call.isChecked():
            note = self._schedule_check_call(referral.client_id)
        self.show_picker()
        sent = _t("{name}에 연계를 보냈습니다.").format(name=shown(draft.form.name))
        if referral.withheld:
            sent += " " + QCoreApplication.translate(
                "ReferralPanel", "동의하지 않은 %n개 항목은 보내지 않았습니다.", None, len(referral.withheld)
            )
        self._show_message(" ".join(p for p in (sent, note) if p), "ok")
        self.submitted.emit(referral.client_id)

    def refresh(self) -> None:
        """Redraw this contact's referrals (after a submit, a delivery or a partner's step)."""
        while self._list_layout.count():
            taken = self._list_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        referrals = self._core.referrals.for_contact() if self._core.active_contact is not None else []
        self._empty.setVisible(not referrals)
        for referral in referrals:
            self._list_layout.addWidget(referral_row(self._core.referrals, referral, self._list))

    def list_texts(self) -> list[str]:
        out = []
        for label in self._list.findChildren(QWidget):
            if label.objectName() in ("referralRowHead", "referralChip", "referralRowNote"):
                out.append(label.text())  # type: ignore[attr-defined]
        return out

    def message_text(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    # --- internals -------------------------------------------------------------------------------

    def _schedule_check_call(self, referral_id: str) -> str:
        due = callback_at(self.check_call_at)
        outcome = CoreOp.now(lambda: self._core.follow_ups.schedule_follow_up(
            due, reason=_t("연계 확인 전화"), source="referral", source_id=referral_id,
        )).failure(text=referral_error_text).run_now()
        if not outcome.ok:
            return outcome.message
        return _t("확인 전화를 {when}에 예약했습니다.").format(when=callback_text(due))

    def _submit_refused(self, exc: ConsoleError) -> None:
        field = getattr(exc, "field", None)
        # The field as the form names it, never its key.
        label = self.form.label_of(field) if isinstance(field, str) else None
        self._show_error(referral_error_text(exc, label))
        if isinstance(field, str):
            self.form.mark_missing(field)

    def _on_consent_changed(self) -> None:
        self.form.set_withheld(self.consent.withheld())
        emergency = self.consent.is_emergency()
        self.submit_button.setProperty("emergency", emergency)
        self.submit_button.setText(
            _t("{consent} · 연계 보내기  (Ctrl+Enter)").format(consent=self.consent.summary_text())
        )
        self.submit_button.style().unpolish(self.submit_button)
        self.submit_button.style().polish(self.submit_button)

    def _show_message(self, text: str, tone: str) -> None:
        set_plain(self._message, text)
        set_tone(self._message, tone)
        self._message.show()

    def _show_error(self, text: str) -> None:
        set_plain(self._error, text)
        self._error.show()

    def _clear_error(self) -> None:
        self._error.hide()
        self._error.clear()
