"""The wire models are built on first use, not at import: each must still build, from any of the
package's modules, and validate as it did."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest
from pydantic import BaseModel

from annyeong.console import wire


def _wire_models() -> list[type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    for info in pkgutil.iter_modules(wire.__path__):
        module = importlib.import_module(f"{wire.__name__}.{info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel
                    and value.__module__ == module.__name__):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


@pytest.mark.parametrize("model", _wire_models(), ids=lambda m: m.__name__)
def test_every_wire_model_builds(model: type[BaseModel]) -> None:
    schema = model.model_json_schema()  # builds the model, and every model it names, on first use
    assert model.__pydantic_complete__
    assert schema["title"] == model.__name__


def _in_a_fresh_interpreter(code: str) -> str:
    """What `code` prints, run where nothing has built a model yet."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_model_first_used_far_from_its_package_resolves_the_names_of_other_modules() -> None:
    # In a fresh interpreter nothing has built the models yet: the first use decides.
    code = (
        "from annyeong.console.wire.calls import Call\n"
        "call = Call.model_validate({'id': 'c1', 'status': 'offered', 'channel': 'phone', 'caller': {},"
        " 'created_at': '2026-01-01T00:00:00Z'})\n"
        "print(call.id, 'CallerCard' in Call.model_json_schema()['$defs'])\n"
    )
    assert _in_a_fresh_interpreter(code) == "c1 True"


def test_import_builds_no_wire_model() -> None:
    code = (
        "from pydantic import BaseModel\n"
        "import annyeong.console.wire as w\n"
        "built = [n for n, v in vars(w).items() if isinstance(v, type) and issubclass(v, w.WireModel)"
        " and v.__pydantic_complete__]\n"
        "print(built)\n"
    )
    assert _in_a_fresh_interpreter(code) == "[]"


def test_a_model_first_built_inside_a_type_adapter_resolves_the_names_of_other_modules() -> None:
    # As FastAPI does for a route's body: the model is built as a part of the adapter's schema.
    code = (
        "from typing import Annotated\n"
        "from pydantic import Field, TypeAdapter\n"
        "from annyeong.console.wire.card import ChatCreate\n"
        "adapter = TypeAdapter(Annotated[ChatCreate, Field(alias='body')])\n"
        "print(sorted(adapter.json_schema()['$defs']))\n"
    )
    assert "SelfTest" in _in_a_fresh_interpreter(code)
