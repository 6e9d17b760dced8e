"""The dispatch status face's headline: where the request is, in one line and one tone.

A function of the dispatch and the sync state alone, so the face redraws it whenever either changes and
the words never depend on what was on screen before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annyeong.console.dispatches.local import LocalDispatch


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchStatus", text)


def delivery_line(d: LocalDispatch, sync_state: str) -> tuple[str, str]:
    """(text, tone) for `d` while the console's sync is in `sync_state`."""
    if d.cancelled:  # the withdrawal box below says where the cancel is
        text, tone = _t("출동 요청을 취소했습니다"), "muted"
    elif d.failed_at is not None:
        # The headline says it: a failure under "출동 기관이 접수했습니다" read as if all was well.
        text = _t("출동 실패 — 대상자에게 닿지 못했습니다")
        if d.failed_reason:
            text += f" ({d.failed_reason})"
        tone = "crisis"
    elif d.received_at is None:
        retrying = sync_state != "online" or d.delivery_error is not None
        text = _t("이 PC에 저장됨 · 전송 재시도 중") if retrying else _t("이 PC에 저장됨 · 전송 중")
        tone = "warn"
    elif d.acknowledged_at is None:
        text, tone = _t("서버 접수됨 · 출동 기관의 접수 확인을 기다리는 중"), "muted"
    else:
        text, tone = _t("출동 기관이 접수했습니다"), "ok"
    if d.received_at is not None and d.needs_reminder and sync_state in ("offline", "auth_required"):
        # Offline, "출동 중" is only the last news this PC had: no newer step can reach it now.
        offline = _t("서버 연결 끊김: 이후 소식은 다시 연결되면 표시됩니다")
        signed_out = _t("로그인 만료: 이후 소식은 다시 로그인하면 표시됩니다")
        text += " · " + (offline if sync_state == "offline" else signed_out)
        tone = "warn"
    if d.deduplicated:
        text += " · " + _t("먼저 요청된 같은 출동에 합쳐짐")
    if d.unsent_steps:
        waiting = QCoreApplication.translate("DispatchStatus", "기록 %n건 전송 대기", None, d.unsent_steps)
        text += " · " + waiting
        if sync_state != "online" and tone == "ok":
            tone = "warn"  # not green while what was recorded here cannot reach the server
    return text, tone
