"""The console's QApplication: Qt's quit request as a signal, without an application-wide event filter.

An event filter installed on the application sees every event of every object (each paint of each
widget crosses into Python), which doubled the cost of a repaint. Qt delivers its quit (session end,
app.quit()) to the application object itself, so overriding `event` here catches it and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication


class ConsoleApplication(QApplication):
    """Emits `quit_requested` instead of letting Qt stop the event loop under the running coroutine
    ("Event loop stopped before Future completed"): the console then shuts down in order (notes flushed,
    the training server stopped)."""

    quit_requested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit:
            self.quit_requested.emit()
            return True
        return super().event(event)
