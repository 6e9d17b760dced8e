"""자치구 follows the address typed into the dispatch form while it says 모름: what police routing and the
read-out use, without a second step for the counselor. A district picked by hand is never changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from annyeong.ui.text.labels import district_named
from tests.ui.support import close_console, signed_in_console, take_call

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")


def test_the_district_an_address_names() -> None:
    assert district_named("서울 은평구 녹번동 1") == "은평구"
    assert district_named("서울특별시중구 세종대로 110") == "중구"
    assert district_named("마포구청역 2번 출구") == "마포구"
    assert district_named("서울시 동대문구 제기동") == "동대문구"
    assert district_named("망원동 412-7") is None
    assert district_named("대중구 어딘가") is None, "a name inside a longer word"
    # As the English interface's counselor types them.
    assert district_named("Mangwon-dong 412-7, Mapo-gu") == "마포구"
    assert district_named("seodaemun gu, Seoul") == "서대문구"
    assert district_named("Jung-gu Sejong-daero 110") == "중구"
    assert district_named("near Jungnang-gu office") == "중랑구", "the longer name, not Jung-gu inside it"
    assert district_named("Yeongdeungpogu station") == "영등포구"
    assert district_named("Gyojung-gu") is None and district_named("Mapo-dong") is None


def _commit(widget: Any, text: str) -> None:
    """Hangul as an input method delivers it: a commit to the focused field."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_form_fills_the_district_from_the_address_unless_picked(
    qtbot: Any, live_server: Any, tmp_path: Path
) -> None:
    console = signed_in_console(qtbot, live_server.url, tmp_path / "console")
    panel = console.window.dispatch_panel
    try:
        take_call(qtbot, console, "010-5151-1212", post=live_server.post_call)
        qtbot.mouseClick(console.window.contact.emergency, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.mode() == "form", timeout=10_000)
        form = panel.form
        assert form.district.currentData() is None
        form.address.setFocus()
        _commit(form.address, "서울 은평구 녹번동 1")
        assert form.district.currentData() == "은평구"
        assert "은평구" in form.summary.toPlainText()
        form.address.selectAll()  # corrected: it was 서대문구 all along
        _commit(form.address, "서울 서대문구 연희동")
        assert form.district.currentData() == "서대문구", "read again from the corrected address"
        form.district.activated.emit(form.district.findData("마포구"))  # the counselor knows better
        form.district.setCurrentIndex(form.district.findData("마포구"))
        form.address.selectAll()
        _commit(form.address, "은평구 녹번동")
        assert form.district.currentData() == "마포구", "a district picked by hand stays"
    finally:
        close_console(qtbot, console)
