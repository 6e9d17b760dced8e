"""Colours for what is painted rather than styled: the shift lead's charts and the shift report's HTML.

Apart from ui/common/theme.py, which applies the look before the first paint and must stay light.
"""

from __future__ import annotations

from typing import NamedTuple

from annyeong.ui.common.theme import DEFAULT_THEME, active_theme


class Ink(NamedTuple):
    """Colours for what is painted rather than styled (charts, the report's HTML): each day colour with
    the twin packaging/derive_themes.py gives it in the theme's stylesheet."""

    title: str  # headings
    text: str  # values, labels
    faint: str  # "none" and the like
    accent: str  # bars, section titles
    warn: str  # amber: moderate risk
    crisis: str  # red: high and imminent risk, nothing else
    grid: str  # base lines, empty bars


INKS = {
    "day": Ink("#1E2A36", "#56616C", "#7B8691", "#2F5E8C", "#C98A00", "#B3261E", "#DDE1E6"),
    "night": Ink("#D5DAE0", "#A3ACB6", "#8A939D", "#6E9BC8", "#D9A030", "#E5534B", "#3A424C"),
    "contrast": Ink("#000000", "#1A1A1A", "#262626", "#003D80", "#7A4F00", "#B42318", "#4D4D4D"),
}


def ink(theme: str | None = None) -> Ink:
    return INKS.get(theme or active_theme(), INKS[DEFAULT_THEME])
