"""Child process of the startup benchmark: `bare` shows an empty PySide6 window, `console` runs the real
console entry point; either prints one line when its first window is painted, then exits at once.
`training` runs the entry point without --server (training mode: the embedded server, the sign-in and the
simulator of a newcomer's first start) and prints `painted`, `signed-in` and `rang` as each happens; the
parent ends it with SIGTERM, which the console handles as an orderly close (its server stopped too).

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


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def training(data_dir: str) -> None:
    import annyeong.ui.main
    import annyeong.ui.shell.composition
    import annyeong.ui.shell.training_splash
    import annyeong.ui.shell.window

    real_splash = annyeong.ui.shell.training_splash.show_training_splash

    def splash(*args: Any) -> None:
        real_splash(*args)  # shown, and painted by its processEvents
        _say("splash")

    setattr(annyeong.ui.shell.training_splash, "show_training_splash", splash)  # noqa: B010
    # ui.main imports the splash where it shows it; the main window's modules after it, as the app does.

    window_class: Any = annyeong.ui.shell.window.MainWindow
    console_class: Any = annyeong.ui.shell.composition.ConsoleWindow
    painted = [False]

    class ProbedMainWindow(window_class):
        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            if not painted[0]:
                painted[0] = True
                _say("painted MainWindow")

        def _on_bridge_call_offered(self, call: Any) -> None:
            super()._on_bridge_call_offered(call)
            _say("rang")

    real_sign_in = console_class.sign_in

    async def sign_in(self: Any, **kwargs: Any) -> None:
        await real_sign_in(self, **kwargs)
        _say("signed-in")

    setattr(annyeong.ui.shell.window, "MainWindow", ProbedMainWindow)  # noqa: B010
    setattr(annyeong.ui.shell.composition, "MainWindow", ProbedMainWindow)  # noqa: B010 (build_console's name)
    setattr(console_class, "sign_in", sign_in)  # noqa: B010
    sys.exit(annyeong.ui.main.main(["--data-dir", data_dir]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "training":
        training(sys.argv[2])
    else:
        console(sys.argv[2], sys.argv[3])
