"""A one-line plain-text label that ends in "…" when its row is too narrow, the whole text in its tooltip
and accessible description. Only for text whose whole is one hover (or one 자세히) away and whose cut end
carries nothing safety-relevant: a crisis line wraps instead."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from annyeong.ui.text.text import plain_tooltip


class ElidedLabel(QLabel):
    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, object_name: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # Ignored horizontally: the row gives it what is left after its neighbours, never pushes them.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if object_name:
            self.setObjectName(object_name)
        self._whole = ""
        self.set_whole(text)

    def whole(self) -> str:
        return self._whole

    def set_whole(self, text: str) -> None:
        self._whole = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)  # a screen reader reads the whole, not what fits
        self._fit()

    def elided(self) -> bool:
        return self.text() != self._whole

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()  # a new font from the style sheet changes what fits

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.text():
            self.setText(shown)
