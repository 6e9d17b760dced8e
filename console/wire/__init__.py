"""Wire models of the central case API, shared by the console's client and the reference server.

These pydantic models are the single source of the shapes in resources/api/openapi.yaml: the server
declares them on its routes, the client validates what it receives with them, and a test compares the
server's generated OpenAPI with the committed contract. Limits (lengths, ranges) live here so that bad
input is refused the same way on both sides.
"""

from __future__ import annotations

import sys
from types import ModuleType

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

# The modules name each other's models in annotations only (no import cycle between them). Each model's
# schema and validator are built on its first use (WireModel's defer_build): a signed-in console that sits
# idle uses a few of these ~100 models, and building them all at import held ~2 MB for nothing. A model
# is built in whatever context first uses it (a route's TypeAdapter, a model naming it), and pydantic
# then resolves its annotations in its own module: every module gets the package's names it lacks.
_names = {
    name: value for name, value in globals().items()
    if not name.startswith("_") and not isinstance(value, ModuleType)
}
for _module in [m for n, m in list(sys.modules.items()) if n.startswith(__name__ + ".")]:
    for _name, _value in _names.items():
        vars(_module).setdefault(_name, _value)
