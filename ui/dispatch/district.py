"""자치구 read from the address typed into the dispatch form: what police routing and the read-out use,
without a second step for the counselor.

While 자치구 says 모름, a Seoul district the address names fills it, and it follows the address as it is
corrected (typed 은평구 by mistake, then 서대문구). One the counselor picked, or that came with the draft,
is never changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from annyeong.ui.text.labels import district_named


class DistrictFromAddress(QObject):
    """Keeps `district` (first item: 모름, then one per district with its name as data) in step with
    what is typed into `address`."""

    def __init__(self, address: QLineEdit, district: QComboBox) -> None:
        super().__init__(address)
        self._district = district
        self._inferred = False  # the district shown was read from the address, not picked
        address.textEdited.connect(self._on_address_typed)
        district.activated.connect(self._on_picked)

    def reset(self) -> None:
        """A new draft: whatever it holds was not read from typing."""
        self._inferred = False

    def _on_address_typed(self, text: str) -> None:
        if self._district.currentIndex() != 0 and not self._inferred:
            return
        found = district_named(text)
        self._inferred = found is not None
        self._district.setCurrentIndex(self._district.findData(found) if found is not None else 0)

    def _on_picked(self, _index: int) -> None:
        self._inferred = False
