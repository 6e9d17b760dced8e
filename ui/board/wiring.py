"""The board and handoffs in the main window: the 상황판 page (shift leads only), the 인계 panel,
the notices, the header's badge and view switch, the 오늘 column's 인계 대기 list, and the
contact's handoff line, kept in step with the core. A QObject owned by the window, so the
window itself only composes and connects this once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from annyeong.ui.common.operations import CoreOp
from annyeong.ui.handoff.labels import handoff_error_text
from annyeong.ui.handoff.notice import HandoffNotices
from annyeong.ui.shell.actions import key_action

if TYPE_CHECKING:
    from annyeong.console.changes import Changes
    from annyeong.console.core import ConsoleCore
    from annyeong.ui.board.view import BoardView
    from annyeong.ui.handoff.panel import HandoffPanel
    from annyeong.ui.shell.bridge import CoreBridge
    from annyeong.ui.shell.tasks import TaskRegistry
    from annyeong.ui.shell.window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ShiftLeadWiring", text)


class ShiftLeadWiring(QObject):
    def __init__(
        self, window: MainWindow, core: ConsoleCore, bridge: CoreBridge, tasks: TaskRegistry,
        pages: QStackedWidget, console_page: QWidget,
    ) -> None:
        super().__init__(window)
        self.setObjectName("shiftLeadWiring")
        self._window = window
        self._core = core
        self._tasks = tasks
        self.pages = pages
        self.console_page = console_page
        # Both are built the first time they are wanted: a counselor never sees the 상황판 (~90 widgets
        # and the report's PDF and chart modules), and the SBAR panel opens only for a handoff.
        self._board: BoardView | None = None
        self._panel: HandoffPanel | None = None
        central = window.centralWidget()
        self.notices = HandoffNotices(core.handoffs, central if central is not None else window)
        header = window.header
        header.view_switch.view_chosen.connect(self.show_view)
        header.handoff_badge.clicked.connect(self._bring_notices)
        window.contact.handoff_requested.connect(self.open_handoff)
        bridge.changed.connect(self.on_changes)
        bridge.session_changed.connect(self._on_session)
        self.view_actions = [
            key_action(window, "viewConsoleAction", _t("상담 화면 보기"), ["Ctrl+Shift+1"],
                       lambda: self.show_view("console")),
            key_action(window, "viewBoardAction", _t("상황판 보기 (팀장)"), ["Ctrl+Shift+2"],
                       lambda: self.show_view("board")),
        ]
        self._on_session()

    # --- public ----------------------------------------------------------------------------------

    @property
    def board(self) -> BoardView:
        """The 상황판 page, built on first use; it shows the core's board as it stands then."""
        if self._board is None:
            from annyeong.ui.board.view import BoardView

            board = BoardView(self._core.board, self._tasks, self.pages)
            self.pages.addWidget(board)
            board.contact_taken.connect(lambda _id: self.show_view("console"))
            board.refresh()
            self._board = board
        return self._board

    @property
    def panel(self) -> HandoffPanel:
        """The 인계 (SBAR) dialog, built the first time a handoff is prepared."""
        if self._panel is None:
            from annyeong.ui.handoff.panel import HandoffPanel

            window = self._window
            panel = HandoffPanel(self._core.handoffs, window)
            panel.sent.connect(lambda _h: window.contact.handoff_context.refresh())
            self._panel = panel
        return self._panel

    def view(self) -> str:
        shown = self._board is not None and self.pages.currentWidget() is self._board
        return "board" if shown else "console"

    def show_view(self, view: str) -> None:
        """console | board (the board only for those who may see it; the server enforces it too)."""
        if view == "board" and not self._core.board.may_see_board:
            view = "console"
        self.pages.setCurrentWidget(self.board if view == "board" else self.console_page)
        self._window.header.view_switch.set_current(view)
        if self._board is not None:
            self._board.set_active(view == "board")
        self.notices.suppressed = view == "board"
        self.notices.refresh()

    def ensure_console(self) -> None:
        """Bring back the console view if it isn't showing (the board gives way to what needs a counselor)."""
        if self.view() != "console":
            self.show_view("console")

    def open_handoff(self) -> None:
        """The contact's 인계 button: the SBAR panel, prefilled."""
        CoreOp.now(self._core.handoffs.handoff_draft).success(self.panel.open_for).failure(
            self._window.show_error, text=handoff_error_text).run_now()

    def on_changes(self, changes: Changes) -> None:
        window = self._window
        if changes.handoffs or changes.messages or changes.contact or changes.session:
            self.notices.refresh()
            incoming = self._core.handoffs.incoming_handoffs
            window.header.handoff_badge.set_count(len(incoming))
            window.today.handoffs.set_handoffs(incoming)
        if changes.handoffs or changes.contact or changes.notes:
            window.contact.handoff_context.refresh()
        if (changes.board or changes.session) and self._board is not None:
            self._board.refresh(changes)

    # --- internals -------------------------------------------------------------------------------

    def _on_session(self) -> None:
        allowed = self._core.board.may_see_board
        if allowed:
            _ = self.board  # a lead's 상황판 is ready before the first switch to it
        self._window.header.view_switch.setVisible(allowed)
        for action in self.view_actions:  # the F1 sheet shows them only to those they work for
            action.setEnabled(allowed)
        if not allowed and self.view() == "board":
            self.show_view("console")

    def _bring_notices(self) -> None:
        self.show_view("console")
        self.notices.refresh()
        self.notices.show()
        self.notices.raise_()
