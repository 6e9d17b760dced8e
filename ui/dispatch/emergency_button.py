"""The red emergency button: one in the contact's bottom-right corner, one in the header during a contact.

A click (or F12) only opens the dispatch panel; nothing is dispatched until the panel's confirm control is
held for a second (mouse, Enter or Space), so neither a stray click nor a stray key sends police to
someone's door.

F12 rather than Ctrl+Shift+E: Ctrl+E ends the call, and a missed Shift at 3 a.m. would hang up on a person
in danger. F12 is one key, used by nothing else in the console, and far from the keys used while typing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEasingCurve, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsDropShadowEffect, QPushButton, QWidget

from annyeong.ui.card.sections import repolish
from annyeong.ui.text.labels import CRISIS_FLAGS, CRISIS_TIERS

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.wire import CallerCard

SHORTCUT = "F12"
PULSE_MS = 1400
# The glow moves in this many steps each way (about 11 repaints a second), not at the animation's 60 Hz:
# each step re-blurs the shadow of both buttons, and at 60 Hz that cost 15 % of a core and up to a frame
# Of lag on every tick during a crisis call, when the window must answer fastest (ui_stall).
PULSE_STEPS = 8
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
        self.setText(_t("긴급 출동  {key}").format(key=SHORTCUT) if not compact else _t("긴급 출동"))
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
        self._glow.setBlurRadius(6)
        self._glow.setEnabled(False)
        self.setGraphicsEffect(self._glow)
        self._pulse = QVariantAnimation(self)
        self._pulse.setStartValue(0.0)
        self._pulse.setKeyValueAt(0.5, 1.0)
        self._pulse.setEndValue(0.0)
        self._pulse.setDuration(PULSE_MS)
        self._pulse.setLoopCount(-1)
        self._pulse.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._pulse.valueChanged.connect(self._on_pulse_value_changed)
        self._pulse_step = -1

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
            self._pulse.start()
        else:
            self._pulse.stop()

    def pulse_running(self) -> bool:
        return self._pulse.state() == QVariantAnimation.State.Running

    def _on_pulse_value_changed(self, value: object) -> None:
        step = round(float(value) * PULSE_STEPS)  # type: ignore[arg-type]
        if step == self._pulse_step:
            return
        self._pulse_step = step
        level = step / PULSE_STEPS
        self._glow.setBlurRadius(6 + 30 * level)
        color = QColor(GLOW)
        color.setAlphaF(0.45 + 0.55 * level)
        self._glow.setColor(color)
