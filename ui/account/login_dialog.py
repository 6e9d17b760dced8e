"""로그인: server address, user, password. Never blocks the loop: shown with open()/show(), the attempt runs
as a task, and the result leaves as a signal. A failed attempt names what was wrong and keeps what was typed.

Light to import on purpose (PySide6 and ui.text.text only at module level): the app paints this window before
it imports the core, the wire models and the event loop (startup), so the window is there at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.ui.common.busy_bar import BusyBar
from annyeong.ui.text.text import plain_label, set_plain

_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter
SignIn = Callable[[str, str, str], Awaitable[object]]  # (server_url, username, password) -> Me


def server_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a case-API address, as a sentence; None when it is fine."""
    from urllib.parse import urlsplit  # on submit only: this module is imported before the first paint

    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        return QCoreApplication.translate(
            "LoginDialog", "서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요."
        )
    if parts.scheme not in ("http", "https") or not host:
        return QCoreApplication.translate(
            "LoginDialog", "서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요."
        )
    if parts.scheme == "http" and not _is_loopback(host):
        return QCoreApplication.translate(
            "LoginDialog", "보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)"
        )
    return None


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoginDialog(QDialog):
    signed_in = Signal(object)  # Me

    def __init__(
        self,
        sign_in: SignIn | None,
        *,
        server_url: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(QCoreApplication.translate("LoginDialog", "외로움안녕120 상담 콘솔 — 로그인"))
        self._sign_in = sign_in
        self._busy = False

        title = plain_label(
            QCoreApplication.translate("LoginDialog", "외로움안녕120 상담 콘솔"), object_name="loginTitle"
        )
        self.intro = intro = plain_label(
            QCoreApplication.translate("LoginDialog", "상담원 계정으로 로그인해 주세요."),
            object_name="loginIntro",
            word_wrap=True,
        )
        self.server_edit = QLineEdit(server_url, self)
        self.server_edit.setObjectName("loginServer")
        self.server_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", "서버 주소"))
        self.server_edit.setPlaceholderText("https://")
        self.user_edit = QLineEdit(username, self)
        self.user_edit.setObjectName("loginUser")
        self.user_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", "아이디"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", "비밀번호"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.server_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._on_edit_text_edited)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        # Qt.AlignRight | Qt.AlignVCenter as the property's value: see _PLAIN_TEXT in ui/text/text.py.
        form.setProperty("labelAlignment", _RIGHT_VCENTER)
        form.addRow(QCoreApplication.translate("LoginDialog", "서버 주소"), self.server_edit)
        form.addRow(QCoreApplication.translate("LoginDialog", "아이디"), self.user_edit)
        form.addRow(QCoreApplication.translate("LoginDialog", "비밀번호"), self.password_edit)

        self.error_label = plain_label(object_name="loginError", word_wrap=True)
        self.error_label.setAccessibleName(QCoreApplication.translate("LoginDialog", "로그인 오류"))
        self.error_label.hide()

        self.submit_button = QPushButton(QCoreApplication.translate("LoginDialog", "로그인"), self)
        self.submit_button.setObjectName("loginSubmit")
        self.submit_button.setAccessibleName(QCoreApplication.translate("LoginDialog", "로그인"))
        self.submit_button.setToolTip(QCoreApplication.translate("LoginDialog", "로그인 (Enter)"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self._attempt: object = None  # the running sign-in task (kept referenced)
        self._intro_text = ""
        self.cancel_button = QPushButton(QCoreApplication.translate("LoginDialog", "닫기"), self)
        self.cancel_button.setObjectName("loginCancel")
        self.cancel_button.setAccessibleName(QCoreApplication.translate("LoginDialog", "로그인 창 닫기"))
        self.cancel_button.setToolTip(QCoreApplication.translate("LoginDialog", "닫기 (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(32, 28, 32, 24)
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.error_label)
        # Under the fields the person just filled: a sign-in over a slow network or a cold server moves.
        self.progress = BusyBar(
            "loginProgress", QCoreApplication.translate("LoginDialog", "로그인 진행 중"), self
        )
        column.addWidget(self.progress)
        column.addLayout(buttons)
        self.setMinimumWidth(520)
        self._focus_first_empty()

    def set_notice(self, text: str) -> None:
        """Say something first (after 로그아웃: what happened to this PC's copy) in place of the intro."""
        set_plain(self.intro, text)

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def is_busy(self) -> bool:
        return self._busy

    def set_sign_in(self, sign_in: SignIn) -> None:
        """Attach the attempt once the core exists (the window may be painted before it is built)."""
        self._sign_in = sign_in

    def set_checking(self, checking: bool) -> None:
        """While a saved sign-in is being tried: the fields wait, and the window says why."""
        if checking:
            self._intro_text = self.intro.text()
            checking_text = QCoreApplication.translate("LoginDialog", "저장된 로그인을 확인하는 중입니다…")
            set_plain(self.intro, checking_text)
        elif self._intro_text:
            set_plain(self.intro, self._intro_text)
            self._intro_text = ""
        self._set_busy(checking)
        if not checking:
            self._focus_first_empty()

    def submit(self) -> None:
        """The 로그인 button and Enter: start the attempt on the running loop."""
        import asyncio

        self._attempt = asyncio.ensure_future(self.attempt())

    async def attempt(self) -> None:
        from annyeong.console import errors
        from annyeong.ui.text.messages import error_text, problem_text

        if self._busy or self._sign_in is None:
            return
        url = self.server_edit.text().strip()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        problem = server_url_problem(url)
        if problem:
            self._show_error(problem, self.server_edit)
            return
        if not user:
            self._show_error(
                QCoreApplication.translate("LoginDialog", "아이디를 입력해 주세요."), self.user_edit
            )
            return
        if not password:
            self._show_error(
                QCoreApplication.translate("LoginDialog", "비밀번호를 입력해 주세요."), self.password_edit
            )
            return
        self._set_busy(True)
        failure: tuple[str, QLineEdit] | None = None
        me: object = None
        try:
            me = await self._sign_in(url, user, password)
        except errors.Offline as exc:
            # A refused certificate has its own words; anything else is "not reachable at this address".
            failure = (problem_text(exc.code) or QCoreApplication.translate(
                "LoginDialog", "서버에 연결할 수 없습니다. 서버 주소({url})와 네트워크 연결을 확인해 주세요.",
            ).format(url=url), self.server_edit)
        except errors.AuthFailed as exc:
            failure = (error_text(exc), self.password_edit)
        except errors.ConsoleError as exc:
            failure = (error_text(exc), self.server_edit)
        finally:
            # The console may have closed (and deleted this dialog) while the sign-in was in flight.
            if shiboken6.isValid(self.password_edit):
                self._set_busy(False)
        if failure is not None:
            self._show_error(*failure)
            return
        self.password_edit.clear()
        self.error_label.hide()
        self.signed_in.emit(me)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self.progress.busy()
        else:
            self.progress.done()
        for widget in (self.server_edit, self.user_edit, self.password_edit, self.submit_button):
            widget.setEnabled(not busy)
        self.submit_button.setText(
            QCoreApplication.translate("LoginDialog", "로그인 중…")
            if busy
            else QCoreApplication.translate("LoginDialog", "로그인")
        )

    def _show_error(self, text: str, focus: QLineEdit) -> None:
        set_plain(self.error_label, text)
        # A screen reader reads the message itself, not only that something went wrong.
        self.error_label.setAccessibleName(
            QCoreApplication.translate("LoginDialog", "로그인 오류: {message}").format(message=text)
        )
        self.error_label.show()
        focus.setFocus()
        focus.selectAll()

    def _on_edit_text_edited(self, _text: str) -> None:
        # The message stays until the person changes something; then it would be stale.
        self.error_label.hide()

    def _focus_first_empty(self) -> None:
        for edit in (self.server_edit, self.user_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                return
        self.password_edit.setFocus()
