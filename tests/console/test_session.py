"""Signing in, restoring the session from the keyring, signing out, and restoring an open contact."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.errors import AuthFailed, NoActiveContact, NotSignedIn, Offline
from annyeong.console.secrets import SERVICE
from tests.conftest import InMemoryKeyring
from tests.console.support import PASSWORD, make_core, signed_in


def test_sign_in_restore_and_sign_out(
    live_server: Any, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    url = live_server.url
    data_dir = tmp_path / "data"

    async def go() -> None:
        core = make_core(url, data_dir)
        with pytest.raises(NotSignedIn):
            await core.calls.set_presence("available")
        with pytest.raises(AuthFailed):
            await core.sign_in(server_url=url, username="kim", password="nope")
        assert core.me is None
        me = await core.sign_in(server_url=url, username="kim", password=PASSWORD)
        assert core.me == me and core.presence == me.presence and core.active_contact is None
        assert core.secrets_persistent
        assert memory_keyring.values[(SERVICE, f"refresh:{url}|kim")]
        await core.close()

        # A restart: the refresh token in the keyring signs in again without a password.
        core = make_core(url, data_dir)
        restored = await core.restore_session(server_url=url)
        assert restored is not None and restored.username == "kim"
        await core.sign_out()
        assert core.me is None and (SERVICE, f"refresh:{url}|kim") not in memory_keyring.values
        assert await core.restore_session(server_url=url) is None
        await core.close()

    asyncio.run(go())


def test_refused_refresh_token_is_forgotten(live_server: Any, tmp_path: Path,
                                            memory_keyring: InMemoryKeyring) -> None:
    url = live_server.url

    async def go() -> None:
        memory_keyring.values[(SERVICE, f"last-user:{url}")] = "kim"
        memory_keyring.values[(SERVICE, f"refresh:{url}|kim")] = "stale-token"
        core = make_core(url, tmp_path / "data")
        assert await core.restore_session(server_url=url) is None
        assert (SERVICE, f"refresh:{url}|kim") not in memory_keyring.values
        await core.close()

    asyncio.run(go())


def test_restore_session_offline_keeps_the_token(tmp_path: Path, memory_keyring: InMemoryKeyring) -> None:
    url = "http://127.0.0.1:9"

    async def go() -> None:
        memory_keyring.values[(SERVICE, f"last-user:{url}")] = "kim"
        memory_keyring.values[(SERVICE, f"refresh:{url}|kim")] = "kept"
        core = make_core(url, tmp_path / "data")
        with pytest.raises(Offline):
            await core.restore_session(server_url=url)
        assert memory_keyring.values[(SERVICE, f"refresh:{url}|kim")] == "kept"
        await core.close()

    asyncio.run(go())


def test_open_contact_and_draft_are_restored_after_a_restart(live_server: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    async def go() -> None:
        core = await signed_in(live_server.url, data_dir)
        with pytest.raises(NoActiveContact):
            core.contacts.update_note("x")
        await core.calls.set_presence("available")
        call = live_server.post_call("02-2133-7878")
        active = await core.calls.accept_call(call["id"])
        core.contacts.update_note("처음 전화하셨대요")
        assert core.sync_status.pending == 1
        await core.close()  # as if the app were closed before syncing

        core = await signed_in(live_server.url, data_dir)
        again = core.active_contact
        assert again is not None and again.contact_id == active.contact_id
        assert again.note_text == "처음 전화하셨대요" and again.note_saved_at is not None
        assert again.caller.number_masked == "02-****-7878"
        assert core.sync_status.pending == 1
        # Another counselor on the same machine has a separate store.
        other = await signed_in(live_server.url, data_dir, username="park")
        assert other.active_contact is None
        await other.close()
        await core.close()

    asyncio.run(go())
