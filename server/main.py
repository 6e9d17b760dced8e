"""`annyeong-server`: run the reference case API with uvicorn.

Also `annyeong-server audit verify` and `annyeong-server user unlock NAME` (server.admin_cli).
TLS: on any address but loopback the server refuses to start without --ssl-keyfile/--ssl-certfile,
unless --insecure-http says plainly that something else (a TLS-terminating proxy) encrypts the traffic.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from collections.abc import Sequence

import uvicorn

from server import admin_cli
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
    parser.add_argument("--log-file", metavar="PATH", help="write the log here instead of stderr")
    parser.add_argument("--ssl-keyfile", metavar="PATH", help="TLS private key (PEM)")
    parser.add_argument("--ssl-certfile", metavar="PATH", help="TLS certificate chain (PEM)")
    parser.add_argument(
        "--insecure-http",
        action="store_true",
        help="serve plain HTTP on a non-loopback address (only behind a proxy that does TLS)",
    )
    args = parser.parse_args(argv)
    if args.offer_timeout <= 0:
        parser.error("--offer-timeout must be positive")
    if bool(args.ssl_keyfile) != bool(args.ssl_certfile):
        parser.error("--ssl-keyfile and --ssl-certfile go together")
    if not args.ssl_certfile and not args.insecure_http and not is_loopback(args.host):
        parser.error(
            f"refusing plain HTTP on {args.host}: personal data must be encrypted in transit "
            "(PIPA safety measures, art. 7(4)). Give --ssl-keyfile and --ssl-certfile, or --insecure-http "
            "if a TLS-terminating proxy sits in front"
        )
    return args


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name other than localhost may resolve anywhere


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    # Sub-commands, possibly after --database URL.
    if {"audit", "user"} & set(raw[:3]):
        return admin_cli.main(raw)
    args = parse_args(raw)
    target = {"filename": args.log_file} if args.log_file else {"stream": sys.stderr}
    logging.basicConfig(
        level=args.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        **target,
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
        ssl_keyfile=args.ssl_keyfile,
        ssl_certfile=args.ssl_certfile,
        # uvicorn's own logging config would replace ours (and the --log-file).
        log_config=None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
