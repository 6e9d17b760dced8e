"""로그아웃: confirm, drain, sign out, say what happened to this PC's copy, offer the sign-in.

The rules live in the core (`ConsoleCore.sign_out`: wipe only when the outbox is confirmed empty); this
module only asks and tells. Nothing here blocks the event loop: the boxes are opened, not exec'd, so a
call offered meanwhile still rings and the red button still works.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore, SignOutResult
    from annyeong.ui.shell.tasks import TaskRegistry

# Long enough for a note typed a moment ago to reach a live server; short enough not to feel stuck.
DRAIN_S = 5.0


def _t(text: str) -> str:
    return QCoreApplication.translate("SignOutFlow", text)


def confirm_text(pending: int, failed: int) -> str:
    if failed:
        return _t(
            "서버가 받지 않은 기록 {failed}건과 아직 보내지 못한 기록 {pending}건이 있습니다.\n"
            "로그아웃해도 이 PC에 암호화된 채로 남아 있다가, 같은 계정으로 다시 로그인하면 "
            "'동기화 상세'에서 다시 보낼 수 있습니다."
        ).format(failed=failed, pending=pending)
    if pending:
        return _t(
            "아직 서버로 보내지 못한 기록이 {pending}건 있습니다. 로그아웃 전에 몇 초 동안 보내 보고,\n"
            "그래도 남으면 이 PC에 암호화된 채로 두었다가 같은 계정으로 다시 로그인할 때 보냅니다."
        ).format(pending=pending)
    return _t("모든 기록이 서버에 저장되었습니다. 로그아웃하면 이 PC에 남은 상담 기록을 지웁니다.")


def result_text(result: SignOutResult) -> str:
    if result.wiped:
        return _t("로그아웃했습니다. 이 PC에 남아 있던 상담 기록을 지웠습니다.")
    waiting = result.pending + result.failed
    return _t(
        "로그아웃했습니다. 보내지 못한 기록 {count}건이 있어 이 PC의 기록을 지우지 않았습니다. "
        "같은 계정으로 다시 로그인하면 이어서 보냅니다."
    ).format(count=waiting)


class SignOutFlow(QObject):
    """One sign-out at a time; `signed_out` carries the core's SignOutResult."""

    signed_out = Signal(object)

    def __init__(
        self,
        core: ConsoleCore,
        tasks: TaskRegistry,
        window: QWidget,
        sign_in_again: Callable[[str], Coroutine[Any, Any, bool]],
    ) -> None:
        super().__init__(window)
        self._core = core
        self._tasks = tasks
        self._window = window
        self._sign_in_again = sign_in_again
        self.box: QMessageBox | None = None  # the open question or refusal (tests answer it)

    def request(self) -> None:
        if self._core.me is None or self.box is not None:
            return
        status = self._core.sync_status
        open_contact = self._core.active_contact is not None
        # Wrap-up needs the server. With the server unreachable at the end of a shift, the contact can
        # neither be wrapped up nor abandoned: it stays here (encrypted) for the same account's next
        # sign-in. Online, an open contact is wrapped up first: nobody leaves a caller half-recorded.
        if self._core.offered_call is not None or (open_contact and status.state == "online"):
            self._open_box(
                QMessageBox.Icon.Information,
                _t("상담 중에는 로그아웃할 수 없습니다. 상담을 마무리한 뒤 다시 해 주세요."),
                confirm=False,
            )
            return
        text = confirm_text(status.pending, status.failed)
        if open_contact:
            text = _t(
                "서버에 연결되지 않아 지금 상담을 마무리할 수 없습니다. 로그아웃해도 이 상담과 메모는 "
                "이 PC에 암호화된 채로 남고, 같은 계정으로 다시 로그인하면 이어서 마무리할 수 있습니다."
            )
        self._open_box(QMessageBox.Icon.Question, text, confirm=True)

    def _open_box(self, icon: QMessageBox.Icon, text: str, *, confirm: bool) -> None:
        box = QMessageBox(icon, _t("로그아웃"), text, parent=self._window)
        box.setObjectName("signOutBox")
        box.setAccessibleName(_t("로그아웃 확인"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the counts are ours, but the rule is one rule
        if confirm:
            yes = box.addButton(_t("로그아웃"), QMessageBox.ButtonRole.AcceptRole)
            yes.setObjectName("signOutConfirm")
            yes.setAccessibleName(_t("로그아웃"))
            no = box.addButton(_t("취소"), QMessageBox.ButtonRole.RejectRole)
            no.setObjectName("signOutCancel")
            no.setAccessibleName(_t("로그아웃 취소"))
            box.setDefaultButton(no)  # Enter by reflex at 3 a.m. must not sign anyone out
            box.setEscapeButton(no)
        else:
            ok = box.addButton(_t("확인"), QMessageBox.ButtonRole.AcceptRole)
            ok.setObjectName("signOutOk")
            ok.setAccessibleName(_t("확인"))
        box.finished.connect(lambda _code: self._on_box_finished(box, confirm))
        self.box = box
        box.open()

    def _on_box_finished(self, box: QMessageBox, confirm: bool) -> None:
        self.box = None
        clicked = box.clickedButton()
        box.deleteLater()
        if confirm and clicked is not None and clicked.objectName() == "signOutConfirm":
            self._tasks.latest("sign_out", self._sign_out())

    async def _sign_out(self) -> None:
        result = await self._core.sign_out(drain_s=DRAIN_S)
        self.signed_out.emit(result)
        if not await self._sign_in_again(result_text(result)):
            self._window.close()  # nobody signed in and the sign-in closed: as at start, the console ends
