"""The instrument file format (resources/instruments/*.json) as pydantic models.

jsonschema is not a dependency, so these models ARE the validator; resources/instruments/schema.json is
generated from them (`schema()`) and a test keeps the committed copy honest. Everything a file can get
wrong that would make scoring or branching silently wrong is rejected here, with the item named, so a bad
file becomes "unavailable" instead of producing a wrong tier on a call.
"""

from __future__ import annotations

import itertools
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT_VERSION: Final = 1
SCHEMA_ID: Final = "https://annyeong120.invalid/schemas/instruments/instrument.json"

# Recommended next steps. The UI maps them to its buttons (고립예방센터 연계, 돌봄동행단 연계, 추가 상담,
# 긴급 대응); refer_mental_health is 109 / 정신건강복지센터.
NextStep = Literal[
    "none", "further_conversation", "refer_prevention_center", "refer_care_companion",
    "refer_mental_health", "emergency",
]
# Same codes as console.wire.RiskTier, so a result can become the person's RiskAssessment unchanged.
Risk = Literal["none", "low", "moderate", "high", "imminent"]
RISK_ORDER: Final[dict[str, int]] = {"none": 0, "low": 1, "moderate": 2, "high": 3, "imminent": 4}
LicenceStatus = Literal[
    "no_permission_required", "research_use_only", "permission_required", "terms_unknown",
    "organisation_authored",
]
# How a language's wording came to be: verbatim from the cited source, a validated published translation,
# or a working translation nobody has validated (must be replaced before production use).
Wording = Literal["verbatim", "validated_translation", "working_translation", "organisation_authored"]

ItemId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
InstrumentId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
_Text = Annotated[str, Field(min_length=1, max_length=2000)]
_Short = Annotated[str, Field(min_length=1, max_length=300)]


class _Model(BaseModel):
    # strict: "1" is not a number and 1 is not a bool; a hand-edited file must say exactly what it means.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Bilingual(_Model):
    ko: _Text
    en: _Text


class Source(_Model):
    citation: _Text
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None
    verification: _Text = Field(description="what was checked against which source ([V]/[V2]/[I]/[GAP])")


class Licence(_Model):
    status: LicenceStatus
    rights_holder: _Short
    terms: _Text = Field(description="the licence facts as found, with their verification label")
    attribution: _Text | None = Field(default=None, description="shown with the instrument and its results")


class WordingStatus(_Model):
    ko: Wording
    en: Wording
    note: _Text | None = None


class Option(_Model):
    value: Annotated[int, Field(ge=0, le=100)] = Field(description="the number scored and stored")
    label: Bilingual
    key: Annotated[int, Field(ge=1, le=9)] = Field(description="number key the counselor presses")


class Condition(_Model):
    item: ItemId = Field(description="an EARLIER item")
    any_of: list[Annotated[int, Field(ge=0, le=100)]] = Field(min_length=1)


class CrisisFlag(_Model):
    """A crisis rule a file ADDS. The built-in rules of console.instruments.safety cannot be removed."""

    at_or_above: Annotated[int, Field(ge=0, le=100)]


class Item(_Model):
    id: ItemId
    preamble: Bilingual | None = Field(default=None, description="read once before this item")
    script: Bilingual = Field(description="what the counselor reads aloud")
    options: list[Option] = Field(min_length=2, max_length=9)
    reverse: bool = Field(default=False, description="scored as (lowest + highest option value) - value")
    show_if: list[Condition] = Field(
        default_factory=list, description="asked only when every condition holds; empty: always asked"
    )
    crisis: CrisisFlag | None = None

    @model_validator(mode="after")
    def _options_unique(self) -> Item:
        values = [o.value for o in self.options]
        keys = [o.key for o in self.options]
        if len(set(values)) != len(values):
            raise ValueError(f"item {self.id!r}: two options share a value")
        if len(set(keys)) != len(keys):
            raise ValueError(f"item {self.id!r}: two options share a key")
        return self

    @property
    def lowest(self) -> int:
        return min(o.value for o in self.options)

    @property
    def highest(self) -> int:
        return max(o.value for o in self.options)

    def keyed(self, value: int) -> int:
        """The value as scored (reverse keying applied)."""
        return self.lowest + self.highest - value if self.reverse else value

    def option_for_key(self, key: int) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


class Tier(_Model):
    id: ItemId
    at_least: float = Field(description="lowest score in this tier; tiers ascend")
    label: Bilingual
    meaning: Bilingual = Field(description="what the result means, in a sentence the counselor can say")
    risk: Risk
    next_step: NextStep


class Scoring(_Model):
    method: Literal["sum", "mean", "count_at_or_above"]
    items: list[ItemId] = Field(min_length=1)
    threshold: int | None = Field(default=None, description="count_at_or_above: keyed value counted")
    higher_is: Literal["risk", "protective"]
    max_missing: Annotated[int, Field(ge=0)] = Field(
        default=0,
        description="more skipped items than this: no score. Items hidden by show_if are not missing",
    )
    missing: Literal["score_answered", "prorate"] = Field(
        default="score_answered", description="prorate: scale the answered part up to all asked items"
    )

    @model_validator(mode="after")
    def _coherent(self) -> Scoring:
        if len(set(self.items)) != len(self.items):
            raise ValueError("scoring lists an item twice")
        if (self.method == "count_at_or_above") != (self.threshold is not None):
            raise ValueError("threshold is required for count_at_or_above and only there")
        if self.max_missing >= len(self.items):
            raise ValueError("max_missing must leave at least one answered item")
        return self


class Subscale(_Model):
    id: ItemId
    title: Bilingual
    scoring: Scoring
    tiers: list[Tier] = Field(default_factory=list)


class Instrument(_Model):
    format: Literal[1]
    id: InstrumentId
    version: Annotated[str, Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,31}$")]
    title: Bilingual
    short_title: Bilingual | None = Field(
        default=None, description="for one-line places (the caller card); the title when absent"
    )
    instructions: Bilingual | None = Field(default=None, description="read once at the start")
    source: Source
    licence: Licence
    requires_permission: bool
    wording: WordingStatus
    scoring_verified: bool = Field(description="false: results are shown as provisional (잠정)")
    provisional_note: Bilingual | None = None
    notes: list[_Text] = Field(default_factory=list)
    items: list[Item] = Field(min_length=1, max_length=100)
    scoring: Scoring | None = Field(default=None, description="null: the instrument records answers only")
    tiers: list[Tier] = Field(default_factory=list)
    subscales: list[Subscale] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Instrument:
        if not self.scoring_verified and self.provisional_note is None:
            raise ValueError("provisional_note is required when scoring_verified is false")
        positions: dict[str, int] = {}
        for index, item in enumerate(self.items):
            if item.id in positions:
                raise ValueError(f"item {item.id!r}: duplicate item id")
            positions[item.id] = index
        for item in self.items:
            _check_show_if(item, self.items, positions)
        if self.scoring is None and self.tiers:
            raise ValueError("tiers need a scoring")
        if self.scoring is not None:
            _check_scale("scoring", self.scoring, self.tiers, self.items, positions)
        seen: set[str] = set()
        for sub in self.subscales:
            if sub.id in seen:
                raise ValueError(f"subscale {sub.id!r}: duplicate subscale id")
            seen.add(sub.id)
            _check_scale(f"subscale {sub.id!r}", sub.scoring, sub.tiers, self.items, positions)
        return self

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


def _check_show_if(item: Item, items: list[Item], positions: dict[str, int]) -> None:
    for cond in item.show_if:
        target = positions.get(cond.item)
        if target is None or target >= positions[item.id]:
            raise ValueError(
                f"item {item.id!r}: show_if refers to {cond.item!r}, which is not an earlier item"
            )
        values = {o.value for o in items[target].options}
        if not set(cond.any_of) <= values:
            raise ValueError(f"item {item.id!r}: show_if names a value {cond.item!r} does not offer")


def score_range(scoring: Scoring, items: list[Item]) -> tuple[float, float]:
    """The lowest and highest score the scoring can produce (hidden and skipped items count as absent)."""
    by_id = {i.id: i for i in items}
    scored = [by_id[i] for i in scoring.items]
    if scoring.method == "count_at_or_above":
        return 0.0, float(len(scored))
    if scoring.method == "mean":
        return float(min(i.lowest for i in scored)), float(max(i.highest for i in scored))
    # An absent item adds nothing to a sum, so unless every item is always there the floor is 0 (prorating
    # stays inside the same bounds).
    may_be_absent = scoring.max_missing > 0 or any(i.show_if for i in scored)
    low = 0.0 if may_be_absent else float(sum(i.lowest for i in scored))
    return low, float(sum(i.highest for i in scored))


def _check_scale(
    where: str, scoring: Scoring, tiers: list[Tier], items: list[Item], positions: dict[str, int]
) -> None:
    for item_id in scoring.items:
        if item_id not in positions:
            raise ValueError(f"{where}: item {item_id!r} does not exist")
    if not tiers:
        return
    low, high = score_range(scoring, items)
    ids = [t.id for t in tiers]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{where}: two tiers share an id")
    if tiers[0].at_least > low:
        raise ValueError(f"{where}: the first tier must start at or below the lowest score {low:g}")
    for before, after in itertools.pairwise(tiers):
        if after.at_least <= before.at_least:
            raise ValueError(f"{where}: tier {after.id!r} does not start above tier {before.id!r}")
        rising = RISK_ORDER[after.risk] - RISK_ORDER[before.risk]
        if (scoring.higher_is == "risk" and rising < 0) or (scoring.higher_is == "protective" and rising > 0):
            raise ValueError(
                f"{where}: tier {after.id!r} breaks the risk order of higher_is={scoring.higher_is}"
            )
    if tiers[-1].at_least > high:
        raise ValueError(f"{where}: tier {tiers[-1].id!r} starts above the highest score {high:g}")


def schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of an instrument file; committed as resources/instruments/schema.json."""
    result = Instrument.model_json_schema()
    result["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    result["$id"] = SCHEMA_ID
    result["description"] = (
        "One screening instrument or checklist for the 외로움안녕120 console. Generated from "
        "console/instruments/model.py, which also enforces what JSON Schema cannot say: unique item ids, "
        "show_if only on earlier items and offered values, ascending tiers within the score range, risk "
        "order following higher_is. Crisis safety rules are code (console/instruments/safety.py)."
    )
    return result
