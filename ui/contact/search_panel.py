"""검색 (Ctrl+F): find a contact by phone number, name or note text — this PC's store first (works
offline), merged with the server's search. Picking a result shows it in the history column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annyeong.ui.common.operations import CoreOp
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.formatting import caller_number, short_date
from annyeong.ui.text.text import name_clear_button, plain_label, plain_tooltip, set_plain

if TYPE_CHECKING:
    from annyeong.console.search.lookups import Lookups
    from annyeong.ui.shell.tasks import TaskRegistry

SEARCH_DELAY_MS = 300
LINE_CHARS = 48


def _t(text: str) -> str:
    return QCoreApplication.translate("SearchPanel", text)


def server_note(state: str) -> str:
    notes = {
        "offline": _t("서버 연결 안 됨 · 이 PC 기록만"),
        "timeout": _t("서버 응답 늦음 · 이 PC 기록만"),
        "unavailable": _t("서버 검색 없음 · 이 PC 기록만"),
        "error": _t("서버 검색 실패 · 이 PC 기록만"),
    }
    return notes.get(state, "")


def hit_text(hit: Any) -> str:
    # Number first and the date short: the column is narrow and a number must not break across lines.
    number = caller_number(hit.caller, hit.channel)
    head = f"{number} · {short_date(hit.started_at)}"
    detail = " · ".join(n for n in getattr(hit, "names", ()) if n)
    excerpt = getattr(hit, "excerpt", "") or ""
    text = excerpt or getattr(hit, "summary", "") or ""
    line = " ".join(text.split())[:LINE_CHARS]
    if excerpt and line and getattr(hit, "matched", "") == "chat":
        line = _t("채팅: …{text}…").format(text=line)  # the person's (or the counselor's) words
    elif excerpt and line:
        line = f"…{line}…"
    return "\n".join(p for p in (head, detail, line) if p)


class SearchPanel(QFrame):
    hit_selected = Signal(object)  # console.search.hits.SearchHit

    def __init__(self, lookups: Lookups, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._lookups = lookups
        self._tasks = tasks
        self._hits: list[Any] = []

        self._title = plain_label(_t("검색 (Ctrl+F)"), self, object_name="panelSection")
        self._field = QLineEdit(self)
        self._field.setObjectName("searchField")
        self._field.setAccessibleName(_t("상담 기록 검색"))
        self._field.setPlaceholderText(_t("번호·이름·메모 내용"))
        self._field.setToolTip(_t("전화번호, 이름, 메모 내용으로 찾습니다 (Ctrl+F)"))
        self._field.setClearButtonEnabled(True)
        name_clear_button(self._field, "searchFieldClear")
        self._field.setMaxLength(200)
        self._field.textChanged.connect(self._on_field_text_changed)
        self._field.returnPressed.connect(self._search_now)
        self._status = plain_label(object_name="searchStatus", word_wrap=True)
        self._status.hide()
        self._results = QListWidget(self)
        self._results.setObjectName("searchResults")
        self._results.setAccessibleName(_t("검색 결과"))
        self._results.setWordWrap(True)
        self._results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._results.currentRowChanged.connect(self._on_results_current_row_changed)
        self._results.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self._title)
        column.addWidget(self._field)
        column.addWidget(self._status)
        column.addWidget(self._results, 100)
        column.addStretch(1)  # keeps the field under its title while there are no results

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._search_now)
        self.find_action = key_action(
            self, "searchFocusAction", _t("상담 기록 검색"), [QKeySequence(QKeySequence.StandardKey.Find)],
            self.focus_field, tip=_t("검색 칸으로 갑니다 (번호·이름·메모 내용)"),
        )

    # --- public ----------------------------------------------------------------------------------

    def field(self) -> QLineEdit:
        return self._field

    def results(self) -> QListWidget:
        return self._results

    def status_text(self) -> str:
        return self._status.text() if not self._status.isHidden() else ""

    def focus_field(self) -> None:
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()

    # --- internals -------------------------------------------------------------------------------

    def _on_field_text_changed(self, text: str) -> None:
        if not text.strip():
            self._delay.stop()
            self._tasks.cancel("search")
            self._show([], "")
            return
        self._delay.start()

    def _search_now(self) -> None:
        self._delay.stop()
        query = self._field.text().strip()
        if query:
            self._say(_t("찾는 중…"))
            self._tasks.latest("search", self._search(query))

    async def _search(self, query: str) -> None:
        searched = await CoreOp(self._lookups.search(query)).failure(lambda text: self._show([], text)).run()
        found = searched.value
        if found is None:
            return
        hits = list(found.hits)
        note = server_note(found.server)
        summary = _t("{n}건").format(n=len(hits)) if hits else _t("찾은 기록이 없습니다.")
        self._show(hits, " · ".join(p for p in (summary, note) if p))

    def _show(self, hits: list[Any], status: str) -> None:
        self._hits = hits
        self._results.blockSignals(True)
        try:
            self._results.clear()
            for hit in hits:
                item = QListWidgetItem(hit_text(hit))
                item.setToolTip(plain_tooltip(hit_text(hit)))
                self._results.addItem(item)
        finally:
            self._results.blockSignals(False)
        self._results.setVisible(bool(hits))
        if status:
            self._say(status)
        else:
            self._status.hide()

    def _say(self, text: str) -> None:
        set_plain(self._status, text)
        self._status.show()

    def _on_results_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            self.hit_selected.emit(self._hits[row])
