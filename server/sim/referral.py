"""`annyeong-sim referral`: plays a referral partner (고립예방센터, 외로움돌봄동행단, …) through the API.

    annyeong-sim referral list [--target T] [--all]      # open referrals, one a line
    annyeong-sim referral status <id> <step> [--reason TEXT] [--note TEXT]
        # step: received | assigned | contacted | closed | declined (declined needs --reason)

Key: --api-key, else env ANNYEONG_PARTNER_KEY, else the training file's partner_key, else with --target
the training key of that partner (training-partner-key-<target>), else the training desk's key that
plays every partner (training-partner-key). Output carries ids, targets and statuses only: never a form
field.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, get_args

import httpx

from annyeong.console.wire import ReferralStep, ReferralTarget
from annyeong.server.sim.support import add_partner_parser, partner_key, problem_text


def add_parser(sub: Any, server_help: str) -> None:
    parser = add_partner_parser(
        sub, "referral", summary="play a referral partner", server_help=server_help,
        targets=get_args(ReferralTarget), target_help="act as this partner (its training key)",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list open referrals")
    listing.add_argument("--all", action="store_true", help="closed and declined ones too")
    status = actions.add_parser("status", help="move a referral on: received, assigned, contacted, …")
    status.add_argument("referral_id")
    status.add_argument("step", choices=get_args(ReferralStep))
    status.add_argument("--reason", help="why it was declined (required for declined)")
    status.add_argument("--note", help="e.g. who at the partner took it")


def resolve_key(args: argparse.Namespace, written: dict[str, str]) -> str:
    return partner_key(args, written, args.target)


def _line(item: dict[str, Any]) -> str:
    return "\t".join([item["id"], item["target"], item["status"], item["submitted_at"]])


def run(args: argparse.Namespace, url: str, key: str, fail: Callable[[str, int], int]) -> int:
    """Returns the exit code; `fail(message, code)` prints to stderr."""
    if args.action == "status" and args.step == "declined" and not (args.reason or "").strip():
        return fail("referral status … declined needs --reason", 2)
    with httpx.Client(base_url=url, headers={"X-API-Key": key}, timeout=args.timeout) as client:
        if args.action == "list":
            params = {} if args.all else {"open": "true"}
            response = client.get("/v1/referrals", params=params)
        else:
            body = {"step": args.step, "reason": args.reason, "note": args.note}
            response = client.post(f"/v1/referrals/{args.referral_id}/status", json=body)
    if response.status_code != 200:
        hint = " (check --api-key / --target)" if response.status_code in (401, 403, 404) else ""
        refused = f"HTTP {response.status_code} {problem_text(response)}{hint}"
        return fail(f"the case API at {url} refused: {refused}", 4)
    data = response.json()
    items = data["items"] if args.action == "list" else [data]
    for item in items:
        if args.target is None or item["target"] == args.target:
            print(_line(item))
    return 0
