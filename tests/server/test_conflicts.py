"""A 412 carries what is stored now and its ETag; If-Match compares strongly."""

from __future__ import annotations

from tests.server.helpers import User, assert_problem, on_call, patch
from tests.support.live_server import LiveServer


def test_a_412_carries_the_current_value_and_its_etag(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    _call, contact = on_call(live_server, kim)
    path = f"/v1/contacts/{contact['id']}"
    read = kim.get(path)
    etag = read.headers["ETag"]
    first = patch(kim, path, {"summary": "첫 번째 요약"}, etag)
    assert first.status_code == 200, first.text
    stale = patch(kim, path, {"summary": "두 번째 요약"}, etag)
    problem = assert_problem(stale, 412, "version_mismatch")
    assert problem["etag"] == first.headers["ETag"] == stale.headers["ETag"]
    assert problem["current"]["summary"] == "첫 번째 요약"
    assert problem["current"]["version"] == first.json()["version"]
    # With the ETag the 412 gave, the second change goes through without another read.
    again = patch(kim, path, {"summary": "두 번째 요약"}, problem["etag"])
    assert again.status_code == 200 and again.json()["summary"] == "두 번째 요약"


def test_if_match_compares_strongly(live_server: LiveServer) -> None:
    kim = User(live_server, "kim")
    _call, contact = on_call(live_server, kim)
    path = f"/v1/contacts/{contact['id']}"
    etag = kim.get(path).headers["ETag"]
    for weak_or_bare in (f"W/{etag}", etag.strip('"'), '"x"', "*"):
        assert_problem(patch(kim, path, {"summary": "요약"}, weak_or_bare), 412, "version_mismatch")
    assert patch(kim, path, {"summary": "요약"}, etag).status_code == 200
