"""Bad input gets a problem+json 4xx, never a 500: malformed, oversized, mistyped, fuzzed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.helpers import User, assert_problem
from tests.support import web
from tests.support.live_server import TELEPHONY_KEY, LiveServer

JSON = {"content-type": "application/json"}


def _call_headers() -> dict[str, str]:
    return {**JSON, "X-API-Key": TELEPHONY_KEY, "Idempotency-Key": str(uuid.uuid4())}


def test_malformed_json(live_server: LiveServer) -> None:
    for body in (b"{", b"{'a': 1}", b"[1,", b"nul", b'{"username": "kim",}'):
        r = web.post(f"{live_server.url}/v1/auth/token", content=body, headers=JSON)
        assert_problem(r, 400, "malformed_json")
        r = web.post(f"{live_server.url}/v1/calls", content=body, headers=_call_headers())
        assert_problem(r, 400, "malformed_json")


def test_non_utf8_body(live_server: LiveServer) -> None:
    for body in (b"\xff\xfe\x00", b'{"username": "\xc3\x28", "password": "x"}'):
        r = web.post(f"{live_server.url}/v1/auth/token", content=body, headers=JSON)
        assert 400 <= r.status_code < 500, r.text
        assert r.headers["content-type"].startswith("application/problem+json")


def test_wrong_types_and_unknown_fields_name_the_field(live_server: LiveServer) -> None:
    cases = [
        ({"username": 5, "password": "x"}, "username"),
        ({"username": "kim"}, "password"),
        ({"username": "kim", "password": "x", "admin": True}, "admin"),
        ({"username": "", "password": "x"}, "username"),
        ({"username": "k" * 10_000, "password": "x"}, "username"),
        ([], "body"),
    ]
    for body, field in cases:
        r = web.post(f"{live_server.url}/v1/auth/token", json=body)
        problem = assert_problem(r, 422, "validation_failed")
        assert field in {e["field"] for e in problem["errors"]}, problem
        # The offending input is never echoed back.
        assert "k" * 100 not in r.text


def test_call_body_limits(live_server: LiveServer) -> None:
    for body, field in (
        ({"from_number": 1012345678}, "from_number"),
        ({"from_number": None, "channel": "fax"}, "channel"),
        ({"from_number": None, "bridge_ref": "x" * 65}, "bridge_ref"),
    ):
        r = web.post(f"{live_server.url}/v1/calls", json=body, headers=_call_headers())
        problem = assert_problem(r, 422)
        assert problem["errors"][0]["field"] == field


def test_oversized_body_by_length_and_by_stream(live_server: LiveServer) -> None:
    big = b'{"username": "' + b"a" * 2_000_000 + b'", "password": "x"}'
    r = web.post(f"{live_server.url}/v1/auth/token", content=big, headers=JSON)
    assert_problem(r, 413, "body_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b'{"username": "'
        for _ in range(40):
            yield b"a" * 65_536
        yield b'", "password": "x"}'

    r = web.post(f"{live_server.url}/v1/auth/token", content=chunks(), headers=JSON)
    assert_problem(r, 413, "body_too_large")
    # A note just under the limit's worth of the schema is a 422 (too long), not a 413 or a 500.
    kim = User(live_server, "kim")
    r = kim.post("/v1/contacts/x/entries", {"id": str(uuid.uuid4()), "body": "가" * 20_001}, idem="k")
    assert_problem(r, 422, "validation_failed")


def test_unknown_route_method_and_media_type(live_server: LiveServer) -> None:
    assert_problem(web.get(f"{live_server.url}/v1/nothing-here"), 404, "not_found")
    assert_problem(web.delete(f"{live_server.url}/v1/health"), 405, "method_not_allowed")
    r = web.post(
        f"{live_server.url}/v1/auth/token", content=b"username=kim", headers={"content-type": "text/plain"}
    )
    assert_problem(r, 422, "validation_failed")
    r = web.post(f"{live_server.url}/v1/auth/token", content=b'{"username": "kim", "password": "x"}')
    assert 400 <= r.status_code < 500
    kim = User(live_server, "kim")
    assert_problem(kim.get("/v1/calls/" + "x" * 100), 422, "validation_failed")
    assert_problem(kim.get("/v1/calls/..%2F..%2Fetc"), 404)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
call_like = st.fixed_dictionaries(
    {},
    optional={
        "from_number": json_values | st.text(max_size=40),
        "channel": json_values,
        "bridge_ref": json_values,
    },
)
token_like = st.fixed_dictionaries({}, optional={"username": json_values, "password": json_values})
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    call_like.map(lambda v: json.dumps(v).encode()),
    token_like.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(body=bodies)
def test_fuzzed_bodies_never_500(live_server: LiveServer, body: bytes) -> None:
    with web.client(base_url=live_server.url, timeout=10) as client:
        for path, headers in (("/v1/calls", _call_headers()), ("/v1/auth/token", JSON)):
            r = client.post(path, content=body, headers=headers)
            assert r.status_code < 500, (path, body, r.text)
            if r.status_code >= 400:
                assert r.headers["content-type"].startswith("application/problem+json")
                assert "code" in r.json()


def test_nul_characters_are_refused_on_either_database(live_server: LiveServer) -> None:
    # SQLite stores (or finds nothing for) a NUL in text; PostgreSQL refuses it: a 422 there, never a 500.
    kim = User(live_server, "kim")
    for r in (
        kim.post("/v1/search", {"query": "메모\x00", "kind": "text"}),
        kim.get("/v1/calls/abc%00def"),
        web.post(
            f"{live_server.url}/v1/calls",
            json={"from_number": None, "channel": "phone", "bridge_ref": "ref\x00"},
            headers=_call_headers(),
            timeout=10,
        ),
    ):
        assert r.status_code < 500, (r.status_code, r.text)
