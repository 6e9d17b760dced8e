"""The checklist screens of packaging/render_screens.py: a question, the result card, and the
crisis panel after a crisis answer. Driven through the 체크리스트 tab's own actions, as its keys do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from render_support import settle


async def checklist_screens(
    window: QWidget, save: Callable[[QWidget, Path, str], None], out: Path, docs: Path | None
) -> None:
    """In an open contact of a training console (every instrument shown). Leaves the crisis decision
    recorded, so the contact can be wrapped up afterwards."""

    def shot(name: str, doc_name: str) -> None:
        save(window, out, name)
        if docs is not None:
            save(window, docs, doc_name)

    contact = window.contact  # type: ignore[attr-defined]
    panel = contact.checklist
    core = panel._core
    contact.show_page("checklist")
    await settle(0.3)
    shot("22-checklist-picker", "checklist_picker")
    panel.picker.info.button.click()  # the admin notes behind ⓘ, opened as a trainer would
    await settle(0.3)  # laid out first, or the scroll stops short of the panel
    scroll = panel.picker.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(panel.picker.info.panel)
    await settle(0.3)
    save(window, out, "22b-checklist-picker-info")
    panel.picker.info.button.click()

    panel.start("ucla3_loneliness")
    panel.answer(2)
    panel.answer(3)
    panel.back()
    panel.back()  # the first question again: what to read first, the answer picked, the running score
    await settle(0.4)
    shot("23-checklist-question", "checklist_question")

    panel.forward()
    panel.forward()
    panel.answer(3)
    panel.answer(2)
    await settle(0.4)
    shot("24-checklist-result", "checklist_result")

    panel.result.request_follow_up()  # the F key: a follow-up booked from the result (the note says so)
    await settle(0.3)
    save(window, out, "24b-checklist-result-follow-up")

    panel.new_checklist()
    panel.start("crisis_safety_screen")
    for key in (1, 2, 2, 2, 2):  # thoughts only: 정신건강복지센터·109 recommended, the fifth button
        panel.answer(key)
    await settle(0.4)
    save(window, out, "24c-checklist-result-109")

    panel.new_checklist()
    panel.start("crisis_safety_screen")
    for key in (1, 1, 1, 1):  # thoughts, a plan, now or today, the means at hand
        panel.answer(key)
    await settle(1.0)
    shot("25-crisis", "crisis")
    core.checklists.record_crisis_decision("safety_plan_agreed")
    contact.show_page("notes")
    await settle(0.2)
