"""자원 안내: the resource directory (① 단순정보), searchable offline as the counselor types.

Enter (or Ctrl+Enter) on the selected service inserts its prepared sentence into the notes at the cursor;
the notes pane saves it like anything typed. The directory is data loaded once; a bad or missing file is
named in one quiet line and the rest of the contact works without it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.referrals import directory as directory_module
from annyeong.console.referrals.directory import Directory, DirectoryEntry
from annyeong.ui.text.text import name_clear_button, plain_label, set_plain

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _t(text: str) -> str:
    return QCoreApplication.translate("DirectoryPanel", text)


def problem_reason(directory: Directory) -> str:
    problem = directory.problem
    if problem is None:
        return _t("알 수 없는 문제")
    reasons = {
        "file_missing": _t("파일이 없습니다"),
        "unreadable": _t("파일을 읽을 수 없습니다"),
        "too_large": _t("파일이 너무 큽니다"),
        "not_json": _t("파일 형식이 올바르지 않습니다"),
        "invalid": _t("내용이 올바르지 않습니다"),
    }
    reason = f"{problem.file} {reasons.get(problem.code, problem.code)}"
    where = " · ".join(p for p in (problem.entry, problem.field) if p)
    return f"{reason} ({where})" if where else reason


def entry_line(entry: DirectoryEntry) -> str:
    parts = [entry.name.ko]
    if entry.contact is not None and entry.contact.phone:
        parts.append(entry.contact.phone)
    if entry.districts:
        parts.append("·".join(d.removesuffix("구") for d in entry.districts))
    head = "  ".join(parts)
    if not entry.verified:
        head += " " + _t("(확인 필요)")
    return f"{head}\n{entry.offers.ko}"


class DirectoryPanel(QFrame):
    insert_requested = Signal(str)  # the text to put into the notes at the cursor

    def __init__(
        self,
        loader: Callable[[], Directory] = directory_module.load,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPanel")
        self._loader = loader
        self._directory: Directory | None = None

        self._search = QLineEdit(self)
        self._search.setObjectName("directorySearch")
        self._search.setAccessibleName(_t("자원 검색"))
        self._search.setPlaceholderText(_t("기관·지역·키워드 검색 (예: 마음편의점, 관악, 자살)"))
        self._search.setClearButtonEnabled(True)
        name_clear_button(self._search, "directorySearchClear")
        self._search.textChanged.connect(self._on_search_text_changed)
        self._search.installEventFilter(self)
        self._list = QListWidget(self)
        self._list.setObjectName("directoryList")
        self._list.setAccessibleName(_t("자원 목록"))
        self._list.setWordWrap(True)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._list.setUniformItemSizes(False)
        self._list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._list.itemActivated.connect(lambda _item: self.insert_selected())
        self._list.installEventFilter(self)
        self._insert = QPushButton(_t("메모에 넣기  (Enter)"), self)
        self._insert.setObjectName("directoryInsertButton")
        self._insert.setAccessibleName(_t("선택한 자원을 메모에 넣기"))
        self._insert.setToolTip(_t("선택한 안내 문구를 메모의 커서 위치에 넣습니다 (Enter, Ctrl+Enter)"))
        self._insert.clicked.connect(self.insert_selected)
        self._status = plain_label(object_name="directoryStatus", word_wrap=True)
        self._preview = plain_label(object_name="directoryPreview", word_wrap=True)
        self._list.currentItemChanged.connect(lambda *_: self._show_preview())

        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self._preview, 1)
        bottom.addWidget(self._insert, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self._search)
        column.addWidget(self._status)
        column.addWidget(self._list, 1)
        column.addLayout(bottom)

    # --- public ----------------------------------------------------------------------------------

    def search_edit(self) -> QLineEdit:
        return self._search

    def list_widget(self) -> QListWidget:
        return self._list

    def status_text(self) -> str:
        return self._status.text() if not self._status.isHidden() else ""

    def entry_ids(self) -> list[str]:
        return [str(self._list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self._list.count())]

    def ensure_loaded(self) -> None:
        """Load the directory the first time the tab is shown (a few KB; local file)."""
        if self._directory is None:
            try:
                self._directory = self._loader()
            except Exception as exc:  # a loader must never take the contact view down with it
                self._directory = Directory(
                    "unavailable",
                    problem=directory_module.DirectoryProblem(file="services.json", code=type(exc).__name__),
                )
            self._refresh()

    def focus_search(self) -> None:
        self.ensure_loaded()
        self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search.selectAll()

    def insert_selected(self) -> None:
        item = self._list.currentItem()
        directory = self._directory
        if item is None or directory is None:
            return
        entry = directory.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if entry is not None:
            self.insert_requested.emit(directory_module.insert_text(entry))

    # --- internals -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Enter here means "insert", not the window's "후처리 완료": claim the key first.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and self._list.currentItem() is not None
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in ENTER_KEYS and self._list.currentItem() is not None:
                self.insert_selected()
                return True
            if watched is self._search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self._list.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                if 0 <= row < self._list.count():
                    self._list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _on_search_text_changed(self, _text: str) -> None:
        self._refresh()

    def _refresh(self) -> None:
        directory = self._directory
        self._list.clear()
        if directory is None:
            return
        if directory.state != "ready":
            set_plain(
                self._status,
                _t("자원 목록을 불러오지 못했습니다: {reason}").format(reason=problem_reason(directory)),
            )
            self._status.setProperty("tone", "warn")
            self._status.show()
            self._insert.setEnabled(False)
            self._preview.clear()
            return
        entries = directory.search(self._search.text())
        for entry in entries:
            item = QListWidgetItem(entry_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self._list.addItem(item)
        if entries:
            self._status.hide()
            self._list.setCurrentRow(0)
        else:
            set_plain(self._status, _t("찾는 자원이 없습니다. 다른 말로 찾아 보세요."))
            self._status.setProperty("tone", "muted")
            self._status.show()
        self._insert.setEnabled(bool(entries))
        self._show_preview()

    def _show_preview(self) -> None:
        item = self._list.currentItem()
        directory = self._directory
        entry = directory.get(str(item.data(Qt.ItemDataRole.UserRole))) if item and directory else None
        set_plain(self._preview, directory_module.insert_text(entry) if entry is not None else "")
