"""TLS to the case API — a private CA, optional certificate pinning, and refusals that say why.

A real annyeong-server serves HTTPS on 127.0.0.1 with a certificate made here (cryptography); the console's
real ApiClient connects with console.tls's context.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import ipaddress
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from annyeong.console.api.client import ApiClient
from annyeong.console.embedded import free_port
from annyeong.console.errors import Offline
from annyeong.console.settings import Settings, load_settings
from annyeong.console.tls import PIN_MISMATCH, normalize_pin, ssl_context, tls_from_settings

ROOT = Path(__file__).resolve().parents[2]


def _certificate(directory: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "annyeong test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))
    fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return cert_path, key_path, fingerprint


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    cert, key, fingerprint = _certificate(tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "annyeong.server", "--host", "127.0.0.1", "--port", str(port), "--training",
         "--demo",
         "--database", f"sqlite:///{tmp_path / 'server.sqlite3'}", "--log-file", str(tmp_path / "server.log"),
         "--ssl-keyfile", str(key), "--ssl-certfile", str(cert)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120  # a cold interpreter on a loaded 2-core machine
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("TLS server did not start") from None
                time.sleep(0.1)
        yield f"https://127.0.0.1:{port}", cert, fingerprint
    finally:
        process.terminate()
        process.wait(timeout=15)


async def _login(url: str, **tls: object) -> str:
    client = ApiClient(server_url=url, tls=ssl_context(**tls))  # type: ignore[arg-type]
    try:
        tokens = await client.login(username="kim", password="annyeong120")
        return tokens.access_token[:4]
    finally:
        await client.aclose()


def test_private_ca_with_the_right_pin_signs_in(tls_server: tuple[str, Path, str]) -> None:
    url, cert, fingerprint = tls_server
    colons = ":".join(fingerprint[i:i + 2] for i in range(0, 64, 2)).upper()  # as openssl prints it
    assert asyncio.run(_login(url, ca_file=str(cert), pins=[colons]))


def test_a_wrong_pin_refuses_the_server_and_says_so(tls_server: tuple[str, Path, str]) -> None:
    url, cert, _fingerprint = tls_server
    with pytest.raises(Offline) as refused:
        asyncio.run(_login(url, ca_file=str(cert), pins=["00" * 32]))
    assert refused.value.code == PIN_MISMATCH


def test_an_untrusted_certificate_is_refused_not_reported_as_an_outage(
    tls_server: tuple[str, Path, str],
) -> None:
    url, _cert, fingerprint = tls_server
    # Pinning narrows verification, it never replaces it: the right pin on an untrusted chain is refused.
    for pins in ([], [fingerprint]):
        with pytest.raises(Offline) as refused:
            asyncio.run(_login(url, pins=pins))
        assert refused.value.code == "certificate_rejected"


def test_pins_and_ca_file_in_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    good = "AB:" * 31 + "AB"
    path.write_text(json.dumps({"server_cert_sha256": [good], "server_ca_file": str(tmp_path / "none.pem")}))
    loaded = load_settings(path)
    assert loaded.problem is None and loaded.settings.server_cert_sha256 == (good,)
    context, problem = tls_from_settings(loaded.settings)
    assert context is not None and problem == "server_ca_unreadable", "missing CA file: public CAs, and said"

    for bad in (["sha256/AAAA"], ["abc"], "not a list", [good] * 9):
        path.write_text(json.dumps({"server_cert_sha256": bad}))
        loaded = load_settings(path)
        assert loaded.problem == "settings_invalid_value" and loaded.settings.server_cert_sha256 == ()

    assert tls_from_settings(Settings()) == (None, None), "no TLS settings: httpx's defaults"
    assert normalize_pin(good) == "ab" * 32
