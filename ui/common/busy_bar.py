"""A slim progress bar for waits a person watches: busy (moving, no end known) or out of a known total.

Shown in the place the person is looking (under the sign-in fields, beside the PDF button, in the
statistics panel, in the header's sync status), hidden when nothing is waited for, so a wait never
looks like a frozen window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget


class BusyBar(QProgressBar):
    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setTextVisible(False)
        self.setMaximumHeight(6)
        self.hide()

    def busy(self) -> None:
        """Moving, with no end known (a request in flight, a file being written)."""
        self.setRange(0, 0)
        self.show()

    def progress(self, done: int, total: int) -> None:
        """``done`` of ``total``: the bar fills as work is done."""
        self.setRange(0, max(1, total))
        self.setValue(max(0, min(done, total)))
        self.show()

    def done(self) -> None:
        self.hide()
        self.setRange(0, 1)
        self.setValue(0)  # a determinate bar stops the busy animation's timer
