"""Console: the installed `annyeong-console` as a separate process on a test desktop, driven from outside.

Input is real X input (xdotool through the XTEST extension, under openbox); observation is the AT-SPI tree
(tests/e2e/atspi_agent.py) and screenshots. Nothing of the program is imported.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tests.e2e.atspi_client import AtspiError
from tests.e2e.node import Node
from tests.e2e.procs import HarnessError, ProcessGroup, venv_bin, wait_until

if TYPE_CHECKING:
    from tests.e2e.atspi_client import AtspiAgent
    from tests.e2e.desktop import Desktop

DEMO_PASSWORD = "annyeong120"
START_TIMEOUT_S = 60.0  # a cold start on a busy 2-core CI machine; the typical one is a few seconds
TYPE_DELAY_MS = 12


class Console:
    def __init__(
        self,
        desktop: Desktop,
        server_url: str | None,
        root: Path,
        *,
        user: str = "kim",
        password: str = DEMO_PASSWORD,
        lang: str = "ko",
        theme: str | None = None,
        data_dir: Path | None = None,
        extra_args: Sequence[str] = (),
    ) -> None:
        self.desktop = desktop
        self.server_url = server_url
        self.user = user
        self.password = password
        self.lang = lang
        self.theme = theme
        self.root = root
        self.data_dir = Path(data_dir) if data_dir is not None else root / "data"
        # Beside the data dir, so a restart (same data dir) keeps the look, and two consoles never share it.
        self.config_dir = self.data_dir.with_name(self.data_dir.name + "-config")
        self.extra_args = tuple(extra_args)
        self.procs = ProcessGroup(root / "logs")
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_in_s = 0.0  # process start -> main window showing, signed in
        # Seconds from the process start to each step of the last start, for the curious and for budgets.
        self.timings: dict[str, float] = {}
        self.last_find_ms = 0.0
        self._starts = 0
        self._began = 0.0

    # --- life -----------------------------------------------------------------------------------------

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise HarnessError("the console is not running")
        return self.proc.pid

    @property
    def agent(self) -> AtspiAgent:
        if self.desktop.agent is None:
            raise HarnessError("the desktop is stopped")
        return self.desktop.agent

    def start(self, *, sign_in: bool = True) -> Console:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.config_dir.mkdir(parents=True, exist_ok=True)
        if self.theme is not None:
            self._write_look()
        env = dict(self.desktop.pc_env(self.data_dir))
        env["ANNYEONG_DATA_DIR"] = str(self.data_dir)
        env["ANNYEONG_CONFIG_DIR"] = str(self.config_dir)
        argv = [venv_bin("annyeong-console"), "--data-dir", str(self.data_dir)]
        if self.server_url is not None:
            argv += ["--server", self.server_url]
        else:
            argv += ["--user", self.user]  # training mode: the embedded server, signed in by itself
        if self.lang:
            argv += ["--lang", self.lang]
        argv += list(self.extra_args)
        self._began = time.monotonic()
        self.timings = {}
        self._starts += 1
        self.proc = self.procs.spawn(f"console-{self._starts}", argv, env)
        if sign_in:
            self.sign_in()
            self.started_in_s = time.monotonic() - self._began
        return self

    def _mark(self, step: str) -> None:
        self.timings[step] = round(time.monotonic() - self._began, 3)

    def _write_look(self) -> None:
        # The theme menu's own store (QSettings ini, ui/common/theme.py / ui/text/i18n.py), pre-written as
        # if the counselor had chosen the theme last session. Other keys in the file are kept.
        path = self.config_dir / "look.ini"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        body = [line for line in lines if line.strip() and not line.startswith(("[look]", "theme="))]
        path.write_text("\n".join(["[look]", f"theme={self.theme}", *body]) + "\n", encoding="utf-8")

    def sign_in(self, timeout: float = START_TIMEOUT_S) -> None:
        """Through the real sign-in window, with real keys; returns once the main window shows. A saved
        sign-in the console restores by itself (a restart) skips the window."""
        self._wait_registered(timeout)
        self._mark("on the accessibility bus")

        def state() -> str:
            if self.exists("mainWindow"):
                return "main"
            password = self._find_now("loginPassword")
            if password is not None and password.enabled:
                return "login"
            return ""

        shown = wait_until(state, timeout, "the sign-in window or the main window", interval=0.1)
        self._mark(f"{shown} window showing")
        if shown == "login":
            self._fill_field("loginUser", self.user)
            self._fill_field("loginPassword", self.password)
            self.key("Return")

            def signed_in() -> bool:
                if self.exists("mainWindow"):
                    return True
                error = self._find_now("loginError")
                if error is not None and error.name and error.text:
                    raise HarnessError(f"sign-in as {self.user} refused: {error.text}")
                return False

            self._mark("credentials typed")
            wait_until(signed_in, timeout, f"{self.user}'s main window after signing in", interval=0.1)
            self._mark("main window showing")

    def go_available(self, timeout: float = 20) -> None:
        """Choose the first state of the 상태 menu (대기 · Available: calls ring here) with the real mouse and
        keys, as a counselor starting a shift does; the demo server starts everyone offline."""
        combo = self.find("presenceCombo")
        self.wait(lambda: combo.enabled, timeout, "the presence menu to be enabled")
        self.click("presenceCombo")
        # The open list's items carry the list view's id; the first one is 대기.
        items = self.wait(
            lambda: [n for n in self.find_all("QComboBoxListView") if n.role == "list item"],
            timeout, "the presence menu to open",
        )
        assert isinstance(items, list)
        wanted = items[0].name
        # No window activation here: the open list holds the keyboard grab, activating would close it.
        self.desktop.xdotool("key", "Home", "Return")
        self.wait(lambda: combo.name == wanted and combo.enabled, timeout, f"the presence to become {wanted}")

    def _fill_field(self, object_name: str, text: str) -> None:
        field = self.find(object_name)
        self.click(object_name)
        wait_until(lambda: field.focused, 10, f"{object_name} to take the focus")
        self.key("ctrl+a")
        self.key("BackSpace")
        self.type(text)

    def _wait_registered(self, timeout: float) -> None:
        def registered() -> bool:
            self._check_alive()
            return bool(self.agent.request("app", pid=self.pid))

        wait_until(registered, timeout, "the console to appear on the accessibility bus", interval=0.1)

    def _check_alive(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            log = self.procs.log_dir / f"console-{self._starts}.log"
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise HarnessError(f"the console exited with {self.proc.returncode}; its log ends:\n{tail}")

    def kill(self) -> None:
        """SIGKILL, as a crash or a pulled plug; what it spawned is remembered for the teardown."""
        if self.proc is None:
            return
        self.procs.remember_descendants(self.proc.pid)
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._forget()

    def quit(self, timeout: float = 30) -> int:
        """An orderly end (SIGTERM, which the console handles like closing its window); its exit code."""
        if self.proc is None:
            return 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise HarnessError(f"the console did not quit within {timeout:.0f} s of SIGTERM") from exc
        self._forget()
        return code

    def restart(self, *, sign_in: bool = True) -> Console:
        """Quit (if running) and start again on the same data dir, signing in again."""
        if self.proc is not None and self.proc.poll() is None:
            self.quit()
        self._forget()
        return self.start(sign_in=sign_in)

    def _forget(self) -> None:
        if self.proc is not None and self.desktop.agent is not None:
            with contextlib.suppress(AtspiError, HarnessError):
                self.desktop.agent.request("forget_app", pid=self.proc.pid)
        self.proc = None

    def stop(self) -> None:
        """Teardown: end the console and anything it left behind, by PID."""
        if self.proc is not None:
            self.procs.remember_descendants(self.proc.pid)
        self.procs.stop()
        self.proc = None

    # --- observation ----------------------------------------------------------------------------------

    def _find_now(self, object_name: str) -> Node | None:
        answer = self.agent.request("find", pid=self.pid, object_name=object_name, first_only=True)
        self.last_find_ms = float(answer["ms"])
        nodes = answer["nodes"]
        return Node.from_info(self.agent, nodes[0]) if nodes else None

    def find(self, object_name: str, timeout: float = 10) -> Node:
        """The first showing widget with this objectName, waiting up to `timeout` s for it."""

        def found() -> Node | None:
            self._check_alive()
            return self._find_now(object_name)

        node = wait_until(found, timeout, f"a showing widget named {object_name!r}", interval=0.1)
        assert isinstance(node, Node)
        return node

    def find_all(self, object_name: str) -> list[Node]:
        answer = self.agent.request("find", pid=self.pid, object_name=object_name, first_only=False)
        self.last_find_ms = float(answer["ms"])
        return [Node.from_info(self.agent, info) for info in answer["nodes"]]

    def exists(self, object_name: str) -> bool:
        return self._find_now(object_name) is not None

    def wait(self, predicate: Callable[[], object], timeout: float = 10, what: str = "a condition") -> object:
        def checked() -> object:
            self._check_alive()
            return predicate()

        return wait_until(checked, timeout, what, interval=0.1)

    def dump_tree(self, include_hidden: bool = False) -> str:
        """The console's accessibility tree as indented text: role, #objectName, name, text, states,
        extents. Print it when a find() times out."""
        return str(self.agent.request("dump", pid=self.pid, all=include_hidden))

    def screenshot(self, path: Path | str) -> Path:
        """The console's active window (its main window, or the dialog in front)."""
        return self.desktop.window_screenshot(self.window(), path)

    # --- input ----------------------------------------------------------------------------------------

    def windows(self) -> list[str]:
        """The console's managed top-level windows (X ids, decimal), bottom to top."""
        return [str(w) for w in self.desktop.client_windows() if self.desktop.window_pid(w) == self.pid]

    def window(self) -> str:
        """The window keys go to: the active one if it is the console's, else its topmost."""
        # The accessibility tree can show a window a moment before the window manager lists it.
        try:
            found = wait_until(self.windows, 15, "a window of the console in the window manager's list",
                               interval=0.1)
            mine = list(found) if isinstance(found, list) else []
        except HarnessError:
            raise HarnessError("the console shows no window") from None
        active = self.desktop.active_window()
        return str(active) if active is not None and str(active) in mine else mine[-1]

    def activate(self) -> None:
        """Bring the console's window to the front with the keyboard focus, as a click on it would."""
        self._activate()

    def minimize(self) -> None:
        """Iconify every window of the console (a counselor in another program)."""
        for window in self.windows():
            self.desktop.xdotool("windowminimize", "--sync", window)

    def is_active(self) -> bool:
        """Whether the window with the keyboard focus is one of the console's."""
        active = self.desktop.active_window()
        return active is not None and str(active) in self.windows()

    def demands_attention(self) -> bool:
        """Whether a window of the console asks for attention (taskbar flash): _NET_WM_STATE_DEMANDS_-
        ATTENTION, or the ICCCM urgency hint, which QApplication.alert() sets."""
        for window in self.windows():
            out = subprocess.run(
                ["xprop", "-id", window, "_NET_WM_STATE", "WM_HINTS"], env=self.desktop.env,
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout
            if "_NET_WM_STATE_DEMANDS_ATTENTION" in out or "urgent" in out.lower():
                return True
        return False

    def _activate(self) -> None:
        self._check_alive()
        window = self.window()
        self.desktop.xdotool("windowactivate", "--sync", window)

    def key(self, *keys: str) -> None:
        """xdotool key names: "F12", "ctrl+Return", "Escape" (several are pressed in turn)."""
        self._activate()
        self.desktop.xdotool("key", "--clearmodifiers", *keys)

    def type(self, text: str) -> None:
        """Real key presses for every character (Hangul included), into the focused widget."""
        self._activate()
        self.desktop.type_text(text, TYPE_DELAY_MS)

    def hold_key(self, key: str, seconds: float, *, repeat: bool = True) -> None:
        """Press, hold `seconds`, release. Like a real keyboard, the X server auto-repeats a held key
        (after 660 ms, 25 a second: Qt sees isAutoRepeat() press/release pairs); repeat=False turns that
        off for the hold."""
        self._activate()
        if not repeat:
            subprocess.run(["xset", "r", "off"], env=self.desktop.env, check=True, timeout=10)
        try:
            self.desktop.xdotool("keydown", key)
            try:
                time.sleep(seconds)
            finally:
                self.desktop.xdotool("keyup", key)
        finally:
            if not repeat:
                subprocess.run(["xset", "r", "on"], env=self.desktop.env, check=True, timeout=10)

    def _move_to(self, object_name: str) -> None:
        node = self.find(object_name)
        x, y = node.centre
        x, y = round(x * self.desktop.scale), round(y * self.desktop.scale)
        width, height = self.desktop.screen_size
        if not (0 <= x < width and 0 <= y < height):
            # The pointer would stop at the screen's edge and the click land on whatever is there.
            raise HarnessError(
                f"{object_name} is off the {width}x{height} screen (its centre is at {x},{y}); "
                "a counselor could not click it either"
            )
        self._activate()
        self.desktop.xdotool("mousemove", "--sync", str(x), str(y))

    def click(self, object_name: str) -> None:
        """A real left click at the widget's centre."""
        self._move_to(object_name)
        self.desktop.xdotool("click", "1")

    def press_and_hold(self, object_name: str, seconds: float) -> None:
        self._move_to(object_name)
        self.desktop.xdotool("mousedown", "1")
        try:
            time.sleep(seconds)
        finally:
            self.desktop.xdotool("mouseup", "1")
