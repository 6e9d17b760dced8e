"""`annyeong-sim dispatch`: plays the dispatch liaison (the desk that relays to 112/119) through the API.

    annyeong-sim dispatch list                         # open dispatches, one a line
    annyeong-sim dispatch ack <id> [--incident N]      # acknowledged, with the agency's incident number
    annyeong-sim dispatch status <id> <step> [--reason TEXT]   # en_route | contact_confirmed | failed
    annyeong-sim dispatch cancels                      # withdrawn dispatches the agency has not stood down
    annyeong-sim dispatch cancel-ack <id>              # the agency stood down (cancel_acknowledged)

Output carries ids, services, statuses and incident numbers only: never a number or a summary.
"""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Callable
from typing import Any

import httpx

from annyeong.server.sim.support import problem_text

DISPATCH_KEY = "training-dispatch-key"
LIAISON_STEPS = ("en_route", "contact_confirmed", "failed")


def add_parser(sub: Any, server_help: str) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("dispatch", help="play the dispatch liaison (112/119)")
    parser.add_argument("--server", help=server_help)
    parser.add_argument(
        "--api-key", help="dispatch liaison key (default: env ANNYEONG_DISPATCH_KEY, training file)"
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the server")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="list open dispatches")
    ack = actions.add_parser("ack", help="acknowledge a dispatch with an incident number")
    ack.add_argument("dispatch_id")
    ack.add_argument("--incident", help="the agency's incident number (default: a made-up SIM-… number)")
    status = actions.add_parser("status", help="report a step: en_route, contact_confirmed or failed")
    status.add_argument("dispatch_id")
    status.add_argument("step", choices=LIAISON_STEPS)
    status.add_argument("--reason", help="why it failed (required for failed)")
    actions.add_parser("cancels", help="list withdrawn dispatches not yet acknowledged as stood down")
    cancel_ack = actions.add_parser("cancel-ack", help="acknowledge a withdrawn dispatch (agency stood down)")
    cancel_ack.add_argument("dispatch_id")


def resolve_key(api_key: str | None, written: dict[str, str]) -> str:
    return api_key or os.environ.get("ANNYEONG_DISPATCH_KEY") or written.get("dispatch_key") or DISPATCH_KEY


def _line(item: dict[str, Any]) -> str:
    return "\t".join(
        [item["id"], item["service"], item["status"], item.get("incident_number") or "-", item["received_at"]]
    )


def _cancel_line(item: dict[str, Any]) -> str:
    # The reason code only: the counselor's note may name the person.
    fields = [item["id"], item["service"], item.get("cancel_reason") or "-", item["cancel_requested_at"]]
    return "\t".join(fields)


def run(args: argparse.Namespace, url: str, key: str, fail: Callable[[str, int], int]) -> int:
    """Returns the exit code; `fail(message, code)` prints to stderr."""
    headers = {"X-API-Key": key}
    if args.action == "status" and args.step == "failed" and not (args.reason or "").strip():
        return fail("dispatch status … failed needs --reason", 2)
    with httpx.Client(base_url=url, headers=headers, timeout=args.timeout) as client:
        if args.action in ("list", "cancels"):
            response = client.get("/v1/dispatches", params={"open": "true"})
        elif args.action == "cancel-ack":
            body = {"step": "cancel_acknowledged"}
            response = client.post(f"/v1/dispatches/{args.dispatch_id}/status", json=body)
        elif args.action == "ack":
            incident = args.incident or f"SIM-{random.randint(0, 999_999):06d}"
            response = client.post(
                f"/v1/dispatches/{args.dispatch_id}/acknowledge", json={"incident_number": incident}
            )
        else:
            body = {"step": args.step, "reason": args.reason}
            response = client.post(f"/v1/dispatches/{args.dispatch_id}/status", json=body)
    if response.status_code != 200:
        hint = " (check --api-key)" if response.status_code in (401, 403) else ""
        refused = f"HTTP {response.status_code} {problem_text(response)}{hint}"
        return fail(f"the case API at {url} refused: {refused}", 4)
    data = response.json()
    if args.action == "list":
        for item in data["items"]:
            print(_line(item))
    elif args.action == "cancels":
        for item in data["items"]:
            if item.get("cancel_requested_at") and not item.get("cancel_acknowledged_at"):
                print(_cancel_line(item))
    else:
        print(_line(data))
    return 0
