"""Errors the core raises to the UI. Each carries a stable `code`; ui/messages.py turns codes into text."""

from __future__ import annotations

from console.wire import Problem


class ConsoleError(Exception):
    """Base of every error the core raises on purpose. `code` is machine-readable, never a sentence."""

    default_code = "console_error"

    def __init__(self, code: str | None = None) -> None:
        self.code: str = code or self.default_code
        super().__init__(self.code)


class AuthFailed(ConsoleError):
    """Wrong user name or password, or the account is locked (code from the server's problem)."""

    default_code = "invalid_credentials"


class AuthRequired(ConsoleError):
    """The session expired or was revoked and could not be refreshed: ask the person to sign in once."""

    default_code = "auth_required"


class Offline(ConsoleError):
    """The server could not be reached (connect error, timeout, connection dropped)."""

    default_code = "offline"


class ApiError(ConsoleError):
    """Any other 4xx/5xx answer, or an answer that does not match the contract ("bad_response").

    Attributes:
        status: the HTTP status (0 when no response was usable).
        problem: the server's problem details, or one made up from the status.
        retry_after: seconds the server asked us to wait (429/503 Retry-After), if any.
    """

    default_code = "api_error"

    def __init__(self, status: int, problem: Problem, *, retry_after: float | None = None) -> None:
        super().__init__(problem.code or f"http_{status}")
        self.status = status
        self.problem = problem
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """Worth trying again later with the same request (server trouble, not our request's fault)."""
        return self.status in (408, 425, 429) or self.status >= 500


class NoActiveContact(ConsoleError):
    """An operation needs an open contact and there is none."""

    default_code = "no_active_contact"


class NotSignedIn(ConsoleError):
    """An operation needs a signed-in session and there is none."""

    default_code = "not_signed_in"
