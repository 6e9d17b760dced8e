"""The GUI thread's short scheduler slice: taken where the kernel offers it, harmless where it does not."""

from __future__ import annotations

import platform
import threading

import pytest

from annyeong.ui.shell import gui_thread


def _in_a_thread(work: object) -> object:
    """Run `work` on a thread of its own, so the test runner's thread keeps its slice."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()))  # type: ignore[operator]
    thread.start()
    thread.join(30)
    return result[0]


def test_the_thread_that_asks_gets_the_short_slice() -> None:
    if not gui_thread._kernel_at_least(6, 12) or platform.machine() not in gui_thread._SYSCALLS:
        pytest.skip("needs Linux 6.12 or later on x86_64 or aarch64")

    default = _in_a_thread(gui_thread.current_slice_ns)

    def ask() -> tuple[bool, int | None, object]:
        took = gui_thread.prefer_short_slices()
        # A worker it starts afterwards is not a window: it keeps the default.
        return took, gui_thread.current_slice_ns(), _in_a_thread(gui_thread.current_slice_ns)

    assert _in_a_thread(ask) == (True, gui_thread.GUI_SLICE_NS, default)


def test_an_older_kernel_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gui_thread.platform, "release", lambda: "6.6.30-generic")
    before = _in_a_thread(gui_thread.current_slice_ns)
    assert _in_a_thread(gui_thread.prefer_short_slices) is False
    assert _in_a_thread(gui_thread.current_slice_ns) == before


def test_kernel_versions_are_read_from_the_release_string(monkeypatch: pytest.MonkeyPatch) -> None:
    for release, expected in (("6.18.44-fc-v1272", True), ("6.12.0", True), ("6.11.9-arch1", False),
                              ("5.15.0-91-generic", False), ("7.0-rc1", True), ("weird", False)):
        monkeypatch.setattr(gui_thread.platform, "release", lambda r=release: r)
        assert gui_thread._kernel_at_least(6, 12) is expected, release
