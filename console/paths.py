"""Where the console keeps its files. Environment variables win so tests and kiosks can relocate them."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "annyeong-console"
DATA_DIR_ENV = "ANNYEONG_DATA_DIR"
CONFIG_DIR_ENV = "ANNYEONG_CONFIG_DIR"


def data_dir() -> Path:
    """The data dir: env ANNYEONG_DATA_DIR, else the platform's user data dir. Not created here."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The config dir: env ANNYEONG_CONFIG_DIR, else the platform's user config dir. Not created here."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / "settings.json"


def training_dir(base: Path) -> Path:
    """Files of the embedded training server (its SQLite database and server.json for annyeong-sim)."""
    return base / "training"


def normalize_server_url(url: str) -> str:
    """One spelling per server, so "http://h:1/" and "http://h:1" share an account store and keyring entry."""
    return url.strip().rstrip("/")


def account_key(server_url: str, username: str) -> str:
    # Hashed so the directory name reveals neither the server nor the counselor.
    import hashlib  # Here, not at the top: this module is read before the first paint

    raw = f"{normalize_server_url(server_url)}|{username}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def account_db_path(base: Path, server_url: str, username: str) -> Path:
    return base / "accounts" / account_key(server_url, username) / "console.sqlite3"


def check_server_url(url: str) -> str:
    """The normalised URL, or InsecureServerUrl. https always (certificates verified: httpx's default,
    never turned off); plain http only to this PC, where nothing crosses a network (the training server)."""
    from urllib.parse import urlsplit  # these load on use: see account_key

    from annyeong.console.errors import InsecureServerUrl

    normalized = normalize_server_url(url)
    parts = urlsplit(normalized)
    scheme = parts.scheme.lower()
    try:
        host = parts.hostname
        parts.port  # noqa: B018 -- raises ValueError for a port out of range
    except ValueError:
        host = None
    if scheme not in ("http", "https") or not host:
        raise InsecureServerUrl("invalid_url")
    if scheme == "http" and not _loopback(host):
        raise InsecureServerUrl("insecure_url")
    return normalized


def _loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # any other name could resolve anywhere: not trusted as this PC


def resources_dir() -> Path:
    """resources/: beside the packages in the repository and an editable install (console/../resources),
    and as annyeong/resources in an installed wheel or the bundle (annyeong/console/../resources): the
    same step from this file either way."""
    return Path(__file__).resolve().parent.parent / "resources"
