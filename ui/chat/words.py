"""The chat's codes in words (Korean first; English in resources/translations/console_en.ts)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from annyeong.console.centre_time import centre


def _t(text: str) -> str:
    return QCoreApplication.translate("ChatWords", text)


def delivery_text(delivery: str) -> str:
    """The tick under one of the counselor's messages."""
    names = {
        "pending": _t("보내는 중"),
        "failed": _t("보내지 못함"),
        "sent": _t("✓ 보냄"),
        "delivered": _t("✓✓ 전달됨"),
        "read": _t("✓✓ 읽음"),
    }
    return names.get(delivery, "")


def wait_text(since: datetime | None, now: datetime) -> str:
    """How long the person has waited for an answer, short enough for a chip."""
    if since is None:
        return ""
    seconds = max(0, int((now - since) / timedelta(seconds=1)))
    if seconds < 60:
        return _t("{n}초 대기").format(n=seconds)
    return _t("{n}분 대기").format(n=seconds // 60)


def clock_text(at: datetime | None) -> str:
    return "" if at is None else centre(at).strftime("%H:%M")


def refused_text(code: str) -> str:
    names = {
        "empty": _t("보낼 내용이 없습니다."),
        "too_long": _t("한 번에 2,000자까지 보낼 수 있습니다. 나누어 보내 주세요."),
        "chat_ended": _t("대화가 끝나서 더 보낼 수 없습니다. 쓴 내용은 그대로 있습니다."),
    }
    return names.get(code, _t("메시지를 보내지 못했습니다. 쓴 내용은 그대로 있습니다."))


def end_text(ended_by: str | None, at: datetime | None) -> str:
    """The closing line of a conversation, at the end of the transcript and in the window's notice (never
    silent). The counselor's own note is left as they wrote it."""
    when = clock_text(at)
    if ended_by == "person":
        return _t("상대방이 {time}에 대화를 나갔습니다.").format(time=when)
    if ended_by == "silence":
        return _t("답이 없어 {time}에 대화가 자동으로 끝났습니다.").format(time=when)
    if ended_by == "counselor":
        return _t("{time}에 상담사가 대화를 마쳤습니다.").format(time=when)
    return ""


def typing_text(typing: bool) -> str:
    return _t("상대방이 입력하고 있습니다…") if typing else ""


def silence_text(kind: str) -> str:
    if kind == "prompt":
        return _t("상대방의 답이 한동안 없습니다. 아직 대화 중인지 확인해 보세요.")
    if kind == "close_suggested":
        return _t("오랫동안 답이 없습니다. 마무리 인사를 보내고 대화를 마칠지 정해 주세요.")
    return ""


def crisis_text(matched: str, category: str) -> str:
    kinds = {
        "intent": _t("죽음·자살 생각"),
        "plan": _t("자살 계획"),
        "means": _t("자살 수단"),
        "attempt": _t("시도 중이거나 이미 함"),
        "farewell": _t("작별 인사"),
    }
    return _t("위기 표현 ‘{matched}’ ({kind}) — 안전을 직접 여쭤보세요.").format(
        matched=matched, kind=kinds.get(category, category))


def quick_text_problem(file: str, code: str, entry: str | None) -> str:
    where = _t("{file}의 {entry} 항목").format(file=file, entry=entry) if entry else file
    if code == "not_json":
        text = _t("상용구 파일 {where}의 형식이 잘못되어 읽지 못했습니다. 나머지 상용구는 쓸 수 있습니다.")
        return text.format(where=where)
    if code == "duplicate_key":
        return _t("{where}: 같은 단축어가 이미 있어 빠졌습니다.").format(where=where)
    return _t("{where}에 문제가 있어 빠졌습니다. 나머지 상용구는 쓸 수 있습니다.").format(where=where)
