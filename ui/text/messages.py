"""Codes from the core turned into the sentences counselors read (the one place for that mapping)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annyeong.console import errors


def presence_name(status: str) -> str:
    names = {
        "available": QCoreApplication.translate("Presence", "대기"),
        "ringing": QCoreApplication.translate("Presence", "전화 옴"),
        "chat_ringing": QCoreApplication.translate("Presence", "채팅 옴"),
        "on_call": QCoreApplication.translate("Presence", "상담 중"),  # a call, chats, or both
        "wrap_up": QCoreApplication.translate("Presence", "후처리"),
        "break": QCoreApplication.translate("Presence", "휴식"),
        # Not "오프라인", which read as the network's state: the server link has its own words
        # (ui/header/sync_indicator.py), and this one says what it means for calls.
        "offline": QCoreApplication.translate("Presence", "전화 받지 않음"),
    }
    return names.get(status, status)


def problem_text(code: str | None) -> str | None:
    """A sentence for a server problem code the console knows, else None."""
    texts = {
        "invalid_credentials": QCoreApplication.translate(
            "Messages", "아이디 또는 비밀번호가 맞지 않습니다. 다시 입력해 주세요."
        ),
        "account_locked": QCoreApplication.translate(
            "Messages", "로그인 실패가 반복되어 계정이 잠겼습니다. 팀장에게 잠금 해제를 요청해 주세요."
        ),
        "call_not_offered_to_you": QCoreApplication.translate(
            "Messages", "이 전화는 이미 다른 상담원에게 넘어갔습니다."
        ),
        "call_not_offered": QCoreApplication.translate(
            "Messages", "이 전화는 이미 다른 상담원에게 넘어갔습니다."
        ),
        "unmask_not_allowed": QCoreApplication.translate(
            "Messages", "이 상담에서는 전체 번호를 볼 수 없습니다."
        ),
        "version_mismatch": QCoreApplication.translate(
            "Messages", "다른 곳에서 먼저 바뀐 내용이 있습니다. 두 내용을 확인해 주세요."
        ),
        # The local store cannot be encrypted here (console/store/crypto.py); production refuses.
        "sqlcipher_missing": QCoreApplication.translate(
            "Messages", "이 PC에 암호화 모듈(SQLCipher)이 없어 상담 자료를 안전하게 보관할 수 없습니다. "
            "관리자에게 설치를 요청해 주세요."
        ),
        "keyring_unavailable": QCoreApplication.translate(
            "Messages", "이 PC의 보안 저장소(키링)를 쓸 수 없어 상담 자료를 암호화해 보관할 수 없습니다. "
            "관리자에게 문의해 주세요."
        ),
        # TLS and the server address (console/tls.py, console/paths.py).
        "certificate_pin_mismatch": QCoreApplication.translate(
            "Messages", "서버 인증서가 이 PC에 등록된 인증서와 다릅니다. 보안을 위해 연결하지 않았습니다. "
            "관리자에게 바로 알려 주세요."
        ),
        "certificate_rejected": QCoreApplication.translate(
            "Messages", "서버 인증서를 확인할 수 없어 연결하지 않았습니다. 관리자에게 알려 주세요."
        ),
        "server_ca_unreadable": QCoreApplication.translate(
            "Messages", "설정에 적힌 기관 인증서 파일을 읽지 못했습니다. 공인 인증서로만 서버를 확인합니다."
        ),
        "insecure_url": QCoreApplication.translate(
            "Messages", "보안을 위해 https 주소만 쓸 수 있습니다. (http는 이 PC 안의 서버에만 허용됩니다)"
        ),
        "invalid_url": QCoreApplication.translate(
            "Messages", "서버 주소가 올바르지 않습니다. https:// 로 시작하는 주소를 입력해 주세요."
        ),
    }
    return texts.get(code or "")


def error_text(exc: BaseException) -> str:
    """What went wrong, in words a counselor can act on. Never includes personal data."""
    if isinstance(exc, errors.Offline):
        known = problem_text(exc.code)  # a refused certificate is not an outage: say which
        if known:
            return known
        return QCoreApplication.translate(
            "Messages", "서버에 연결할 수 없습니다. 네트워크 상태를 확인해 주세요."
        )
    if isinstance(exc, errors.AuthRequired):
        return QCoreApplication.translate("Messages", "로그인이 만료되었습니다. 다시 로그인해 주세요.")
    if isinstance(exc, errors.AuthFailed):
        known = problem_text(getattr(exc, "code", None))
        return known or QCoreApplication.translate("Messages", "로그인하지 못했습니다.")
    if isinstance(exc, errors.NoteTooLong):
        return QCoreApplication.translate(
            "Messages",
            "메모가 너무 깁니다 ({length}자, 최대 {limit}자). 이 PC에는 모두 저장되어 있으니 줄여 주세요.",
        ).format(length=exc.length, limit=exc.limit)
    if isinstance(exc, errors.UnsentChanges):
        # The refusals' codes are in the log and in 전송 상태's list, not in this sentence.
        return QCoreApplication.translate(
            "Messages",
            "서버가 받지 않은 변경이 있어 마무리할 수 없습니다. 내용은 지워지지 않았습니다.",
        )
    if isinstance(exc, errors.InvalidSearch):
        return search_error_text(exc.code)
    if isinstance(exc, errors.NoActiveContact):
        return QCoreApplication.translate("Messages", "진행 중인 상담이 없습니다.")
    if isinstance(exc, errors.ConsoleError):
        known = problem_text(getattr(exc, "code", None))
        if known:
            return known
        return QCoreApplication.translate(
            "Messages", "서버가 요청을 처리하지 못했습니다. 잠시 뒤 다시 해 주세요."
        )
    # What went wrong is in the log (ui/shell/crash_guard.py); a class name helps no counselor.
    return QCoreApplication.translate(
        "Messages", "예상하지 못한 오류가 생겼습니다. 하던 일은 그대로 계속할 수 있습니다."
    )


def accept_error_text(exc: BaseException, *, chat: bool = False) -> str:
    """Why a ringing call (or chat) could not be taken."""
    if isinstance(exc, errors.Offline):
        known = problem_text(exc.code)  # a refused certificate is not an outage: say which
        if known:
            return known
        if chat:
            return QCoreApplication.translate(
                "Messages", "서버와 연결이 끊겨 채팅을 받을 수 없습니다. 네트워크 연결을 확인해 주세요."
            )
        return QCoreApplication.translate(
            "Messages", "서버와 연결이 끊겨 전화를 받을 수 없습니다. 네트워크 연결을 확인해 주세요."
        )
    return error_text(exc)


def detail_error_text(exc: BaseException) -> str:
    """Why a wrap-up field could not be stored (what was typed stays in the field)."""
    if isinstance(exc, errors.InvalidDetails):
        field = exc.field.rsplit(".", 1)[-1]
        if field == "number":
            return QCoreApplication.translate(
                "Messages",
                "연락처 형식이 올바르지 않습니다 (예: 010-1234-5678). 입력한 내용은 그대로 있습니다.",
            )
        if exc.reason == "too_long":
            return QCoreApplication.translate("Messages", "너무 깁니다. 조금 줄여 주세요.")
        return QCoreApplication.translate(
            "Messages", "이 항목을 저장하지 못했습니다. 입력한 값을 확인해 주세요."
        )
    return error_text(exc)


def search_error_text(code: str) -> str:
    texts = {
        "query_too_short": QCoreApplication.translate(
            "Messages", "조금 더 입력해 주세요 (번호는 3자리 이상)."
        ),
        "query_too_long": QCoreApplication.translate("Messages", "검색어가 너무 깁니다."),
        "not_a_number": QCoreApplication.translate("Messages", "전화번호로 찾을 수 없는 값입니다."),
    }
    return texts.get(code) or QCoreApplication.translate("Messages", "찾을 수 없는 검색어입니다.")


def referral_error_text(exc: BaseException, field_label: str | None = None) -> str:
    """Why a referral or follow-up could not be made. Never includes personal data, nor a
    field's key: ``field_label`` names the field as the form shows it."""
    from annyeong.console.referrals.follow_ups import FollowUpRefused, InvalidFollowUp
    from annyeong.console.referrals.ops import InvalidReferral, ReferralRefused

    def t(text: str) -> str:
        return QCoreApplication.translate("Messages", text)

    if isinstance(exc, InvalidReferral):
        texts = {
            "required": t("꼭 필요한 항목이 비어 있습니다: {field}"),
            "invalid_number": t("연락처 형식이 올바르지 않습니다 (예: 010-1234-5678)."),
            "too_long": t("너무 깁니다. 조금 줄여 주세요: {field}"),
            "consent_missing": t("동의 여부(또는 긴급 연계의 법적 근거)를 먼저 기록해 주세요."),
            "not_allowed": t("이 기관은 동의 없이 긴급 연계할 수 없습니다."),
        }
        text = texts.get(exc.reason) or t("입력값을 확인해 주세요: {field}")
        return text.format(field=field_label or t("표시된 항목"))
    if isinstance(exc, ReferralRefused):
        if exc.code == "nothing_allowed":
            return t(
                "동의하지 않으셨고 허용한 항목도 없어 아무것도 보내지 않았습니다. "
                "직접 연락하실 곳을 안내해 주세요."
            )
        return t("이 기관의 연계 양식을 불러오지 못했습니다. 관리자에게 알려 주세요.")
    if isinstance(exc, InvalidFollowUp):
        if exc.field == "due_at":
            return t("후속 연락 날짜를 확인해 주세요 (지난 날짜나 2년 뒤는 안 됩니다).")
        return t("후속 연락을 예약할 상담이 없습니다.")
    if isinstance(exc, FollowUpRefused):
        if exc.code == "not_delivered_yet":
            return t("아직 서버에 전송되지 않은 후속 연락입니다. 연결되면 다시 해 주세요.")
        return t("이 후속 연락을 찾을 수 없습니다.")
    return error_text(exc)
