"""Crisis expressions in what a person writes in a live chat: the list is data
(resources/chat/crisis_expressions.json, reviewed by the centre's clinical lead), the rule is code.

The rule (safety, so code; shared with the server, which may apply it to the messages it stores):
  - only the PERSON's messages are checked (never the counselor's or the service's own lines);
  - text and forms are compared after `normalise`: Unicode NFKC, case folded, and everything that is not a
    letter or a digit dropped (spaces, punctuation, symbols, emoji, zero-width characters, and lone
    vowels such as ㅠㅠ), so
    "죽고 싶어", "죽고싶어", "죽 고 싶 어…" and "죽고-싶어ㅠㅠ" are one form;
  - a form matches anywhere inside a message (Korean endings vary: 죽고 싶어/싶다/싶어요/싶네 all begin
    with 죽고싶), and one match is enough: the alert is raised, the counselor judges;
  - negation does NOT cancel a match ("죽고 싶은 건 아니에요" still raises): talking about it at all is
    the moment to ask directly about safety (보고듣고말하기), and a missed crisis costs more than a
    question;
  - an intensifier is not an expression: 죽겠다 / 죽을 것 같아 (배고파 죽겠다, 힘들어 죽을 것 같아) are
    everyday Korean and are not in the list; only the wish to die, a plan, the means, an attempt and a
    farewell are. `benign` phrases (자살골) cancel a match lying wholly inside them;
  - a list file that cannot be read or checked never switches the rule off: the built-in forms below
    are used instead, and the problem is reported for the admin to fix.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal

from annyeong.console.paths import resources_dir

Category = Literal["intent", "plan", "means", "attempt", "farewell"]
CATEGORIES: Final = ("intent", "plan", "means", "attempt", "farewell")
# The crisis rule (console.instruments.safety.CrisisRule) each category raises: the screen's own rules, so
# the alert, the panel's questions, the dispatch read-out and the wrap-up gate are the ones a crisis answer
# gets. A wish to die or a farewell is what PHQ-9 item 9 asks about ("thoughts that you would be better
# off dead"), shown as 죽거나 자신을 해칠 생각이 든다고 하심; no new rule, so the contract is unchanged.
CATEGORY_RULE: Final[Mapping[str, str]] = {
    "intent": "phq9_item9_positive", "farewell": "phq9_item9_positive",
    "plan": "suicide_plan", "means": "suicide_means", "attempt": "attempt_in_progress",
}
# Used when the data file is unusable: the rule never goes quiet because of a bad file.
BUILT_IN_FORMS: Final[Mapping[str, tuple[Category, tuple[str, ...]]]] = {
    "want_to_die": ("intent", ("죽고싶", "자살", "살기싫", "사라지고싶")),
    "plan": ("plan", ("유서", "죽을방법", "뛰어내릴")),
    "means": ("means", ("번개탄", "수면제를모", "약을모아")),
    "attempt_now": ("attempt", ("약을다먹었", "수면제를먹었")),
    "farewell": ("farewell", ("마지막인사",)),
}
MAX_FILE_BYTES: Final = 256 * 1024


def default_path() -> Path:
    # resources/ sits next to the console package in a checkout and in the frozen app's bundle.
    return resources_dir() / "chat" / "crisis_expressions.json"


_LONE_VOWELS: Final = ("\u314f", "\u3163")  # Hangul compatibility jamo ㅏ … ㅣ


def _keep(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "N")


def normalise(text: str) -> str:
    """The comparable form of a text (see the module's rule)."""
    return normalise_with_map(text)[0]


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """(normalised text, for each of its characters the index in NFC(text) it came from)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(unicodedata.normalize("NFC", text)):
        if _LONE_VOWELS[0] <= ch <= _LONE_VOWELS[1]:
            continue  # ㅠㅠ, ㅜㅜ: crying, not words (the consonants stay: ㅈㅅ is a word)
        for part in unicodedata.normalize("NFKC", ch).casefold():
            if _keep(part):
                out.append(part)
                where.append(index)
    return "".join(out), where


@dataclass(frozen=True)
class Expression:
    id: str
    category: Category
    forms: tuple[str, ...]  # normalised


@dataclass(frozen=True)
class CrisisMatch:
    """One expression found in a message: which, where (in the NFC text the console shows) and what."""

    expression_id: str
    category: Category
    start: int
    end: int
    matched: str

    @property
    def rule(self) -> str:
        return CATEGORY_RULE[self.category]


@dataclass(frozen=True)
class CrisisExpressions:
    expressions: tuple[Expression, ...]
    benign: tuple[str, ...] = ()
    # None when the file was used; else a code (file_missing, unreadable, not_json, invalid) and detail.
    problem: str | None = None
    detail: str | None = None
    reviewed: bool = False
    _forms: tuple[tuple[str, Expression], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        # Longest forms first: where two overlap the more specific one names the match.
        pairs = sorted(((f, e) for e in self.expressions for f in e.forms if f), key=lambda p: -len(p[0]))
        object.__setattr__(self, "_forms", tuple(pairs))

    def find(self, text: str) -> list[CrisisMatch]:
        """Every expression in `text`, in order of where it starts; overlapping finds are kept once."""
        norm, where = normalise_with_map(text)
        shown = unicodedata.normalize("NFC", text)
        cancelled = _benign_spans(norm, self.benign)
        taken: list[tuple[int, int]] = []
        found: list[CrisisMatch] = []
        for form, expression in self._forms:
            at = norm.find(form)
            while at >= 0:
                end = at + len(form)
                if not any(s <= at and end <= e for s, e in cancelled) and \
                        not any(at < e and s < end for s, e in taken):
                    taken.append((at, end))
                    start, stop = where[at], _word_end(shown, where[end - 1] + 1)
                    found.append(
                        CrisisMatch(expression.id, expression.category, start, stop, shown[start:stop])
                    )
                at = norm.find(form, at + 1)
        return sorted(found, key=lambda m: (m.start, -m.end))


def _word_end(text: str, at: int) -> int:
    """The end of the word `at` is in: a stem (수면제를 모) is shown as the words it cut (수면제를 모아)."""
    while at < len(text) and not text[at].isspace() and _keep(text[at]):
        at += 1
    return at


def _benign_spans(norm: str, benign: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for phrase in benign:
        at = norm.find(phrase)
        while phrase and at >= 0:
            spans.append((at, at + len(phrase)))
            at = norm.find(phrase, at + 1)
    return spans


def built_in(problem: str | None = None, detail: str | None = None) -> CrisisExpressions:
    expressions = tuple(Expression(i, c, tuple(normalise(f) for f in forms))
                        for i, (c, forms) in BUILT_IN_FORMS.items())
    return CrisisExpressions(expressions, (), problem, detail)


def parse(data: object) -> CrisisExpressions:
    """The checked list. Raises ValueError naming the entry and what is wrong with it."""
    if not isinstance(data, dict) or not isinstance(data.get("expressions"), list):
        raise ValueError("expressions: a list is required")
    expressions: list[Expression] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["expressions"]):
        name = raw.get("id") if isinstance(raw, dict) else None
        where = f"expressions[{index}]" + (f" ({name})" if isinstance(name, str) else "")
        if not isinstance(raw, dict) or not isinstance(name, str) or not name:
            raise ValueError(f"{where}: id is required")
        if name in seen:
            raise ValueError(f"{where}: id used twice")
        seen.add(name)
        if raw.get("category") not in CATEGORIES:
            raise ValueError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
        forms = raw.get("forms")
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
            raise ValueError(f"{where}: forms must be a non-empty list of texts")
        normalised = tuple(dict.fromkeys(normalise(f) for f in forms))
        if "" in normalised:
            raise ValueError(f"{where}: a form has no letters")
        expressions.append(Expression(name, raw["category"], normalised))
    benign = data.get("benign", [])
    if not isinstance(benign, list) or not all(isinstance(b, str) for b in benign):
        raise ValueError("benign: a list of texts is required")
    review = data.get("review")
    reviewed = isinstance(review, dict) and review.get("status") == "reviewed"
    return CrisisExpressions(tuple(expressions), tuple(normalise(b) for b in benign if normalise(b)),
                             reviewed=reviewed)


def load(path: Path | None = None) -> CrisisExpressions:
    """The centre's list, or the built-in forms with a problem code. Never raises."""
    path = path or default_path()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return built_in("too_large")
        raw = path.read_bytes()
    except FileNotFoundError:
        return built_in("file_missing")
    except OSError as exc:
        return built_in("unreadable", type(exc).__name__)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return built_in("not_json", str(exc)[:200])
    try:
        return parse(data)
    except ValueError as exc:
        return built_in("invalid", str(exc)[:200])


def person_crisis(sender: str, text: str, expressions: CrisisExpressions) -> list[CrisisMatch]:
    """The rule: what the person wrote, checked against the list. Nothing for anyone else's lines."""
    return expressions.find(text) if sender == "person" else []
