"""A full disk while typing a note: the counselor is told plainly in the banner and the note's status, the
text stays on screen and in memory, and both clear once it was written after all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.console.test_disk_full import fill, small_disk  # noqa: F401 (the fixture)
from tests.ui.support import close_console, signed_in_console, take_call, type_with_ime

pytestmark = [pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks"), pytest.mark.qt_no_exception_capture]

BANNER = ("이 PC의 저장 공간이 가득 찼습니다. 입력한 내용은 화면에 보관 중이며, 공간이 생기면 저장합니다."
          " 파일을 정리하거나 관리자에게 연락해 주세요.")


def test_the_counselor_is_told_the_disk_is_full_and_nothing_typed_is_lost(
    qtbot: Any, live_server: Any, small_disk: Path  # noqa: F811
) -> None:
    console = signed_in_console(qtbot, live_server.url, small_disk / "console")
    window = console.window
    console.core.held_notes.retry_s = 0.2
    try:
        take_call(qtbot, console, "010-3333-0707", post=live_server.post_call)
        notes = window.contact.notes
        notes.editor().setFocus()
        type_with_ime(qtbot, notes.editor(), "잠을 못 주무신다고 함.")
        notes.flush()
        qtbot.waitUntil(lambda: notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)

        filler = fill(small_disk)
        more = " 가족과 연락이 끊긴 지 오래되었다고 하심." * 40
        type_with_ime(qtbot, notes.editor(), more)
        notes.flush()
        qtbot.waitUntil(lambda: window.error_banner.message() == BANNER, timeout=20_000)
        assert notes.status_text() == "저장 공간 부족 · 화면에 보관 중 (공간이 생기면 저장)"
        assert notes.editor().toPlainText() == "잠을 못 주무신다고 함." + more

        filler.unlink()
        qtbot.waitUntil(lambda: not console.core.storage_full, timeout=20_000)
        qtbot.waitUntil(lambda: window.error_banner.message() == "", timeout=20_000)
        qtbot.waitUntil(lambda: notes.status_text() == "저장됨 · 전송 완료", timeout=20_000)
        contact = console.core.active_contact
        assert contact is not None and contact.note_text == "잠을 못 주무신다고 함." + more
    finally:
        close_console(qtbot, console)
