"""`annyeong-server`: run the reference case API with uvicorn."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

import uvicorn

from server.app import create_app
from server.config import ServerConfig

DEFAULT_DATABASE = "sqlite:///annyeong-server.sqlite3"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="annyeong-server", description="외로움안녕120 reference case API")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: loopback only)")
    parser.add_argument("--port", type=int, default=8120)
    parser.add_argument(
        "--database",
        default=os.environ.get("ANNYEONG_DATABASE_URL", DEFAULT_DATABASE),
        help="SQLAlchemy URL (env ANNYEONG_DATABASE_URL; default: ./annyeong-server.sqlite3)",
    )
    parser.add_argument(
        "--training", action="store_true", help="training mode: demo data, flagged in /v1/health"
    )
    parser.add_argument(
        "--demo", action="store_true", help="seed demo users and callers into an empty database"
    )
    parser.add_argument(
        "--offer-timeout",
        type=float,
        default=20.0,
        metavar="S",
        help="seconds a call rings at one counselor before it counts as missed",
    )
    parser.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    args = parser.parse_args(argv)
    if args.offer_timeout <= 0:
        parser.error("--offer-timeout must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    config = ServerConfig(
        database_url=args.database, training=args.training, demo=args.demo, offer_timeout_s=args.offer_timeout
    )
    app = create_app(config)
    # access_log off: request lines carry ids and query strings; our own logs never carry personal data.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=False,
        log_level=args.log_level,
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
