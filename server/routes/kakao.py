"""The KakaoTalk chatbot's skill endpoint (Kakao i Open Builder skill protocol, response version 2.0)."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from annyeong.server.deps import State
from annyeong.server.problems import ApiProblem
from annyeong.server.routes.common import problems
from annyeong.server.routes.webchat import limiter
from annyeong.server.services import kakao
from annyeong.server.state import utcnow

router = APIRouter(tags=["kakao chatbot"])


class _Kakao(BaseModel):
    # Kakao sends much more (intent, bot, action, block, params …) and may add fields: ignored.
    model_config = ConfigDict(extra="ignore")


class KakaoUser(_Kakao):
    id: str = Field(min_length=1, max_length=200, description="the bot-scoped user key")
    type: str | None = Field(default=None, max_length=40)


class KakaoUserRequest(_Kakao):
    utterance: str = Field(max_length=1000)
    user: KakaoUser


class KakaoSkillRequest(_Kakao):
    """What Open Builder posts (only what the skill reads)."""

    userRequest: KakaoUserRequest


@router.post(
    "/v1/kakao/skill",
    operation_id="kakaoSkill",
    responses=problems(401, 413, 422) | {429: problems(429)[429]},
)
async def skill(
    body: KakaoSkillRequest,
    request: Request,
    state: State,
    skill_key: Annotated[str | None, Header(alias="X-Annyeong-Skill-Key")] = None,
) -> dict[str, Any]:
    """One turn of the chatbot. Kakao waits five seconds for the answer: every turn is one short
    transaction, with no call to anything outside the server."""
    expected = state.config.kakao_skill_key
    if expected and not hmac.compare_digest(skill_key or "", expected):
        raise ApiProblem(401, "invalid_skill_key", "this skill answers Kakao's Open Builder only")
    user_id = body.userRequest.user.id
    limiter(request).check(f"kakao:{kakao.user_hash(user_id)}", 60)
    base = str(request.base_url)
    timeout = state.config.offer_timeout_s
    return await state.db.write(
        lambda conn: kakao.answer(conn, user_id, body.userRequest.utterance, base, utcnow(), timeout)
    )
