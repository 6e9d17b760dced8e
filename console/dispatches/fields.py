"""The fields of a press, checked: codes against their lists, free text cut to the server's limits."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from pydantic import ValidationError

from annyeong.console.dispatches.local import (
    CALLER_RELATIONS,
    MAX_ADDRESS,
    MAX_LANDMARK,
    MAX_NUMBER,
    MAX_SUMMARY,
    RISK_NATURES,
    DispatchFields,
    clip,
)
from annyeong.console.errors import InvalidDispatch
from annyeong.console.wire import DispatchLocation

FIELDS: Final = frozenset(
    {"person_number", "location", "risk", "caller_relation", "counselor_name", "callback_line", "summary"}
)
_LOCATION_TEXT: Final = {"address": MAX_ADDRESS, "landmark": MAX_LANDMARK}


def checked_fields(base: DispatchFields, given: Mapping[str, Any]) -> DispatchFields:
    """`base` with the given fields validated and applied (codes checked, free text cut)."""
    values = base.model_dump()
    values["location"] = base.location
    for name, value in given.items():
        if name == "location":
            values[name] = _location(value)
        elif name == "risk":
            values[name] = _risk(value)
        elif name == "caller_relation":
            if value is not None and value not in CALLER_RELATIONS:
                raise InvalidDispatch(name, "invalid_code")
            values[name] = value
        elif name == "summary":
            values[name] = clip(_text(name, value), MAX_SUMMARY) or ""
        else:  # person_number, counselor_name, callback_line
            values[name] = clip(_text(name, value), MAX_NUMBER if name != "counselor_name" else 100)
    return DispatchFields.model_validate(values)


def _text(name: str, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidDispatch(name, "invalid_type")
    return value


def _risk(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidDispatch("risk", "invalid_type")
    codes = set()
    for code in value:
        if code not in RISK_NATURES:
            raise InvalidDispatch("risk", "invalid_code")
        codes.add(code)
    return tuple(code for code in RISK_NATURES if code in codes)


def _location(value: Any) -> DispatchLocation:
    if isinstance(value, DispatchLocation):
        value = value.model_dump()
    if not isinstance(value, Mapping):
        raise InvalidDispatch("location", "invalid_type")
    data = dict(value)
    if data.get("district") == "":
        data["district"] = None  # a form's "none chosen"
    for key, limit in _LOCATION_TEXT.items():
        if key in data:
            data[key] = clip(_text(f"location.{key}", data[key]), limit)
    try:
        return DispatchLocation.model_validate(data)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "location"
        kind = exc.errors()[0]["type"]
        raise InvalidDispatch(f"location.{where}", "unknown_field" if kind == "extra_forbidden" else
                              "invalid_code" if kind == "literal_error" else "invalid_type") from None
