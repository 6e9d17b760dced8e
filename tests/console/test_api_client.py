"""The API client against the real server: typed answers and the mapping of failures to errors."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from annyeong.console.api import account as api_account
from annyeong.console.api import calls as api_calls
from annyeong.console.api import contacts as api_contacts
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import ApiError, AuthFailed, AuthRequired, Offline
from annyeong.console.wire import CallCreate, Me, TokenResponse
from tests.support.live_server import TELEPHONY_KEY, start_live_server

PASSWORD = "annyeong120"


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_sign_in_me_and_presence(live_server: Any) -> None:
    async def go() -> None:
        seen: list[TokenResponse] = []
        client = ApiClient(server_url=live_server.url + "/", on_tokens=seen.append)
        try:
            health = await api_account.health(client)
            assert health.training
            await client.login(username="kim", password=PASSWORD)
            assert len(seen) == 1 and client.refresh_token
            me = await api_account.me(client)
            assert me.username == "kim" and me.role == "counselor"
            info = await api_calls.set_presence(client, "available")
            assert info.status == "available" and info.user_id == me.id
        finally:
            await client.aclose()

    run(go())


def test_bad_password_is_auth_failed(live_server: Any) -> None:
    async def go() -> None:
        client = ApiClient(server_url=live_server.url)
        try:
            with pytest.raises(AuthFailed) as info:
                await client.login(username="kim", password="wrong")
            assert info.value.code == "invalid_credentials"
            with pytest.raises(AuthRequired):
                await api_account.me(client)  # never signed in
        finally:
            await client.aclose()

    run(go())


def test_unreachable_server_is_offline(tmp_path: Any) -> None:
    server = start_live_server(tmp_path / "srv")
    url = server.url
    server.stop()

    async def go() -> None:
        client = ApiClient(server_url=url)
        try:
            with pytest.raises(Offline):
                await api_account.health(client)
            with pytest.raises(Offline):
                await client.login(username="kim", password=PASSWORD)
        finally:
            await client.aclose()

    run(go())


def test_expired_access_token_is_refreshed_once(live_server: Any) -> None:
    async def go() -> None:
        seen: list[TokenResponse] = []
        client = ApiClient(server_url=live_server.url, on_tokens=seen.append)
        try:
            await client.login(username="kim", password=PASSWORD)
            client.set_tokens(access_token="not-a-token", refresh_token=client.refresh_token)
            # Three requests at once share a single refresh.
            results = await asyncio.gather(*(api_account.me(client) for _ in range(3)))
            assert all(me.username == "kim" for me in results)
            assert len(seen) == 2  # login + ONE refresh
        finally:
            await client.aclose()

    run(go())


def test_revoked_session_is_auth_required(live_server: Any) -> None:
    async def go() -> None:
        client = ApiClient(server_url=live_server.url)
        other = ApiClient(server_url=live_server.url)
        try:
            await client.login(username="kim", password=PASSWORD)
            other.set_tokens(access_token=None, refresh_token=client.refresh_token)
            await other.refresh()
            await other.logout()  # revokes the family both clients share
            with pytest.raises(AuthRequired):
                await api_account.me(client)
        finally:
            await client.aclose()
            await other.aclose()

    run(go())


def test_problems_become_api_errors(live_server: Any) -> None:
    async def go() -> None:
        client = ApiClient(server_url=live_server.url)
        try:
            with pytest.raises(ApiError) as info:
                await api_calls.create_call(
                    client,
                    # Built past validation: what a broken bridge could send. (A caller ID of any shape
                    # rings; a channel the line does not have is refused.)
                    CallCreate.model_construct(from_number="010-2345-6789", channel="fax", bridge_ref=None),
                    api_key=TELEPHONY_KEY,
                    idempotency_key=str(uuid.uuid4()),
                )
            assert info.value.status == 422 and info.value.problem.errors
            assert not info.value.retryable
            with pytest.raises(AuthFailed):
                await api_calls.create_call(
                    client, CallCreate(from_number=None), api_key="wrong", idempotency_key="k"
                )

            await client.login(username="kim", password=PASSWORD)
            call = await api_calls.create_call(
                client, CallCreate(from_number="010-2345-6789"), api_key=TELEPHONY_KEY,
                idempotency_key=str(uuid.uuid4()),
            )
            with pytest.raises(ApiError) as info:
                await api_calls.accept_call(client, call.id)  # kim is offline: not offered to her
            assert info.value.status == 409 and info.value.code == "call_not_offered_to_you"
            with pytest.raises(ApiError) as info:
                await api_contacts.get_contact(client, "no-such-contact")
            assert info.value.status in (403, 404)
        finally:
            await client.aclose()

    run(go())


def test_answer_breaking_the_contract_is_bad_response(live_server: Any) -> None:
    async def go() -> None:
        client = ApiClient(server_url=live_server.url)
        try:
            # The real server's health answer read as if it were a Me: what a broken server would send.
            with pytest.raises(ApiError) as info:
                await client.request("GET", "/v1/health", Me, auth="none")
            assert info.value.code == "bad_response"
        finally:
            await client.aclose()

    run(go())
