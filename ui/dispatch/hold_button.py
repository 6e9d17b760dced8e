"""The dispatch panel's confirm control: hold it for a second (a fill shows how long) to send.

The same hold on every input: the mouse button, Enter or Space. A tap — press and release before the fill
is full — sends nothing and only says how to confirm. So no typing sequence sends police: a counselor who
hits F12 by mistake while typing notes finds the panel open, and the next Enter or space does nothing
but explain. A held key is a press not followed by its release (the key's auto-repeat is ignored), which
is what a deliberate second looks like and what fast typing never produces.

Auto-repeat is not always marked as such: on X11 a held key can arrive as release/press pairs that Qt
does not recognise (Xvfb, some remote desktops), and a release taken at its word stopped the fill at the
first repeat, so holding Enter never sent. A release therefore settles only after RELEASE_SETTLE_MS
without a new press of the same key; a release still settling when the fill completes counts as a
release (a tap never becomes a send).

A key that brought the keyboard here (Enter in 주소 moves it to this control) starts nothing until it is
let go: held on from the field, its repeats arrived here as fresh presses on such a desktop and sent. Let
go means its release settled, or a press of it after a longer pause than a held key's repeats leave
(REPEAT_GAP_S: the first repeat comes about 0.66 s after the press).

Letters typed at it are not lost: the panel opens with this control holding the keyboard (F12, then the
hold: two actions), so a counselor who starts typing the place finds the keyboard moved to the field named
in `typing_goes_to`, the first key with it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEasingCurve, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QPushButton, QWidget

HOLD_MS = 1000
FILL = QColor(0, 0, 0, 70)
HOLD_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
RELEASE_SETTLE_MS = 150  # longer than a repeat's release/press gap, far shorter than the hold
REPEAT_GAP_S = 0.8


class HoldToConfirmButton(QPushButton):
    confirmed = Signal()
    hold_cancelled = Signal()  # released too early: the panel says how to confirm

    def __init__(self, text: str, *, hold_ms: int = HOLD_MS, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoDefault(False)
        self.setDefault(False)
        self._progress = 0.0
        self._held_key: int | None = None
        self.typing_goes_to: QWidget | None = None
        self._fill = QVariantAnimation(self)
        self._fill.setStartValue(0.0)
        self._fill.setEndValue(1.0)
        self._fill.setDuration(hold_ms)
        self._fill.setEasingCurve(QEasingCurve.Type.Linear)
        self._fill.valueChanged.connect(self._on_fill_value_changed)
        self._fill.finished.connect(self._on_fill_finished)
        self._release = QTimer(self)  # a key's release, settling (see the module's note on auto-repeat)
        self._release.setSingleShot(True)
        self._release.setInterval(RELEASE_SETTLE_MS)
        self._release.timeout.connect(self._on_release_settled)
        self._ignored_key: int | None = None  # still held from the field that moved the keyboard here
        self._ignored_at = 0.0  # when it was last seen (monotonic s)
        self._let_go = QTimer(self)  # its release, settling like any other
        self._let_go.setSingleShot(True)
        self._let_go.setInterval(RELEASE_SETTLE_MS)
        self._let_go.timeout.connect(self._on_let_go)

    def progress(self) -> float:
        return self._progress

    def holding(self) -> bool:
        return self._fill.state() == QVariantAnimation.State.Running

    # --- input -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._start()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._cancel()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def ignore_until_released(self, key: int) -> None:
        """`key` is held down from elsewhere (the field whose Enter brought the keyboard here): its
        repeats are not a hold, and the next hold starts with a new press."""
        self._ignored_key = key
        self._ignored_at = time.monotonic()
        self._let_go.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == self._ignored_key and time.monotonic() - self._ignored_at <= REPEAT_GAP_S:
            self._ignored_at = time.monotonic()
            self._let_go.stop()  # repeating still: the key was never let go
            event.accept()
            return
        self._ignored_key = None
        if event.key() in HOLD_KEYS and self.isEnabled():
            if self._release.isActive() and event.key() == self._held_key:
                self._release.stop()  # the "release" was the key repeating: the hold goes on
            elif not event.isAutoRepeat() and not self.holding():
                self._held_key = event.key()
                self._start()
            event.accept()
            return
        if self._typed_elsewhere(event):
            return
        super().keyPressEvent(event)

    def _typed_elsewhere(self, event: QKeyEvent) -> bool:
        target, text = self.typing_goes_to, event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if (target is None or not target.isVisible() or not text or not text.isprintable()
                or event.modifiers() & commands):
            return False
        # Typing, not a deliberate second: a fill still running from the last Enter or Space is a tap, and
        # a Space just before the letter was the typing's own space (" 8층 복도" after the address).
        space = self._held_key == Qt.Key.Key_Space and self.holding()
        self._release.stop()
        self._held_key = None
        self._cancel()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if space:
            QCoreApplication.sendEvent(target, QKeyEvent(
                QKeyEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " "))
        QCoreApplication.sendEvent(target, QKeyEvent(
            event.type(), event.key(), event.modifiers(), text, event.isAutoRepeat(), event.count()))
        event.accept()
        return True

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == self._ignored_key:
            self._ignored_at = time.monotonic()
            if not event.isAutoRepeat():
                self._let_go.start()
            event.accept()
            return
        if event.key() in HOLD_KEYS:
            if not event.isAutoRepeat() and event.key() == self._held_key:
                self._release.start()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: object) -> None:
        self._held_key = None
        self._ignored_key = None
        self._let_go.stop()
        self._release.stop()
        self._cancel(quiet=True)
        super().focusOutEvent(event)  # type: ignore[arg-type]

    # --- the fill --------------------------------------------------------------------------------

    def _start(self) -> None:
        if not self.holding():
            self._fill.start()

    def _cancel(self, *, quiet: bool = False) -> None:
        if self.holding():
            self._fill.stop()
            self._set_progress(0.0)
            if not quiet:
                self.hold_cancelled.emit()

    def _done(self) -> None:
        self._fill.stop()
        self._set_progress(0.0)
        self.confirmed.emit()

    def _on_fill_value_changed(self, value: object) -> None:
        self._set_progress(float(value))  # type: ignore[arg-type]

    def _on_let_go(self) -> None:
        self._ignored_key = None

    def _on_release_settled(self) -> None:
        self._held_key = None
        self._cancel()

    def _on_fill_finished(self) -> None:
        if self._release.isActive():  # let go before the second was up: a tap, however it ends
            self._release.stop()
            self._held_key = None
            self._set_progress(0.0)
            self.hold_cancelled.emit()
            return
        if self._progress >= 1.0:
            self._done()

    def _set_progress(self, progress: float) -> None:
        self._progress = progress
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._progress <= 0.0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, 9, 9)
        painter.setClipPath(path)
        fill = QRectF(rect.left(), rect.top(), rect.width() * self._progress, rect.height())
        painter.fillRect(fill, FILL)
        painter.end()


def hold_hint(*, offline: bool = False) -> str:
    how = QCoreApplication.translate(
        "HoldToConfirmButton",
        "1초 동안 누르고 있으면 요청됩니다 (마우스, Enter 또는 스페이스). 짧게 누르면 보내지 않습니다.",
    )
    if not offline:
        return how
    # Before the press, not only after it: what a send does while the server cannot be reached.
    return QCoreApplication.translate(
        "HoldToConfirmButton", "서버 연결 끊김: 보내면 이 PC에 저장되고, 곧 직접 전화 안내가 나옵니다."
    ) + " " + how
