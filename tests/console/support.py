"""Small helpers for the core tests: build a real ConsoleCore and wait for conditions on the loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annyeong.console.api.client import ApiClient
from annyeong.console.core import ConsoleCore
from annyeong.console.secrets import SecretStore
from annyeong.console.settings import Settings

PASSWORD = "annyeong120"


def make_core(url: str, data_dir: Path, **settings: Any) -> ConsoleCore:
    return ConsoleCore(
        settings=Settings(server_url=url, **settings), data_dir=data_dir, client=ApiClient(server_url=url),
        secrets=SecretStore(),
    )


async def signed_in(url: str, data_dir: Path, username: str = "kim", **settings: Any) -> ConsoleCore:
    """A signed-in core; `settings` override Settings fields (e.g. dispatch_receive_timeout_s)."""
    core = make_core(url, data_dir, **settings)
    await core.sign_in(server_url=url, username=username, password=PASSWORD)
    return core


async def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def fill_wrap_up(core: ConsoleCore, summary: str = "대화 나눔") -> None:
    """The least a contact needs before wrap-up: a summary, a service type, a disposition."""
    core.contacts.update_contact_details(
        summary=summary, service_types=["conversation"], disposition="completed"
    )
