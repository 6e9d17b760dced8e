"""Node: one widget of a running console as the accessibility tree shows it.

A Node is a live handle: every property reads the program again (one small AT-SPI round trip), so
`console.wait(lambda: node.text == "...")` sees changes. A widget that went away reads as not showing,
with empty name and text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tests.e2e.atspi_client import AtspiError

if TYPE_CHECKING:
    from tests.e2e.atspi_client import AtspiAgent


@dataclass(frozen=True)
class Node:
    agent: AtspiAgent
    ref: int
    object_name: str
    accessible_id: str = ""

    @classmethod
    def from_info(cls, agent: AtspiAgent, info: dict[str, Any]) -> Node:
        return cls(agent, int(info["ref"]), str(info["object_name"]), str(info.get("accessible_id", "")))

    def info(self, detail: bool = True) -> dict[str, Any]:
        """Everything read in one go: name, states, role, text, extents, value (empty if gone)."""
        try:
            found = self.agent.request("node", ref=self.ref, detail=detail)
        except AtspiError:
            found = None
        return found or {"name": "", "states": [], "text": "", "extents": None, "role": "", "value": None}

    def _states(self) -> list[str]:
        return list(self.info(detail=False)["states"])

    @property
    def name(self) -> str:
        return str(self.info(detail=False)["name"])

    @property
    def text(self) -> str:
        """The text of an editable or text widget; for a label (whose text Qt exposes as its accessible
        name, not as text) the label's text; else ""."""
        info = self.info()
        if info["text"]:
            return str(info["text"])
        return str(info["name"] or "") if info["role"] == "label" else ""

    @property
    def role(self) -> str:
        return str(self.info()["role"])

    @property
    def value(self) -> float | None:
        value = self.info()["value"]
        return None if value is None else float(value)

    @property
    def states(self) -> list[str]:
        return self._states()

    @property
    def showing(self) -> bool:
        return "showing" in self._states()

    @property
    def focused(self) -> bool:
        return "focused" in self._states()

    @property
    def enabled(self) -> bool:
        return "enabled" in self._states()

    @property
    def checked(self) -> bool:
        return "checked" in self._states()

    @property
    def extents(self) -> tuple[int, int, int, int]:
        found = self.info()["extents"]
        if not found:
            raise AtspiError(f"{self.object_name} has no on-screen extents (gone, or not a component)")
        x, y, w, h = (int(v) for v in found)
        return (x, y, w, h)

    @property
    def centre(self) -> tuple[int, int]:
        x, y, w, h = self.extents
        return (x + w // 2, y + h // 2)

    def children(self) -> list[Node]:
        try:
            kids = self.agent.request("children", ref=self.ref)
        except AtspiError:
            return []
        return [Node.from_info(self.agent, info) for info in kids]

    def __repr__(self) -> str:
        return f"Node({self.object_name or '?'} ref={self.ref})"
