"""상용구 as data (the shipped file, a centre's file over it, broken files and entries) and the silence
rule with an injected clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annyeong.console.chats.quick_texts import centre_path, load, shipped_path
from annyeong.console.chats.silence import SilencePolicy, silence, waiting_since

T0 = datetime(2026, 12, 6, 22, 0, tzinfo=UTC)


def test_the_shipped_texts_load_without_problems() -> None:
    texts = load()
    assert texts.problems == ()
    assert len(texts.texts) >= 12
    assert texts.by_key("대기") is not None and "잠시만 기다려 주세요" in texts.by_key("대기").text  # type: ignore[union-attr]
    assert "109" in texts.by_key("109").text  # type: ignore[union-attr]
    assert [t.key for t in texts.search("안")][:1] == ["안전"]


def test_a_centre_file_replaces_adds_and_hides(tmp_path: Path) -> None:
    path = centre_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"texts": [
        {"id": "greeting", "key": "인사", "title": "첫 인사", "text": "안녕하세요, 마포 센터 상담사입니다."},
        {"id": "mapo", "key": "마포", "title": "마포구 안내", "text": "마포구 센터를 안내해 드릴게요."},
        {"id": "phone", "hidden": True},
    ]}, ensure_ascii=False), encoding="utf-8")
    texts = load(data_dir=tmp_path)
    assert texts.problems == ()
    assert texts.by_key("인사").text.startswith("안녕하세요, 마포")  # type: ignore[union-attr]
    assert texts.by_key("마포") is not None
    assert texts.by_key("전화") is None


def test_a_bad_file_or_entry_is_named_and_the_rest_still_work(tmp_path: Path) -> None:
    path = centre_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{oops", encoding="utf-8")
    texts = load(data_dir=tmp_path)
    assert [(p.file, p.code) for p in texts.problems] == [("quick_texts.json", "not_json")]
    assert texts.by_key("대기") is not None  # the shipped ones still work

    path.write_text(json.dumps({"texts": [
        {"id": "empty", "key": "빈", "title": "빈 글", "text": "  "},
        {"id": "ok", "key": "좋아", "title": "좋음", "text": "좋아요."},
        {"key": "no id"},
        {"id": "twice", "key": "대기", "title": "중복 키", "text": "같은 키"},
    ]}, ensure_ascii=False), encoding="utf-8")
    texts = load(data_dir=tmp_path)
    assert {(p.entry, p.field, p.code) for p in texts.problems} == {
        ("empty", "text", "invalid"), ("#3", "id", "invalid"), ("twice", "key", "duplicate_key"),
    }
    assert texts.by_key("좋아") is not None
    assert texts.by_key("대기").id == "wait"  # type: ignore[union-attr]
    assert load([shipped_path(), tmp_path / "none.json"]).problems == ()


def test_silence_prompts_then_suggests_closing_and_never_closes_by_itself() -> None:
    policy = SilencePolicy(prompt_after_s=120, close_after_s=300)

    def at(seconds: float, **kw: object) -> str:
        args = {"last_person_at": T0 - timedelta(seconds=30), "last_counselor_at": T0, "ended_by": None}
        args.update(kw)
        return silence(now=T0 + timedelta(seconds=seconds), policy=policy, **args).kind  # type: ignore[arg-type]

    assert at(0) == "none"
    assert at(119) == "none"
    assert at(120) == "prompt"
    assert at(419) == "prompt"
    assert at(420) == "close_suggested"
    assert at(10_000) == "close_suggested"  # the counselor decides; nothing ends it here
    # The person answered after the counselor: it is the counselor's turn, no silence at all.
    assert at(10_000, last_person_at=T0 + timedelta(seconds=5)) == "none"
    assert at(5, ended_by="person") == "left"
    assert at(5, ended_by="silence") == "left"
    assert at(5, ended_by="counselor") == "ended"
    state = silence(now=T0, last_person_at=None, last_counselor_at=T0, ended_by=None, policy=policy)
    assert state.next_at == T0 + timedelta(seconds=120)


def test_the_persons_wait_counts_from_the_oldest_unanswered_message() -> None:
    t = [T0 + timedelta(seconds=s) for s in range(6)]
    assert waiting_since([]) is None
    assert waiting_since([("person", t[0]), ("person", t[1])]) == t[0]
    assert waiting_since([("person", t[0]), ("counselor", t[1])]) is None
    assert waiting_since([("person", t[0]), ("counselor", t[1]), ("system", t[2]), ("person", t[3])]) == t[3]
