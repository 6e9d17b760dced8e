"""The wrap-up's follow-up row: its date field fits its longest text in the font it ends up with."""

from __future__ import annotations

from typing import Any

from annyeong.ui.follow_up.plan import FollowUpPlanRow


def test_the_date_field_is_sized_again_when_its_font_grows(qtbot: Any) -> None:
    """The style sheet gives the field a larger font after it is built; sized only for the first font,
    English showed ':hoose a date'."""
    row = FollowUpPlanRow()
    qtbot.addWidget(row)
    before = row.date.minimumWidth()
    font = row.date.font()
    font.setPixelSize(font.pixelSize() * 2 if font.pixelSize() > 0 else 28)
    row.date.setFont(font)
    longest = max(row.date.specialValueText(), "0000-00-00", key=row.date.fontMetrics().horizontalAdvance)
    assert row.date.minimumWidth() > before
    assert row.date.minimumWidth() >= row.date.fontMetrics().horizontalAdvance(longest) + 56
