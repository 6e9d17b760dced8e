"""Small pure formatters for what the screens show (durations, dates, caller numbers)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from annyeong.console.centre_time import centre
from annyeong.console.wire import CallerSummary


def format_duration(seconds: float) -> str:
    """``mm:ss`` under an hour, ``hh:mm:ss`` from an hour on (never negative)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def local(dt: datetime) -> datetime:
    """The moment on the centre's clock (Seoul), whatever zone this PC is set to (server times are UTC)."""
    return centre(dt)


def short_date(dt: datetime) -> str:
    """"11-20" this year, "2025-11-20" before."""
    moment = local(dt)
    if moment.year == local(datetime.now(moment.tzinfo)).year:
        return moment.strftime("%m-%d")
    return moment.strftime("%Y-%m-%d")


def format_date(dt: datetime) -> str:
    return local(dt).strftime("%Y-%m-%d")


def format_time(dt: datetime) -> str:
    return local(dt).strftime("%H:%M")


def format_when(dt: datetime, *, now: datetime | None = None) -> str:
    """``14:05`` for today, ``2026-11-20`` otherwise."""
    moment = local(dt)
    today = local(now or datetime.now(UTC)).date()
    return format_time(dt) if moment.date() == today else format_date(dt)


def caller_number(caller: CallerSummary, channel: str = "phone") -> str:
    """The number a counselor may see: masked, or a plain statement that there is none (a chat from the
    web has no number to withhold: it was never given)."""
    if caller.withheld and channel == "chat":
        return QCoreApplication.translate("Caller", "번호 미제공")
    if caller.withheld:
        return QCoreApplication.translate("Caller", "발신번호 표시제한")
    if caller.unknown:
        return QCoreApplication.translate("Caller", "번호 확인 불가 ({digits})").format(
            digits=caller.number_masked or ""
        )
    if caller.number_masked:
        return caller.number_masked
    return QCoreApplication.translate("Caller", "번호 없음")


def chat_source_name(source: str | None) -> str:
    """Where a chat came from, as the counselor tells it apart: KakaoTalk's chatbot or the web page."""
    if source == "kakao":
        return QCoreApplication.translate("Caller", "카카오톡 챗봇")
    if source == "web":
        return QCoreApplication.translate("Caller", "웹 채팅 페이지")
    return ""


def channel_name(channel: str) -> str:
    if channel == "chat":
        return QCoreApplication.translate("Caller", "채팅")
    return QCoreApplication.translate("Caller", "전화")
