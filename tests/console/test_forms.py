"""Referral forms as data: the shipped files load and agree with the wire, the directory and the schema;
any broken file gives a clear problem (file, field, what) and never an exception."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, get_args

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annyeong.console.referrals import directory, forms
from annyeong.console.referrals.forms import FormProblem, ReferralForm, load_form, load_forms, parse_form
from annyeong.console.wire import ReferralTarget

FORMS_DIR = Path(__file__).resolve().parents[2] / "resources" / "forms"


# Reached only through the console's referral (the partner calls back): no number is asked of them.
NO_PHONE_OF_THEIR_OWN = {"loneliness-care-companions", "seoul-maeum-store"}


def valid() -> dict[str, Any]:
    return dict(json.loads((FORMS_DIR / "isolation-prevention-center.json").read_text(encoding="utf-8")))


def test_every_target_has_a_valid_form_that_matches_the_directory_and_the_schema() -> None:
    loaded = load_forms()
    assert loaded.problems == ()
    assert [f.target for f in loaded.ordered()] == list(get_args(ReferralTarget))
    services = directory.load()
    for form in loaded.ordered():
        # Every target says what it offers, where, when and how it is reached, as its directory entry.
        entry = services.get(form.directory_id or "")
        assert entry is not None, form.target
        assert form.offers.ko and form.hours.ko and form.hours.en, form.target
        assert form.contact.phone or form.contact.url or form.contact.channel, form.target
        assert entry.hours is not None and entry.hours.ko == form.hours.ko, form.target
        assert entry.contact is not None and entry.contact.phone == form.contact.phone, form.target
        assert entry.districts == form.districts, form.target
        # What no source confirms is named, not guessed: no phone number without a source.
        unverified = form.unverified_fields + entry.unverified_fields
        if form.contact.phone is None and form.target not in NO_PHONE_OF_THEIR_OWN:
            assert any("phone" in f or "number" in f for f in unverified), form.target
        if "확인 필요" in form.hours.ko:
            assert any("hours" in f for f in form.unverified_fields), form.target
        assert form.consent_lines()[-1].endswith("말씀해 주세요.")
        assert any(f.required for f in form.fields)
        assert "callback_number" in form.personal_fields
    assert json.loads((FORMS_DIR / "schema.json").read_text(encoding="utf-8")) == forms.schema()


def test_problems_name_the_file_the_field_and_what_is_wrong(tmp_path: Path) -> None:
    bad = valid()
    bad["fields"][3]["options"] = []  # age_band: a choice without options
    (tmp_path / "isolation-prevention-center.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "line-109.json").write_text("{not json", encoding="utf-8")
    wrong = valid()
    (tmp_path / "seoul-maeum-store.json").write_text(json.dumps(wrong), encoding="utf-8")  # another's form
    (tmp_path / "schema.json").write_text("ignored", encoding="utf-8")
    result = load_forms(tmp_path)
    assert result.forms == {}
    by_file = {p.file: p for p in result.problems}
    problem = by_file["isolation-prevention-center.json"]
    assert problem.code == "invalid" and problem.field == "fields[age_band]"
    assert "options" in (problem.detail or "")
    assert "isolation-prevention-center.json: invalid at fields[age_band]" in problem.describe()
    assert by_file["line-109.json"].code == "not_json"
    assert by_file["seoul-maeum-store.json"].code == "wrong_file_name"

    sensitive = valid()
    del sensitive["consent"]["sensitive"]
    assert isinstance(parse_form(sensitive), FormProblem)
    # Hours and a way to reach the target are required (the picker and the form header show them).
    no_hours = valid()
    del no_hours["hours"]
    assert parse_form(no_hours, "x.json") == FormProblem("x.json", "invalid", "hours", "Field required")
    no_contact = valid()
    no_contact["contact"] = {}
    refused = parse_form(no_contact, "x.json")
    assert isinstance(refused, FormProblem)
    assert "contact needs a phone, a url or a channel" in (refused.detail or "")
    bad_phone = valid()
    bad_phone["contact"] = {"phone": "call us!"}
    refused = parse_form(bad_phone, "x.json")
    assert isinstance(refused, FormProblem) and refused.field == "contact.phone"
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (forms.MAX_FILE_BYTES + 1))
    assert load_form(big) == FormProblem("big.json", "too_large")
    assert load_form(tmp_path / "missing.json") == FormProblem("missing.json", "file_missing")
    assert load_forms(tmp_path / "nowhere").forms == {}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(JSON)
def test_any_json_gets_a_clear_answer(data: Any) -> None:
    result = parse_form(data, "fuzz.json")
    assert isinstance(result, FormProblem)
    assert result.file == "fuzz.json" and result.code == "invalid"
    assert result.describe().startswith("fuzz.json")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, (*prefix, index))
    return out


PATHS = [p for p in _paths(valid()) if p]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), JSON, st.booleans())
def test_a_form_with_one_part_broken_gets_a_clear_answer(
    path: tuple[Any, ...], value: Any, delete: bool
) -> None:
    data = copy.deepcopy(valid())
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    result = parse_form(data, "isolation-prevention-center.json")
    assert isinstance(result, ReferralForm | FormProblem)
    if isinstance(result, FormProblem):
        assert result.file == "isolation-prevention-center.json" and result.code == "invalid"
        assert result.field is None or "\n" not in result.field
        if path[0] == "fields" and len(path) >= 3 and isinstance(path[1], int) and result.field:
            # A broken field is named by its name ("fields[reason].kind"), or by its index if that broke.
            assert result.field.startswith(("fields[", "fields"))


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_on_disk_never_crash(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "line-109.json"
    path.write_bytes(raw)
    result = load_form(path)
    assert isinstance(result, FormProblem) and result.code in ("not_json", "invalid")
