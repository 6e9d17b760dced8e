"""Training mode's first seconds: the window first, then the training server, then the sign-in.

The training server (spawned before the window was built, console/embedded.py: launch) takes seconds to
boot on a busy PC; a newcomer sees the window at once, saying the practice server is starting, instead of
nothing. Once it answers, the demo counselor signs in by itself, is set to 대기 and the simulator rings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from annyeong.console.embedded import DEMO_PASSWORD, EmbeddedServer, EmbeddedServerError
from annyeong.console.errors import ConsoleError
from annyeong.console.settings import Settings
from annyeong.ui.shell.composition import ConsoleWindow, training_simulator
from annyeong.ui.shell.training_splash import close_splash
from annyeong.ui.shell.window import MainWindow
from annyeong.ui.shell.window_place import place

log = logging.getLogger("annyeong.console")


def show_window(window: MainWindow) -> None:
    """Where the counselor left it last time (maximised when it was)."""
    if place(window):
        window.showMaximized()
    else:
        window.show()
    close_splash()


def set_starting(window: MainWindow, starting: bool) -> None:
    """The idle view says the practice server is starting; the state menu waits for the sign-in (the
    presence it would set needs the server)."""
    window.idle.set_starting(starting)
    if starting:
        window.header.presence.combo().setEnabled(False)


async def start_training(console: ConsoleWindow, embedded: EmbeddedServer, *, username: str,
                         settings: Settings) -> bool:
    """Show the window, wait for the training server, sign in, go 대기, start the simulator. False when
    the server did not start (logged; the window says so)."""
    window = console.window
    set_starting(window, True)
    show_window(window)
    try:
        url = await embedded.start()
    except EmbeddedServerError as exc:
        # No window can work without a server; the log (next to its database) says why.
        log.error("training server did not start: %s (see %s)", exc.code, embedded.dir / "server.log")
        return False
    console.server_url = url
    try:
        await console.sign_in(username=username, password=DEMO_PASSWORD)
    except ConsoleError as exc:  # the server went away between its start and the sign-in
        log.error("training sign-in failed: %s", exc.code)
        return False
    set_starting(window, False)
    if console.core.store_protection == "plaintext":
        window.show_error(QCoreApplication.translate(
            "App",
            "이 PC에 암호화 모듈(SQLCipher)이 없어 교육용 데이터가 암호화되지 않은 채 "
            "저장됩니다. 실제 상담 내용은 입력하지 마세요.",
        ))
    elif console.core.store_protection == "ephemeral":
        # No keyring to keep the key: the practice records cannot be opened after a restart. Said at
        # once, so nobody practises believing an unsent note will come back.
        window.show_error(QCoreApplication.translate(
            "App",
            "이 PC에는 암호 키를 보관할 곳(키링)이 없어, 콘솔을 다시 시작하면 이번 연습 기록"
            "(보내지 못한 메모 포함)이 지워집니다.",
        ))
    # Training is for practice: be ready to be rung at once, unless a call left open by the last run came
    # back with the sign-in (then the counselor is on it, and nothing may ring over it).
    if console.core.active_contact is None:
        try:
            await console.core.calls.set_presence("available")
        except ConsoleError as exc:
            # The server went away meanwhile: closing the window while training starts stops it. Not a
            # crash with a traceback; 대기 is asked again at the next sign-in.
            log.warning("training presence not set: %s", exc.code)
    if settings.simulator_enabled:
        simulator = training_simulator(console, interval_s=settings.simulator_interval_s)
        simulator.start()
        console.extras.append(simulator)
    return True
