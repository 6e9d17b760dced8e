"""P4: the crisis screen cannot drop out of the picker: a missing, corrupt or refused file falls back to
the copy built into the program (pinned to the shipped file by a checksum), marked so the UI can say so."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from annyeong.console.instruments import Available, Unavailable, load_all, safety
from annyeong.console.instruments.builtin_crisis import (
    CRISIS_SCREEN_JSON,
    SHIPPED_SHA256,
    builtin_crisis_screen,
)

from .support import SHIPPED, shipped, shipped_data, write


def test_the_built_in_copy_is_the_shipped_file() -> None:
    raw = (SHIPPED / "crisis_safety_screen.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SHIPPED_SHA256, (
        "crisis_safety_screen.json changed: paste it into console/instruments/builtin_crisis.py"
    )
    assert CRISIS_SCREEN_JSON.encode("utf-8") == raw
    built_in = builtin_crisis_screen()
    assert built_in == shipped("crisis_safety_screen")
    assert safety.verify(built_in) is None


def _broken_files() -> dict[str, str | None]:
    recoded = shipped_data("crisis_safety_screen")
    attempt = next(i for i in recoded["items"] if i["id"] == "crisis_attempt_now")
    attempt["show_if"] = [{"item": "crisis_thoughts", "any_of": [1]}]  # hidden: refused by the safety check
    return {"corrupt": "{\"format\": 1, ", "refused": json.dumps(recoded), "missing": None}


@pytest.mark.parametrize("how", ["corrupt", "refused", "missing"])
def test_a_broken_or_missing_crisis_file_falls_back_to_the_built_in_copy(tmp_path: Path, how: str) -> None:
    write(tmp_path, "phq9_item9.json", shipped_data("phq9_item9"))
    text = _broken_files()[how]
    if text is not None:
        write(tmp_path, "crisis_safety_screen.json", text)
    entries = load_all(tmp_path, set(), training=False)
    crisis = [e for e in entries if isinstance(e, Available) and e.instrument.id == "crisis_safety_screen"]
    assert len(crisis) == 1 and crisis[0].builtin_fallback
    assert crisis[0].instrument == builtin_crisis_screen()
    files = [(type(e).__name__, e.file) for e in entries]
    if text is None:
        assert files == [("Available", "crisis_safety_screen.json"), ("Available", "phq9_item9.json")]
    else:  # the file's problem stays listed (for the admin), the copy right after it
        assert files == [
            ("Unavailable", "crisis_safety_screen.json"), ("Available", "crisis_safety_screen.json"),
            ("Available", "phq9_item9.json"),
        ]
        assert isinstance(entries[0], Unavailable) and entries[0].code in {"invalid_json", "crisis_items"}


def test_a_usable_crisis_file_is_used_as_it_is(tmp_path: Path) -> None:
    edited = shipped_data("crisis_safety_screen")
    edited["version"] = "0.2.0-local"  # an organisation's own valid edit wins over the built-in copy
    write(tmp_path, "crisis_safety_screen.json", edited)
    entries = load_all(tmp_path, set(), training=False)
    assert len(entries) == 1 and isinstance(entries[0], Available)
    assert not entries[0].builtin_fallback and entries[0].instrument.version == "0.2.0-local"
