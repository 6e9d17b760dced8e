"""The core is composed, not inherited: plain feature objects the core loops over, sharing one context."""

from __future__ import annotations

import inspect
from pathlib import Path

from annyeong.console.core import ConsoleCore
from tests.console.support import make_core

FEATURES = ("calls", "contacts", "chats", "checklists", "risk", "dispatches", "relays", "referrals",
            "follow_ups", "handoffs", "board", "lookups", "sync")


def test_the_core_inherits_nothing_and_every_feature_is_a_plain_class(tmp_path: Path) -> None:
    assert ConsoleCore.__bases__ == (object,)
    core = make_core("http://127.0.0.1:9", tmp_path)
    for name in FEATURES:
        feature = getattr(core, name)
        assert type(feature).__bases__ == (object,), name
        for hook in ("on_event", "on_row_done", "reset"):
            assert callable(getattr(feature, hook)), f"{name}.{hook}"
        assert inspect.iscoroutinefunction(feature.reset), name
        if name == "chats":
            # Live chat runs alone too (tools, its own tests): it gets the context's parts, not the context.
            assert feature._client is core.client and feature.attached is False
            continue
        assert feature._ctx is core.context, f"{name} shares the one context"
    assert {id(f) for f in core._features} == {id(getattr(core, n)) for n in FEATURES}
