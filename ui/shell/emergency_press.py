"""Where F12 and the red buttons go: the ringing card (take the call, then its form), the dispatch panel,
or, with nobody to send for, a notice saying so and whom to phone instead. Never a silent key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annyeong.console.core import ConsoleCore

if TYPE_CHECKING:
    from annyeong.ui.shell.window import MainWindow


def nothing_to_send() -> str:
    return QCoreApplication.translate("MainWindow", "열린 상담이 없어 출동 요청서를 열 수 없습니다. "
                                      "위급하면 112·119에 직접 전화하세요.")


class EmergencyPress:
    """One press of F12 or a red button, in the window `window`."""

    def __init__(self, window: MainWindow, core: ConsoleCore) -> None:
        self._window = window
        self._core = core
        self._call_id: str | None = None  # taken with F12: its dispatch panel opens once accepted

    def press(self) -> None:
        """In a contact (or with a dispatch still open), the dispatch panel — on screen wherever it was
        pressed: from a shift lead's 상황판 the console view comes back, from one of this console's dialogs
        the main window comes forward (the confirm then has the keyboard)."""
        w = self._window
        card_state = w.card.state()
        if self._core.active_contact is None and card_state in ("ringing", "choosing_reason", "accepting"):
            # F12 on the ringing card (or while it connects): the person on the line is in danger now. Take
            # the call and open the panel once it is taken: still two deliberate actions to send.
            call = w.card.call()
            self._call_id = call.id if call is not None else None
            if card_state != "accepting":
                w.card.accept()
            return
        nothing = self._core.active_contact is None and not self._core.dispatches.open_dispatches
        w.view_actions.close_sheet()  # nothing stays laid over the red button or its panel
        w.shift_lead.ensure_console()
        if not w.isActiveWindow():
            w.raise_()
            w.activateWindow()
        if nothing and w.dispatch_panel.mode() != "form":
            # Said (on the lock cover too), never a key that silently does nothing.
            text = nothing_to_send()
            w.error_banner.withdraw(text)  # said again, not counted as "외 N건" more problems
            w.show_error(text)
            w.emergency_refused.emit(text)
            return
        w.dispatch_panel.open_for_press()

    def call_accepted(self, call_id: str) -> None:
        if call_id == self._call_id:
            self._call_id = None
            self.press()

    def withdraw_notice(self) -> None:
        """The notice that F12 had nothing to send goes once it is no longer the answer: a contact opened,
        a call rings (F12 now takes it), or the lock it was said through lifted (it was read there)."""
        self._window.error_banner.withdraw(nothing_to_send())
