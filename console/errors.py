"""Errors the core raises to the UI. Each has a stable `code`; ui/text/messages.py turns codes into text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the wire's pydantic models cost ~150 ms to import: not before the first window
    from annyeong.console.wire import Problem


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


# --- The contact view ---------------------------------------------------------------------


class WrapUpIncomplete(ConsoleError):
    """Wrap-up refused: `missing` names every field still needed (dotted paths: "summary",
    "service_types", "disposition", "follow_up.due_at", "follow_up.assignee_id"). Nothing was lost."""

    default_code = "wrap_up_incomplete"

    def __init__(self, missing: list[str]) -> None:
        super().__init__()
        self.missing = list(missing)


class NoteTooLong(ConsoleError):
    """The note is longer than the server keeps (`limit` characters). It IS saved locally in full, but it
    is not sent until it is shortened; wrap-up is refused meanwhile."""

    default_code = "note_too_long"

    def __init__(self, *, length: int, limit: int) -> None:
        super().__init__()
        self.length = length
        self.limit = limit


class StorageFull(ConsoleError):
    """This PC's disk (the console's data directory) has no room for the write: nothing of it was saved,
    everything saved before is intact. The core keeps a note it could not write in memory and writes it
    when space returns (console/store/held.py)."""

    default_code = "storage_full"


class InvalidDetails(ConsoleError):
    """A contact detail could not be stored (nothing of that change was saved). `field` is a dotted path
    ("reporter.number"); `reason` a stable code: unknown_field, invalid_type, invalid_code, too_long, or a
    phone code (empty, not_a_number, invalid)."""

    default_code = "invalid_detail"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__()
        self.field = field
        self.reason = reason


class UnsentChanges(ConsoleError):
    """Wrap-up waits for this contact's changes, and the server refused some of them (`codes`: the
    problem codes, e.g. version_mismatch). They are kept; see the failed items, fix, retry_failed()."""

    default_code = "unsent_changes"

    def __init__(self, codes: list[str]) -> None:
        super().__init__()
        self.codes = list(codes)


class InvalidSearch(ConsoleError):
    """The search query cannot be used. code: query_too_long, query_too_short, not_a_number."""

    default_code = "invalid_search"


# --- Emergency dispatch ---------------------------------------------------------------------


class InvalidDispatch(ConsoleError):
    """A dispatch field has a value no form should produce (`field`: a dotted path such as "risk" or
    "location.district"; `reason`: invalid_code or invalid_type). Nothing was saved. Free text is never a
    reason: it is cut to the server's limit instead, so no typed text can block a dispatch."""

    default_code = "invalid_dispatch"

    def __init__(self, field: str, reason: str) -> None:
        super().__init__()
        self.field = field
        self.reason = reason


class DispatchRefused(ConsoleError):
    """A step the dispatch's state does not allow; nothing was saved. code: dispatch_not_found,
    dispatch_closed, dispatch_outcome_required (close needs contact_confirmed or failed first),
    dispatch_outcome_conflict (the other outcome is already recorded), reason_required (failed needs a
    reason), dispatch_cancelled (withdrawn: no outcome to record), dispatch_has_outcome (too late to
    withdraw)."""

    default_code = "dispatch_refused"


# --- Transport security -------------------------------------------------------------------


class InsecureServerUrl(ConsoleError):
    """The server URL would send tokens and personal data unprotected. code "insecure_url": plain http to
    a host other than this PC (127.0.0.0/8, ::1, localhost); "invalid_url": not an http(s) URL at all."""

    default_code = "insecure_url"
