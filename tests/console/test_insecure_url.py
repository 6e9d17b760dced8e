"""Plain http is refused except to this PC, and https always verifies the server's certificate."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annyeong.console.api import account as api_account
from annyeong.console.api.client import ApiClient
from annyeong.console.errors import InsecureServerUrl, Offline
from annyeong.console.paths import check_server_url
from tests.console.support import PASSWORD, make_core

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url", [
    "http://example.org", "http://10.0.0.5:8120", "http://[fe80::1]:8120", "http://127.evil.example",
    "HTTP://cases.example.org/", "http://localhost.example.org",
])
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(InsecureServerUrl) as raised:
        check_server_url(url)
    assert raised.value.code == "insecure_url"


@pytest.mark.parametrize("url", ["ftp://example.org", "not a url", "https://", "https://example.org:99999"])
def test_a_url_that_is_not_http_is_refused(url: str) -> None:
    with pytest.raises(InsecureServerUrl) as raised:
        check_server_url(url)
    assert raised.value.code == "invalid_url"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8120", "http://127.5.5.5", "http://[::1]:8120", "http://localhost:1",
    "http://LOCALHOST:1/", "https://cases.example.org", "https://10.0.0.5:8443",
])
def test_loopback_http_and_any_https_pass(url: str) -> None:
    assert check_server_url(url) == url.strip().rstrip("/")


def test_sign_in_refuses_before_any_request(tmp_path: Path) -> None:
    # .invalid never resolves: were a request attempted, the error would be Offline instead.
    url = "http://cases.example.invalid"

    async def go() -> None:
        core = make_core("http://127.0.0.1:9", tmp_path / "data")
        with pytest.raises(InsecureServerUrl) as raised:
            await core.sign_in(server_url=url, username="kim", password=PASSWORD)
        assert raised.value.code == "insecure_url"
        assert core.me is None and core.server_url is None
        with pytest.raises(InsecureServerUrl):
            await core.restore_session(server_url=url, username="kim")
        await core.close()

        # The client itself refuses too, whoever set the URL (defence in depth).
        client = ApiClient(server_url=url)
        with pytest.raises(InsecureServerUrl):
            await api_account.health(client)
        await client.aclose()

    asyncio.run(go())


def test_verification_is_never_turned_off() -> None:
    async def go() -> None:
        client = ApiClient(server_url="https://cases.example.org")
        context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        await client.aclose()

    asyncio.run(go())
    for folder in ("console", "ui"):
        for source in (ROOT / folder).rglob("*.py"):
            text = source.read_text(encoding="utf-8").replace(" ", "")
            assert "verify=False" not in text and "CERT_NONE" not in text, source


@pytest.fixture
def untrusted_tls_server(tmp_path: Path) -> Iterator[int]:
    """A TLS listener on 127.0.0.1 with a self-signed certificate no CA vouches for."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass  # the client refused our certificate, as it must

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(timeout=5)
    listener.close()


def test_https_with_an_untrusted_certificate_is_refused(untrusted_tls_server: int) -> None:
    async def go() -> Any:
        client = ApiClient(server_url=f"https://127.0.0.1:{untrusted_tls_server}")
        try:
            with pytest.raises(Offline) as raised:
                await api_account.health(client)
        finally:
            await client.aclose()
        return raised.value

    error = asyncio.run(go())
    assert "CERTIFICATE_VERIFY_FAILED" in repr(error.__cause__)
