"""No personal data in the server's log; no plain HTTP off loopback unless asked for by name."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import pytest

from annyeong.server.main import parse_args
from tests.server.helpers import User, on_call
from tests.support.live_server import start_live_server

NUMBER = "010-7777-8282"
NAME = "비밀이름김철수"
NOTE = "집주소는 상계동 비밀로 99"


class _ServerSide(logging.Filter):
    # The test's own HTTP client logs in this process too; it is not the server.
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.name.startswith(("httpx", "httpcore"))


def test_a_scripted_session_leaves_no_personal_data_in_the_log(tmp_path: Path, db_backend: str) -> None:
    log_file = tmp_path / "server.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.addFilter(_ServerSide())
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    targets = [root, logging.getLogger("uvicorn"), logging.getLogger("uvicorn.error")]
    for logger in targets:
        logger.addHandler(handler)
    root.setLevel(logging.DEBUG)  # the most a deployment could turn on
    server = start_live_server(tmp_path / "srv", offer_timeout_s=30.0, database=db_backend)
    try:
        kim, lee = User(server, "kim"), User(server, "lee")
        _call, contact = on_call(server, kim, NUMBER)
        cid = contact["id"]
        kim.post(
            f"{'/v1/contacts/'}{cid}/entries", {"id": str(uuid.uuid4()), "body": f"{NAME}: {NOTE}"}, idem="n1"
        )
        kim.post("/v1/callers/lookup", {"number": NUMBER})
        kim.post("/v1/search", {"query": NAME, "kind": "name"})
        kim.post("/v1/search", {"query": NUMBER, "kind": "phone"})
        kim.post("/v1/callers/unmask", {"contact_id": cid, "reason": f"{NAME}에게 회신"})
        lee.get(f"/v1/contacts/{cid}/entries")
        lee.post("/v1/callers/lookup", {"number": "not a number"})  # a 422 carrying the input
        kim.post("/v1/auth/password", {"current_password": "annyeong120-wrong", "new_password": "x" * 12})
        tokens = [kim.tokens["access_token"], kim.tokens["refresh_token"], lee.tokens["access_token"]]
    finally:
        server.stop()
        for logger in targets:
            logger.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "case API ready" in logged  # the log was captured at all
    secrets = [
        NUMBER,
        NUMBER.replace("-", ""),
        "+821077778282",
        "7777-8282",
        NAME,
        NOTE,
        "annyeong120",
        *tokens,
    ]
    found = [s for s in secrets if s in logged]
    assert not found, f"personal data or secrets in the server log: {found}"


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.0.10", "counsel.example.org"])
def test_refuses_plain_http_off_loopback(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--host", host])
    assert "refusing plain HTTP" in capsys.readouterr().err
    assert parse_args(["--host", host, "--insecure-http"]).insecure_http
    tls = parse_args(["--host", host, "--ssl-keyfile", "k.pem", "--ssl-certfile", "c.pem"])
    assert tls.ssl_certfile == "c.pem"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_loopback_may_be_plain_http(host: str) -> None:
    assert parse_args(["--host", host]).host == host


def test_tls_files_go_together() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--host", "0.0.0.0", "--ssl-keyfile", "k.pem"])
