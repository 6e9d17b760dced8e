"""The application factory: create_app(config) builds one server; nothing here is module-global."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from argon2 import PasswordHasher
from fastapi import FastAPI

from server import demo, openapi, problems
from server.bodylimit import BodyLimitMiddleware
from server.config import ServerConfig
from server.db import Database, make_engine, migrate
from server.routes import auth, callers, calls, cases, chats, contacts, events, health, presence, search
from server.services.calls import expire_offers, offers_due
from server.state import AppState, utcnow

log = logging.getLogger("server")


def create_app(config: ServerConfig) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(config.database_url)
        await asyncio.to_thread(migrate, engine)
        state = AppState(config=config, db=Database(engine), hasher=PasswordHasher())
        if config.seed_demo:
            seeded = await state.db.write(lambda conn: demo.seed(conn, state.hasher, utcnow()))
            if seeded:
                log.info("seeded demo data")
        app.state.annyeong = state
        sweeper = asyncio.create_task(_sweep_offers(state), name="offer-sweeper")
        log.info("case API ready (training=%s)", config.training)
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            state.db.dispose()

    app = FastAPI(
        title="외로움안녕120 case API",
        lifespan=lifespan,
        docs_url=None,  # no interactive docs on a server holding personal data
        redoc_url=None,
        openapi_url="/v1/openapi.json",
    )
    problems.install(app)
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=config.max_body_bytes)
    for module in (health, auth, presence, calls, chats, contacts, cases, callers, search, events):
        app.include_router(module.router)
    openapi.install(app)
    return app


async def _sweep_offers(state: AppState) -> None:
    """Ring-no-answer: check often enough that a miss is noticed well within a second of expiring."""
    interval = max(0.05, min(0.5, state.config.offer_timeout_s / 10))
    timeout = state.config.offer_timeout_s
    while True:
        await asyncio.sleep(interval)
        try:
            # A cheap read first: a write wakes every event follower, which most passes have no reason to.
            if not await state.db.read(lambda conn: offers_due(conn, utcnow())):
                continue
            missed = await state.db.write(lambda conn: expire_offers(conn, utcnow(), timeout))
        except Exception as exc:  # the sweeper must outlive one bad pass; the next one retries
            # The type only: a message could carry data from the failed statement.
            log.error("offer sweep failed: %s", type(exc).__name__)
            continue
        if missed:
            log.info("ring-no-answer: %d offer(s) missed and re-routed", missed)
