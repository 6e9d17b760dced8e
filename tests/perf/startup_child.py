"""Child process of the startup benchmark: `bare` shows an empty PySide6 window, `console` runs the real
console entry point; either prints one line when its first window is painted, then exits at once.

The probe is the window's own paintEvent, the same in both: a subclass whose first paintEvent prints.
(An application-wide event filter was used first; it runs Python for every event of every object, and
the console, with many more objects and event types than a bare label, paid several ms for the probe
itself: the instrument weighed on what it measured.) PySide6 is imported inside the functions: the
`console` run must import things in the app's own order.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def _painted(window: object) -> None:
    sys.stdout.write(f"painted {type(window).__mro__[1].__name__}\n")
    sys.stdout.flush()
    os._exit(0)  # nothing to clean up: no server was started, nothing was written


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    class ProbedLabel(QLabel):
        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            _painted(self)

    app = QApplication(sys.argv[:1])
    window = ProbedLabel("외로움안녕120")
    window.resize(420, 260)
    window.show()
    app.exec()


def console(server_url: str, data_dir: str) -> None:
    from annyeong.ui import main as ui_main
    from annyeong.ui.account import login_dialog

    real: Any = login_dialog.LoginDialog

    class ProbedLoginDialog(real):
        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            _painted(self)

    # ui.main imports the dialog where it shows it, so the probe is what it finds there.
    setattr(login_dialog, "LoginDialog", ProbedLoginDialog)  # noqa: B010 (mypy: a class, not a type alias)
    sys.exit(ui_main.main(["--server", server_url, "--data-dir", data_dir]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        console(sys.argv[2], sys.argv[3])
