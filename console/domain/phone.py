"""Phone numbers: normalise what a person or a bridge typed to E.164, and mask it for display.

Pure functions over the `phonenumbers` library (Google's libphonenumber metadata), so the console and the
server refuse and mask numbers the same way. Korean numbers are the default region: "010-1234-5678" and
"02-2133-7878" parse without a country code.
"""

from __future__ import annotations

# `phonenumbers` (its metadata spread over ~60 modules, ~0.7 MB) is imported by the first function that
# parses: a signed-in console sits idle until its first call without it.

DEFAULT_REGION = "KR"
# A number longer than this (digits and punctuation) is refused before parsing; E.164 allows 15 digits.
MAX_INPUT_LENGTH = 32


class InvalidPhoneNumber(ValueError):
    """The input is not a valid phone number. `code` is stable and machine-readable."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def normalize(raw: str, region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form ("+821012345678") or raise InvalidPhoneNumber."""
    text = raw.strip()
    if not text:
        raise InvalidPhoneNumber("empty")
    if len(text) > MAX_INPUT_LENGTH:
        raise InvalidPhoneNumber("too_long")
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumber("not_a_number") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneNumber("invalid")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# A number the network delivered that is not a valid phone number ("1234", a range newer than the
# library's metadata): the call still rings (nobody calling the line may reach no one because of a
# number), and the caller is kept under this key so a second call from it is recognised. Never E.164.
UNKNOWN_PREFIX = "?"
UNKNOWN_MAX_DIGITS = 19  # the key fits the callers column (20 characters)


def unknown_key(raw: str) -> str | None:
    """The caller key for a number that is not valid: "?" and its digits; None without any digits (no
    number at all: treated as withheld). Too many digits keep their first and last ones, so the key fits
    its column and a second call with the same garbage is still recognised."""
    digits = "".join(c for c in raw if c.isascii() and c.isdigit())
    if not digits:
        return None
    if len(digits) > UNKNOWN_MAX_DIGITS:
        head = UNKNOWN_MAX_DIGITS // 2 + 1
        digits = digits[:head] + digits[-(UNKNOWN_MAX_DIGITS - head) :]
    return UNKNOWN_PREFIX + digits


def is_unknown_key(key: str) -> bool:
    return key.startswith(UNKNOWN_PREFIX)


def mask_unknown(key: str) -> str:
    """An unknown number's digits with all but the last two hidden ("**34"): short, and not a number a
    counselor could dial, so less is shown than for a real one."""
    digits = key.removeprefix(UNKNOWN_PREFIX)
    return "*" * max(0, len(digits) - 2) + digits[-2:]


def mask_key(key: str) -> str:
    """A stored caller key masked for display: mask_unknown for an unknown number's key, else mask."""
    return mask_unknown(key) if is_unknown_key(key) else mask(key)


def is_valid(raw: str, region: str = DEFAULT_REGION) -> bool:
    try:
        normalize(raw, region)
    except InvalidPhoneNumber:
        return False
    return True


def preload() -> None:
    """Load the number library now (for a worker thread), so the first number formatted later (the
    emergency form's, at the F12 press) does not pay its import on the window's thread."""
    import phonenumbers  # noqa: F401


def format_display(e164: str) -> str:
    """National format for Korean numbers ("010-1234-5678"), international for the rest. Raises
    InvalidPhoneNumber for what does not parse."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumber("not_a_number") from exc
    if parsed.country_code == phonenumbers.country_code_for_region(DEFAULT_REGION):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask(e164: str) -> str:
    """Hide the middle of a number: "010-****-5678", "02-***-4567"; other shapes keep the last 4 digits.

    The last four digits stay visible because counselors use them to confirm a returning caller aloud
    ("끝자리 5678 맞으세요?") without the console ever showing the whole number.
    """
    shown = format_display(e164)
    groups = shown.split("-")
    if len(groups) == 3 and all(g.isdigit() for g in groups):
        return f"{groups[0]}-{'*' * len(groups[1])}-{groups[2]}"
    digits_seen = 0
    out: list[str] = []
    total_digits = sum(c.isdigit() for c in shown)
    for char in shown:
        if char.isdigit():
            digits_seen += 1
            out.append(char if digits_seen > total_digits - 4 else "*")
        else:
            out.append(char)
    return "".join(out)
