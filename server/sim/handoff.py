"""`annyeong-sim handoff`: plays a partner centre (고립예방센터, 외로움돌봄동행단) answering handoffs.

    annyeong-sim handoff list [--target T] [--all]       # pending handoffs addressed to the partner
    annyeong-sim handoff accept <id>
    annyeong-sim handoff reject <id> --reason TEXT

In training nobody else answers a handoff to a partner, so without this every such handoff would sit until
it escalates to the shift lead. A partner takes on the person, never the call or the case file: accepting
leaves the case with its owner (server.services.handoffs).

Key: --api-key, else env ANNYEONG_PARTNER_KEY, else the training file's partner_key, else with --target
the training key of that partner, else the training desk's key that plays every partner. Output carries
ids, targets, statuses and the risk tier only: never the SBAR text (it is about a person).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import httpx

from annyeong.server.sim.support import add_partner_parser, partner_key, problem_text

# The handoff target → the partner organisation whose key answers it (server.services.handoff_views).
PARTNERS = {
    "isolation_center": "isolation-prevention-center",
    "care_companion": "loneliness-care-companions",
}


def add_parser(sub: Any, server_help: str) -> None:
    parser = add_partner_parser(
        sub, "handoff", summary="answer handoffs as a partner centre", server_help=server_help,
        targets=sorted(PARTNERS), target_help="act as this partner (its training key); list only its own",
    )
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list pending handoffs addressed to the partner")
    listing.add_argument("--all", action="store_true", help="answered ones too")
    accept = actions.add_parser("accept", help="take the person on")
    accept.add_argument("handoff_id")
    reject = actions.add_parser("reject", help="refuse, with a reason the sender reads")
    reject.add_argument("handoff_id")
    reject.add_argument("--reason", help="why the partner cannot take it (required)")


def resolve_key(args: argparse.Namespace, written: dict[str, str]) -> str:
    return partner_key(args, written, PARTNERS[args.target] if args.target else None)


def _line(item: dict[str, Any]) -> str:
    tier = (item.get("sbar") or {}).get("risk_tier") or "-"
    return "\t".join([item["id"], item["target"], item["status"], tier, item["created_at"]])


def run(args: argparse.Namespace, url: str, key: str, fail: Callable[[str, int], int]) -> int:
    """Returns the exit code; `fail(message, code)` prints to stderr."""
    if args.action == "reject" and not (args.reason or "").strip():
        return fail("handoff reject needs --reason (the sender reads it)", 2)
    with httpx.Client(base_url=url, headers={"X-API-Key": key}, timeout=args.timeout) as client:
        if args.action == "list":
            params = {} if args.all else {"status": "pending"}
            response = client.get("/v1/handoffs", params=params)
        elif args.action == "accept":
            response = client.post(f"/v1/handoffs/{args.handoff_id}/accept")
        else:
            response = client.post(f"/v1/handoffs/{args.handoff_id}/reject", json={"reason": args.reason})
    if response.status_code != 200:
        hint = " (check --api-key / --target)" if response.status_code in (401, 403, 404) else ""
        refused = f"HTTP {response.status_code} {problem_text(response)}{hint}"
        return fail(f"the case API at {url} refused: {refused}", 4)
    data = response.json()
    items = data["items"] if args.action == "list" else [data]
    for item in items:
        # A partner's list holds only its own handoffs; the desk key sees both partners' (and --target picks).
        if item["target"] in PARTNERS and (args.target is None or item["target"] == args.target):
            print(_line(item))
    return 0
