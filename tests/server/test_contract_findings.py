"""What the fuzzer found where the contract and the server disagreed, each pinned by a test."""

from __future__ import annotations

from typing import Any

from annyeong.server.export_openapi import build_document
from tests.server.helpers import User, assert_problem
from tests.support import web
from tests.support.live_server import LiveServer


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    doc = build_document()
    return [
        (method, path, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op and op.get("x-status") != "planned"
    ]


def test_date_time_and_boolean_query_parameters_take_only_their_documented_forms(
    shared_server: LiveServer,
) -> None:
    admin, lee = User(shared_server, "admin"), User(shared_server, "lee")
    for bad in ("0.5", "1700000000", "tomorrow"):
        assert_problem(admin.get("/v1/audit", params={"since": bad}), 422, "validation_failed")
        assert_problem(lee.get("/v1/follow-ups", params={"due_before": bad}), 422, "validation_failed")
    assert admin.get("/v1/audit", params={"since": "2026-01-01T00:00:00Z"}).status_code == 200
    for bad in ("0", "1", "yes", "on"):
        assert_problem(lee.get("/v1/dispatches", params={"open": bad}), 422, "validation_failed")
        assert_problem(lee.get("/v1/referrals", params={"open": bad}), 422, "validation_failed")
    assert lee.get("/v1/dispatches", params={"open": "true"}).status_code == 200
    assert lee.get("/v1/referrals", params={"open": "false"}).status_code == 200


def test_if_match_is_documented_required_where_a_428_is() -> None:
    for _method, _path, op in _operations():
        for parameter in op.get("parameters", []):
            if parameter.get("name") == "If-Match":
                assert parameter["required"] is ("428" in op["responses"]), op["operationId"]


def test_every_operation_with_a_body_documents_400() -> None:
    with_body = [op for _m, _p, op in _operations() if "requestBody" in op]
    assert with_body
    assert all("400" in op["responses"] for op in with_body)


def test_a_405_names_every_method_of_the_path(shared_server: LiveServer) -> None:
    lee = User(shared_server, "lee")
    r = web.request("OPTIONS", f"{shared_server.url}/v1/cases/some-id", headers=lee.headers, timeout=10)
    assert_problem(r, 405)
    assert set(r.headers["Allow"].split(", ")) == {"GET", "PATCH"}, r.headers["Allow"]
