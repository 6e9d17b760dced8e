"""TLS for the case API: certificates always verified, optionally a private CA, optionally pinned.

Pinning (optional): the settings may name the SHA-256 fingerprints of the server certificates
this console accepts (``openssl x509 -noout -fingerprint -sha256 -in cert.pem`` prints one). The check
runs inside the TLS handshake (``SSLContext.sslobject_class``, which the asyncio/anyio transports use),
so a mismatched server never receives a byte of the request: no token, no note. Normal verification
(chain, host name, expiry) still runs first; pinning only narrows it. List the next certificate's
fingerprint beside the current one before a renewal, or the consoles stop at the switch.
"""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Iterable
from typing import TYPE_CHECKING

import certifi

from annyeong.console.pins import normalize_pin

if TYPE_CHECKING:
    from annyeong.console.settings import Settings

PIN_MISMATCH = "certificate_pin_mismatch"


class CertificatePinMismatch(ssl.SSLCertVerificationError):
    """The server's certificate verified but is not one of the pinned ones."""


def _pinned_sslobject(pins: frozenset[str]) -> type[ssl.SSLObject]:
    class PinnedSSLObject(ssl.SSLObject):
        def do_handshake(self) -> None:
            super().do_handshake()  # raises SSLWantReadError until the handshake is complete
            der = self.getpeercert(binary_form=True)
            if der is None or hashlib.sha256(der).hexdigest() not in pins:
                raise CertificatePinMismatch(PIN_MISMATCH)

    return PinnedSSLObject


def ssl_context(*, ca_file: str | None = None, pins: Iterable[str] = ()) -> ssl.SSLContext:
    """The context every HTTPS connection of the console uses. Raises ValueError on a malformed pin
    (a pin that can never match would lock the console out with a puzzling message)."""
    context = ssl.create_default_context(cafile=ca_file or certifi.where())
    normalized = []
    for pin in pins:
        value = normalize_pin(pin)
        if value is None:
            raise ValueError("server_cert_sha256")
        normalized.append(value)
    if normalized:
        context.sslobject_class = _pinned_sslobject(frozenset(normalized))
    return context


def certificate_failure(exc: BaseException) -> str | None:
    """Why a transport error was the server's certificate being refused: PIN_MISMATCH or
    "certificate_rejected" (chain, name, expiry); None for a plain outage."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, CertificatePinMismatch):
            return PIN_MISMATCH
        if isinstance(current, ssl.SSLCertVerificationError):
            return PIN_MISMATCH if PIN_MISMATCH in str(current) else "certificate_rejected"
        current = current.__cause__ or current.__context__
    return None


def tls_from_settings(settings: Settings) -> tuple[ssl.SSLContext | None, str | None]:
    """The settings' TLS rules as a context (None: httpx's defaults suffice), and a problem code when the
    CA file could not be read ("server_ca_unreadable"): the console then verifies against the public CAs
    (never less), and says why a private-CA server is refused."""
    if not settings.server_ca_file and not settings.server_cert_sha256:
        return None, None
    try:
        return ssl_context(ca_file=settings.server_ca_file, pins=settings.server_cert_sha256), None
    except (OSError, ssl.SSLError, ValueError):
        return ssl_context(pins=settings.server_cert_sha256), "server_ca_unreadable"
