"""Non-modal window listing the items the server refused, each with the server's reason, and "retry now".

The core keeps refused items (never drops them); this is where a counselor sees them. Reasons are the
server's problem codes, worded here; an unknown code is shown as is so support can look it up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from annyeong.ui.text.text import plain_label, set_plain

if TYPE_CHECKING:
    from annyeong.console.sync_ops import FailedItem


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncDetails", text)


def kind_text(kind: str) -> str:
    labels = {
        "entry.create": _t("상담 메모·체크리스트"),
        "contact.end": _t("상담 종료"),
        "contact.update": _t("상담 내용(요약·분류)"),
        "dispatch.create": _t("긴급 출동 요청"),
        "dispatch.step": _t("긴급 출동 진행 기록"),
        "referral.create": _t("연계 의뢰"),
        "follow_up.create": _t("후속 연락 일정"),
    }
    return labels.get(kind, kind)


def reason_text(code: str) -> str:
    reasons = {
        "version_mismatch": _t("다른 곳에서 먼저 바뀌었습니다. 두 값을 비교해 고르세요"),
        "forbidden": _t("이 계정으로는 보낼 수 없는 항목입니다"),
        "not_found": _t("서버에서 대상을 찾을 수 없습니다"),
        "validation_failed": _t("서버가 내용 형식을 받지 않았습니다"),
        "idempotency_key_reused": _t("같은 번호로 다른 내용이 이미 보내졌습니다"),
        "bad_payload": _t("이 PC에 저장된 내용을 읽을 수 없습니다"),
        "client_error": _t("프로그램 오류로 보내지 못했습니다"),
    }
    return reasons.get(code, _t("서버 응답: {code}").format(code=code))


class SyncDetails(QDialog):
    """Shown with show() (never exec()); `retry` is called by "지금 다시 시도" (core.sync.retry_failed)."""

    def __init__(self, retry: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDetails")
        self.setModal(False)
        self.setWindowTitle(_t("보내지 못한 항목"))
        self._retry = retry
        self._intro = plain_label(parent=self, object_name="syncDetailsIntro", word_wrap=True)
        self.items = QListWidget(self)
        self.items.setObjectName("syncDetailsList")
        self.items.setAccessibleName(_t("보내지 못한 항목 목록"))
        self.retry_button = QPushButton(_t("지금 다시 시도"), self)
        self.retry_button.setObjectName("syncDetailsRetry")
        self.retry_button.setAccessibleName(_t("보내지 못한 항목 모두 지금 다시 보내기"))
        self.retry_button.clicked.connect(self._retry_now)
        self.close_button = QPushButton(_t("닫기"), self)
        self.close_button.setObjectName("syncDetailsClose")
        self.close_button.setAccessibleName(_t("보내지 못한 항목 창 닫기"))
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self.set_items([])

    def set_items(self, failed: Sequence[FailedItem]) -> None:
        self.items.clear()
        for item in failed:
            row = QListWidgetItem(f"{kind_text(item.kind)} — {reason_text(item.reason)}")
            row.setData(Qt.ItemDataRole.UserRole, item.row_id)
            self.items.addItem(row)
        set_plain(self._intro, (
            QCoreApplication.translate(
                "SyncDetails", "서버가 받지 않은 항목 %n개. 지워지지 않고 이 PC에 남아 있습니다.", None,
                len(failed),
            )
            if failed else _t("보내지 못한 항목이 없습니다.")
        ))
        self.retry_button.setEnabled(bool(failed))

    def _retry_now(self) -> None:
        self.retry_button.setEnabled(False)
        self._retry()
