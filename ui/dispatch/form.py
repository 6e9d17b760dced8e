"""The dispatch panel's form: prefilled from the core's draft, every field editable, none required.

Only the service matters for sending; whatever the other fields hold (or do not) is sent as is, and the
core cuts over-long text rather than refusing it. The summary read out to 112/119 is rebuilt from the
fields until the counselor edits it by hand; from then on their text is kept and sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.dispatches.local import RISK_NATURES, DispatchFields
from annyeong.console.dispatches.summary import (
    DispatchDraft,
    SummaryContext,
    compose_summary,
    display_number,
    suggested_service,
)
from annyeong.ui.common.wheel_guard import guard_wheel
from annyeong.ui.dispatch.district import DistrictFromAddress
from annyeong.ui.dispatch.kept_form import KeptForm, KeptForms
from annyeong.ui.dispatch.labels import RELATION_ORDER, relation_name, risk_hint, risk_name, service_name
from annyeong.ui.text.labels import SEOUL_DISTRICTS
from annyeong.ui.text.text import plain_label, set_plain


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


class DispatchForm(QFrame):
    # Enter in a field: go to the confirm control (never dispatch). The key it was, still held down.
    confirm_focus_requested = Signal(int)
    service_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchForm")
        self._context = SummaryContext()
        self._service_chosen = False  # by hand: from then on risk boxes no longer suggest the service
        self.kept = KeptForms()  # entered before the form closed unsent, for its contact
        self._address_carried = False  # 주소 holds the last dispatch's, untouched since
        self._summary_edited = False
        self._loading = False

        self.services: dict[str, QPushButton] = {}
        self._service_group = QButtonGroup(self)
        self._service_group.setExclusive(True)
        # Short names on the buttons: they share the panel's head row with its title and 취소.
        for code, name, short in (("police_112", "dispatchService112", _t("112 경찰")),
                                  ("fire_ems_119", "dispatchService119", _t("119 소방·구급"))):
            button = QPushButton(short, self)
            button.setObjectName(name)
            button.setAccessibleName(_t("출동 기관: {name}").format(name=service_name(code)))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=code: self._on_service_clicked(c))
            self._service_group.addButton(button)
            self.services[code] = button

        self.number = self._line(
            "dispatchPersonNumber", _t("대상자 전화번호"), _t("대상자 번호 (모르면 비워 두세요)")
        )
        self._number_note = plain_label(object_name="dispatchNumberNote", word_wrap=True)
        self._number_note.hide()
        self._number_edited = False
        self.number.textEdited.connect(self._on_number_edited)
        self.address = self._line("dispatchAddress", _t("주소"), _t("주소 (동·건물·호수까지 아는 만큼)"))
        self.landmark = self._line("dispatchLandmark", _t("주변 건물·장소"), _t("근처 건물, 가게, 지하철역"))
        self.district = QComboBox(self)
        self.district.setObjectName("dispatchDistrict")
        self.district.setAccessibleName(_t("자치구"))
        self.district.addItem(_t("자치구 모름"), None)
        for name in SEOUL_DISTRICTS:
            self.district.addItem(name, name)
        self.district.currentIndexChanged.connect(self._on_field_changed)
        self.unknown = self._check("dispatchLocationUnknown", _t("위치 모름"))
        for edit in (self.address, self.landmark):
            edit.textEdited.connect(self._on_location_given)
        self._district = DistrictFromAddress(self.address, self.district)
        self.district.currentIndexChanged.connect(self._on_location_given)
        self.lookup = self._check("dispatchLocationLookup", _t("위치정보 조회 요청 (위치정보법)"))
        self.lookup.setToolTip(
            _t("긴급구조기관이 휴대전화 위치를 조회하도록 요청합니다 (위치정보법 제29조).")
        )

        self.risks: dict[str, QCheckBox] = {}
        for code in RISK_NATURES:
            box = self._check(f"dispatchRisk_{code}", risk_name(code))
            box.setAccessibleName(_t("위험: {name}").format(name=risk_hint(code)))
            box.setToolTip(risk_hint(code))
            box.toggled.connect(self._on_risk_toggled)
            self.risks[code] = box

        self.relation = QComboBox(self)
        self.relation.setObjectName("dispatchRelation")
        self.relation.setAccessibleName(_t("신고자와 대상자의 관계"))
        self.relation.addItem(_t("관계 미확인"), None)
        for code in RELATION_ORDER:
            self.relation.addItem(relation_name(code), code)
        self.relation.currentIndexChanged.connect(self._on_field_changed)
        self.counselor = self._line("dispatchCounselor", _t("요청 상담원"), _t("상담원 이름"))
        self.callback = self._line("dispatchCallback", _t("회신 번호"), _t("기관이 다시 걸 번호"))

        # The address is the last dispatch's: said under 위치's label, short. Beside the district box or the
        # check boxes it pushed the form past its panel (in English, under the scroll bar).
        self._carried_note = plain_label(_t("지난 출동 위치"), object_name="dispatchCarriedNote",
                                         word_wrap=True)
        self._carried_note.setToolTip(_t("주소를 누르면 전체가 선택되어, 새로 입력하면 바뀝니다."))
        self._carried_note.hide()
        self.address.textEdited.connect(lambda _text: self._carried_note.hide())
        self._risk_note = plain_label(_t("지난 출동에서 고른 위험"), object_name="dispatchCarriedNote",
                                      word_wrap=True)
        self._risk_note.hide()
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("dispatchSummary")
        self.summary.setAccessibleName(_t("기관에 읽어 줄 요약"))
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(self._on_summary_changed)
        self.summary.setFixedHeight(150)  # seven lines of the read-out without a scroll bar

        # The service choice sits in the panel's head row (service_bar): the rows below it are all the
        # form has at 1366x768, and what 112/119 ask first must be in them without scrolling.
        self.service_bar = QWidget(self)
        self.service_bar.setObjectName("dispatchServices")
        services = QHBoxLayout(self.service_bar)
        services.setContentsMargins(0, 0, 0, 0)
        services.setSpacing(8)
        for button in self.services.values():
            services.addWidget(button)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        # Where first: it is the first thing 112/119 ask, and what only the counselor can fill in. Then
        # the number, then the read-out the fields keep current: all three in view without scrolling in
        # a window that fits 1366x768 (the rows below are prefilled and correct the read-out).
        grid.addWidget(self._label(_t("위치")), row, 0)
        grid.addWidget(self.address, row, 1)
        row += 1
        where = QHBoxLayout()
        where.setSpacing(8)
        where.addWidget(self.landmark, 1)
        where.addWidget(self.district)
        grid.addWidget(self._carried_note, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(where, row, 1)
        row += 1
        # Rows of several controls are two columns at most: during a crisis the centre column is narrow,
        # and a form wider than its panel cut off the right of the read-out police are read.
        known = QHBoxLayout()
        known.setSpacing(16)
        known.addWidget(self.unknown)
        known.addWidget(self.lookup)
        known.addStretch(1)
        grid.addLayout(known, row, 1)
        row += 1
        # The note on how the number was shown goes beside it, not under it: a row less above the read-out.
        number_row = QHBoxLayout()
        number_row.setSpacing(10)
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self._number_note, 1)
        grid.addWidget(self._label(_t("대상자 번호")), row, 0)
        grid.addLayout(number_row, row, 1)
        row += 1
        grid.addWidget(self._label(_t("읽어 줄 요약")), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.summary, row, 1)
        row += 1
        risks = QGridLayout()
        risks.setHorizontalSpacing(10)
        risks.setVerticalSpacing(4)
        for index, box in enumerate(self.risks.values()):
            risks.addWidget(box, index // 2, index % 2)
        risks.setColumnStretch(2, 1)
        risk_label = QVBoxLayout()
        risk_label.addWidget(self._label(_t("위험")))
        risk_label.addWidget(self._risk_note)
        grid.addLayout(risk_label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(risks, row, 1)
        row += 1
        grid.addWidget(self._label(_t("관계·상담원")), row, 0)
        grid.addWidget(self.relation, row, 1)
        row += 1
        people = QHBoxLayout()
        people.setSpacing(8)
        people.addWidget(self.counselor, 1)
        people.addWidget(self.callback, 1)
        grid.addLayout(people, row, 1)
        guard_wheel(self)  # scrolling the form never changes a choice

    # --- public ----------------------------------------------------------------------------------

    def load(self, draft: DispatchDraft, contact_id: str | None = None) -> None:
        """Show a fresh draft (a new press); what was entered when the form last closed unsent for the
        same contact (`put_aside`) comes back over it."""
        self._context = draft.context
        self._show(draft.service, draft.fields, service_chosen=False, summary_edited=False,
                   number_edited=False)
        # The address of this contact's last dispatch: a click into it selects it whole, so what is typed
        # replaces it (typed on at its end, a new place ran into the old one, read out to police).
        self._address_carried = "earlier_location" in draft.prefilled
        self._district.reset()
        kept = self.kept.take(contact_id)
        if kept is not None:
            self._address_carried = False
            self._restore(kept)
        self._carried_note.setVisible(self._address_carried)
        self._risk_note.setVisible("earlier_risk" in draft.prefilled and kept is None)

    def put_aside(self, contact_id: str | None) -> None:
        """The form closes unsent: keep what was entered for this contact's next press."""
        self.kept.keep(contact_id, self._entered())

    def _entered(self) -> KeptForm:
        return KeptForm(self.service(), self._fields_values(), self.summary.toPlainText(),
                        self._service_chosen, self._summary_edited, self._number_edited)

    def _restore(self, kept: KeptForm) -> None:
        try:
            fields = DispatchFields.model_validate({**kept.values, "summary": kept.summary})
        except ValueError:
            return  # the fresh draft stays
        self._show(kept.service, fields, service_chosen=kept.service_chosen,
                   summary_edited=kept.summary_edited, number_edited=kept.number_edited)

    def _show(self, service: str, fields: DispatchFields, *, service_chosen: bool, summary_edited: bool,
              number_edited: bool) -> None:
        self._loading = True
        try:
            self._service_chosen = service_chosen
            self._summary_edited = summary_edited
            self._number_edited = number_edited
            self._set_service(service)
            # The national form, as the summary shows it (the server takes either form).
            self.number.setText(display_number(fields.person_number) or "")
            self._number_note.hide()
            location = fields.location
            self.address.setText(location.address or "")
            self.landmark.setText(location.landmark or "")
            index = self.district.findData(location.district) if location.district else 0
            self.district.setCurrentIndex(max(0, index))
            self.unknown.setChecked(location.unknown)
            self.lookup.setChecked(location.lookup_requested)
            for code, box in self.risks.items():
                box.setChecked(code in fields.risk)
            relation = self.relation.findData(fields.caller_relation) if fields.caller_relation else 0
            self.relation.setCurrentIndex(max(0, relation))
            self.counselor.setText(fields.counselor_name or "")
            self.callback.setText(display_number(fields.callback_line) or "")
            self.summary.setPlainText(fields.summary)
        finally:
            self._loading = False

    def service(self) -> str:
        for code, button in self.services.items():
            if button.isChecked():
                return code
        return "police_112"

    def number_edited(self) -> bool:
        return self._number_edited or bool(self.number.text().strip())

    def set_person_number(self, number: str, note: str) -> None:
        """The number unmasked for the dispatch; never overwrites what the counselor typed."""
        if self.number_edited():
            return
        self.number.setText(display_number(number) or number)
        self.show_number_note(note)
        self._on_field_changed()

    def show_number_note(self, note: str) -> None:
        set_plain(self._number_note, note)
        self._number_note.setVisible(bool(note))

    def request_fields(self) -> dict[str, Any]:
        """The keyword arguments for Dispatches.request_dispatch (all optional fields, as typed)."""
        values: dict[str, Any] = self._fields_values()
        if self._summary_edited:
            values["summary"] = self.summary.toPlainText()
        return values

    # --- internals -------------------------------------------------------------------------------

    def _fields_values(self) -> dict[str, Any]:
        return {
            "person_number": self.number.text().strip() or None,
            "location": {
                "address": self.address.text().strip() or None,
                "landmark": self.landmark.text().strip() or None,
                "district": self.district.currentData(),
                "unknown": self.unknown.isChecked(),
                "lookup_requested": self.lookup.isChecked(),
            },
            "risk": [code for code, box in self.risks.items() if box.isChecked()],
            "caller_relation": self.relation.currentData(),
            "counselor_name": self.counselor.text().strip() or None,
            "callback_line": self.callback.text().strip() or None,
        }

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(300)
        edit.textChanged.connect(self._on_field_changed)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.address and event.type() == QEvent.Type.FocusIn and self._address_carried:
            self._address_carried = False
            if isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.MouseFocusReason:
                QTimer.singleShot(0, self.address.selectAll)  # after the click has placed the cursor
            else:
                self.address.selectAll()  # before the key the keyboard was moved here with
        if (
            isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.confirm_focus_requested.emit(event.key())
            return True
        return super().eventFilter(watched, event)

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.toggled.connect(self._on_field_changed)
        return box

    def _label(self, text: str) -> QWidget:
        return plain_label(text, self, object_name="fieldLabel")

    def _set_service(self, code: str) -> None:
        button = self.services.get(code) or self.services["police_112"]
        if not button.isChecked():
            button.setChecked(True)
            self.service_changed.emit(self.service())
        self._on_field_changed()

    def _on_service_clicked(self, code: str) -> None:
        self._service_chosen = True
        self.service_changed.emit(code)
        self._on_field_changed()

    def _on_risk_toggled(self) -> None:
        if not self._loading:
            self._risk_note.hide()  # the counselor's own ticks now
        # Until the counselor picks a service, ticking 시도 중 suggests 119 (the core's rule).
        if not self._loading and not self._service_chosen:
            risk = tuple(code for code, box in self.risks.items() if box.isChecked())
            self._set_service(suggested_service(risk))  # type: ignore[arg-type]

    def _on_location_given(self) -> None:
        # Something about the place is known now: "위치 모름" (the draft's default) no longer holds.
        if not self._loading and (self.address.text() or self.landmark.text() or self.district.currentData()):
            self.unknown.setChecked(False)

    def _on_number_edited(self) -> None:
        self._number_edited = True
        self._number_note.hide()

    def _on_summary_changed(self) -> None:
        if not self._loading:
            self._summary_edited = True

    def _on_field_changed(self) -> None:
        if self._loading or self._summary_edited:
            return
        try:
            fields = DispatchFields.model_validate(self._fields_values())
            text = compose_summary(self.service(), fields, self._context)  # type: ignore[arg-type]
        except ValueError:
            return  # a preview only: what is sent is validated (and cut, never refused) by the core
        self._loading = True
        try:
            self.summary.setPlainText(text)
        finally:
            self._loading = False
