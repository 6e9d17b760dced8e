"""The auto-lock: a cover over the whole window content, lifted by re-authenticating.

The rule "nothing modal covers the emergency button" decides its shape. It is not a dialog: it is a child
of the window's central widget, raised over everything, with holes (a mask) where the header's red button
and the dispatch panel are during a contact, so a crisis can still be escalated while the screen is locked.
F12 works too; every other shortcut and all typing into the hidden widgets are swallowed while locked.
Nothing is lost: the note is flushed before the cover goes up, the widgets underneath keep their state,
and the core (outbox, events) keeps running. A call that rings while locked is said on the cover without
any detail of the caller (the screen is locked), and the keyboard stays in the password field whatever
the ring does underneath: back at a ringing phone, the counselor types the password and presses Enter,
and the card, with 받기 focused, is there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from annyeong.console import errors
from annyeong.console.embedded import DEMO_PASSWORD
from annyeong.ui.text.messages import error_text
from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore
    from annyeong.console.reauth import Reauth
    from annyeong.ui.shell.window import MainWindow

BOX_WIDTH = 480
# Beside an open dispatch panel: the narrowest box that still holds the password row, and its gap.
BOX_MIN_WIDTH = 280
BOX_GAP = 16

_SWALLOWED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.InputMethod, QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
})


class LockScreen(QFrame):
    """Covers `window`'s central widget while locked. `lock()` / `unlocked` signal; `is_locked()`."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, window: MainWindow, core: ConsoleCore, reauth: Reauth, server_url: Callable[[], str]
    ) -> None:
        central = window.centralWidget()
        assert central is not None, "built after the window's central widget"
        super().__init__(central)
        self.setObjectName("lockScreen")
        self.setAccessibleName(QCoreApplication.translate("LockScreen", "화면 잠금"))
        self.setAutoFillBackground(True)
        self._window = window
        self._core = core
        self._reauth = reauth
        self.server_url = server_url
        self._busy = False
        self._told = False  # the error line holds a notice from `tell`, not a password's answer

        title = plain_label(QCoreApplication.translate("LockScreen", "화면이 잠겼습니다"), self,
                            object_name="lockTitle")
        self._who = plain_label("", self, object_name="lockUser")
        explain = plain_label("", self, object_name="lockExplain", word_wrap=True)
        self._explain = explain
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(QCoreApplication.translate("LockScreen", "비밀번호"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(QCoreApplication.translate("LockScreen", "비밀번호"))
        self.password.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button = QPushButton(QCoreApplication.translate("LockScreen", "잠금 해제"), self)
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setAccessibleName(QCoreApplication.translate("LockScreen", "잠금 해제"))
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self._error = plain_label("", self, object_name="lockError", word_wrap=True)
        self._error.setProperty("tone", "crisis")
        self._error.hide()
        self._ringing = plain_label("", self, object_name="lockRinging", word_wrap=True)
        self._ringing.setProperty("tone", "warn")
        self._ringing.hide()

        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        box = QFrame(self)
        box.setObjectName("lockBox")
        # A fixed width between stretches, not a maximum width with an alignment: aligned, the layout
        # gave the wrapped lines their one-line height and cut them (the explanation, the ring line).
        box.setFixedWidth(BOX_WIDTH)
        self._box = box
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        for widget in (title, self._who, explain, self._ringing):
            inner.addWidget(widget)
        inner.addLayout(row)
        inner.addWidget(self._error)
        middle = QHBoxLayout()
        self._middle = middle
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

        # While locked, the holes follow the red button and the dispatch panel as they appear and move.
        self._mask_timer = QTimer(self)
        self._mask_timer.setInterval(250)
        self._mask_timer.timeout.connect(self._update_cover)
        central.installEventFilter(self)
        self.hide()

    # --- public -----------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return not self.isHidden()

    def lock(self, *, asked: bool = False) -> None:
        """Cover the window; `asked`: the counselor locked it (지금 잠그기), not the idle minutes."""
        if self.is_locked():
            return
        self._window.contact.flush_quietly()  # the note is on disk before anything is covered
        me = self._core.me
        set_plain(self._who, me.display_name if me else "")
        why = (QCoreApplication.translate("LockScreen", "화면을 잠갔습니다.") if asked else
               QCoreApplication.translate("LockScreen", "오래 입력이 없어 개인정보 보호를 위해 잠갔습니다."))
        explain = why + " " + QCoreApplication.translate(
            "LockScreen",
            "작성 중인 내용은 저장되어 있고, 전송도 계속됩니다. 비밀번호를 입력해 잠금을 풀어 주세요.",
        )
        if self._core.training:
            # A trainee is signed in by the training start and never typed it: locked out mid-exercise.
            hint = QCoreApplication.translate(
                "LockScreen", "교육 모드 연습 계정의 비밀번호는 {password} 입니다.")
            explain += " " + hint.format(password=DEMO_PASSWORD)
        set_plain(self._explain, explain)
        self.password.clear()
        self._error.hide()
        self._told = False
        self._update_cover()
        self.show()
        self.raise_()
        self.password.setFocus()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            app.focusChanged.connect(self._on_focus_changed)
        self._mask_timer.start()
        self.locked.emit()

    def ringing_text(self) -> str:
        return self._ringing.text() if not self._ringing.isHidden() else ""

    def error_text(self) -> str:
        return self._error.text() if not self._error.isHidden() else ""

    def tell(self, text: str) -> None:
        """Say `text` on the cover while locked (the window's own notice strip is under it), until a call
        rings: then F12 takes that call, and the cover says so instead."""
        if self.is_locked():
            set_plain(self._error, text)
            self._error.show()
            self._told = True

    # --- unlocking ------------------------------------------------------------------------------

    @asyncSlot()
    async def _on_unlock_clicked(self) -> None:
        me = self._core.me
        if self._busy or me is None or not self.password.text():
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        password = self.password.text()
        try:
            await self._reauth.verify(self.server_url(), me.username, password)
        except errors.Offline:
            self._show_error(QCoreApplication.translate(
                "LockScreen",
                "서버에 연결할 수 없어 이 PC에서 확인할 수 없습니다. 연결되면 다시 시도해 주세요.",
            ))
        except errors.AuthFailed as exc:
            # Only the password was asked: "아이디 또는 비밀번호" would point at a field that is not there.
            self._show_error(QCoreApplication.translate(
                "LockScreen", "비밀번호가 맞지 않습니다. 다시 입력해 주세요.")
                if exc.code == "invalid_credentials" else error_text(exc))
        except errors.ConsoleError as exc:
            self._show_error(error_text(exc))
        else:
            self._unlock()
        finally:
            password = ""
            self._busy = False
            self.unlock_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self._told = False
        self.password.clear()
        set_plain(self._error, text)
        self._error.show()
        self.password.setFocus()

    def _unlock(self) -> None:
        self.password.clear()
        self._mask_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.focusChanged.disconnect(self._on_focus_changed)
        self.hide()
        self.unlocked.emit()
        panel = self._window.dispatch_panel
        if panel.mode() == "form" and panel.isVisible():
            panel.focus_confirm()  # a form opened through the lock: its keys (Esc, the hold) go on working
        else:
            self._window.card.take_keyboard()  # idle and ringing: Enter takes the call, as when it rang

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A ring (or anything else) that puts the keyboard under the cover gives it back to the password:
        typed there it would be swallowed, and Enter would not unlock."""
        if now is not None and now.window() is self._window and not self._reachable(now):
            QTimer.singleShot(0, self._take_keyboard_back)

    def _take_keyboard_back(self) -> None:
        focused = QApplication.focusWidget()
        if self.is_locked() and focused is not None and not self._reachable(focused):
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reachable(self, widget: QWidget) -> bool:
        """Widgets that take keys while locked: the cover's own, the red button and the dispatch panel."""
        return any(root is widget or root.isAncestorOf(widget)
                   for root in (self, self._window.header.emergency, self._window.dispatch_panel))

    # --- covering -------------------------------------------------------------------------------

    def _holes(self) -> list[QRect]:
        """Where the cover must not be: the red button and the dispatch panel, when they are shown."""
        rects: list[QRect] = []
        parent = self.parentWidget()
        if parent is None:
            return rects
        for widget in (self._window.header.emergency, self._window.dispatch_panel):
            if widget.isVisible():
                top_left = widget.mapTo(parent, widget.rect().topLeft())
                rects.append(QRect(top_left, widget.size()).adjusted(-4, -4, 4, 4))
        return rects

    def _update_cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None and self.geometry() != parent.rect():
            self.setGeometry(parent.rect())
        region = QRegion(self.rect())
        for rect in self._holes():
            region = region.subtracted(QRegion(rect))
        self.setMask(region)
        self._place_box()
        self._update_ringing()

    def _place_box(self) -> None:
        """The password box in the middle; beside the dispatch panel while it is open through the lock
        (in the wider of the strips left and right of it), where it used to sit hidden under the panel."""
        parent = self.parentWidget()
        panel = self._window.dispatch_panel
        left = right = 0
        width = BOX_WIDTH
        if parent is not None and panel.isVisible():
            hole = QRect(panel.mapTo(parent, QPoint(0, 0)), panel.size())
            before, after = hole.left(), self.width() - hole.right() - 1
            room = max(before, after) - 2 * BOX_GAP
            if room >= BOX_MIN_WIDTH:
                width = min(BOX_WIDTH, room)
                left, right = (0, self.width() - before) if before >= after else (hole.right() + 1, 0)
        if self._middle.contentsMargins().left() != left or self._middle.contentsMargins().right() != right:
            self._middle.setContentsMargins(left, 0, right, 0)
        if self._box.width() != width:
            self._box.setFixedWidth(width)

    def _update_ringing(self) -> None:
        call = self._core.offered_call
        if call is None or call.status != "offered":
            self._ringing.hide()
            return
        if self._told:
            self._told = False
            self._error.hide()
        # Nothing of who it is: the screen is locked, and anyone passing can read it.
        chat = call.channel == "chat"
        set_plain(self._ringing, QCoreApplication.translate(
            "LockScreen", "채팅 상담 요청이 와 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, "
            "Enter를 한 번 더 누르면 받습니다.") if chat else QCoreApplication.translate(
            "LockScreen", "전화가 오고 있습니다. 비밀번호를 입력하고 Enter로 잠금을 푼 뒤, "
            "Enter를 한 번 더 누르면 받습니다."))
        self._ringing.show()

    def _allowed(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            return watched is self._window.emergency_action  # F12 only
        if not isinstance(watched, QWidget):
            return True  # the window system's objects pass keys on to the focus widget, checked below
        if self._reachable(watched):
            return True
        return not self._window.isAncestorOf(watched)  # other windows (e.g. a dialog) are not ours

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.is_locked():
            self._update_cover()
            return False
        if (
            event.type() == QEvent.Type.ShortcutOverride and self.is_locked() and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched)) and isinstance(event, QKeyEvent)
            and event.key() != Qt.Key.Key_F12
        ):
            # Keys typed on the cover are the cover's: Enter is the password's (it unlocks), never the
            # ringing card's 받기 shortcut underneath, which would swallow it. F12 stays the red button's.
            event.accept()
            return True
        return self.is_locked() and event.type() in _SWALLOWED and not self._allowed(watched, event)
