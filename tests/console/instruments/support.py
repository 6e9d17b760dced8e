"""Shared helpers: the shipped instruments, and a small synthetic instrument dict tests can break."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from annyeong.console.instruments import Instrument, InstrumentRun, Unavailable, default_directory, load_file

SHIPPED = default_directory()


def shipped(instrument_id: str) -> Instrument:
    entry = load_file(SHIPPED / f"{instrument_id}.json")
    assert not isinstance(entry, Unavailable), entry
    return entry.instrument


def shipped_data(instrument_id: str) -> dict[str, Any]:
    return dict(json.loads((SHIPPED / f"{instrument_id}.json").read_text(encoding="utf-8")))


def run(instrument: Instrument, answers: dict[str, int | str]) -> InstrumentRun:
    """Administer in order: an int answers, a str skips with that reason; unlisted items are skipped."""
    session = InstrumentRun(instrument)
    while session.current is not None:
        value = answers.get(session.current.id, "other")
        if isinstance(value, str):
            session.skip(value)  # type: ignore[arg-type]  # the test passes reason codes
        else:
            session.answer(value)
    return session


def write(directory: Path, name: str, data: Any) -> Path:
    path = directory / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _b(text: str) -> dict[str, str]:
    return {"ko": text, "en": text}


SYNTHETIC: dict[str, Any] = {
    "format": 1, "id": "synthetic", "version": "1", "title": _b("t"),
    "source": {"citation": "test fixture", "verification": "synthetic"},
    "licence": {"status": "organisation_authored", "rights_holder": "tests", "terms": "none"},
    "requires_permission": False,
    "wording": {"ko": "organisation_authored", "en": "organisation_authored"},
    "scoring_verified": True,
    "items": [
        {"id": f"i{n}", "script": _b(f"q{n}"), "reverse": n == 3, "options": [
            {"value": v, "label": _b(str(v)), "key": v + 1} for v in range(4)
        ]} for n in range(1, 5)
    ],
    "scoring": {"method": "sum", "items": ["i1", "i2", "i3", "i4"], "higher_is": "risk", "max_missing": 1,
                "missing": "prorate"},
    "tiers": [
        {"id": "low", "at_least": 0, "label": _b("l"), "meaning": _b("m"), "risk": "none",
         "next_step": "none"},
        {"id": "high", "at_least": 8, "label": _b("h"), "meaning": _b("m"), "risk": "moderate",
         "next_step": "refer_prevention_center"},
    ],
}


def synthetic() -> dict[str, Any]:
    return copy.deepcopy(SYNTHETIC)
