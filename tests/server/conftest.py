"""A server shared by the tests of one module that only read demo data or leave no one on a call."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.live_server import LiveServer, start_live_server


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path_factory.mktemp("shared"), offer_timeout_s=5.0)
    yield server
    server.stop()
