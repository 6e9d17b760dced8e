"""The person's number on the dispatch form: what the form says of it when it opens, and the full number
fetched (audited with the reason "긴급 출동") when this role sees the caller's number masked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annyeong.ui.common.operations import CoreOp

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.dispatches.summary import DispatchDraft
    from annyeong.ui.dispatch.form import DispatchForm
    from annyeong.ui.shell.tasks import TaskRegistry

UNMASK_REASON = "긴급 출동"  # recorded by the server with the unmask; the agreed audit wording


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchPanel", text)


class PersonNumber:
    def __init__(self, core: ConsoleCore, tasks: TaskRegistry, form: DispatchForm,
                 form_open: Callable[[], bool]) -> None:
        self._core = core
        self._tasks = tasks
        self._form = form
        self._form_open = form_open

    def cancel(self) -> None:
        self._tasks.cancel("dispatch-unmask")

    def explain(self, draft: DispatchDraft) -> None:
        """The form just opened on `draft`: say where its number comes from, fetching it if needed."""
        contact = self._core.active_contact
        fields = draft.fields
        if contact is None:
            return
        caller = contact.caller
        masked_self = caller.number_e164 is None and fields.caller_relation == "self"
        if fields.person_number is not None and masked_self:
            # The caller's number, held since the contact opened: shown now, audited as the emergency.
            self._form.show_number_note(_t("전체 번호를 표시했습니다 (사유 ‘긴급 출동’으로 기록됨)."))
            self._tasks.latest("dispatch-unmask", self._audit_shown_number())
        elif fields.person_number is None and caller.unknown:
            # Digits that are no phone number: nothing to unmask, and the server sends none.
            self._form.show_number_note(
                _t("발신번호를 읽을 수 없는 전화입니다. 대상자 번호를 알면 적어 주세요.")
            )
        elif fields.person_number is None and masked_self and not caller.withheld:
            # The caller is the person at risk and this role sees the number masked: ask for the full
            # number now, audited with the reason "긴급 출동". Never awaited by the press: left empty,
            # the server uses the contact's number.
            self._form.show_number_note(
                _t("전체 번호를 불러오는 중… 비워 두어도 상담 전화 번호로 요청됩니다.")
            )
            self._tasks.latest("dispatch-unmask", self._unmask())

    async def _unmask(self) -> None:
        result = (await CoreOp(self._core.lookups.unmask_number(UNMASK_REASON)).run()).value
        if result is None:
            self._form.show_number_note(
                _t("전체 번호를 불러오지 못했습니다. 비워 두면 상담 전화 번호로 요청됩니다.")
            )
            return
        if self._form_open():
            self._form.set_person_number(
                result.number_display, _t("전체 번호를 표시했습니다 (사유 ‘긴급 출동’으로 기록됨).")
            )

    async def _audit_shown_number(self) -> None:
        # Offline: the dispatch itself, with the number, is audited when it arrives.
        await CoreOp(self._core.lookups.unmask_number(UNMASK_REASON)).run()
