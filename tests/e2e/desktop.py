"""One test's desktop: Xvfb + a D-Bus session + openbox + an unlocked gnome-keyring + the AT-SPI agent.

Nothing is shared with the developer's session or another test: a display Xvfb picks itself
(-displayfd), a session bus of its own, and fresh HOME and XDG_* directories. openbox matters: without a
window manager xdotool's keys do not reach the focused window.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from tests.e2e.atspi_client import AtspiAgent
from tests.e2e.procs import HarnessError, ProcessGroup, wait_until

SCREEN = "1366x768x24"
KEYRING_PASSWORD = b"e2e-keyring-password"
# What the harness sets for every program it starts; the developer's or pytest's own values must not leak
# in (tests/conftest.py points ANNYEONG_* at its own tmp dirs and forces Qt offscreen).
_DROPPED_ENV = (
    "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "NO_AT_BRIDGE",
    "QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND", "SESSION_MANAGER", "GNOME_KEYRING_CONTROL",
    "SSH_AUTH_SOCK", "XAUTHORITY", "ANNYEONG_DATA_DIR", "ANNYEONG_CONFIG_DIR", "ANNYEONG_DATABASE_URL",
    "ANNYEONG_LOG_LEVEL", "PYTEST_CURRENT_TEST",
)


class Desktop:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.procs = ProcessGroup(root / "logs")
        self.display = ""
        self.env: dict[str, str] = {}
        self.agent: AtspiAgent | None = None
        self.started_in_s = 0.0

    # --- start / stop ---------------------------------------------------------------------------------

    def start(self) -> Desktop:
        began = time.monotonic()
        env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV and not k.startswith("XDG_")}
        home = self.root / "home"
        runtime = self.root / "run"
        for path in (home, runtime, home / ".config", home / ".local/share", home / ".cache",
                     home / ".local/state"):
            path.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        env.update(
            HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
            XDG_RUNTIME_DIR=str(runtime), LANG=env.get("LANG", "C.UTF-8") or "C.UTF-8",
            QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
        )
        try:
            self.display = self._start_xvfb(env)
            env["DISPLAY"] = self.display
            env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus(env)
            self.env = env
            self._start_keyring()
            self._start_openbox()
            self.agent = AtspiAgent(self.env, self.procs)
            self.agent.wait_ready()
            self._wait_keyring()
        except BaseException:
            self.stop()
            raise
        self.started_in_s = time.monotonic() - began
        return self

    def _start_xvfb(self, env: dict[str, str]) -> str:
        read_fd, write_fd = os.pipe()
        try:
            proc = self.procs.spawn(
                "xvfb",
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp",
                 "-dpi", "96"],
                env, pass_fds=(write_fd,),
            )
        finally:
            os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number.isdigit():
            raise HarnessError(f"Xvfb did not start (exit {proc.poll()}; see {self.procs.log_dir}/xvfb.log)")
        return f":{number}"

    def _start_bus(self, env: dict[str, str]) -> str:
        proc = self.procs.spawn(
            "dbus-session", ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env,
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        proc.stdout.close()
        if not address:
            raise HarnessError(f"the session bus did not start (see {self.procs.log_dir}/dbus-session.log)")
        return address

    def _start_keyring(self) -> None:
        proc = self.procs.spawn(
            "gnome-keyring",
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            self.env, stdin=subprocess.PIPE,
        )
        assert proc.stdin is not None
        proc.stdin.write(KEYRING_PASSWORD)
        proc.stdin.close()

    def _wait_keyring(self) -> None:
        assert self.agent is not None
        wait_until(
            lambda: self.agent.bus_has_owner("org.freedesktop.secrets") if self.agent else False,
            20, "gnome-keyring to own org.freedesktop.secrets",
        )

    def _start_openbox(self) -> None:
        self.procs.spawn("openbox", ["openbox", "--sm-disable"], self.env)
        wait_until(self._wm_running, 20, "openbox to manage the screen")

    def _wm_running(self) -> bool:
        result = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True, text=True,
            timeout=10, check=False,
        )
        return result.returncode == 0 and "window id" in result.stdout

    def stop(self) -> None:
        if self.agent is not None:
            self.agent.close()
            self.agent = None
        self.procs.stop()

    # --- observation ----------------------------------------------------------------------------------

    def screenshot(self, path: Path | str) -> Path:
        """The whole screen as a PNG (ImageMagick's import on the root window)."""
        return self.window_screenshot("root", path)

    def window_screenshot(self, window: str, path: Path | str) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", window, str(path)], env=self.env, check=True, timeout=30,
                       capture_output=True)
        if not path.exists() or path.stat().st_size == 0:
            raise HarnessError(f"the screenshot {path} is empty")
        return path

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            raise HarnessError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()
