"""Wrapped-up contacts leave the local cache after Settings.local_retention_days; a contact with
anything unsent stays whatever its age."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.core import ConsoleCore
from annyeong.console.settings import Settings, load_settings
from tests.console.support import fill_wrap_up, signed_in, wait_for
from tests.support import web

NOTE = "어머니와 다툰 뒤로 잠을 못 잔다고 하심"


def _count(core: ConsoleCore, table: str, contact_id: str) -> int:
    assert core.context.account is not None
    sql = f"SELECT count(*) FROM {table} WHERE contact_id = ?"  # our own table names
    return int(core.context.account.db.conn.execute(sql, (contact_id,)).fetchone()[0])


def _cached(core: ConsoleCore, contact_id: str) -> bool:
    return any(_count(core, t, contact_id) for t in ("contacts", "notes", "contact_search"))


async def _contact(core: ConsoleCore, live_server: Any, number: str) -> str:
    await core.calls.set_presence("available")
    call = live_server.post_call(number)
    active = await core.calls.accept_call(call["id"])
    core.contacts.update_note(NOTE)
    return active.contact_id


def test_a_wrapped_up_contact_leaves_after_the_retention_window(live_server: Any, tmp_path: Path) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data", local_retention_days=7)
        await core.start_sync()
        contact_id = await _contact(core, live_server, "010-2345-6789")
        fill_wrap_up(core)
        await core.contacts.finish_wrap_up()
        await wait_for(lambda: core.sync_status.pending == 0, what="everything delivered")
        now = datetime.now(UTC)
        assert core.contacts.purge_expired_contacts(now=now + timedelta(days=6)) == 0
        assert _cached(core, contact_id)
        assert core.contacts.purge_expired_contacts(now=now + timedelta(days=8)) == 1
        assert not _cached(core, contact_id)
        await core.close()

    asyncio.run(go())


def test_purge_runs_at_sign_in_and_keeps_contacts_with_unsent_rows(live_server: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    long_ago = (datetime.now(UTC) - timedelta(days=40)).isoformat()

    async def go() -> None:
        core = await signed_in(live_server.url, data_dir)  # no sync: the rows stay unsent
        contact_id = await _contact(core, live_server, "02-2133-7878")
        core.contacts.update_contact_details(
            summary="안부 통화", service_types=["conversation"], disposition="completed"
        )
        await core.contacts.end_contact()
        assert core.context.account is not None
        core.context.account.store.close_contact(contact_id)  # wrapped up here, not yet on the server
        with core.context.account.db.transaction() as conn:
            conn.execute("UPDATE contacts SET ended_at = ? WHERE contact_id = ?", (long_ago, contact_id))
        assert core.sync_status.pending >= 1
        await core.close()

        core = await signed_in(live_server.url, data_dir)  # the sign-in purge ran
        assert _cached(core, contact_id), "a contact with unsent rows is never purged"
        await core.start_sync()  # start_sync purges too, once the rows are gone
        await wait_for(lambda: core.sync_status.pending == 0, what="the unsent rows delivered")
        await core.close()
        # The wrap-up reaches the server too (a contact its counselor still holds open there would be
        # reopened at sign-in, on purpose: tests/sync/test_outages.py).
        wrapped = web.post(f"{live_server.url}/v1/contacts/{contact_id}/wrap-up",
                             headers={"Authorization": f"Bearer {live_server.token('kim')}"}, timeout=10)
        assert wrapped.status_code == 200, wrapped.text

        core = await signed_in(live_server.url, data_dir)
        assert not _cached(core, contact_id)
        await core.close()

    asyncio.run(go())


def test_the_retention_setting_is_validated(tmp_path: Path) -> None:
    assert Settings().local_retention_days == 30
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"local_retention_days": 7}), encoding="utf-8")
    assert load_settings(path).settings.local_retention_days == 7
    for bad in (0, -1, 3651, "30", True, 7.5, None):
        path.write_text(json.dumps({"local_retention_days": bad, "language": "en"}), encoding="utf-8")
        loaded = load_settings(path)
        assert loaded.settings.local_retention_days == 30, bad
        assert loaded.settings.language == "en" and loaded.problem == "settings_invalid_value"


@pytest.mark.parametrize("days", [1, 3650])
def test_the_bounds_are_accepted(tmp_path: Path, days: int) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"local_retention_days": days}), encoding="utf-8")
    assert load_settings(path).settings.local_retention_days == days
