"""The console's settings: a frozen dataclass saved as JSON at a path the composition root chooses.

Loading never crashes the app: an unreadable or invalid file gives the defaults (field by field where
possible) plus a problem code the UI can mention. Secrets never live here (see console/secrets.py).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from annyeong.console.pins import normalize_pin  # plain string code: no ssl before the first paint

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    # None means training mode: the console starts the embedded reference server and signs in as kim.
    server_url: str | None = None
    language: str = "ko"
    simulator_enabled: bool = True
    simulator_interval_s: float = 45.0
    note_debounce_ms: int = 300
    # Pre-fills the login dialog; a user name is not a secret.
    last_username: str | None = None
    # Emergency dispatch: tell the counselor to phone 112/119 directly when the server has not
    # received a dispatch this long after the press, or no liaison acknowledged it this long after it.
    dispatch_receive_timeout_s: float = 5.0
    dispatch_ack_timeout_s: float = 60.0
    # The centre's line the agency calls back on (sent with every dispatch; None: not sent).
    dispatch_callback_line: str | None = None
    # The window locks after this long without keyboard or mouse input (PIPA safety measures
    # 제6조④, ISMS-P 2.6.2); re-authentication unlocks it.
    auto_lock_s: float = 600.0
    # Wrapped-up contacts leave this PC's cache this many days after they ended (the server keeps
    # the record; console/store/retention.py). Never 0: the counselor's last contacts stay to look back on.
    local_retention_days: int = 30
    # A private CA's certificate file (PEM) for the case API, and optionally the SHA-256
    # fingerprints of the server certificates this console accepts (pinning; console/tls.py).
    server_ca_file: str | None = None
    server_cert_sha256: tuple[str, ...] = ()

    @property
    def training(self) -> bool:
        return self.server_url is None


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    # None when the file was fine or absent; else "settings_unreadable", "settings_invalid_json",
    # "settings_invalid_value" or "settings_newer_version".
    problem: str | None = None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _valid(name: str, value: Any) -> bool:
    checks: dict[str, Any] = {
        "version": lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
        "server_url": lambda v: v is None
        or (isinstance(v, str) and v.startswith(("http://", "https://")) and len(v) < 2048),
        "language": lambda v: isinstance(v, str) and 0 < len(v) <= 16,
        "simulator_enabled": lambda v: isinstance(v, bool),
        "simulator_interval_s": lambda v: isinstance(v, int | float) and not isinstance(v, bool)
        and 1 <= v <= 86_400,
        "note_debounce_ms": lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 10_000,
        "last_username": lambda v: v is None or (isinstance(v, str) and 0 < len(v) <= 64),
        "dispatch_receive_timeout_s": lambda v: _number(v) and 0.1 <= v <= 600,
        "dispatch_ack_timeout_s": lambda v: _number(v) and 1 <= v <= 3600,
        "dispatch_callback_line": lambda v: v is None or (isinstance(v, str) and 0 < len(v.strip()) <= 32),
        "auto_lock_s": lambda v: _number(v) and 30 <= v <= 14_400,  # never off: the rule asks for a lock
        "local_retention_days": lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 3650,
        "server_ca_file": lambda v: v is None or (isinstance(v, str) and 0 < len(v) < 4096),
        "server_cert_sha256": lambda v: isinstance(v, list | tuple) and len(v) <= 8
        and all(isinstance(p, str) and normalize_pin(p) is not None for p in v),
    }
    return bool(checks[name](value))


def load_settings(path: Path) -> LoadedSettings:
    """Read settings from `path`. A missing file gives the defaults with no problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except (OSError, UnicodeDecodeError):
        log.warning("settings file unreadable; using defaults")
        return LoadedSettings(Settings(), "settings_unreadable")
    try:
        raw = json.loads(text)
    except json.JSONDecodeError:
        log.warning("settings file is not valid JSON; using defaults")
        return LoadedSettings(Settings(), "settings_invalid_json")
    if not isinstance(raw, dict):
        return LoadedSettings(Settings(), "settings_invalid_json")

    problem: str | None = None
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        if f.name.endswith("_s") and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if _valid(f.name, value):
            values[f.name] = tuple(value) if isinstance(value, list) else value
        else:
            # Keep the other fields: one bad value should not reset the server URL too.
            log.warning("settings field %s invalid; using its default", f.name)
            problem = "settings_invalid_value"
    settings = Settings(**values)
    if settings.version > SETTINGS_VERSION:
        # Written by a newer console: read what we understand, but say so (saving would downgrade it).
        problem = problem or "settings_newer_version"
    return LoadedSettings(replace(settings, version=min(settings.version, SETTINGS_VERSION)), problem)


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically (temp file + fsync + rename) so a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    import tempfile  # Only when saving: loading runs before the first paint

    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
