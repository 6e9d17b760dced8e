"""A full disk on the console's data directory (a small tmpfs mounted for the test): nothing saved before
is lost, what is typed meanwhile is held in memory and written when space returns, and all of it reaches
the server once."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.errors import StorageFull
from annyeong.console.store.held import HeldNotes
from tests.console.support import signed_in, wait_for

FILLER_CHUNK = 64 * 1024


def _mount_tmpfs(path: Path, size: str) -> str | None:
    """Mount a tmpfs of `size` at `path`; the reason when that is not possible here."""
    if sys.platform != "linux":
        return "tmpfs is Linux"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                            capture_output=True, text=True, check=False)
    return None if result.returncode == 0 else f"mount tmpfs: {result.stderr.strip()}"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    reason = _mount_tmpfs(mount, "8m")
    if reason is not None:
        pytest.skip(reason)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the file system to the last byte with a filler file (removed to make space again)."""
    filler = disk / f"filler-{uuid.uuid4().hex}"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (FILLER_CHUNK, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_holds_typing_in_memory_and_writes_it_when_space_returns(
    live_server: Any, small_disk: Path
) -> None:
    async def go() -> None:
        core = await signed_in(live_server.url, small_disk / "data")
        core.held_notes.retry_s = 0.2
        await core.calls.set_presence("available")
        call = live_server.post_call("010-2345-6789")
        contact_id = (await core.calls.accept_call(call["id"])).contact_id
        await core.start_sync()
        saved = "오늘 많이 외로웠다고 하심."
        core.contacts.update_note(saved)
        await wait_for(lambda: core.sync_status.pending == 0, what="the first draft delivered")

        # The disk fills up; the counselor types on. Pushing waits: a row's attempt cannot be counted.
        filler = fill(small_disk)
        typed = [saved + " 요즘 밤에 잠을 못 주무신다고 함." * n for n in range(1, 30)]
        refused = 0
        for text in typed:
            try:
                core.contacts.update_note(text)
            except StorageFull:
                refused += 1
            await asyncio.sleep(0.01)
        assert refused > 0, "the disk was full: some writes must have been refused"
        assert core.storage_full and core.held_notes.text(contact_id) == typed[-1]

        # Nothing saved before is lost: the database still opens elsewhere and holds the saved draft
        # (or a later one that still fitted), never less.
        assert core.active_contact is not None and core.active_contact.note_text.startswith(saved)

        # Space returns: the held draft is written without anyone typing, then sent, once.
        filler.unlink()
        await wait_for(lambda: not core.storage_full, timeout=20, what="the held draft written")
        assert core.active_contact is not None and core.active_contact.note_text == typed[-1]
        await wait_for(lambda: core.sync_status.pending == 0, timeout=30, what="delivered after space")
        entries = live_server.get(f"/v1/contacts/{contact_id}/entries").json()["items"]
        # Each revision once: the one sent before the disk filled, and the newest text after.
        assert [(e["revision"], e["body"]) for e in entries] == [(1, saved), (2, typed[-1])]
        await core.close()

    asyncio.run(go())


def test_held_notes_keep_the_newest_text_and_retry_until_a_write_fits() -> None:
    async def go() -> None:
        held = HeldNotes(retry_s=0.01)
        written: list[tuple[str, str]] = []
        room = asyncio.Event()
        done = asyncio.Event()

        def write(contact_id: str, text: str) -> None:
            if not room.is_set():
                raise StorageFull()
            written.append((contact_id, text))

        held.hold("c1", "첫")
        held.hold("c1", "첫 줄")
        held.start(write, done.set)
        await asyncio.sleep(0.05)
        assert held.full and written == []
        room.set()
        await asyncio.wait_for(done.wait(), 5)
        assert written == [("c1", "첫 줄")] and not held.full
        with contextlib.suppress(Exception):
            await held.stop()

    asyncio.run(go())
