"""The look: day / night / high-contrast stylesheets and the font scale, applied in one place, remembered.

The stylesheets under resources/qss/ size text in px (Korean text is laid out to px in SCREENS.md), so
QFont-based zoom does nothing against them: scaling rewrites every ``font-size: Npx`` of the applied
stylesheet instead. night.qss and contrast.qss are derived from day.qss (packaging/derive_themes.py).

The choice lives in QSettings (an ini file under console.paths.config_dir()), read fresh at each change so
tests that point ANNYEONG_CONFIG_DIR elsewhere never share a file. One ThemeController per QApplication,
kept as the app's child (no module-level state).
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from annyeong.console.paths import resources_dir
from annyeong.ui.text.i18n import look_store

log = logging.getLogger("annyeong.console")

THEMES = ("day", "night", "contrast")
DEFAULT_THEME = "day"
SCALES = (0.85, 0.9, 1.0, 1.1, 1.2, 1.3, 1.45, 1.6)
DEFAULT_SCALE = 1.0
_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)px")


def _t(text: str) -> str:
    return QCoreApplication.translate("Theme", text)


def theme_label(name: str) -> str:
    if name == "night":
        return _t("야간")
    if name == "contrast":
        return _t("고대비")
    return _t("주간")


def load_stylesheet(name: str = DEFAULT_THEME, scale: float = DEFAULT_SCALE) -> str:
    """The theme's QSS with icon urls resolved (QSS urls are cwd-relative) and font sizes scaled."""
    if name not in THEMES:
        name = DEFAULT_THEME
    icons = (resources_dir() / "icons").as_posix()
    text = (resources_dir() / "qss" / f"{name}.qss").read_text(encoding="utf-8")
    return scale_font_sizes(text.replace("@ICONS@", icons), scale)


def scale_font_sizes(qss: str, scale: float) -> str:
    """Every ``font-size: Npx`` times ``scale``, rounded half up to whole px (never below 9 px)."""
    if scale == DEFAULT_SCALE:
        return qss
    return _FONT_SIZE.sub(lambda m: f"{m[1]}{max(9, int(float(m[2]) * scale + 0.5))}px", qss)


# What the stylesheet cannot reach (a tab bar's base line, check marks, native menus) paints from the
# palette: in the night theme it must be dark too, or those bits glow white. Hex by role name; looked up
# In palette_for, so importing this module before the first paint builds no Qt enum.
_NIGHT_PALETTE = {
    "Window": "#1D2126", "WindowText": "#D5DAE0", "Base": "#262B31", "AlternateBase": "#2C3239",
    "Text": "#D5DAE0", "Button": "#262B31", "ButtonText": "#D5DAE0", "BrightText": "#FFFFFF",
    "Highlight": "#34506D", "HighlightedText": "#F4F6F8", "ToolTipBase": "#56687C", "ToolTipText": "#F4F6F8",
    "PlaceholderText": "#87909A", "Link": "#8AB4DE", "Light": "#4A535E", "Midlight": "#3A424C",
    "Mid": "#313841", "Dark": "#1A1D21", "Shadow": "#101215",
}


def active_theme(app: QCoreApplication | None = None) -> str:
    """The theme the app shows now; "day" when no controller was ever made (tests, a bare widget).
    Never makes a controller: reading the look must not change it."""
    app = app or QCoreApplication.instance()
    found = app.findChild(ThemeController, "themeController") if app is not None else None
    return found.theme() if isinstance(found, ThemeController) else DEFAULT_THEME


def palette_for(name: str, app: QApplication) -> QPalette:
    palette = app.style().standardPalette()
    if name == "night":
        for role_name, colour in _NIGHT_PALETTE.items():
            palette.setColor(QPalette.ColorRole[role_name], QColor(colour))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6B747E"))
    return palette


class ThemeController(QObject):
    """Applies the remembered theme and scale to the app; changes are applied at once and saved."""

    changed = Signal(str, float)  # theme, scale

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("themeController")
        self._app = app
        store = look_store()
        theme = str(store.value("look/theme", DEFAULT_THEME))
        self._theme = theme if theme in THEMES else DEFAULT_THEME
        try:
            scale = float(store.value("look/scale", DEFAULT_SCALE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            scale = DEFAULT_SCALE
        self._scale = min(SCALES, key=lambda s: abs(s - scale))

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> ThemeController:
        """The app's controller, made (and the saved choice read) on first use."""
        app = app or QApplication.instance()
        assert isinstance(app, QApplication), "a QApplication is needed for a stylesheet"
        found = app.findChild(ThemeController, "themeController")
        return found if isinstance(found, ThemeController) else cls(app)

    def theme(self) -> str:
        return self._theme

    def scale(self) -> float:
        return self._scale

    def apply(self, *, palette: bool = True) -> None:
        """The stylesheet, and the palette unless ``palette=False`` (then call apply_palette soon)."""
        if palette:
            self.apply_palette()
        try:
            self._app.setStyleSheet(load_stylesheet(self._theme, self._scale))
        except OSError:
            log.warning("stylesheet %s not found; using the platform style", self._theme)
        self.changed.emit(self._theme, self._scale)

    def apply_palette(self) -> None:
        """The palette colours only what the stylesheet cannot reach (menus, tab bases, check marks): the
        sign-in window has none of it, so startup sets it after that window's first paint (setting it
        before made Qt build the base style early: ~4 ms there)."""
        self._app.setPalette(palette_for(self._theme, self._app))

    def set_theme(self, name: str, *, remember: bool = True) -> None:
        """Apply ``name``; ``remember=False`` (screenshots, previews) leaves the saved choice alone."""
        if name not in THEMES:
            return
        self._theme = name
        if remember:
            self._save()
        self.apply()

    def zoom(self, steps: int) -> None:
        """One step larger (1) or smaller (-1) along SCALES; 0 resets to 100 %."""
        if steps == 0:
            self._scale = DEFAULT_SCALE
        else:
            index = SCALES.index(self._scale) + steps
            self._scale = SCALES[max(0, min(len(SCALES) - 1, index))]
        self._save()
        self.apply()

    def _save(self) -> None:
        store = look_store()
        store.setValue("look/theme", self._theme)
        store.setValue("look/scale", self._scale)
        store.sync()
