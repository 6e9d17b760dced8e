"""The embedded training server (a real subprocess) and the training simulator ringing it."""

from __future__ import annotations

import asyncio
import json
import random
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.api import account as api_account
from annyeong.console.api import calls as api_calls
from annyeong.console.api.client import ApiClient
from annyeong.console.embedded import EmbeddedServer, free_port, port_is_free
from annyeong.console.simulator import RETURNING_NUMBERS, TrainingSimulator
from tests.console.support import signed_in, wait_for

# The console's own 30 s startup bound is for a PC; a loaded 2-core test machine needs more.
START_S = 120.0


@pytest.mark.slow
def test_embedded_server_starts_on_a_free_port_and_stops(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    # Occupy 8120 if nobody does, so the fallback to a free port is exercised either way.
    blocker = socket.socket()
    blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
    if port_is_free(8120):
        blocker.bind(("127.0.0.1", 8120))
        blocker.listen(1)

    async def go() -> None:
        server = EmbeddedServer(data_dir=data_dir, startup_timeout_s=START_S)
        try:
            url = await server.start()
            assert not url.endswith(":8120")
            info = json.loads(server.info_path.read_text())
            assert info == {"url": url, "telephony_key": "training-telephony-key", "pid": info["pid"]}
            assert server.database_path.exists()

            client = ApiClient(server_url=url)
            try:
                assert (await api_account.health(client)).training
                await client.login(username="kim", password="annyeong120")
                await api_calls.set_presence(client, "available")
                me = await api_account.me(client)
                sim = TrainingSimulator(client=client, interval_s=0.05, rng=random.Random(3),
                                        pool=RETURNING_NUMBERS)
                call = await sim.ring_once()
                assert call.offered_to == me.id and call.caller.returning
                # The loop rings on its own while enabled, and stops when disabled.
                await sim.set_enabled(True)
                assert sim.enabled
                for _ in range(200):
                    if sim.calls_posted >= 3:
                        break
                    await asyncio.sleep(0.02)
                await sim.set_enabled(False)
                assert sim.calls_posted >= 3 and not sim.enabled
            finally:
                await client.aclose()
        finally:
            await server.stop()
        assert not server.running and not server.info_path.exists()
        await server.stop()  # twice is fine

    try:
        asyncio.run(go())
    finally:
        blocker.close()


def test_simulator_skips_ticks_when_told() -> None:
    async def go() -> None:
        client = ApiClient(server_url="http://127.0.0.1:9")  # never reached: every tick is skipped
        asked: list[int] = []

        def busy() -> bool:
            asked.append(1)
            return False

        sim = TrainingSimulator(client=client, interval_s=0.01, should_ring=busy)
        sim.start()
        await asyncio.sleep(0.2)
        await sim.stop()
        assert asked and sim.calls_posted == 0
        await client.aclose()

    asyncio.run(go())


@pytest.mark.slow
def test_a_console_killed_without_goodbye_leaves_a_server_the_next_one_adopts(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    async def go() -> None:
        port = free_port()
        first = EmbeddedServer(data_dir=data_dir, startup_timeout_s=START_S, port=port)
        url = await first.start()
        pid = json.loads(first.info_path.read_text())["pid"]
        # The first console dies (SIGKILL): nobody calls first.stop(). The next console starts.
        second = EmbeddedServer(data_dir=data_dir, startup_timeout_s=START_S, port=port)
        try:
            assert await second.start() == url
        finally:
            await second.stop()
        for _ in range(600):  # up to 30 s: the first server's own exit on a loaded machine
            if first._process is not None and first._process.poll() is not None:
                break
            await asyncio.sleep(0.05)
        assert first._process is not None and first._process.poll() is not None, f"server {pid} still running"
        assert not second.info_path.exists()

    asyncio.run(go())


def test_training_rings_chats_too_played_by_a_person_of_their_own(live_server: Any, tmp_path: Path) -> None:
    """A chat ring: `annyeong-sim person` in its own process asks for a counselor on the web chat; the
    chat is offered like a call."""
    async def go() -> None:
        core = await signed_in(live_server.url, tmp_path / "data")
        person = [sys.executable, "-m", "annyeong.server.sim.main", "person", "--server", live_server.url,
                  "--end", "--stay", "60"]
        sim = TrainingSimulator(client=core.client, person_command=person, chat_share=1.0)
        try:
            await core.start_sync()
            await core.calls.set_presence("available")
            assert await sim.chat_once()
            await wait_for(lambda: core.offered_call is not None, 30, "the chat offered")
            assert core.offered_call is not None and core.offered_call.channel == "chat"
        finally:
            await sim.stop()
            await core.close()
        assert sim.chats_started == 1 and sim._people == []

    asyncio.run(go())
