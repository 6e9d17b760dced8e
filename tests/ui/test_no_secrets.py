"""After a real session (sign in, a call from 010-2345-6789, a note naming 홍길동, end), no file the
console wrote — data dir, config dir, QSettings — and no log line holds a token, the database key, the
phone number in any spelling, the name or the note. The encrypted database is grepped byte by byte too."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from annyeong.console.paths import account_db_path
from annyeong.console.store import crypto
from tests.conftest import InMemoryKeyring
from tests.ui.support import close_console, signed_in_console, take_call, type_with_ime

pytestmark = pytest.mark.usefixtures("qloop", "_cancel_leftover_tasks")

NAME = "홍길동"
NOTE = f"{NAME} 님, 요즘 밤마다 혼자라서 잠을 못 주무신다고 하심"
NUMBER_FORMS = ("010-2345-6789", "01023456789", "+821023456789", "821023456789", "2345-6789", "23456789",
                "010 2345 6789")


def _needles(secrets: list[str]) -> dict[str, list[bytes]]:
    """Each secret in the encodings a file or log could hold it in."""
    out: dict[str, list[bytes]] = {}
    for secret in secrets:
        forms = {secret.encode("utf-8"), secret.encode("utf-16-le"),
                 json.dumps(secret).strip('"').encode()}  # "\ud64d..." as JSON with ensure_ascii
        out[secret] = sorted(forms)
    return out


def _files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_no_token_number_name_or_note_in_files_or_logs(
    qtbot: Any, live_server: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    memory_keyring: InMemoryKeyring,
) -> None:
    caplog.set_level(logging.DEBUG)
    settings_dir = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    data_dir = tmp_path / "data"  # the conftest's ANNYEONG_DATA_DIR: everything the console keeps
    console = signed_in_console(qtbot, live_server.url, data_dir)
    window = console.window
    tokens: set[str] = set()
    try:
        client = console.core.client
        tokens |= {t for t in (client._access_token, client.refresh_token) if t}
        take_call(qtbot, console, "010-2345-6789", post=live_server.post_call)
        editor = window.contact.notes.editor()
        type_with_ime(qtbot, editor, NOTE)
        qtbot.waitUntil(lambda: window.contact.notes.status_text() == "저장됨 · 전송 완료", timeout=10_000)
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.contact.state() == "wrap_up", timeout=10_000)
        qtbot.waitUntil(lambda: console.core.sync_status.pending == 0, timeout=10_000)
        tokens |= {t for t in (client._access_token, client.refresh_token) if t}
        QSettings().sync()
    finally:
        close_console(qtbot, console)

    db_path = account_db_path(data_dir, live_server.url, "kim")
    assert db_path.exists() and not crypto.is_plaintext(db_path), "the account store is encrypted"
    keys = [v for (_, k), v in memory_keyring.values.items() if k.startswith("db-key:")]
    assert keys, "the database key is in the keyring"
    assert any(k.startswith("refresh:") for (_, k) in memory_keyring.values), "the token is in the keyring"

    secrets = [*tokens, *keys, *NUMBER_FORMS, NAME, NOTE]
    raw_keys = [bytes.fromhex(k) for k in keys]
    files = _files(data_dir, tmp_path / "config", settings_dir, tmp_path / "console")
    assert any(p.name == db_path.name for p in files)
    leaks: list[str] = []
    for path in files:
        content = path.read_bytes()
        for secret, forms in _needles(secrets).items():
            if any(form in content for form in forms):
                leaks.append(f"{path.relative_to(tmp_path)}: {secret[:12]}…")
        if any(key in content for key in raw_keys):
            leaks.append(f"{path.relative_to(tmp_path)}: raw database key")
    for record in caplog.records:
        text = f"{record.getMessage()} {record.args!r} {record.exc_text or ''}"
        leaks += [f"log {record.name}: {secret[:12]}…" for secret in secrets if secret in text]
    assert caplog.records, "the logs were captured"
    assert not leaks, leaks
