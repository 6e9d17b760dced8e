"""Referral forms as data (resources/forms/<target>.json): what each partner needs, which fields are
personal (consent scope applies) and the PIPA consent script the counselor reads aloud.

Each file is checked on load against the pydantic models below (resources/forms/schema.json is generated
from them). A bad file never stops the console: `load_forms` returns the good forms and, for each bad
file, a FormProblem naming the file, the field (by its name where it has one) and the problem; only that
target is then unavailable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from annyeong.console.domain.contact_details import SEOUL_DISTRICTS
from annyeong.console.paths import resources_dir
from annyeong.console.referrals.directory import Bilingual, ServiceContact
from annyeong.console.wire import ReferralTarget

MAX_FILE_BYTES: Final = 262_144  # a form is a few KB; anything bigger is not ours
TARGETS: Final[tuple[str, ...]] = get_args(ReferralTarget)

FieldKind = Literal["text", "multiline", "phone", "district", "choice", "multi_choice"]
# Where a field's value comes from when the form opens (console.referral_draft.prefill).
Prefill = Literal[
    "subject_name", "callback_number", "district", "address", "age_band", "reason", "checklist",
    "risk_tier", "risk_flags", "callback_time", "summary", "counselor",
]
CHOICE_KINDS: Final = ("choice", "multi_choice")
_Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
_Version = Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$")]
_Short = Annotated[str, Field(min_length=1, max_length=200)]


class _Model(BaseModel):
    # strict: "yes" is not a bool and 1 is not a string; a hand-edited file must say what it means.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class FormOption(_Model):
    value: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,63}$")]
    label: Bilingual


class FormField(_Model):
    name: _Name
    label: Bilingual
    kind: FieldKind
    required: bool = False
    personal: bool = Field(description="identifies the person or is about them: consent scope applies")
    sensitive: bool = Field(default=False, description="health information (PIPA art. 23)")
    prefill: Prefill | None = None
    default: Annotated[str, Field(max_length=500)] | None = None
    max_length: Annotated[int, Field(ge=1, le=4000)] = 500
    options: list[FormOption] = Field(default_factory=list, max_length=30)
    placeholder: Bilingual | None = None

    @model_validator(mode="after")
    def _options_fit_kind(self) -> FormField:
        if self.kind in CHOICE_KINDS and not self.options:
            raise ValueError(f"a {self.kind} field needs options")
        if self.kind not in CHOICE_KINDS and self.options:
            raise ValueError(f"a {self.kind} field has no options")
        values = [o.value for o in self.options]
        if len(set(values)) != len(values):
            raise ValueError("option values repeat")
        if self.default is not None and self.kind in CHOICE_KINDS and self.default not in values:
            raise ValueError("default is not one of the options")
        if self.default is not None and len(self.default) > self.max_length:
            raise ValueError("default is longer than max_length")
        if self.sensitive and not self.personal:
            raise ValueError("a sensitive field is personal too")
        if self.prefill == "risk_flags" and self.kind != "multi_choice":
            raise ValueError("risk_flags prefills a multi_choice field")
        return self


class ConsentScript(_Model):
    """The five things PIPA art. 17(2) says a person must be told before their data goes to a third
    party, as sentences the counselor reads aloud, plus the question and (for health data) the separate
    consent art. 23 asks for."""

    recipient: Bilingual
    purpose: Bilingual
    items: Bilingual
    retention: Bilingual
    refusal: Bilingual
    sensitive: Bilingual | None = None
    question: Bilingual


class ReferralForm(_Model):
    schema_version: Literal[1]
    id: _Name
    version: _Version
    target: ReferralTarget
    name: Bilingual
    directory_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")] | None = None
    offers: Bilingual
    districts: list[str] = Field(default_factory=list, description="empty: the whole city")
    # Every target says when it works and how it is reached; a value no source confirms is still
    # written (e.g. "확인 필요") and named in unverified_fields, as the directory does.
    hours: Bilingual
    contact: ServiceContact = Field(description="a phone, a web address or how to reach it (at least one)")
    unverified_fields: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list)
    emergency_allowed: bool = Field(description="may go with a lawful basis instead of consent")
    consent: ConsentScript
    fields: list[FormField] = Field(min_length=1, max_length=40)
    sources: list[_Short] = Field(min_length=1)
    verified: bool

    @model_validator(mode="after")
    def _consistent(self) -> ReferralForm:
        names = [f.name for f in self.fields]
        if len(set(names)) != len(names):
            raise ValueError("field names repeat")
        for district in self.districts:
            if district not in SEOUL_DISTRICTS:
                raise ValueError(f"districts: {district[:20]!r} is not one of the 25 Seoul districts")
        if self.contact.phone is None and self.contact.url is None and self.contact.channel is None:
            raise ValueError("contact needs a phone, a url or a channel")
        if any(f.sensitive for f in self.fields) and self.consent.sensitive is None:
            raise ValueError("consent.sensitive is required when a field is sensitive")
        return self

    def field(self, name: str) -> FormField | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)

    def consent_lines(self, language: str = "ko") -> list[str]:
        """The script in reading order (plain text from the file)."""
        c = self.consent
        parts = [c.recipient, c.purpose, c.items, c.retention, c.refusal]
        if c.sensitive is not None:
            parts.append(c.sensitive)
        parts.append(c.question)
        return [p.ko if language == "ko" else p.en for p in parts]


@dataclass(frozen=True)
class FormProblem:
    """Why a form file was not loaded. code: file_missing, unreadable, too_large, not_json, invalid,
    duplicate_target, wrong_file_name."""

    file: str
    code: str
    field: str | None = None  # "fields[callback_number].max_length", "consent.purpose.ko", …
    detail: str | None = None  # the validator's words, for the log and the admin

    def describe(self) -> str:
        """One line for the log and the admin (English; no personal data can be in a form file)."""
        where = f" at {self.field}" if self.field else ""
        return f"{self.file}: {self.code}{where}" + (f" — {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class FormSet:
    forms: dict[str, ReferralForm] = field(default_factory=dict)  # by target
    problems: tuple[FormProblem, ...] = ()

    def get(self, target: str) -> ReferralForm | None:
        return self.forms.get(target)

    def ordered(self) -> list[ReferralForm]:
        """In the order of the wire's target list (the order of the target buttons)."""
        return [self.forms[t] for t in TARGETS if t in self.forms]


def default_dir() -> Path:
    return resources_dir() / "forms"


def load_forms(directory: Path | None = None) -> FormSet:
    """Every <target>.json of the directory. Never raises."""
    directory = directory or default_dir()
    try:
        paths = sorted(p for p in directory.glob("*.json") if p.name != "schema.json")
    except OSError as exc:
        return FormSet({}, (FormProblem(directory.name, "unreadable", detail=type(exc).__name__),))
    return _collect(paths)


def _collect(paths: Iterable[Path]) -> FormSet:
    forms: dict[str, ReferralForm] = {}
    problems: list[FormProblem] = []
    for path in paths:
        loaded = load_form(path)
        if isinstance(loaded, FormProblem):
            problems.append(loaded)
        elif loaded.target in forms:
            problems.append(FormProblem(path.name, "duplicate_target", "target", loaded.target))
        elif path.stem != loaded.target:
            problems.append(FormProblem(path.name, "wrong_file_name", "target",
                                        f"the file of target {loaded.target} is {loaded.target}.json"))
        else:
            forms[loaded.target] = loaded
    return FormSet(forms, tuple(problems))


def load_form(path: Path) -> ReferralForm | FormProblem:
    """One form file, or what is wrong with it. Never raises."""
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return FormProblem(name, "too_large")
        raw = path.read_bytes()
    except FileNotFoundError:
        return FormProblem(name, "file_missing")
    except OSError as exc:
        return FormProblem(name, "unreadable", detail=type(exc).__name__)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        return FormProblem(name, "not_json", detail=str(exc)[:200])
    return parse_form(data, name)


def parse_form(data: Any, file: str = "<form>") -> ReferralForm | FormProblem:
    """Check already-decoded JSON. Never raises."""
    try:
        return ReferralForm.model_validate(data)
    except ValidationError as exc:
        return _invalid(file, data, exc)
    except (RecursionError, ValueError, TypeError) as exc:  # absurdly deep or odd input
        return FormProblem(file, "invalid", detail=type(exc).__name__)


def _invalid(file: str, data: Any, exc: ValidationError) -> FormProblem:
    """Name the first problem; a field of the form by its name ("fields[reason].kind") when it has one."""
    error = exc.errors()[0]
    loc: list[str] = []
    parts = list(error["loc"])
    if len(parts) >= 2 and parts[0] == "fields" and isinstance(parts[1], int):
        label = f"#{parts[1]}"
        fields_data = data.get("fields") if isinstance(data, dict) else None
        if isinstance(fields_data, list) and parts[1] < len(fields_data):
            item = fields_data[parts[1]]
            if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"]:
                label = _clean(item["name"])
        loc.append(f"fields[{label}]")
        parts = parts[2:]
    loc += [str(p) for p in parts]
    return FormProblem(file, "invalid", ".".join(loc) or None, _clean(str(error["msg"])))


def _clean(text: str, limit: int = 200) -> str:
    # A hostile file's text goes to a log and an admin's screen: printable characters only, cut short.
    return re.sub(r"[\x00-\x1f\x7f]", "?", text)[:limit]


def schema() -> dict[str, Any]:
    """The JSON Schema of a form file (committed as resources/forms/schema.json)."""
    result = ReferralForm.model_json_schema()
    result["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    result["$id"] = "https://annyeong120.invalid/schemas/forms/referral-form.json"
    return result
