"""What the simulator's subcommands share: a refused answer in one line, and how a partner centre's
subcommands (referral, handoff) take their options and find their key."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import Any

import httpx

PARTNER_KEY = "training-partner-key"


def problem_text(response: httpx.Response) -> str:
    """"code: detail" from a problem+json answer, else the start of whatever came."""
    try:
        problem = response.json()
        return f"{problem.get('code')}: {problem.get('detail') or problem.get('title')}"
    except ValueError:
        return response.text[:200]


def add_partner_parser(
    sub: Any,
    name: str,
    *,
    summary: str,
    server_help: str,
    targets: Sequence[str],
    target_help: str,
) -> argparse.ArgumentParser:
    """A partner subcommand with its shared options: --server, --api-key, --target, --timeout."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=summary)
    parser.add_argument("--server", help=server_help)
    parser.add_argument("--api-key", help="partner key (default: env ANNYEONG_PARTNER_KEY, training key)")
    parser.add_argument("--target", choices=targets, help=target_help)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the server")
    return parser


def partner_key(args: argparse.Namespace, written: dict[str, str], partner: str | None) -> str:
    """--api-key, else env ANNYEONG_PARTNER_KEY, else the training file's, else `partner`'s training key,
    else the training desk's key that plays every partner."""
    found = args.api_key or os.environ.get("ANNYEONG_PARTNER_KEY") or written.get("partner_key")
    if found:
        return str(found)
    return f"{PARTNER_KEY}-{partner}" if partner else PARTNER_KEY
