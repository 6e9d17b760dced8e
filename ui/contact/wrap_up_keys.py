"""마무리's keys that work from any tab of the contact: Alt+R opens 처리 결과, Alt+1…5 tick a service type.

On 메모 the form's own keys were out of reach (its page hidden), and on Linux the key then typed its
letter or digit into the note, saved and sent with it ("Alone at home.r", an outside tester). The plain
digits stay the form's: on other tabs they answer a checklist or go into what is being typed.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.labels import SERVICE_TYPE_ORDER

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox

    from annyeong.ui.contact.view import ContactView


class WrapUpKeys:
    def __init__(self, view: ContactView) -> None:
        self._view = view
        wrap_up = view.wrap_up
        key_action(view, "wrapUpDispositionAction", wrap_up.disposition_action_text, ["Alt+R"],
                   self.open_disposition)
        for number, code in enumerate(SERVICE_TYPE_ORDER, start=1):
            text = wrap_up.service_key_text(code)
            key_action(view, f"serviceTypeAltAction_{code}", text, [f"Alt+{number}"],
                       partial(self.toggle, wrap_up.service_boxes[code]))

    def open_disposition(self) -> None:
        if self._view.bring_wrap_up_forward():
            self._view.wrap_up.open_disposition()

    def toggle(self, box: QCheckBox) -> None:
        if self._view.bring_wrap_up_forward():
            box.toggle()
