"""`annyeong-server`: run the reference case API with uvicorn.

Also `annyeong-server audit verify` and `annyeong-server user unlock NAME` (server.admin_cli).
TLS: on any address but loopback the server refuses to start without --ssl-keyfile/--ssl-certfile,
unless --insecure-http says plainly that something else (a TLS-terminating proxy) encrypts the traffic.
--workers N runs N uvicorn worker processes on one port (PostgreSQL only, see server.db): the
configuration reaches them through the environment, read back by `worker_app`.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import logging
import os
import sys
from collections.abc import Sequence

import uvicorn
from fastapi import FastAPI

from annyeong.server import admin_cli, passwords
from annyeong.server.app import create_app
from annyeong.server.config import ServerConfig
from annyeong.server.db import make_engine, migrate

DEFAULT_DATABASE = "sqlite:///annyeong-server.sqlite3"
# How the parent hands the configuration and logging to its worker processes (uvicorn spawns them).
WORKER_CONFIG_ENV = "ANNYEONG_WORKER_CONFIG"
WORKER_LOG_ENV = "ANNYEONG_WORKER_LOG"


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
    parser.add_argument(
        "--handoff-escalate",
        type=float,
        default=_env_seconds("ANNYEONG_HANDOFF_ESCALATE_S", 15 * 60.0),
        metavar="S",
        help="seconds a handoff may wait for an answer before the shift lead is alerted "
        "(env ANNYEONG_HANDOFF_ESCALATE_S; default 900)",
    )
    parser.add_argument(
        "--handoff-escalate-urgent",
        type=float,
        default=_env_seconds("ANNYEONG_HANDOFF_ESCALATE_URGENT_S", 2 * 60.0),
        metavar="S",
        help="the same when the last risk tier is high or imminent "
        "(env ANNYEONG_HANDOFF_ESCALATE_URGENT_S; default 120)",
    )
    parser.add_argument(
        "--max-chats",
        type=int,
        default=int(os.environ.get("ANNYEONG_MAX_CHATS", "3")),
        metavar="N",
        help="chats one counselor holds at once besides a phone call (env ANNYEONG_MAX_CHATS; default 3)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("ANNYEONG_WORKERS", "1")),
        metavar="N",
        help="worker processes sharing the port (env ANNYEONG_WORKERS; more than 1 needs PostgreSQL)",
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
    if args.handoff_escalate <= 0 or args.handoff_escalate_urgent <= 0:
        parser.error("--handoff-escalate and --handoff-escalate-urgent must be positive")
    if args.handoff_escalate_urgent > args.handoff_escalate:
        # A high-risk person waiting longer than anyone else would invert what the urgent time is for.
        parser.error("--handoff-escalate-urgent must not be longer than --handoff-escalate")
    if args.max_chats < 1:
        parser.error("--max-chats must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers > 1 and not args.database.startswith("postgresql"):
        parser.error(
            "--workers above 1 needs PostgreSQL (--database postgresql+psycopg://...): SQLite serves one "
            "process, whose events would not reach the followers connected to the others"
        )
    if bool(args.ssl_keyfile) != bool(args.ssl_certfile):
        parser.error("--ssl-keyfile and --ssl-certfile go together")
    if not args.ssl_certfile and not args.insecure_http and not is_loopback(args.host):
        parser.error(
            f"refusing plain HTTP on {args.host}: personal data must be encrypted in transit "
            "(PIPA safety measures, art. 7(4)). Give --ssl-keyfile and --ssl-certfile, or --insecure-http "
            "if a TLS-terminating proxy sits in front"
        )
    return args


def _env_seconds(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return float(raw)
    except ValueError:
        raise SystemExit(f"annyeong-server: {name}={raw!r} is not a number of seconds") from None


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    if not raw.strip().isdigit() or int(raw) < 1:
        raise SystemExit(f"annyeong-server: {name}={raw!r} is not a whole number of 1 or more")
    return int(raw)


def config_from_args(args: argparse.Namespace) -> ServerConfig:
    try:
        return ServerConfig(
            database_url=args.database,
            training=args.training,
            demo=args.demo,
            offer_timeout_s=args.offer_timeout,
            handoff_escalate_s=args.handoff_escalate,
            handoff_escalate_urgent_s=args.handoff_escalate_urgent,
            max_chats_per_counselor=args.max_chats,
            # The public's doors: per address and per conversation, a minute's worth.
            webchat_starts_per_minute=_env_int("ANNYEONG_WEBCHAT_STARTS_PER_MINUTE", 10),
            webchat_messages_per_minute=_env_int("ANNYEONG_WEBCHAT_MESSAGES_PER_MINUTE", 60),
            kakao_skill_key=os.environ.get("ANNYEONG_KAKAO_SKILL_KEY") or None,
            password_hashing=passwords.profile_from_env(),
        )
    except ValueError as exc:
        raise SystemExit(f"annyeong-server: {exc}") from None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name other than localhost may resolve anywhere


def _configure_logging(level: str, log_file: str | None) -> None:
    target = {"filename": log_file} if log_file else {"stream": sys.stderr}
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s",
        **target,
    )


# How long a thread waiting for the GIL lets the running one go on (CPython's default: 5 ms). The write
# transaction runs in a worker thread while the event loop serves the streams; after each statement's
# answer the writer waits for the GIL, holding the cluster-wide write lock. At 5 ms a write of fifteen
# statements could hold the lock 75 ms longer on a busy worker; every other writer waits that too.
GIL_SWITCH_S = 0.001


def _favour_the_writer() -> None:
    sys.setswitchinterval(GIL_SWITCH_S)


def worker_app() -> FastAPI:
    """The app factory each worker process imports (`uvicorn ... --factory server.main:worker_app`)."""
    _favour_the_writer()
    level, log_file = json.loads(os.environ[WORKER_LOG_ENV])
    _configure_logging(level, log_file)
    return create_app(ServerConfig(**json.loads(os.environ[WORKER_CONFIG_ENV])), owns_process=True)


def main(argv: Sequence[str] | None = None) -> int:
    raw = list(sys.argv[1:] if argv is None else argv)
    # Sub-commands, possibly after --database URL.
    if {"audit", "user"} & set(raw[:3]):
        return admin_cli.main(raw)
    args = parse_args(raw)
    _favour_the_writer()
    _configure_logging(args.log_level, args.log_file)
    config = config_from_args(args)
    app: FastAPI | str
    if args.workers > 1:
        # Migrate once here rather than racing N workers to it (they would wait on each other's lock).
        engine = make_engine(config.database_url)
        migrate(engine)
        engine.dispose()
        os.environ[WORKER_CONFIG_ENV] = json.dumps(dataclasses.asdict(config))
        os.environ[WORKER_LOG_ENV] = json.dumps([args.log_level, args.log_file])
        app = "annyeong.server.main:worker_app"
    else:
        app = create_app(config, owns_process=True)
    # access_log off: request lines carry ids and query strings; our own logs never carry personal data.
    uvicorn.run(
        app,
        factory=args.workers > 1,
        workers=args.workers,
        host=args.host,
        port=args.port,
        access_log=False,
        log_level=args.log_level,
        timeout_graceful_shutdown=3,
        # Longer than a console's pool keeps an idle connection (console/api/client.py), so a console never
        # sends on a connection the server is closing; 75 s is also nginx's default.
        timeout_keep_alive=75,
        server_header=False,
        ssl_keyfile=args.ssl_keyfile,
        ssl_certfile=args.ssl_certfile,
        # uvicorn's own logging config would replace ours (and the --log-file).
        log_config=None,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
