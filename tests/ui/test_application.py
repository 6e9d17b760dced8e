"""Qt's quit (session end, app.quit()) reaches the console as a request it answers with an orderly
shutdown; Qt itself never stops the loop under the running console."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent

from annyeong.ui.shell.application import ConsoleApplication


def test_quit_becomes_a_request_and_the_application_keeps_running(qapp: Any) -> None:
    assert isinstance(qapp, ConsoleApplication)
    asked: list[bool] = []
    qapp.quit_requested.connect(lambda: asked.append(True))
    try:
        handled = QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.Quit))
        assert handled and asked == [True]
        # Any other event the application gets is Qt's as before.
        QCoreApplication.sendEvent(qapp, QEvent(QEvent.Type.User))
        assert asked == [True]
        assert not QCoreApplication.closingDown()
    finally:
        qapp.quit_requested.disconnect()
