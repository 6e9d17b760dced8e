"""What a dispatch form closed unsent keeps for its contact's next press (Esc, 취소, the lock, the next
contact coming on screen): one form at a time, and only ever for the contact it was opened for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class KeptForm:
    """The form as the counselor left it when it closed unsent."""

    service: str
    values: dict[str, Any]
    summary: str
    service_chosen: bool
    summary_edited: bool
    number_edited: bool


class KeptForms:
    def __init__(self) -> None:
        self._kept: tuple[str, KeptForm] | None = None

    def keep(self, contact_id: str | None, form: KeptForm) -> None:
        """Without a contact nothing is kept: no press could bring it back for the right person."""
        self._kept = (contact_id, form) if contact_id is not None else None

    def take(self, contact_id: str | None) -> KeptForm | None:
        """A new press for `contact_id`: its kept form, if that is whose it is. Taken either way."""
        kept, self._kept = self._kept, None
        return kept[1] if kept is not None and contact_id is not None and kept[0] == contact_id else None

    @property
    def contact_id(self) -> str | None:
        """The contact whose form is kept, if any."""
        return self._kept[0] if self._kept is not None else None

    def forget(self) -> None:
        self._kept = None
