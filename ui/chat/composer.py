"""Where the counselor writes: Ctrl+Enter sends, Ctrl+/ (or "/" typed at the very start) opens the
상용구 picker, whose choice is inserted at the cursor for the counselor to adapt before sending.

What is typed is never lost: a refused send leaves the text in place, and the text is only cleared once
the core has committed the message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annyeong.console.chats.quick_texts import QuickText, QuickTexts
from annyeong.ui.shell.actions import key_action
from annyeong.ui.text.text import name_clear_button, plain_label, plain_tooltip

MIN_LINES = 2
MAX_LINES = 5


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatComposer", text)


class QuickTextPicker(QDialog):
    """Type to filter (by 단축어 first, then words of the title or text), arrows to move, Enter to insert."""

    def __init__(self, texts: QuickTexts, parent: QWidget | None = None, query: str = "") -> None:
        super().__init__(parent)
        # A panel over the composer, not a window of its own: no title bar, minimise or maximise buttons
        # for something open for a few keystrokes. Esc closes it as before.
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("quickTextPicker")
        self.setAccessibleName(_t("상용구 고르기"))
        self.setWindowTitle(_t("상용구"))
        heading = plain_label(_t("상용구  ·  ↑↓ 고르기 · Enter 넣기 · Esc 닫기"), self,
                              object_name="quickTextHeading")
        self.chosen: QuickText | None = None
        self._texts = texts
        self.filter = QLineEdit(self)
        self.filter.setObjectName("quickTextFilter")
        self.filter.setAccessibleName(_t("상용구 찾기"))
        self.filter.setPlaceholderText(_t("단축어나 낱말로 찾기 (예: 인사, 대기, 109)"))
        self.filter.setClearButtonEnabled(True)
        name_clear_button(self.filter, "quickTextFilterClear")
        self.list = QListWidget(self)
        self.list.setObjectName("quickTextList")
        self.list.setAccessibleName(_t("상용구 목록"))
        self.list.setWordWrap(True)
        # The outline is a frame's: a frameless top-level window does not draw its own stylesheet border.
        panel = QFrame(self)
        panel.setObjectName("quickTextPanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(panel)
        column = QVBoxLayout(panel)
        column.setContentsMargins(14, 12, 14, 14)
        column.setSpacing(8)
        column.addWidget(heading)
        column.addWidget(self.filter)
        column.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._fill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.filter.returnPressed.connect(self._choose_current)
        self.filter.setText(query)
        self._fill(query)
        self.resize(520, 380)

    def _fill(self, query: str) -> None:
        self.list.clear()
        for text in self._texts.search(query):
            item = QListWidgetItem(f"/{text.key}  {text.title}\n{text.text}")
            item.setData(Qt.ItemDataRole.UserRole, text.id)
            item.setToolTip(plain_tooltip(text.text))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: object, event: object) -> bool:
        # Up and down in the filter move through the list, so the hands stay on the keys.
        arrow = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if watched is self.filter and isinstance(event, QKeyEvent) and arrow:
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        wanted = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = next((t for t in self._texts.texts if t.id == wanted), None)
        self.accept()


class Composer(QWidget):
    send_requested = Signal(str)  # the text as typed; cleared by `sent()` once the core committed it
    typing_changed = Signal(bool)

    def __init__(self, texts: QuickTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatComposer")
        self.texts = texts
        self.editor = _Editor(self)
        self.editor.setObjectName("chatComposerText")
        self.editor.setAccessibleName(_t("보낼 메시지"))
        self.editor.setPlaceholderText(_t("메시지를 쓰세요 · Ctrl+Enter 보내기 · / 또는 Ctrl+/ 상용구"))
        self.editor.setTabChangesFocus(True)
        # Two lines to start, growing with what is typed up to MAX_LINES: the conversation above keeps
        # the room until the counselor needs it.
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.quick_button = QPushButton(_t("상용구"), self)
        self.quick_button.setObjectName("chatQuickTexts")
        self.quick_button.setAccessibleName(_t("상용구 넣기 (Ctrl+/)"))
        self.send_button = QPushButton(_t("보내기"), self)
        self.send_button.setObjectName("chatSend")
        self.send_button.setAccessibleName(_t("메시지 보내기 (Ctrl+Enter)"))
        self.send_button.setDefault(False)
        # Side by side at the editor's foot, so they never make the row taller than two lines.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.editor, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.quick_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.send_button.clicked.connect(self.request_send)
        self.quick_button.clicked.connect(lambda: self.open_quick_texts())
        self.editor.send_pressed.connect(self.request_send)
        self.editor.quick_pressed.connect(lambda: self.open_quick_texts())
        key_action(self, "chatQuickTextsAction", _t("상용구 넣기"), ["Ctrl+/"], self.open_quick_texts,
                   context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.editor.slash_at_start.connect(lambda: self.open_quick_texts(from_slash=True))
        self._typing = False
        self.picker: QuickTextPicker | None = None
        self.editor.textChanged.connect(self._typed)
        self.editor.document().documentLayout().documentSizeChanged.connect(lambda _size: self.fit_height())
        self.editor.resized.connect(self.fit_height)
        self.fit_height()

    def lines_shown(self) -> int:
        """How many lines of text the editor has room for now."""
        return max(1, round(self.editor.viewport().height() / self.editor.fontMetrics().lineSpacing()))

    def fit_height(self) -> None:
        editor = self.editor
        laid_out = int(editor.document().size().height())  # lines, wrapped ones counted (plain text)
        lines = min(max(laid_out, MIN_LINES), MAX_LINES)
        chrome = editor.height() - editor.viewport().height() + 2 * int(editor.document().documentMargin())
        wanted = lines * editor.fontMetrics().lineSpacing() + chrome
        if editor.height() != wanted:
            editor.setFixedHeight(wanted)

    def request_send(self) -> None:
        if self.editor.toPlainText().strip():
            self.send_requested.emit(self.editor.toPlainText())

    def sent(self) -> None:
        self.editor.clear()

    def open_quick_texts(self, *, from_slash: bool = False) -> QuickTextPicker:
        """Window-modal, without a nested event loop (the app's asyncio loop keeps running)."""
        picker = QuickTextPicker(self.texts, self)
        picker.setWindowModality(Qt.WindowModality.WindowModal)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and picker.chosen is not None:
                self.insert(picker.chosen)
            elif from_slash:
                self.editor.insertPlainText("/")  # they meant a slash: give it back
            self.editor.setFocus()

        picker.finished.connect(done)
        # Just above where the counselor types, its left edge on the composer's, kept on screen.
        anchor = self.editor.mapToGlobal(QPoint(0, 0))
        top = anchor.y() - picker.height() - 6
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            top = max(screen.top(), top)
        picker.move(anchor.x(), top)
        picker.open()
        self.picker = picker
        return picker

    def insert(self, text: QuickText) -> None:
        self.editor.insertPlainText(text.text)

    def _typed(self) -> None:
        typing = bool(self.editor.toPlainText().strip())
        if typing != self._typing:
            self._typing = typing
            self.typing_changed.emit(typing)


class _Editor(QPlainTextEdit):
    slash_at_start = Signal()
    resized = Signal()  # a new width wraps the text anew; a new style sheet changes the frame
    send_pressed = Signal()
    quick_pressed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        old_width = event.oldSize().width()
        super().resizeEvent(event)
        if event.size().width() != old_width:
            self.resized.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys of the editor itself, not window shortcuts: they work the moment the editor has focus.
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.send_pressed.emit()
            return
        if ctrl and event.key() == Qt.Key.Key_Slash:
            self.quick_pressed.emit()
            return
        plain_key = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.text() == "/" and not self.toPlainText() and plain_key:
            self.slash_at_start.emit()
            return
        super().keyPressEvent(event)
