"""Signing out wipes this PC's copy of the account once the outbox is confirmed empty; with
unsent items nothing is wiped, and they are delivered after the next sign-in."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from annyeong.console.paths import account_db_path, account_key
from annyeong.console.secrets import SERVICE
from tests.conftest import InMemoryKeyring
from tests.console.support import signed_in, wait_for

NOTE = "홍길동 님, 요즘 잠을 못 주무신다고 하심"


def _files(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("", "-wal", "-shm")]


def test_sign_out_with_an_empty_outbox_wipes_the_store_and_its_key(
    live_server: Any, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    url, data_dir = live_server.url, tmp_path / "data"
    path = account_db_path(data_dir, url, "kim")
    db_key = (SERVICE, f"db-key:{account_key(url, 'kim')}")

    async def go() -> None:
        core = await signed_in(url, data_dir)
        await core.start_sync()
        await core.calls.set_presence("available")
        call = live_server.post_call("010-2345-6789")
        await core.calls.accept_call(call["id"])
        core.contacts.update_note(NOTE)
        core.contacts.update_contact_details(
            summary="수면 문제", service_types=["conversation"], disposition="completed"
        )
        await core.contacts.end_contact()
        await (
            core.contacts.finish_wrap_up()
        )  # as the window asks: a contact open on the server would be reopened
        await wait_for(lambda: core.sync_status.pending == 0, what="the note delivered")
        assert path.exists() and db_key in memory_keyring.values
        result = await core.sign_out()
        assert result.wiped and result.pending == 0 and result.failed == 0
        assert core.me is None
        await core.close()

    asyncio.run(go())
    assert not any(p.exists() for p in _files(path)), "database, WAL and shared memory all removed"
    assert db_key not in memory_keyring.values, "the key is gone: no copy of the file can be opened"
    leftovers = [p for p in data_dir.rglob("*") if p.is_file() and NOTE.encode() in p.read_bytes()]
    assert leftovers == []

    async def again() -> None:
        core = await signed_in(url, data_dir)  # a fresh, empty store
        assert core.active_contact is None and core.sync_status.pending == 0
        await core.close()

    asyncio.run(again())


def test_sign_out_with_a_pending_note_wipes_nothing_and_delivers_it_later(
    live_server: Any, tmp_path: Path, memory_keyring: InMemoryKeyring
) -> None:
    url, data_dir = live_server.url, tmp_path / "data"
    path = account_db_path(data_dir, url, "kim")
    db_key = (SERVICE, f"db-key:{account_key(url, 'kim')}")

    async def go() -> None:
        core = await signed_in(url, data_dir)  # no start_sync: the note cannot leave yet
        await core.calls.set_presence("available")
        call = live_server.post_call("02-2133-7878")
        active = await core.calls.accept_call(call["id"])
        core.contacts.update_note(NOTE)
        assert core.sync_status.pending == 1
        result = await core.sign_out()
        assert not result.wiped and result.pending == 1 and result.failed == 0
        assert path.exists() and db_key in memory_keyring.values
        await core.close()

        core = await signed_in(url, data_dir)
        assert core.active_contact is not None and core.active_contact.note_text == NOTE
        assert core.sync_status.pending == 1
        await core.start_sync()
        await wait_for(lambda: core.sync_status.pending == 0, what="the kept note delivered")
        entries = live_server.get(f"/v1/contacts/{active.contact_id}/entries").json()
        assert NOTE in [e["body"] for e in entries["items"]]
        result = await core.sign_out()  # now confirmed empty: wiped
        assert result.wiped
        await core.close()

    asyncio.run(go())
    assert not path.exists()


def test_sign_out_gives_the_engine_a_moment_to_deliver_a_note_typed_just_before(
    live_server: Any, tmp_path: Path
) -> None:
    url, data_dir = live_server.url, tmp_path / "data"
    path = account_db_path(data_dir, url, "kim")

    async def go() -> None:
        core = await signed_in(url, data_dir)
        await core.start_sync()
        await core.calls.set_presence("available")
        call = live_server.post_call("010-3456-7890")
        active = await core.calls.accept_call(call["id"])
        core.contacts.update_note(NOTE)  # committed locally, not yet delivered
        result = await core.sign_out(drain_s=5.0)
        assert result.wiped and result.pending == 0, "delivered during the drain, then wiped"
        entries = live_server.get(f"/v1/contacts/{active.contact_id}/entries").json()
        assert NOTE in [e["body"] for e in entries["items"]]
        await core.close()

    asyncio.run(go())
    assert not path.exists()
