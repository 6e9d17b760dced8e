"""Guided checklists and crisis screens: instruments as data, safety rules as code. Qt-free.

    entries = load_all(default_directory(), permissions={"ucla3_loneliness"}, training=False)
    session = InstrumentRun(entry.instrument)          # for an Available entry
    raised = session.answer_key(2)                # CrisisRaised | None -> open the emergency path now
    saved = session.to_dict()                     # persist after every step
    session = InstrumentRun.from_dict(instrument, saved)
    payload = to_entry(session.result())          # the contact entry body
"""

from __future__ import annotations

from annyeong.console.instruments.engine import (
    InstrumentRun,
    InstrumentRunError,
    Progress,
    Result,
    SkipReason,
    SubscaleResult,
    crisis_from_saved,
)
from annyeong.console.instruments.entry import to_entry
from annyeong.console.instruments.loader import (
    Available,
    LoadedEntry,
    Unavailable,
    default_directory,
    load_all,
    load_file,
)
from annyeong.console.instruments.model import Instrument, Item, NextStep, Risk
from annyeong.console.instruments.safety import CrisisRaised, CrisisRule

__all__ = [
    "Available",
    "CrisisRaised",
    "CrisisRule",
    "Instrument",
    "InstrumentRun",
    "InstrumentRunError",
    "Item",
    "LoadedEntry",
    "NextStep",
    "Progress",
    "Result",
    "Risk",
    "SkipReason",
    "SubscaleResult",
    "Unavailable",
    "crisis_from_saved",
    "default_directory",
    "load_all",
    "load_file",
    "to_entry",
]
