"""The application factory: create_app(config) builds one server; nothing here is module-global."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI

from annyeong.server import auditanchor, crossprocess, denials, openapi, problems
from annyeong.server.bodylimit import BodyLimitMiddleware
from annyeong.server.config import ServerConfig
from annyeong.server.db import Database, make_engine, migrate
from annyeong.server.demo import seed as demo
from annyeong.server.passwords import TEST, hasher_for
from annyeong.server.routes import (
    admin,
    auth,
    board,
    callers,
    calls,
    cases,
    chats,
    contacts,
    dispatches,
    events,
    follow_ups,
    handoffs,
    health,
    kakao,
    livechat,
    presence,
    referrals,
    relays,
    search,
    users,
    webchat,
    webchat_page,
)
from annyeong.server.services import chat_crisis
from annyeong.server.state import AppState, utcnow
from annyeong.server.sweepers import run, sweepers_for

log = logging.getLogger("server")


def _anchor_path(config: ServerConfig) -> Path | None:
    if config.audit_anchor_path:
        return Path(config.audit_anchor_path)
    return auditanchor.default_path(config.database_url)


def create_app(config: ServerConfig, *, owns_process: bool = False) -> FastAPI:
    """`owns_process`: this app is its process's whole work (annyeong-server and its workers), so what
    start-up built may be frozen out of garbage collection; never in a test's or a console's process."""
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # SQLAlchemy logs statements with their parameters (numbers, notes) once its logger is at INFO,
        # which a root logger at DEBUG would make it: pinned, whatever the log level.
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
        engine = make_engine(config.database_url)
        await asyncio.to_thread(migrate, engine)
        state = AppState(config=config, db=Database(engine), hasher=hasher_for(config.password_hashing))
        state.db.max_chats = config.max_chats_per_counselor
        # The crisis list is read now: the chatbot's first crisis turn does not pay for it inside Kakao's
        # five seconds, and a broken file is logged as the server starts, not at someone's worst moment.
        await asyncio.to_thread(chat_crisis.expressions)
        if config.password_hashing == TEST:
            log.warning("cheap password hashes (test profile): never for accounts that guard real data")
        if config.seed_demo:
            seeded = await state.db.write(lambda conn: demo.seed(conn, state.hasher, utcnow()))
            if seeded:
                log.info("seeded demo data")
            # Keys added by later issues reach a training database seeded before them.
            await state.db.write(lambda conn: demo.ensure_machine_keys(conn, utcnow()))
        app.state.annyeong = state
        tasks = [asyncio.create_task(run(state, s), name=s.name) for s in sweepers_for(state)]
        tasks.append(asyncio.create_task(denials.run(state), name="denial-counts"))
        anchor = _anchor_path(config)
        if anchor is not None:
            interval = config.audit_anchor_interval_s
            tasks.append(asyncio.create_task(auditanchor.run(state, anchor, interval), name="audit-anchor"))
        else:
            log.warning("no audit anchor (set %s): a truncated access log would not show", auditanchor.ENV)
        log.info("case API ready (training=%s, database=%s)", config.training, engine.dialect.name)
        # Everything built so far (the app, its routes and models, SQLAlchemy's tables: ~130,000 objects
        # a worker) lives as long as the server: frozen, the garbage collector's full passes leave it
        # out. A full pass stops the whole worker, and one that fell inside a write held the cluster-wide
        # write lock, every worker's writes with it, for as long as it walked. Under load at 10 calls/s a
        # worker's full pass then walked ~27,000 objects in 18 ms; a process walking ~157,000 took 180 ms.
        if owns_process:
            gc.freeze()
        try:
            async with crossprocess.running(state.db):
                yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            state.db.dispose()

    app = FastAPI(
        title="외로움안녕120 case API",
        lifespan=lifespan,
        docs_url=None,  # no interactive docs on a server holding personal data
        redoc_url=None,
        openapi_url="/v1/openapi.json",
        # The server sets up no OpenTelemetry provider; FastAPI's own instrumentation still asked for
        # one on every request (an os.environ read each time: an eighth of the event loop's time under
        # the chat load) to find none. Off, until the centre wants traces and configures a provider.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    problems.install(app)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=config.max_body_bytes)
    for module in (
        health,
        auth,
        presence,
        users,
        calls,
        chats,
        contacts,
        livechat,
        cases,
        callers,
        search,
        dispatches,
        relays,
        handoffs,
        referrals,
        follow_ups,
        board,
        events,
        admin,
        webchat,
        webchat_page,
        kakao,
    ):
        # The routes exactly as each router built them when its module loaded. include_router would
        # build every route a second time for each app, on its first request (FastAPI resolves an
        # included router's routes lazily, per include): most of a test server's start, and of a
        # training console's first request. The routers carry no prefix or dependencies of their own
        # to merge, and the app adds none.
        app.router.routes.extend(module.router.routes)
    # Matching walks the routers in order, route by route: the busiest doors (the person's page and the
    # consoles' event stream, hundreds of requests a second with live chat) go first, which took
    # matching from an eighth of the event loop's time to almost nothing. Their paths share no prefix
    # with any other router's, so no request matches differently. The contract keeps its own order.
    documented = list(app.router.routes)
    hot = {id(route) for router in (webchat.router, events.router) for route in router.routes}
    busiest = [r for r in documented if id(r) in hot]
    app.router.routes[:] = busiest + [r for r in documented if r not in busiest]
    openapi.install(app, documented)
    return app
