"""One test's desktop: Xvfb + a D-Bus session + openbox + an unlocked gnome-keyring + the AT-SPI agent.

Nothing is shared with the developer's session or another test: a display Xvfb picks itself
(-displayfd), a session bus of its own, and fresh HOME and XDG_* directories. openbox matters: without a
window manager xdotool's keys do not reach the focused window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.atspi_client import AtspiAgent
from tests.e2e.procs import HarnessError, ProcessGroup, wait_until

SCREEN_SIZE = (1366, 768)
KEYRING_PASSWORD = b"e2e-keyring-password"
_KEYRING_PROBE = (  # through the backend the console uses on Linux, never a file fallback
    "from keyring.backends.SecretService import Keyring\n"
    "k = Keyring()\n"
    "k.set_password('annyeong-e2e-probe', 'probe', 'ok')\n"
    "assert k.get_password('annyeong-e2e-probe', 'probe') == 'ok'\n"
    "k.delete_password('annyeong-e2e-probe', 'probe')\n"
)
# What the harness sets for every program it starts; the developer's or pytest's own values must not leak
# in (tests/conftest.py points ANNYEONG_* at its own tmp dirs and forces Qt offscreen).
_DROPPED_ENV = (
    "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "NO_AT_BRIDGE",
    "QT_QPA_PLATFORM", "PYTHON_KEYRING_BACKEND", "SESSION_MANAGER", "GNOME_KEYRING_CONTROL",
    "SSH_AUTH_SOCK", "XAUTHORITY", "ANNYEONG_DATA_DIR", "ANNYEONG_CONFIG_DIR", "ANNYEONG_DATABASE_URL",
    "ANNYEONG_LOG_LEVEL", "PYTEST_CURRENT_TEST",
)


def _user_dirs(base: Path) -> dict[str, str]:
    """A fresh HOME and XDG_* directories under `base` (gnome-keyring keeps its files there). The runtime
    dir, where the buses and the keyring put their sockets, is a short path under /tmp: a socket path
    longer than 107 bytes fails, and a test's tmp_path can be long."""
    home = base / "home"
    base.mkdir(parents=True, exist_ok=True)
    runtime = Path(tempfile.mkdtemp(prefix="e2e-run-", dir="/tmp"))
    (base / "run").symlink_to(runtime, target_is_directory=True)
    dirs = {
        "HOME": home, "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local/share",
        "XDG_CACHE_HOME": home / ".cache", "XDG_STATE_HOME": home / ".local/state",
        "XDG_RUNTIME_DIR": runtime,
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    return {name: str(path) for name, path in dirs.items()}


class Desktop:
    def __init__(self, root: Path, *, screen: tuple[int, int] = SCREEN_SIZE,
                 extra_env: dict[str, str] | None = None) -> None:
        """`screen`: the display's size; `extra_env`: for every program on it (e.g. QT_SCALE_FACTOR=1.5,
        a 1920x1080 screen at 150 %)."""
        self.root = root
        self._screen = screen
        self._extra_env = dict(extra_env or {})
        self.procs = ProcessGroup(root / "logs")
        self.display = ""
        self.env: dict[str, str] = {}
        self.agent: AtspiAgent | None = None
        self.started_in_s = 0.0
        self._unicode_keys: dict[str, int] = {}  # character -> the spare keycode type() mapped it to
        self._spare_keys: list[int] | None = None
        self._pcs: dict[Path, dict[str, str]] = {}  # data dir -> the environment of the PC holding it

    # --- start / stop ---------------------------------------------------------------------------------

    def start(self) -> Desktop:
        began = time.monotonic()
        env = {k: v for k, v in os.environ.items() if k not in _DROPPED_ENV and not k.startswith("XDG_")}
        env.update(_user_dirs(self.root))
        env.update(
            LANG=env.get("LANG", "C.UTF-8") or "C.UTF-8",
            QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
        )
        env.update(self._extra_env)
        try:
            self.display = self._start_xvfb(env)
            env["DISPLAY"] = self.display
            env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus(env, "dbus-session")
            self.env = env
            keyring = self._start_keyring(env, "gnome-keyring")
            self._start_openbox()
            self.agent = AtspiAgent(self.env, self.procs)
            self.agent.wait_ready()
            self._keyring_ready(env, "gnome-keyring", keyring, None)
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
                # -noreset: the keys type() maps for Hangul stay mapped while no client is connected.
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "{}x{}x24".format(*self._screen),
                 "-nolisten", "tcp",
                 "-dpi", "96", "-noreset"],
                env, pass_fds=(write_fd,),
            )
        finally:
            os.close(write_fd)
        with os.fdopen(read_fd, "rb") as pipe:
            number = pipe.readline().strip().decode()
        if not number.isdigit():
            raise HarnessError(f"Xvfb did not start (exit {proc.poll()}; see {self.procs.log_dir}/xvfb.log)")
        return f":{number}"

    @property
    def screen_size(self) -> tuple[int, int]:
        return self._screen

    @property
    def scale(self) -> float:
        """Qt's scale factor on this desktop: the accessibility tree reports logical pixels."""
        return float(self._extra_env.get("QT_SCALE_FACTOR", "1"))

    def pc_env(self, data_dir: Path) -> dict[str, str]:
        """The environment of the PC that holds `data_dir`: the first data dir on this desktop gets the
        desktop's own session bus and keyring; any other one a PC of its own (HOME, session bus, unlocked
        gnome-keyring), still on this screen and accessibility bus. A console stores its sign-in in the
        OS keyring, so two counselors (or "another PC") must not share one."""
        key = data_dir.resolve()
        found = self._pcs.get(key)
        if found is not None:
            return found
        if not self._pcs:
            self._pcs[key] = self.env
            return self.env
        assert self.agent is not None
        number = len(self._pcs) + 1
        env = dict(self.env)
        env.update(_user_dirs(self.root / f"pc-{number}"))
        # Qt finds the accessibility bus here first, so this PC's console shows in the same tree.
        env["AT_SPI_BUS_ADDRESS"] = self.agent.request("a11y_address")
        env["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus(env, f"dbus-session-pc{number}")
        name = f"gnome-keyring-pc{number}"
        self._keyring_ready(env, name, self._start_keyring(env, name), env["DBUS_SESSION_BUS_ADDRESS"])
        self._pcs[key] = env
        return env

    def _start_bus(self, env: dict[str, str], name: str) -> str:
        proc = self.procs.spawn(
            name, ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env,
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None
        address = proc.stdout.readline().decode().strip()
        proc.stdout.close()
        if not address:
            raise HarnessError(f"the session bus did not start (see {self.procs.log_dir}/{name}.log)")
        return address

    def _start_keyring(self, env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
        proc = self.procs.spawn(
            name, ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env, stdin=subprocess.PIPE,
        )
        assert proc.stdin is not None
        proc.stdin.write(KEYRING_PASSWORD)
        proc.stdin.close()
        return proc

    def _keyring_ready(
        self, env: dict[str, str], name: str, proc: subprocess.Popen[bytes], address: str | None
    ) -> None:
        """Owning its bus name is not yet answering: gnome-keyring has aborted on its first client (a GLib
        assertion, in its log) and the console then found no keyring and rightly refused to sign in. A
        throwaway client stores and reads a secret first; a daemon that died on it is started again."""
        for attempt in range(3):
            self._wait_keyring(address)
            probe = subprocess.run([sys.executable, "-c", _KEYRING_PROBE], env=env, capture_output=True,
                                   timeout=30, check=False)
            if probe.returncode == 0 and proc.poll() is None:
                return
            proc.kill()
            proc = self._start_keyring(env, f"{name}-again{attempt + 1}")
        raise HarnessError(f"gnome-keyring does not answer (see {self.procs.log_dir}/{name}*.log)")

    def _wait_keyring(self, address: str | None) -> None:
        agent = self.agent
        assert agent is not None
        wait_until(
            lambda: agent.bus_has_owner("org.freedesktop.secrets", address),
            30, "gnome-keyring to own org.freedesktop.secrets",
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

    def start_tray(self) -> None:
        """A system tray (trayer, a real XEmbed tray panel) at the bottom right, for tests of what the
        console shows through it: with a tray, Qt's QSystemTrayIcon.showMessage shows a balloon (a
        QBalloonTip window of the console, in its accessibility tree). Off by default, as on many
        office desktops; start it before the console creates its tray icon."""
        self.procs.spawn(
            "trayer",
            ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request", "--height", "24",
             "--SetDockType", "true", "--transparent", "false", "--expand", "true"],
            self.env,
        )
        wait_until(
            lambda: subprocess.run(["xdotool", "search", "--classname", "trayer"], env=self.env,
                                   capture_output=True, timeout=10, check=False).returncode == 0,
            20, "the tray panel to show",
        )

    def stop(self) -> None:
        if self.agent is not None:
            self.agent.close()
            self.agent = None
        self.procs.stop()
        for link in [self.root / "run", *self.root.glob("pc-*/run")]:
            if link.is_symlink():
                shutil.rmtree(link.resolve(), ignore_errors=True)

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

    def type_text(self, text: str, delay_ms: int) -> None:
        """Type into the focused window. Characters outside the US keymap (Hangul) are first mapped to
        spare keycodes, all at once and kept, because xdotool's own way (remap one scratch key per
        character, type, remap again) races with Qt re-reading the keymap and drops characters."""
        pending = text
        while pending:
            chunk = self._map_characters(pending)
            self.xdotool("type", "--delay", str(delay_ms), "--", chunk,
                         timeout=60 + len(chunk) * delay_ms / 1000)
            pending = pending[len(chunk):]

    def _map_characters(self, text: str) -> str:
        """Map what `text` needs; the longest prefix that fits the spare keys (all of it, normally)."""
        if self._spare_keys is None:
            self._spare_keys = self._find_spare_keys()
        new: dict[str, int] = {}
        fits = len(text)
        for index, char in enumerate(text):
            if char.isascii() or char in self._unicode_keys or char in new:
                continue
            if not self._spare_keys:
                if index == 0:
                    # Every spare key is taken: start over once the program had time to read the keys
                    # typed with the old map (they were sent before this remap, so a pause suffices).
                    time.sleep(1.0)
                    self._spare_keys = sorted(self._unicode_keys.values())
                    self._unicode_keys.clear()
                    return self._map_characters(text)
                fits = index
                break
            new[char] = self._spare_keys.pop(0)
        if new:
            expressions = []
            for char, code in new.items():
                keysym = f"U{ord(char):04X}"
                expressions += ["-e", f"keycode {code} = {keysym} {keysym}"]
            subprocess.run(["xmodmap", *expressions], env=self.env, check=True, timeout=30,
                           capture_output=True)
            self._unicode_keys.update(new)
        return text[:fits]

    def _find_spare_keys(self) -> list[int]:
        """Keycodes with no symbol, or only multimedia (XF86) ones no test presses."""
        table = subprocess.run(["xmodmap", "-pke"], env=self.env, check=True, timeout=30,
                               capture_output=True, text=True).stdout
        spare = []
        for line in table.splitlines():
            head, _, syms = line.partition("=")
            names = [s for s in syms.split() if s != "NoSymbol"]
            if all(s.startswith("XF86") for s in names):
                spare.append(int(head.split()[1]))
        return [code for code in spare if code > 8]

    def _root_property(self, name: str) -> list[int]:
        out = subprocess.run(["xprop", "-root", name], env=self.env, capture_output=True, text=True,
                             timeout=10, check=False).stdout
        if "#" not in out:
            return []
        return [int(w.strip(), 16) for w in out.split("#", 1)[1].split(",") if w.strip().startswith("0x")]

    def client_windows(self) -> list[int]:
        """The windows openbox manages, bottom to top."""
        return self._root_property("_NET_CLIENT_LIST_STACKING")

    def active_window(self) -> int | None:
        found = [w for w in self._root_property("_NET_ACTIVE_WINDOW") if w]
        return found[0] if found else None

    def window_pid(self, window: int) -> int | None:
        """_NET_WM_PID of a window (Qt sets it). Not cached: the X server hands a dead client's window
        ids to the next client, so a console killed and started again can own the "same" window."""
        out = subprocess.run(["xprop", "-id", str(window), "_NET_WM_PID"], env=self.env,
                             capture_output=True, text=True, timeout=10, check=False).stdout
        value = out.rsplit("=", 1)[-1].strip()
        return int(value) if value.isdigit() else None

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if result.returncode != 0:
            raise HarnessError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()
