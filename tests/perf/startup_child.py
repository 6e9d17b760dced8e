"""Child process of the startup benchmark: `bare` shows an empty PySide6 window, `console` runs the real
console entry point; either prints one line when its first top-level window is painted, then exits at once.
PySide6 is imported inside the functions: the `console` run must import things in the app's own order.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def _first_paint_probe() -> Any:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and watched.isWidgetType()
                    and watched.isWindow()):  # type: ignore[attr-defined]
                sys.stdout.write(f"painted {type(watched).__name__}\n")
                sys.stdout.flush()
                os._exit(0)  # nothing to clean up: no server was started, nothing was written
            return False

    return FirstPaint()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    probe = _first_paint_probe()
    app.installEventFilter(probe)
    window = QLabel("외로움안녕120")
    window.resize(420, 260)
    window.show()
    app.exec()


def console(server_url: str, data_dir: str) -> None:
    import ui.app

    real: Any = ui.app.QApplication

    class ProbedApplication(real):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._probe = _first_paint_probe()
            self.installEventFilter(self._probe)

    setattr(ui.app, "QApplication", ProbedApplication)  # noqa: B010 (mypy: a class, not a type alias)
    sys.exit(ui.app.main(["--server", server_url, "--data-dir", data_dir]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        console(sys.argv[2], sys.argv[3])
