"""The tabs of an open contact: [메모] [체크리스트] [연계] [자원 안내] [마무리], and lookup by stable name.

Built once per contact view; the pages are children of the view, so the view keeps owning their signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QTabWidget, QWidget

from annyeong.ui.checklist.decision import CrisisDecisionField, wrap_up_page
from annyeong.ui.checklist.panel import ChecklistPanel
from annyeong.ui.contact.directory_panel import DirectoryPanel
from annyeong.ui.contact.notes_pane import NotesPane
from annyeong.ui.contact.wrap_up_form import WrapUpForm
from annyeong.ui.referral.panel import ReferralPanel

if TYPE_CHECKING:
    from annyeong.console.core import ConsoleCore

# Stable page names, in tab order; Ctrl+1 … follows this order.
PAGE_NAMES = ("notes", "checklist", "referral", "directory", "wrap_up")


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactView", text)


@dataclass
class ContactTabs:
    """The tab widget and its pages (the wrap-up form sits in a scroll area with the crisis decision)."""

    tabs: QTabWidget
    notes: NotesPane
    checklist: ChecklistPanel
    referral: ReferralPanel
    directory: DirectoryPanel
    wrap_up: WrapUpForm
    crisis_decision: CrisisDecisionField
    wrap_scroll: QScrollArea

    def page(self, name: str) -> QWidget | None:
        """The page called ``name`` (see PAGE_NAMES), or None for an unknown name."""
        pages: dict[str, QWidget] = {
            "notes": self.notes, "checklist": self.checklist, "referral": self.referral,
            "directory": self.directory, "wrap_up": self.wrap_scroll,
        }
        return pages.get(name)

    def is_last(self, index: int) -> bool:
        return index == self.tabs.count() - 1

    def show_last(self) -> None:
        self.tabs.setCurrentIndex(self.tabs.count() - 1)


def build_contact_tabs(core: ConsoleCore, *, debounce_ms: int, parent: QWidget) -> ContactTabs:
    notes = NotesPane(core, debounce_ms=debounce_ms, parent=parent)
    directory = DirectoryPanel(parent=parent)
    wrap_up = WrapUpForm(core, debounce_ms=min(debounce_ms, 400), parent=parent)
    wrap_scroll = QScrollArea(parent)
    wrap_scroll.setObjectName("wrapUpScroll")
    wrap_scroll.setWidgetResizable(True)
    wrap_scroll.setFrameShape(QFrame.Shape.NoFrame)
    wrap_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # The crisis decision sits above the wrap-up fields while a crisis answer needs one.
    crisis_decision = CrisisDecisionField(core, name="wrapUpCrisisDecision", after_end=True, parent=parent)
    crisis_decision.hide()
    wrap_scroll.setWidget(wrap_up_page(crisis_decision, wrap_up, parent))
    _keep_focus_in_view(wrap_scroll)
    checklist = ChecklistPanel(core, parent)
    referral = ReferralPanel(core, parent)  # 연계

    tabs = QTabWidget(parent)
    tabs.setObjectName("contactTabs")
    tabs.setAccessibleName(_t("상담 탭"))
    tabs.setDocumentMode(True)
    tabs.addTab(notes, _t("메모"))
    tabs.addTab(checklist, _t("체크리스트"))
    tabs.addTab(referral, _t("연계"))
    tabs.addTab(directory, _t("자원 안내"))
    tabs.addTab(wrap_scroll, _t("마무리"))
    for index in range(tabs.count()):
        tabs.setTabToolTip(index, f"{tabs.tabText(index)} (Ctrl+{index + 1})")
    return ContactTabs(
        tabs=tabs, notes=notes, checklist=checklist, referral=referral, directory=directory,
        wrap_up=wrap_up, crisis_decision=crisis_decision, wrap_scroll=wrap_scroll,
    )


def _keep_focus_in_view(scroll: QScrollArea) -> None:
    """Tab (or a shortcut) never leaves the focused field half hidden at the area's bottom edge, just
    above the contact's bottom row: the area scrolls it into view, with room to spare."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(scroll) and scroll.isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 0, 24)

    app.focusChanged.connect(follow)
