"""Wire models of the central case API, shared by the console's client and the reference server.

These pydantic models are the single source of the shapes in resources/api/openapi.yaml: the server
declares them on its routes, the client validates what it receives with them, and a test compares the
server's generated OpenAPI with the committed contract. Limits (lengths, ranges) live here so that bad
input is refused the same way on both sides.
"""

from __future__ import annotations

from pydantic import BaseModel

from annyeong.console.wire._base import *  # noqa: F403
from annyeong.console.wire.auth import *  # noqa: F403
from annyeong.console.wire.calls import *  # noqa: F403
from annyeong.console.wire.card import *  # noqa: F403
from annyeong.console.wire.cases import *  # noqa: F403
from annyeong.console.wire.checklists import *  # noqa: F403
from annyeong.console.wire.conversation import *  # noqa: F403
from annyeong.console.wire.dispatch import *  # noqa: F403
from annyeong.console.wire.events import *  # noqa: F403
from annyeong.console.wire.handoffs import *  # noqa: F403
from annyeong.console.wire.referrals import *  # noqa: F403
from annyeong.console.wire.security import *  # noqa: F403

# The modules name each other's models in annotations only (no import cycle between them): resolve every
# annotation now that every module is loaded, against the whole package's names.
_names = dict(globals())
for _value in list(_names.values()):
    if isinstance(_value, type) and issubclass(_value, BaseModel) and _value is not BaseModel:
        _value.model_rebuild(_types_namespace=_names)
