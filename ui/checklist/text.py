"""Instrument text in the counselor's language, and the caller card's "last checklist" line.

Two audiences read an instrument file: the caller hears the questions and options, which stay Korean
whatever the interface language (the counselor reads them aloud to a Seoul caller); the counselor reads
the title, tier label, meaning and provisional note, which follow the interface language (every file
carries `en`). Everything here is file text: callers show it as plain text.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annyeong.console.instruments import Available, Instrument, default_directory, load_all
from annyeong.console.instruments.model import score_range
from annyeong.console.wire import LastChecklist
from annyeong.ui.checklist.labels import number_text
from annyeong.ui.text.formatting import short_date
from annyeong.ui.text.i18n import in_language


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistText", text)


def title(instrument: Instrument, *, short: bool = False) -> str:
    chosen = instrument.short_title if short and instrument.short_title is not None else instrument.title
    return in_language(chosen)


def working_translation(instrument: Instrument) -> bool:
    """The Korean wording read aloud is the team's own working translation, not a validated one."""
    return instrument.wording.ko == "working_translation"


def attribution(instrument: Instrument) -> str:
    """The source citation, and the licence's required attribution where the file has one."""
    parts = [instrument.source.citation]
    if instrument.licence.attribution and instrument.licence.attribution not in instrument.source.citation:
        parts.append(instrument.licence.attribution)
    return _t("출처: {text}").format(text=" ".join(parts))


@lru_cache(maxsize=4)
def _shipped(directory: Path) -> dict[str, Instrument]:
    # Only titles, tiers and ranges are needed here, so permission gating does not matter (training=True).
    entries = load_all(directory, frozenset(), training=True)
    return {e.instrument.id: e.instrument for e in entries if isinstance(e, Available)}


def checklist_summary(instrument_id: str, tier_id: str | None, total: float | None, *, provisional: bool,
                      directory: Path | None = None) -> str:
    """'UCLA-3 · 외로움 · 8점 (3–9) · 참고용'. An instrument this PC does not have is named only as a
    checklist: its id is a code, not a name."""
    instrument = _shipped(directory or default_directory()).get(instrument_id)
    parts: list[str] = []
    if instrument is None:
        parts.append(_t("체크리스트"))
        if total is not None:
            parts.append(_t("{total}점").format(total=number_text(total)))
    else:
        parts.append(title(instrument, short=True))
        tier = next((t for t in instrument.tiers if t.id == tier_id), None)
        if tier is not None:
            parts.append(in_language(tier.label))
        if total is not None and instrument.scoring is not None:
            low, high = score_range(instrument.scoring, instrument.items)
            parts.append(_t("{total}점 ({low}–{high})").format(
                total=number_text(total), low=number_text(low), high=number_text(high)))
    if provisional:
        parts.append(_t("잠정"))
    return " · ".join(parts)


def last_checklist_text(last: LastChecklist, directory: Path | None = None) -> str:
    """'최근 체크리스트: UCLA-3 · 외로움 · 8점 (3–9) · 잠정 · 11-23'."""

    what = checklist_summary(last.instrument_id, last.tier, last.total, provisional=last.provisional,
                             directory=directory)
    return _t("최근 체크리스트: {what}").format(what=f"{what} · {short_date(last.assessed_at)}")
