"""resources/instruments/schema.json stays honest: generated from the pydantic models that validate."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from annyeong.console.instruments import model

from .support import SHIPPED

COMMITTED: dict[str, Any] = json.loads((SHIPPED / "schema.json").read_text(encoding="utf-8"))


def test_the_committed_schema_is_generated_from_the_models() -> None:
    assert model.schema() == COMMITTED, "regenerate resources/instruments/schema.json from model.schema()"
    assert COMMITTED["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_and_models_agree_on_properties_and_required_fields() -> None:
    models: dict[str, type[BaseModel]] = {
        "Instrument": model.Instrument, "Item": model.Item, "Option": model.Option, "Tier": model.Tier,
        "Scoring": model.Scoring, "Subscale": model.Subscale, "Condition": model.Condition,
        "Licence": model.Licence, "Source": model.Source, "Bilingual": model.Bilingual,
        "WordingStatus": model.WordingStatus, "CrisisFlag": model.CrisisFlag,
    }
    for name, cls in models.items():
        section = COMMITTED if name == "Instrument" else COMMITTED["$defs"][name]
        assert set(section["properties"]) == set(cls.model_fields), name
        required = {k for k, f in cls.model_fields.items() if f.is_required()}
        assert set(section.get("required", [])) == required, name
        assert section.get("additionalProperties") is False, name


def test_the_issue_fields_are_in_the_schema() -> None:
    props = COMMITTED["properties"]
    for key in ("id", "version", "title", "source", "licence", "requires_permission", "scoring_verified",
                "provisional_note", "items", "subscales", "scoring", "tiers"):
        assert key in props
    item = COMMITTED["$defs"]["Item"]["properties"]
    assert {"script", "options", "reverse", "show_if", "crisis"} <= set(item)
    steps = set(COMMITTED["$defs"]["Tier"]["properties"]["next_step"]["enum"])
    assert steps == {"none", "further_conversation", "refer_prevention_center", "refer_care_companion",
                     "refer_mental_health", "emergency"}
    methods = COMMITTED["$defs"]["Scoring"]["properties"]["method"]["enum"]
    assert methods == ["sum", "mean", "count_at_or_above"]
