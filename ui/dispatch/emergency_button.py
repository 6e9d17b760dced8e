"""The red emergency button: one in the contact's bottom-right corner, one in the header during a contact.

A click (or F12) only opens the dispatch panel; nothing is dispatched until the panel's confirm control is
held for a second (mouse, Enter or Space), so neither a stray click nor a stray key sends police to
someone's door.

F12 rather than Ctrl+Shift+E: Ctrl+E ends the call, and a missed Shift at 3 a.m. would hang up on a person
in danger. F12 is one key, used by nothing else in the console, and far from the keys used while typing.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsDropShadowEffect, QPushButton, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.text.labels import CRISIS_FLAGS, CRISIS_TIERS

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.wire import CallerCard

SHORTCUT = "F12"
PULSE_MS = 1400
# The glow moves in this many steps each way (about 11 repaints a second), not at an animation's 60 Hz:
# each step re-blurs the shadow of both buttons, and at 60 Hz that cost 15 % of a core and up to a frame
# of lag on every tick during a crisis call, when the window must answer fastest (ui_stall). A timer at
# the step rate, not an animation that wakes the GUI thread 60 times a second only to skip most frames.
PULSE_STEPS = 8
# The halo keeps one size and breathes in strength only: a blur radius that changes moves the effect's
# bounds, and Qt then repaints everything under the old and new bounds — the whole contact view with its
# note editor, and both ends of the window at once (two buttons pulse) — on every step.
GLOW_RADIUS = 28
GLOW = QColor(226, 48, 32)


def _t(text: str) -> str:
    return QCoreApplication.translate("EmergencyButton", text)


def crisis_raised(core: ConsoleCore, card: CallerCard | None) -> bool:
    """Whether a crisis rule fired for the open contact, from what is known today: a suicide-risk flag or
    a high/imminent last risk tier on the caller's card (``card``: the one the contact shows), or a crisis
    answer in one of its checklists."""
    if core.active_contact is None:
        return False
    if core.checklists.crisis_raised:
        return True
    card = card or core.active_card
    if card is None:
        return False
    if any(flag.active and flag.kind in CRISIS_FLAGS for flag in card.active_flags):
        return True
    return card.last_risk is not None and card.last_risk.tier in CRISIS_TIERS


class EmergencyButton(QPushButton):
    """Emits ``emergency_requested`` on a click; ``set_pulsing`` makes it glow while a crisis is raised."""

    emergency_requested = Signal()

    def __init__(self, *, object_name: str, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # The header's copy says it in fewest words (English: "Emergency"): it shares the row with the
        # sync state and a waiting dispatch's chip. Its tooltip and accessible name say it all.
        compact_text = QCoreApplication.translate("EmergencyButton", "긴급 출동", "header, fewest words")
        self.setText(_t("긴급 출동  {key}").format(key=SHORTCUT) if not compact else compact_text)
        self.setAccessibleName(_t("긴급 출동 요청"))
        self.setAccessibleDescription(
            _t("112 또는 119 출동 요청 창을 엽니다. 요청은 확인 버튼을 1초 누르고 있어야 보내집니다.")
        )
        self.setToolTip(
            _t("긴급 출동 요청 ({key}) — 창이 열리면 확인 버튼을 1초 누르고 있어야 보내집니다").format(
                key=SHORTCUT
            )
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Never the default button of anything: only a deliberate click or F12 opens the panel.
        self.setAutoDefault(False)
        self.setDefault(False)
        self.setProperty("pulsing", False)
        self.clicked.connect(self.emergency_requested)

        # Kept for the button's life and only switched on while pulsing (a disabled effect paints nothing).
        self._glow = QGraphicsDropShadowEffect(self)
        self._glow.setOffset(0, 0)
        self._glow.setColor(GLOW)
        self._glow.setBlurRadius(GLOW_RADIUS)
        self._glow.setEnabled(False)
        self.setGraphicsEffect(self._glow)
        self._pulse = QTimer(self)
        self._pulse.setInterval(round(PULSE_MS / (2 * PULSE_STEPS)))
        self._pulse.timeout.connect(self._on_pulse_step)
        self._pulse_step = 0

    def is_pulsing(self) -> bool:
        return bool(self.property("pulsing"))

    def set_pulsing(self, pulsing: bool) -> None:
        """Glow (a breathing red halo and a brighter border) while a crisis rule has fired."""
        if pulsing == self.is_pulsing():
            return
        self.setProperty("pulsing", pulsing)
        repolish(self)
        self._glow.setEnabled(pulsing)
        if pulsing:
            self._pulse_step = 0
            self._show_pulse_level(0.0)
            self._pulse.start()
        else:
            self._pulse.stop()

    def pulse_running(self) -> bool:
        return self._pulse.isActive()

    def _on_pulse_step(self) -> None:
        self._pulse_step = (self._pulse_step + 1) % (2 * PULSE_STEPS)
        # Up for PULSE_STEPS steps, down for as many, eased in and out like a breath.
        phase = self._pulse_step / (2 * PULSE_STEPS)
        self._show_pulse_level((1 - math.cos(2 * math.pi * phase)) / 2)

    def _show_pulse_level(self, level: float) -> None:
        color = QColor(GLOW)
        color.setAlphaF(0.25 + 0.75 * level)
        self._glow.setColor(color)
