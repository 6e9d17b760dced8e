from __future__ import annotations

from fastapi import APIRouter

from annyeong.console.wire import Health
from annyeong.server import __version__
from annyeong.server.deps import State

router = APIRouter(tags=["health"])


@router.get("/v1/health", response_model=Health, operation_id="getHealth")
async def health(state: State) -> Health:
    return Health(training=state.config.training, version=__version__)
