"""`annyeong-sim`: stands in for the telephony bridge and posts calls through the API, as the bridge would.

    annyeong-sim call --from 010-1234-5678      # prints the new call's id
    annyeong-sim call --withheld
    annyeong-sim chat [--from NUMBER] [--answers 1,2,3,…]   # a chat hand-off, as the chatbot posts it
    annyeong-sim person [--via web|kakao] [--say TEXT …] [--end]   # the person of a live chat
    annyeong-sim dispatch list | ack <id> [--incident N] | status <id> <step>   # the dispatch liaison
    annyeong-sim dispatch cancels | cancel-ack <id>   # withdrawn dispatches: the agency stands down
    annyeong-sim referral list | status <id> <step> [--reason R]   # a referral partner
    annyeong-sim handoff list | accept <id> | reject <id> --reason R   # a partner centre answers handoffs

Where to post: --server/--api-key, else env ANNYEONG_SERVER / ANNYEONG_API_KEY, else the file
<console data dir>/training/server.json that a console writes when it starts its embedded training
server, else http://127.0.0.1:8120 with the training key.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

import httpx
import platformdirs

from annyeong.console.domain.phone import InvalidPhoneNumber, normalize
from annyeong.server.sim import chat as sim_chat
from annyeong.server.sim import dispatch as sim_dispatch
from annyeong.server.sim import handoff as sim_handoff
from annyeong.server.sim import person as sim_person
from annyeong.server.sim import referral as sim_referral
from annyeong.server.sim.support import problem_text

DEFAULT_SERVER = "http://127.0.0.1:8120"
DEFAULT_KEY = "training-telephony-key"
CHATBOT_KEY = "training-chatbot-key"

EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_REFUSED = 4


def data_dir() -> Path:
    return Path(os.environ.get("ANNYEONG_DATA_DIR") or platformdirs.user_data_dir("annyeong-console"))


def _training_file() -> dict[str, str]:
    path = data_dir() / "training" / "server.json"
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(v, str)} if isinstance(loaded, dict) else {}


def resolve_target(server: str | None, api_key: str | None) -> tuple[str, str]:
    written = _training_file()
    url = server or os.environ.get("ANNYEONG_SERVER") or written.get("url") or DEFAULT_SERVER
    key = api_key or os.environ.get("ANNYEONG_API_KEY") or written.get("telephony_key") or DEFAULT_KEY
    return url.rstrip("/"), key


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="annyeong-sim", description="simulate the telephony bridge")
    sub = parser.add_subparsers(dest="command", required=True)
    call = sub.add_parser("call", help="post an incoming call; prints its id")
    who = call.add_mutually_exclusive_group(required=True)
    who.add_argument("--from", dest="number", metavar="NUMBER", help="caller's number, e.g. 010-1234-5678")
    who.add_argument("--withheld", action="store_true", help="the caller withheld their number")
    call.add_argument("--channel", choices=["phone", "chat"], default="phone")
    call.add_argument(
        "--as-delivered",
        action="store_true",
        help="send --from as the network gave it, even if it is no valid number (it rings as unknown)",
    )
    call.add_argument(
        "--server", help=f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    call.add_argument("--api-key", help="telephony API key (default: env ANNYEONG_API_KEY, training file)")
    call.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the server")
    chat = sub.add_parser("chat", help="post a chat hand-off from the chatbot; prints the call id")
    chat.add_argument("--from", dest="number", metavar="NUMBER", help="the person's number, if they gave it")
    chat.add_argument(
        "--answers", metavar="A1,…,A12",
        help="12 self-test answers, 1 (그렇다) or 0 (그렇지 않다) each (default: random, plausible)",
    )
    chat.add_argument(
        "--server", help=f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    chat.add_argument("--api-key", help="chatbot API key (default: env ANNYEONG_CHATBOT_KEY, training file)")
    chat.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the server")
    sim_person.add_parser(
        sub, f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    sim_dispatch.add_parser(
        sub, f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    sim_referral.add_parser(
        sub, f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    sim_handoff.add_parser(
        sub, f"case API URL (default: env ANNYEONG_SERVER, training file, {DEFAULT_SERVER})"
    )
    return parser


def _fail(message: str, code: int) -> int:
    print(f"annyeong-sim: {message}", file=sys.stderr)
    return code


def post_call(url: str, key: str, number: str | None, channel: str, timeout: float) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/calls",
        json={"from_number": number, "channel": channel},
        # One key per invocation: a retry by hand is a new call, like a caller ringing again.
        headers={"X-API-Key": key, "Idempotency-Key": f"sim:{uuid.uuid4()}"},
        timeout=timeout,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "dispatch":
        return _dispatch(args)
    if args.command in ("referral", "handoff"):
        return _partner(args)
    if args.command == "person":
        return _person(args)
    if args.number is not None and not getattr(args, "as_delivered", False):
        try:
            # Checked here first so a typo gets a clear message without a round trip.
            normalize(args.number)
        except InvalidPhoneNumber as exc:
            return _fail(
                f"--from {args.number!r} is not a valid phone number ({exc.code}); "
                "use a Korean number like 010-1234-5678 or 02-2133-7878",
                EXIT_USAGE,
            )
    number: str | None = args.number
    if args.command == "chat":
        try:
            answers = sim_chat.parse_answers(args.answers) if args.answers else None
        except sim_chat.BadAnswers as exc:
            return _fail(f"--answers: {exc}", EXIT_USAGE)
        written = _training_file()
        url, _ = resolve_target(args.server, None)
        key = (
            args.api_key
            or os.environ.get("ANNYEONG_CHATBOT_KEY")
            or written.get("chatbot_key")
            or CHATBOT_KEY
        )
    else:
        url, key = resolve_target(args.server, args.api_key)
    if not url.startswith(("http://", "https://")):
        return _fail(f"--server {url!r} is not an http(s) URL", EXIT_USAGE)
    try:
        if args.command == "chat":
            response = sim_chat.post_chat(url, key, sim_chat.payload(number, answers), args.timeout)
        else:
            response = post_call(url, key, number, args.channel, args.timeout)
    except httpx.TimeoutException:
        return _fail(f"the case API at {url} did not answer within {args.timeout:g} s", EXIT_UNREACHABLE)
    except httpx.HTTPError as exc:
        return _fail(
            f"cannot reach the case API at {url} ({type(exc).__name__}); is annyeong-server "
            "(or a console in training mode) running?",
            EXIT_UNREACHABLE,
        )
    if response.status_code != 201:
        hint = " (check --api-key)" if response.status_code in (401, 403) else ""
        return _fail(
            f"the case API at {url} refused the {args.command}: HTTP {response.status_code} "
            f"{problem_text(response)}{hint}",
            EXIT_REFUSED,
        )
    print(response.json()["id"])
    return 0


def _dispatch(args: argparse.Namespace) -> int:
    url, _ = resolve_target(args.server, None)
    if not url.startswith(("http://", "https://")):
        return _fail(f"--server {url!r} is not an http(s) URL", EXIT_USAGE)
    key = sim_dispatch.resolve_key(args.api_key, _training_file())
    try:
        return sim_dispatch.run(args, url, key, _fail)
    except httpx.TimeoutException:
        return _fail(f"the case API at {url} did not answer within {args.timeout:g} s", EXIT_UNREACHABLE)
    except httpx.HTTPError as exc:
        return _fail(f"cannot reach the case API at {url} ({type(exc).__name__})", EXIT_UNREACHABLE)


def _person(args: argparse.Namespace) -> int:
    """The person needs no key: the web chat and the KakaoTalk skill are the public's doors."""
    url, _ = resolve_target(args.server, None)
    if not url.startswith(("http://", "https://")):
        return _fail(f"--server {url!r} is not an http(s) URL", EXIT_USAGE)
    try:
        return sim_person.run(args, url)
    except sim_chat.BadAnswers as exc:
        return _fail(f"--answers: {exc}", EXIT_USAGE)
    except httpx.HTTPStatusError as exc:
        return _fail(f"the case API at {url} refused: HTTP {exc.response.status_code}", EXIT_REFUSED)
    except httpx.TimeoutException:
        return _fail(f"the case API at {url} did not answer within {args.timeout:g} s", EXIT_UNREACHABLE)
    except httpx.HTTPError as exc:
        return _fail(f"cannot reach the case API at {url} ({type(exc).__name__})", EXIT_UNREACHABLE)


def _partner(args: argparse.Namespace) -> int:
    """referral and handoff: a partner organisation, with its own key."""
    url, _ = resolve_target(args.server, None)
    if not url.startswith(("http://", "https://")):
        return _fail(f"--server {url!r} is not an http(s) URL", EXIT_USAGE)
    module = sim_referral if args.command == "referral" else sim_handoff
    key = module.resolve_key(args, _training_file())
    try:
        return module.run(args, url, key, _fail)
    except httpx.TimeoutException:
        return _fail(f"the case API at {url} did not answer within {args.timeout:g} s", EXIT_UNREACHABLE)
    except httpx.HTTPError as exc:
        return _fail(f"cannot reach the case API at {url} ({type(exc).__name__})", EXIT_UNREACHABLE)


if __name__ == "__main__":
    raise SystemExit(main())
