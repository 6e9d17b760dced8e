"""Words on a counselor's screen: no field key, code, UUID, path or English sentence.

The history column shows what the server's timeline holds; for kinds that carry a record (a dispatch, a
checklist result) it once printed the record's first values literally ("police_112 / received /
718b1677-…"). A referral refused for a missing field named the field's key ("callback_number"). And the
whole console, rendered state by state in Korean by packaging/render_screens.py, is read for developer
text (packaging/text_audit.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from annyeong.console.referrals.ops import InvalidReferral
from annyeong.console.wire import TimelineItem
from annyeong.ui.history.timeline import TimelineView
from annyeong.ui.text.messages import referral_error_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from text_audit import english_run, problem, problems  # noqa: E402

AT = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


def _dispatch() -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()), "service": "police_112", "status": "received",
        "contact_id": str(uuid.uuid4()),
        "case_id": str(uuid.uuid4()), "counselor": {"id": str(uuid.uuid4()), "name": "김상담"},
        "received_at": AT.isoformat(), "summary": "자택에서 약을 모아 두었다고 함",
    }


def _checklist() -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()), "contact_id": str(uuid.uuid4()), "kind": "checklist_result", "body": "",
        "revision": 1, "author_id": str(uuid.uuid4()), "created_at": AT.isoformat(),
        "checklist": {"instrument_id": "ucla3_loneliness", "version": "1.0.0",
                      "answers": {"ucla_companionship": 3},
                      "total": 8, "tier": "lonely", "provisional": True, "complete": True},
    }


@pytest.mark.usefixtures("qapp")
def test_the_history_names_dispatches_and_checklists_in_words() -> None:
    view = TimelineView()
    items = [
        TimelineItem(kind="dispatch", at=AT, data=_dispatch()),
        TimelineItem(kind="checklist_result", at=AT, data=_checklist()),
        TimelineItem(kind="handoff", at=AT, data={"id": str(uuid.uuid4()), "status": "offered_to_lead"}),
    ]
    view.show_timeline(items)
    texts = view.texts()
    joined = "\n".join(texts)
    assert "긴급 출동 · 112 경찰 · 서버 접수" in joined
    assert "자택에서 약을 모아 두었다고 함" not in joined  # the read-out stays with the dispatch
    assert "UCLA-3 · 외로움 · 8점 (3–9)" in joined
    assert "인계" in joined
    for text in texts:
        assert problem({"text": text}) is None, text
    assert "police_112" not in joined and "checklist_result" not in joined and "offered_to_lead" not in joined


@pytest.mark.usefixtures("qapp")
def test_a_referral_error_names_the_field_as_the_form_labels_it() -> None:
    error = InvalidReferral("callback_number", "required")
    text = referral_error_text(error, "연락받을 번호")
    assert text == "꼭 필요한 항목이 비어 있습니다: 연락받을 번호"
    bare = referral_error_text(error)  # no form at hand: the sentence goes without the key
    assert "callback_number" not in bare and bare.startswith("꼭 필요한 항목이 비어 있습니다")
    assert "callback_number" not in referral_error_text(InvalidReferral("callback_number", "too_long"))


def test_the_audit_knows_developer_text_from_a_counselor_sentence() -> None:
    assert english_run("출처: Hotline-authored crisis screen for 외로움안녕120") is not None
    assert english_run("UCLA-3 외로움 척도 · PHQ-9 9번 · Ctrl+Enter") is None
    assert problem({"text": "police_112 / received / 718b1677-0c1d-4a5e-9b1a-2f7d00c0ffee"}) is not None
    assert problem({"text": "(shared/reference/instruments.md §2.5)"}) is not None
    assert problem({"text": "꼭 필요한 항목이 비어 있습니다: callback_number"}) is not None
    assert problem({"text": "오류가 생겼습니다. (코드: RuntimeError)"}) is not None
    assert problem({"text": "진행: 3/12 문항 · 112/119 · KakaoTalk"}) is None
    assert problem({"text": "안내: https://example.org/a_b/c.json"}) is None  # a web address to read out
    # A citation quotes the paper as published; a sentence of ours in English does not pass as one.
    cited = "참고용입니다\n출처: Hughes ME, Waite LJ. A short scale for measuring loneliness"
    assert problem({"text": cited}) is None
    assert problem({"text": "출처: see shared/reference/instruments.md"}) is not None


@pytest.mark.usefixtures("qapp")
def test_labels_built_here_are_checked_too() -> None:
    label = QLabel("police_112")
    assert problems([{"shot": "x", "object": "a", "class": "QLabel", "kind": "text", "text": label.text()}])


@pytest.mark.slow
@pytest.mark.timeout(1200)  # as long as the render's own limit below: ~90 s quiet, past 120 s at load 20
def test_every_rendered_korean_screen_is_free_of_developer_text(tmp_path: Path) -> None:
    """Every state render_screens.py draws (idle, ringing new/returning/chat/withheld, in call and each tab,
    the checklist picker, a question, a result, the crisis panel, the referral form, the dispatch panel and
    its steps, wrap-up, offline, the board, the shift report …), every visible text, tooltip and accessible
    name, in Korean."""
    audit = tmp_path / "audit.jsonl"
    env = {**os.environ, "ANNYEONG_TEXT_AUDIT": str(audit), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_screens.py"), str(tmp_path / "shots"),
         "--width", "1366", "--height", "768"],
        env=env, capture_output=True, text=True, timeout=1200, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    records = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    shots = {r["shot"] for r in records}
    assert len(shots) >= 20, sorted(shots)
    found = problems(records)
    assert found == [], "\n".join(found)
