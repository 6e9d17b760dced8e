"""The Kakao i Open Builder skill response 2.0 and its limits, as the chatbot's replies are built: a
simpleText of at most 1000 characters, a basicCard's title 50 and description 230 with up to 3 buttons,
up to 3 outputs and up to 10 quick replies of at most 14 characters. Kakao refuses a reply past a limit,
so every builder cuts to it rather than let a long text lose the whole turn."""

from __future__ import annotations

from typing import Any


def text(value: str) -> dict[str, Any]:
    return {"simpleText": {"text": value[:1000]}}


def card(title: str, description: str, buttons: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"title": title[:50], "description": description[:230]}
    if buttons:
        body["buttons"] = buttons[:3]
    return {"basicCard": body}


def phone_button(label: str, number: str) -> dict[str, Any]:
    return {"label": label[:14], "action": "phone", "phoneNumber": number}


def quick(*labels: str) -> list[dict[str, Any]]:
    return [{"label": label[:14], "action": "message", "messageText": label} for label in labels[:10]]


def reply(outputs: list[dict[str, Any]], replies: list[dict[str, Any]]) -> dict[str, Any]:
    return {"version": "2.0", "template": {"outputs": outputs[:3], "quickReplies": replies}}
