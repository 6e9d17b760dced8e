"""Derive the night and high-contrast stylesheets from resources/qss/day.qss.

    python packaging/derive_themes.py          # rewrite resources/qss/night.qss and contrast.qss
    python packaging/derive_themes.py --check  # exit 1 if either is out of date with day.qss

day.qss is the one stylesheet people edit. The other themes are the same rules with every colour swapped
through a palette, so every objectName rule exists in each theme by construction. A colour means
different things by property: #FFFFFF is a surface as a background but text on a coloured button as a
``color``; so each theme has three maps: text (``color``), fill (``background``) and line (``border``).
A colour day.qss uses that a map lacks stops the script: a new colour needs a deliberate night and
high-contrast twin. A few rules that need more than a colour swap follow at the end of each theme.

The semantics stay in every theme: red only for the emergency button and crisis, amber for warnings,
green for delivered. The emergency button stays solid red (#B42318, white text) everywhere.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QSS_DIR = ROOT / "resources" / "qss"

Palette = dict[str, str]

# --- night: dark grey surfaces (not black), muted text, the same semantics -----------------------------

NIGHT_TEXT: Palette = {
    "#1E2A36": "#D5DAE0", "#3A4652": "#C1C8D0", "#56616C": "#A3ACB6", "#6A7580": "#959EA8",
    "#7B8691": "#8A939D", "#9AA3AC": "#6B747E", "#2F4A66": "#A9C3DD", "#2F5E8C": "#8AB4DE",
    "#FFFFFF": "#F4F6F8", "#F3F6F9": "#B7C3CF", "#DDE1E6": "#3A424C",
    "#6B4600": "#E8C078", "#8A5A00": "#E3B25A", "#C98A00": "#E0A526",
    "#2E7D4F": "#6CC38E", "#235F3C": "#7FCB9C",
    "#B42318": "#FF8A80", "#8E1B12": "#FF9E94", "#5C1A12": "#F4B5AD",
    "#3F3366": "#CFC5EE",
}
NIGHT_FILL: Palette = {
    "#FFFFFF": "#262B31", "#F3F4F6": "#1D2126", "#F7F8FA": "#2C3239", "#F0F3F6": "#313841",
    "#E4E8EC": "#3A424C", "#E6E9ED": "#363D46", "#EEF1F4": "#313841", "#EEF0F3": "#313841",
    "#F4F6F8": "#2C3239", "#FAFBFC": "#2A2F36", "#C9CFD6": "#555E69", "#A9B1BA": "#727C87",
    "#F2F7FC": "#22303F", "#EEF4FA": "#24323F", "#E3ECF5": "#2A3D52", "#DCE8F4": "#2A3D52",
    "#CFE0F1": "#34506D", "#2F5E8C": "#3A6A98", "#28527A": "#447AAE", "#224766": "#305A82",
    "#8FA8C0": "#3A4A5A", "#1E2A36": "#56687C", "#DDE1E6": "#3A424C",
    "#FFF5E1": "#3A2F1A", "#FFF8EA": "#342C1C", "#FFE9BF": "#4A3A17", "#FFE2A8": "#5A4516",
    "#EAF5EE": "#1E3328", "#2E7D4F": "#2E7D4F", "#276B44": "#34915B",
    "#5B4B8A": "#4B3F73", "#EFEBF8": "#2E2942",
    "#FDECEA": "#3D1F1D", "#FFF8F7": "#2E2224", "#B42318": "#B42318", "#C62828": "#D03A2E",
    "#8E1B12": "#8E1B12",
}
NIGHT_LINE: Palette = {
    "#C9CFD6": "#4A535E", "#B3BBC4": "#5F6873", "#DDE1E6": "#3A424C", "#E6E9ED": "#353C45",
    "#DCE3EA": "#3A424C", "#E3E7EB": "#3A424C", "#D5E2EE": "#3A4A5C", "#8FA8C0": "#3A4A5A",
    "#BCD0E4": "#3E5873", "#2F5E8C": "#6E9BC8", "#14324F": "#A9C8E8", "#1E2A36": "#F4F6F8",
    "#8A96A3": "#7B8691", "#C9BFE3": "#4B3F73", "#EEF0F3": "#313841", "#FFFFFF": "#262B31",
    "#F2C46D": "#7A5C23", "#F2DDAF": "#5E4A24", "#E8C77A": "#7A5C23", "#E0A526": "#A67C1F",
    "#C98A00": "#D9A030", "#2E7D4F": "#4FA774", "#B9DCC6": "#3E6B50", "#7B6BB0": "#9C8FD0",
    "#B42318": "#E5534B", "#8E1B12": "#E5534B", "#B3261E": "#E5534B", "#F1A9A0": "#8C3A33",
    "#E5A39D": "#8C3A33", "#FFB4A9": "#FFB4A9",
}

# --- high contrast: white and near-black, strong lines, saturated semantic colours ------------------

CONTRAST_TEXT: Palette = {
    "#1E2A36": "#000000", "#3A4652": "#000000", "#56616C": "#1A1A1A", "#6A7580": "#1A1A1A",
    "#7B8691": "#262626", "#9AA3AC": "#595959", "#2F4A66": "#002A5C", "#2F5E8C": "#003D80",
    "#FFFFFF": "#FFFFFF", "#F3F6F9": "#FFFFFF", "#DDE1E6": "#000000",
    "#6B4600": "#4A3000", "#8A5A00": "#4A3000", "#C98A00": "#7A4F00",
    "#2E7D4F": "#00501F", "#235F3C": "#00501F",
    "#B42318": "#8E1B12", "#8E1B12": "#8E1B12", "#5C1A12": "#5C1A12",
    "#3F3366": "#2A1F55",
}
CONTRAST_FILL: Palette = {
    "#FFFFFF": "#FFFFFF", "#F3F4F6": "#E6E8EB", "#F7F8FA": "#FFFFFF", "#F0F3F6": "#DCE6F2",
    "#E4E8EC": "#C9D6E6", "#E6E9ED": "#E0E0E0", "#EEF1F4": "#EDEDED", "#EEF0F3": "#EDEDED",
    "#F4F6F8": "#F2F2F2", "#FAFBFC": "#FFFFFF", "#C9CFD6": "#4D4D4D", "#A9B1BA": "#262626",
    "#F2F7FC": "#FFFFFF", "#EEF4FA": "#E0ECFA", "#E3ECF5": "#CCE0F5", "#DCE8F4": "#CCE0F5",
    "#CFE0F1": "#99C2EB", "#2F5E8C": "#003D80", "#28527A": "#002E61", "#224766": "#002147",
    "#8FA8C0": "#6B6B6B", "#1E2A36": "#000000", "#DDE1E6": "#4D4D4D",
    "#FFF5E1": "#FFF0C2", "#FFF8EA": "#FFF0C2", "#FFE9BF": "#FFDD80", "#FFE2A8": "#FFD166",
    "#EAF5EE": "#D6F0DF", "#2E7D4F": "#00662A", "#276B44": "#00501F",
    "#5B4B8A": "#3D2E73", "#EFEBF8": "#E6DFF7",
    "#FDECEA": "#FDE0DC", "#FFF8F7": "#FFFFFF", "#B42318": "#B42318", "#C62828": "#C62828",
    "#8E1B12": "#8E1B12",
}
CONTRAST_LINE: Palette = {
    "#C9CFD6": "#1A1A1A", "#B3BBC4": "#000000", "#DDE1E6": "#4D4D4D", "#E6E9ED": "#4D4D4D",
    "#DCE3EA": "#4D4D4D", "#E3E7EB": "#4D4D4D", "#D5E2EE": "#4D4D4D", "#8FA8C0": "#6B6B6B",
    "#BCD0E4": "#003D80", "#2F5E8C": "#0050C8", "#14324F": "#000000", "#1E2A36": "#000000",
    "#8A96A3": "#000000", "#C9BFE3": "#3D2E73", "#EEF0F3": "#8C8C8C", "#FFFFFF": "#FFFFFF",
    "#F2C46D": "#7A4F00", "#F2DDAF": "#7A4F00", "#E8C77A": "#7A4F00", "#E0A526": "#7A4F00",
    "#C98A00": "#7A4F00", "#2E7D4F": "#00662A", "#B9DCC6": "#00662A", "#7B6BB0": "#3D2E73",
    "#B42318": "#B42318", "#8E1B12": "#8E1B12", "#B3261E": "#B42318", "#F1A9A0": "#8E1B12",
    "#E5A39D": "#8E1B12", "#FFB4A9": "#FFB4A9",
}

# Rules a colour swap cannot express, appended after the derived ones (later rules win).
NIGHT_EXTRA = """
/* --- night only ------------------------------------------------------------------------------------ */
/* The red button is the brightest thing on a dark screen: a light ring sets it off the dark surfaces. */
QPushButton#emergencyButton, QPushButton#emergencyHeaderButton, QPushButton#emergencyConfirmButton,
QPushButton#emergencyFallbackCalledButton { border-color: #F1A9A0; }
QPushButton#emergencyButton:focus, QPushButton#emergencyHeaderButton:focus,
QPushButton#emergencyConfirmButton:focus, QPushButton#emergencyFallbackCalledButton:focus {
    border: 3px solid #FFFFFF;
}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {
    image: url(@ICONS@/chevron-down-light.svg);
}
"""
CONTRAST_EXTRA = """
/* --- high contrast only ------------------------------------------------------------------------------ */
/* Wider focus rings: where the keyboard is must be visible from across the room. */
QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QDateEdit:focus, QDateTimeEdit:focus { border-width: 3px; border-color: #0050C8; }
QTabWidget#contactTabs QTabBar::tab:selected { border-bottom: 4px solid #000000; }
QMenu#themeMenu::item:selected { background: #003D80; color: #FFFFFF; }
QTreeWidget#shortcutSheetList::item:selected { background: #003D80; color: #FFFFFF; }
/* A hint must not read as typed text (which is #1A1A1A here): darker grey, still 8:1 on white. */
QLineEdit, QPlainTextEdit { placeholder-text-color: #4D4D4D; }
"""

THEMES: dict[str, tuple[Palette, Palette, Palette, str, str]] = {
    "night": (NIGHT_TEXT, NIGHT_FILL, NIGHT_LINE, NIGHT_EXTRA, "night theme (야간): for the night shift"),
    "contrast": (
        CONTRAST_TEXT, CONTRAST_FILL, CONTRAST_LINE, CONTRAST_EXTRA, "high-contrast theme (고대비)"
    ),
}

_DECLARATION = re.compile(r"(?P<prop>[a-z-]+)\s*:\s*(?P<value>[^;{}]*)")
_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


class MissingColour(ValueError):
    pass


def _map_for(prop: str, text: Palette, fill: Palette, line: Palette) -> Palette:
    if prop in ("color", "selection-color", "placeholder-text-color"):
        return text
    if prop.startswith("border") or prop == "outline":
        return line
    return fill  # background, background-color, selection-background-color


def derive(day: str, name: str) -> str:
    """``day`` with every colour swapped through ``name``'s palettes, plus its extra rules."""
    text, fill, line, extra, title = THEMES[name]
    missing: set[str] = set()

    def swap_declaration(match: re.Match[str]) -> str:
        palette = _map_for(match["prop"], text, fill, line)

        def swap(hex_match: re.Match[str]) -> str:
            colour = hex_match.group(0).upper()
            if colour not in palette:
                missing.add(f"{match['prop']} {colour}")
                return colour
            return palette[colour]

        return f"{match['prop']}: {_HEX.sub(swap, match['value'])}"

    out: list[str] = []
    for part in re.split(r"(/\*.*?\*/)", day, flags=re.DOTALL):
        if part.startswith("/*"):
            out.append(part)
            continue
        # Only inside { … }: a selector such as QPushButton:focus looks like a declaration too.
        out.append(re.sub(r"\{[^{}]*\}", lambda block: _DECLARATION.sub(swap_declaration, block[0]), part))
    if missing:
        raise MissingColour(f"{name}: no twin for " + ", ".join(sorted(missing)))
    body = "".join(out)
    # The day header comment describes day's palette; replace it with a pointer back to the source.
    body = re.sub(r"\A/\*.*?\*/", "", body, count=1, flags=re.DOTALL).lstrip()
    header = (
        f"/*\n * 외로움안녕120 상담 콘솔 — {title}.\n"
        " * GENERATED from day.qss by packaging/derive_themes.py: edit day.qss (or the palettes there) and\n"
        " * run it again; a test fails when this file is out of date.\n */\n\n"
    )
    return header + body + extra


def expected() -> dict[str, str]:
    day = (QSS_DIR / "day.qss").read_text(encoding="utf-8")
    return {name: derive(day, name) for name in THEMES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    stale = 0
    for name, text in expected().items():
        path = QSS_DIR / f"{name}.qss"
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        if args.check:
            print(f"{path.relative_to(ROOT)} is out of date with day.qss")
            stale += 1
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
