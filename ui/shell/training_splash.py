"""Training mode's very first paint: a small window saying the practice server is being prepared, shown
(and the server spawned) before the core, the wire models and httpx are imported; the main window takes
over from it (ui/shell/training_start.py). On a busy PC those imports take seconds, and a newcomer who
double-clicked must see at once that something is starting.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel

if TYPE_CHECKING:
    from annyeong.console.embedded import EmbeddedServer
    from annyeong.console.settings import LoadedSettings

_early: dict[str, object] = {}


def show_training_splash(app: QApplication, args: argparse.Namespace, loaded: LoadedSettings) -> None:
    """In training mode (no server given or saved): spawn the training server and paint the splash."""
    if args.server or loaded.settings.server_url is not None:
        return
    from annyeong.console import paths
    from annyeong.console.embedded import EmbeddedServer

    data_dir = args.data_dir or paths.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    server = EmbeddedServer(data_dir=data_dir)
    server.launch()
    text = QCoreApplication.translate(
        "TrainingSplash", "외로움안녕120 교육 모드 · 연습용 서버를 준비하고 있습니다…")
    splash = QLabel()
    splash.setTextFormat(Qt.TextFormat.PlainText)  # like every label of the console (ui/text/text.py)
    splash.setText(text)
    splash.setObjectName("trainingSplash")
    splash.setAccessibleName(text)
    splash.setWindowTitle(QCoreApplication.translate("TrainingSplash", "외로움안녕120 상담 콘솔 — 교육 모드"))
    splash.setMargin(32)
    splash.show()
    app.processEvents()  # painted before the heavy imports
    _early.update(server=server, splash=splash, data_dir=data_dir)


def take_server(data_dir: object) -> EmbeddedServer | None:
    """The server spawned with the splash, when it was for this data directory."""
    if _early.get("data_dir") != data_dir:
        return None
    server = _early.pop("server", None)
    return server  # type: ignore[return-value]


def close_splash() -> None:
    splash = _early.pop("splash", None)
    if isinstance(splash, QLabel):
        splash.close()
        splash.deleteLater()
